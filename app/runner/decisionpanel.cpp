#include "runner/decisionpanel.h"

#include "a11y/announce.h"
#include "a11y/shownname.h"
#include "audience/stagechip.h"
#include "commands/sessioncommands.h"
#include "runner/uisizes.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "spectrum.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

DecisionPanel::DecisionPanel(SessionModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent), mModel(model), mUndoStack(undoStack)
{
    setAccessibleName(tr("Decision point"));
    mKicker = new QLabel(tr("Decision point"), this);
    mKicker->setForegroundRole(QPalette::PlaceholderText);
    mPrompt = new QLabel(this);
    mPrompt->setObjectName(QStringLiteral("decisionPrompt"));
    mPrompt->setWordWrap(true);
    mPrompt->setTextFormat(Qt::PlainText);
    mHint = new QLabel(tr("Keys 1–6 add a vote to an option; Shift+1–6, or − and then the "
                          "number, take one away. Votes are shown on this screen only."),
                       this);
    mHint->setWordWrap(true);
    mHint->setForegroundRole(QPalette::PlaceholderText);

    mRowsBox = new QWidget(this);
    mRadios = new QButtonGroup(this);
    connect(mRadios, &QButtonGroup::idClicked, this, [this] {
        mUserPicked = true;
        updateSelection();
    });

    // The actions and the status live in a bar of their own, which the runner pins below the
    // scrolling scene so that Reveal and Follow are always in reach.
    mActionBar = new QWidget(this);
    mActionBar->setObjectName(QStringLiteral("decisionActions"));
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("decisionStatus"));
    mStatus->setWordWrap(true);

    mShowQuestion = new QPushButton(tr("Show &question on projector"), mActionBar);
    mShowQuestion->setObjectName(QStringLiteral("showQuestion"));
    ShownName::apply(mShowQuestion, tr("Show the question on the projector"));
    mShowQuestion->setToolTip(tr("The prompt and the options, without any votes"));
    mGroupChooses = new QPushButton(mActionBar);
    mGroupChooses->setObjectName(QStringLiteral("groupChooses"));
    mGroupChooses->setToolTip(
        tr("Record the option the group agreed on as the group's single choice"));
    mReveal = new QPushButton(tr("Reve&al stages"), mActionBar);
    mReveal->setObjectName(QStringLiteral("reveal"));
    ShownName::apply(mReveal, tr("Reveal each option's stage and why"));
    mReveal->setToolTip(tr("Show each option's stage and why here and on the projector, with "
                           "the decision chart"));
    mFollow = new QPushButton(mActionBar);
    mFollow->setObjectName(QStringLiteral("follow"));
    mFollow->setDefault(true); // the way on: drawn as the primary button
    mFollow->setToolTip(tr("Go on to the scene this option leads to"));

    connect(mShowQuestion, &QPushButton::clicked, this, &DecisionPanel::askAgainIfRevealed);
    connect(mGroupChooses, &QPushButton::clicked, this, &DecisionPanel::recordGroupChoice);
    connect(mReveal, &QPushButton::clicked, this, &DecisionPanel::reveal);
    connect(mFollow, &QPushButton::clicked, this, &DecisionPanel::follow);
    if (mModel)
        connect(mModel, &SessionModel::changed, this, &DecisionPanel::modelChanged);

    auto *bar = new QHBoxLayout(mActionBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(8);
    bar->addStretch(1);
    bar->addWidget(mShowQuestion);
    bar->addWidget(mGroupChooses);
    bar->addWidget(mReveal);
    bar->addWidget(mFollow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(mKicker);
    layout->addWidget(mPrompt);
    layout->addWidget(mHint);
    layout->addSpacing(6);
    layout->addWidget(mRowsBox);
    applyFonts();
}

void DecisionPanel::setDecision(const QString &scenarioId, const Scene &scene)
{
    mScenarioId = scenarioId;
    mSceneId = scene.id;
    mScene = scene;
    mDecision = scene.decision.value_or(Decision());
    mOptions = mDecision.options;
    mUserPicked = false;
    mRevealedLocally = false;
    mPrompt->setText(mDecision.prompt.simplified());
    mPrompt->setAccessibleName(tr("Prompt: %1").arg(mPrompt->text()));
    QString error;
    mQuestionId = findOrCreateQuestion(&error);
    mStatus->setText(error);
    buildRows();
    refresh();
}

void DecisionPanel::clearDecision()
{
    mScenarioId.clear();
    mSceneId.clear();
    mDecision = Decision();
    mOptions.clear();
    mQuestionId = 0;
    buildRows();
}

qint64 DecisionPanel::findOrCreateQuestion(QString *error)
{
    if (!mModel || !mModel->isLoaded()) {
        *error = tr("No session is open, so votes cannot be recorded. The scenario can still be "
                    "run and revealed.");
        return 0;
    }
    if (const Question *q =
            SessionRules::decisionQuestion(mModel->questions(), mScenarioId, mSceneId))
        return q->id;
    // Reaching the scene puts its question to the room: asked, not an undo step of its own.
    AskQuestionCommand ask(mModel, SessionRules::newDecisionQuestion(mScenarioId, mScene), error);
    ask.redo();
    if (ask.questionId() != 0)
        emit questionCreated(ask.questionId());
    return ask.questionId();
}

void DecisionPanel::buildRows()
{
    // A fresh box for every decision: the old rows go with the old box.
    auto *box = new QWidget(this);
    box->setObjectName(QStringLiteral("decisionOptions"));
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 4, 0, 4);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(14);
    grid->setColumnStretch(1, 1);
    delete layout()->replaceWidget(mRowsBox, box);
    delete mRowsBox;
    mRowsBox = box;
    mRows.clear();
    for (int i = 0; i < mOptions.size(); ++i) {
        const DecisionOption &option = mOptions.at(i);
        const QString text = option.text.simplified();
        Row row;
        row.radio = new QRadioButton(QString::number(i + 1), mRowsBox);
        // The number first, as shown, then the option's words.
        row.radio->setAccessibleName(tr("%1. %2").arg(i + 1).arg(text));
        row.radio->setToolTip(tr("Pick this option for the group's choice and to follow"));
        mRadios->addButton(row.radio, i);
        row.text = new QLabel(text, mRowsBox);
        row.text->setWordWrap(true);
        row.text->setTextFormat(Qt::PlainText);
        row.text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        row.text->installEventFilter(this); // a click on the text picks the option
        row.chip = new StageChip(mRowsBox);
        row.why = new QLabel(mRowsBox);
        row.why->setWordWrap(true);
        row.why->setTextFormat(Qt::PlainText);
        row.why->setForegroundRole(QPalette::PlaceholderText);
        row.groupMark = new QLabel(tr("The group's choice"), mRowsBox);
        row.groupMark->setObjectName(QStringLiteral("groupMark"));
        row.groupMark->setAutoFillBackground(true);
        row.groupMark->setBackgroundRole(QPalette::Highlight);
        row.groupMark->setForegroundRole(QPalette::HighlightedText);
        row.groupMark->setMargin(3);
        row.count = new QLabel(mRowsBox);
        row.count->setObjectName(QStringLiteral("count%1").arg(i + 1));
        row.count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row.minus = new QToolButton(mRowsBox);
        row.minus->setText(QStringLiteral("−"));
        row.minus->setObjectName(QStringLiteral("minus%1").arg(i + 1));
        row.minus->setAccessibleName(tr("Take one vote from option %1").arg(i + 1));
        row.plus = new QToolButton(mRowsBox);
        row.plus->setText(QStringLiteral("+"));
        row.plus->setObjectName(QStringLiteral("plus%1").arg(i + 1));
        row.plus->setAccessibleName(tr("Add one vote to option %1").arg(i + 1));
        connect(row.minus, &QToolButton::clicked, this, [this, i] { addVote(i, -1); });
        connect(row.plus, &QToolButton::clicked, this, [this, i] { addVote(i, +1); });

        auto *textBox = new QVBoxLayout;
        textBox->setSpacing(3);
        textBox->addWidget(row.text);
        auto *chipLine = new QHBoxLayout;
        chipLine->setSpacing(12);
        chipLine->addWidget(row.chip);
        chipLine->addWidget(row.groupMark);
        chipLine->addStretch(1);
        textBox->addLayout(chipLine);
        textBox->addWidget(row.why);
        textBox->addStretch(1);
        grid->addWidget(row.radio, i, 0, Qt::AlignTop);
        grid->addLayout(textBox, i, 1);
        grid->addWidget(row.count, i, 2, Qt::AlignTop);
        grid->addWidget(row.minus, i, 3, Qt::AlignTop);
        grid->addWidget(row.plus, i, 4, Qt::AlignTop);
        mRows.append(row);
    }
    applyFonts();
}

QuestionCount DecisionPanel::count() const
{
    return mModel && mQuestionId != 0 ? mModel->count(mQuestionId) : QuestionCount();
}

int DecisionPanel::votes(int option) const
{
    return count().votesFor(option);
}

QString DecisionPanel::groupChoice() const
{
    return count().groupChoice;
}

void DecisionPanel::askAgainIfRevealed()
{
    // Asking a decision whose stages were revealed (the scenario was started over, or the
    // story came back to this scene) asks it again: the reveal is hidden and phones may vote
    // and change their vote until the next reveal. Earlier votes stay.
    if (mModel && isRevealed()) {
        mUndoStack->push(new RevealCommand(mModel, mQuestionId, false));
        mRevealedLocally = false;
        refresh();
    }
    emit showOnProjectorRequested(questionContent());
}

bool DecisionPanel::isRevealed() const
{
    const Question *q = mModel ? mModel->question(mQuestionId) : nullptr;
    return q && q->revealed;
}

int DecisionPanel::selectedOption() const
{
    return mRadios->checkedId();
}

int DecisionPanel::defaultOption() const
{
    if (mOptions.isEmpty())
        return -1;
    const Question *q = mModel && mQuestionId != 0 ? mModel->question(mQuestionId) : nullptr;
    return q ? std::max(0, SessionRules::leadingChoice(*q, mModel->count(mQuestionId))) : 0;
}

AudienceState::Content DecisionPanel::questionContent() const
{
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Question;
    content.heading = mDecision.prompt.simplified();
    for (int i = 0; i < mOptions.size(); ++i)
        content.items.append(roomTr("%1. %2").arg(i + 1).arg(mOptions.at(i).text.simplified()));
    content.questionId = mQuestionId;
    return content;
}

AudienceState::Content DecisionPanel::resultsContent() const
{
    const Spectrum spectrum = Spectrum::standard().withLabels(
        mModel && mModel->isLoaded() ? mModel->session().stageLabels : QHash<QString, QString>());
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Results;
    content.heading = mDecision.prompt.simplified();
    // The votes only once k people voted: the same k rule as every chart.
    const Suppressible<QList<int>> votes = SessionRules::shownVotes(
        count(), mModel && mModel->isLoaded() ? mModel->session().k : Session::DefaultK);
    const bool recording = mModel && mQuestionId != 0;
    for (int i = 0; i < mOptions.size(); ++i) {
        const DecisionOption &option = mOptions.at(i);
        const Stage *stage = spectrum.stage(option.stage);
        content.reveal.append({i + 1, option.text.simplified(), option.stage,
                               stage ? stage->label : option.stage, option.why.simplified(),
                               votes.values() ? votes.values()->value(i) : -1});
    }
    content.votesWithheldBelow = recording && votes.isSuppressed() ? votes.threshold() : 0;
    content.questionId = mQuestionId;
    return content;
}

QList<QWidget *> DecisionPanel::focusChain() const
{
    QList<QWidget *> chain;
    for (const Row &row : mRows)
        chain << row.radio << row.minus << row.plus;
    chain << mShowQuestion << mGroupChooses << mReveal << mFollow;
    return chain;
}

QWidget *DecisionPanel::focusTarget() const
{
    if (QAbstractButton *checked = mRadios->checkedButton())
        return checked;
    return mRows.isEmpty() ? nullptr : mRows.first().radio;
}

bool DecisionPanel::takesVotes() const
{
    return mModel && mQuestionId != 0 && SessionRules::takesAnswers(mModel->question(mQuestionId));
}

void DecisionPanel::addVote(int option, int delta)
{
    if (!takesVotes() || option < 0 || option >= mOptions.size() || delta == 0)
        return;
    if (delta < 0 && mModel->tally(mQuestionId, mOptions.at(option).id) == 0)
        return; // nothing to take away: no empty undo step
    if (delta > 0 && !confirmCountingHands())
        return;
    mUndoStack->push(new ChangeTallyCommand(mModel, mQuestionId, mOptions.at(option).id, delta,
                                            optionLabel(option)));
}

void DecisionPanel::selectOption(int option)
{
    if (option < 0 || option >= mRows.size())
        return;
    mUserPicked = true;
    mRows.at(option).radio->setChecked(true);
    updateSelection();
}

void DecisionPanel::recordGroupChoice()
{
    const int option = selectedOption();
    if (!mModel || mQuestionId == 0 || option < 0)
        return;
    const QString key = mOptions.at(option).id;
    if (groupChoice() == key)
        return;
    const SessionRules::Refusal refusal =
        SessionRules::checkGroupChoice(mModel->question(mQuestionId), key);
    if (refusal != SessionRules::Refusal::None) {
        mStatus->setText(tr("The group's choice could not be recorded: %1")
                             .arg(SessionRules::refusalText(refusal, mQuestionId, key)));
        return;
    }
    mUndoStack->push(new SetGroupChoiceCommand(mModel, mQuestionId, key, optionLabel(option)));
}

bool DecisionPanel::confirmCountingHands()
{
    // Hands counted on top of answers from phones: the same person could be counted twice.
    // Asked once per decision, before the first hand is added to answers (never in between).
    const QuestionCount c = count();
    if (c.answered == 0 || c.tallied > 0 || mMixingConfirmed.contains(mQuestionId))
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Count hands as well?"),
        tr("%n person(s) answered this decision on their phones. Counted hands are added to "
           "those answers, so whoever answered on a phone must not raise a hand as well. "
           "Count hands too?",
           nullptr, c.answered),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    mMixingConfirmed.insert(mQuestionId);
    return true;
}

void DecisionPanel::reveal()
{
    // Votes from phones are final once the stages are revealed (the command closes the
    // question); the group may still settle on its choice afterwards.
    if (mModel && mQuestionId != 0 && !isRevealed())
        mUndoStack->push(new RevealCommand(mModel, mQuestionId, true));
    mRevealedLocally = true;
    refresh();
    emit showOnProjectorRequested(resultsContent());
}

void DecisionPanel::follow()
{
    const int option = selectedOption();
    if (option >= 0 && option < mOptions.size())
        emit followRequested(mOptions.at(option).next);
}

void DecisionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

bool DecisionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        for (int i = 0; i < mRows.size(); ++i) {
            if (mRows.at(i).text == watched) {
                selectOption(i);
                break;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DecisionPanel::modelChanged(const SessionChange &change)
{
    if (mQuestionId == 0)
        return;
    if (change.kind == SessionChange::Kind::Reset || change.questionId == mQuestionId)
        refresh();
}

void DecisionPanel::refresh()
{
    const bool revealed = isRevealed() || mRevealedLocally;
    const bool recording = mModel && mQuestionId != 0;
    const bool takes = takesVotes();
    const QString closedText = tr("The stages are revealed, so no more votes are counted. "
                                  "\"Show question on projector\" asks it again.");
    const Spectrum spectrum = Spectrum::standard().withLabels(
        mModel && mModel->isLoaded() ? mModel->session().stageLabels : QHash<QString, QString>());
    const QuestionCount counted = count();
    const QString chosen = counted.groupChoice;
    // A count changed by a key, Ctrl+Z or a phone is told to a screen reader, not only drawn.
    const bool announce = recording && mShownQuestion == mQuestionId;
    QList<int> shown;
    for (int i = 0; i < mRows.size(); ++i) {
        const Row &row = mRows.at(i);
        const DecisionOption &option = mOptions.at(i);
        const int votes = counted.votesFor(i);
        row.count->setText(recording ? QString::number(votes) : QString());
        const QString said = tr("%n vote(s) for option %1", nullptr, votes).arg(i + 1);
        if (announce && i < mShownVotes.size() && mShownVotes.at(i) != votes)
            Announce::countChanged(row.count, said);
        else
            row.count->setAccessibleName(said);
        shown.append(votes);
        row.minus->setEnabled(takes && mModel->tally(mQuestionId, option.id) > 0);
        row.plus->setEnabled(takes);
        // A disabled button says why, to the mouse and to a screen reader.
        const QString closed = recording && !takes ? closedText : QString();
        row.minus->setToolTip(
            closed.isEmpty() ? tr("Take one vote from option %1 (Shift+%1)").arg(i + 1) : closed);
        row.plus->setToolTip(closed.isEmpty() ? tr("Add one vote to option %1 (%1)").arg(i + 1)
                                              : closed);
        row.minus->setAccessibleDescription(closed);
        row.plus->setAccessibleDescription(closed);
        const Stage *stage = spectrum.stage(option.stage);
        if (revealed && stage)
            row.chip->setStage(*stage);
        row.chip->setVisible(revealed && stage);
        row.why->setText(tr("Why: %1").arg(option.why.simplified()));
        row.why->setVisible(revealed);
        row.groupMark->setVisible(!chosen.isEmpty() && chosen == option.id);
    }
    mShownVotes = shown;
    mShownQuestion = mQuestionId;
    if (!mUserPicked && !mRows.isEmpty())
        mRows.at(defaultOption()).radio->setChecked(true);
    if (recording) {
        QString status = tr("%n vote(s) recorded", nullptr, counted.people() - counted.passes);
        if (counted.passes > 0)
            status += tr(" · %n passed", nullptr, counted.passes);
        if (counted.mixesModes())
            status += tr(" · %1 from phones, %2 counted by hand")
                          .arg(counted.answered)
                          .arg(counted.tallied);
        if (revealed)
            status += tr(" · stages revealed");
        if (!chosen.isEmpty()) {
            for (int i = 0; i < mOptions.size(); ++i) {
                if (mOptions.at(i).id == chosen)
                    status += tr(" · the group chose option %1").arg(i + 1);
            }
        }
        mStatus->setText(status);
    }
    mGroupChooses->setEnabled(recording);
    mHint->setVisible(recording);
    updateSelection();
}

void DecisionPanel::updateSelection()
{
    const int option = selectedOption();
    const bool any = option >= 0;
    const QString number = any ? QString::number(option + 1) : QString();
    mGroupChooses->setText(tr("The &group chooses %1").arg(number));
    ShownName::apply(mGroupChooses, tr("Record option %1 as the group's choice").arg(number));
    mGroupChooses->setEnabled(any && mModel && mQuestionId != 0);
    mFollow->setText(tr("Fo&llow option %1 →").arg(number));
    UiSizes::makeRoomy(mGroupChooses);
    UiSizes::makeRoomy(mFollow);
    ShownName::apply(mFollow, tr("Follow option %1 to its scene").arg(number));
    mFollow->setEnabled(any);
}

void DecisionPanel::applyFonts()
{
    mPrompt->setFont(UiSizes::scaledFont(font(), 1.3, true));
    const int tall = fontMetrics().height() * 2 + 8;
    for (QPushButton *button : {mShowQuestion, mGroupChooses, mReveal, mFollow})
        UiSizes::makeRoomy(button);
    for (const Row &row : std::as_const(mRows)) {
        row.text->setFont(UiSizes::scaledFont(font(), 1.1));
        row.radio->setFont(UiSizes::scaledFont(font(), 1.1, true));
        row.count->setFont(UiSizes::scaledFont(font(), 1.6, true));
        row.count->setMinimumSize(row.count->fontMetrics().horizontalAdvance(QStringLiteral("000")),
                                  tall);
        for (QToolButton *button : {row.minus, row.plus}) {
            button->setFont(UiSizes::scaledFont(font(), 1.4, true));
            button->setMinimumSize(tall, tall);
        }
    }
}

QString DecisionPanel::optionLabel(int option) const
{
    return tr("Option %1").arg(option + 1);
}
