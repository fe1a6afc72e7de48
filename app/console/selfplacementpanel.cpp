#include "console/selfplacementpanel.h"
#include "runner/stackingrow.h"

#include "a11y/announce.h"
#include "a11y/shownname.h"
#include "audience/audiencestate.h"
#include "commands/sessioncommands.h"
#include "console/hotseatlock.h"
#include "console/hotseatscreen.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"

#include <QComboBox>
#include <QGridLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
// A colour chip beside the stage's number and name: colour helps, the words carry the meaning.
QIcon chip(const Stage &stage)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(QColor(stage.colorName()));
    return QIcon(pixmap);
}
} // namespace

SelfPlacementPanel::SelfPlacementPanel(SessionModel *model, QUndoStack *undoStack,
                                       AudienceState *audience, QWidget *parent)
    : QWidget(parent), mModel(model), mUndoStack(undoStack), mAudience(audience)
{
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);

    // The phase and the way of collecting, then the buttons: one row, or two when the window
    // is narrow for the type.
    auto *controlsRow = new StackingRow(this);
    QHBoxLayout *controls = controlsRow->leading();
    mPhaseBox = new QComboBox(this);
    mPhaseBox->setObjectName(QStringLiteral("phase"));
    mPhaseBox->setAccessibleName(tr("Phase"));
    for (Phase p : {Phase::Baseline, Phase::After, Phase::FollowUp})
        mPhaseBox->addItem(SessionKeys::phaseLabel(p), int(p));
    connect(mPhaseBox, &QComboBox::currentIndexChanged, this,
            [this] { setPhase(Phase(mPhaseBox->currentData().toInt())); });
    auto *phaseLabel = new QLabel(tr("Ph&ase:"), this);
    phaseLabel->setBuddy(mPhaseBox);
    controls->addWidget(phaseLabel);
    controls->addWidget(mPhaseBox);

    mModeBox = new QComboBox(this);
    mModeBox->setObjectName(QStringLiteral("mode"));
    mModeBox->addItem(tr("Tally: the group stands on a line"), int(Mode::Tally));
    mModeBox->addItem(tr("Hot seat: the laptop goes round"), int(Mode::HotSeat));
    connect(mModeBox, &QComboBox::currentIndexChanged, this,
            [this] { setMode(Mode(mModeBox->currentData().toInt())); });
    auto *modeLabel = new QLabel(tr("&Collect by:"), this);
    modeLabel->setBuddy(mModeBox);
    mModeBox->setAccessibleName(ShownName::withoutMnemonic(modeLabel->text()));
    mModeBox->setAccessibleDescription(tr("How answers are collected"));
    controls->addWidget(modeLabel);
    controls->addWidget(mModeBox, 1);

    mShowButton = new QPushButton(tr("Show &Question on Projector"), this);
    mShowButton->setObjectName(QStringLiteral("showQuestion"));
    connect(mShowButton, &QPushButton::clicked, this, &SelfPlacementPanel::showQuestionOnProjector);
    controlsRow->trailing()->addWidget(mShowButton);
    mRevealButton = new QPushButton(this);
    mRevealButton->setObjectName(QStringLiteral("reveal"));
    connect(mRevealButton, &QPushButton::clicked, this, &SelfPlacementPanel::toggleReveal);
    controlsRow->trailing()->addWidget(mRevealButton);
    layout->addWidget(controlsRow);

    mPages = new QStackedWidget(this);
    mTallyPage = createTallyPage();
    mHotSeatPage = createHotSeatPage();
    mPages->addWidget(mTallyPage);
    mPages->addWidget(mHotSeatPage);
    layout->addWidget(mPages, 1);

    mThanksTimer = new QTimer(this);
    mThanksTimer->setSingleShot(true);
    mThanksTimer->setInterval(4000);
    connect(mThanksTimer, &QTimer::timeout, this, &SelfPlacementPanel::nextPerson);

    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind == SessionChange::Kind::Reset)
            followSession();
        if (change.kind == SessionChange::Kind::Reset || change.questionId == questionId() ||
            change.kind == SessionChange::Kind::Question)
            refresh();
    });
    followSession();
    refresh();
}

Spectrum SelfPlacementPanel::spectrum() const
{
    return Spectrum::standard().withLabels(mModel->session().stageLabels);
}

QWidget *SelfPlacementPanel::createTallyPage()
{
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    auto *intro = new QLabel(tr("Count the people standing at each stage. Press 1–5 to add one; "
                                "press − and then a number to take one away; Ctrl+Z undoes."),
                             page);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    for (int i = 0; i < Spectrum::StageCount; ++i) {
        auto *add = new QPushButton(page);
        add->setObjectName(QStringLiteral("tallyAdd%1").arg(i + 1));
        add->setMinimumHeight(52);
        connect(add, &QPushButton::clicked, this, [this, i] { addToTally(i, +1); });
        auto *remove = new QPushButton(tr("−"), page);
        remove->setObjectName(QStringLiteral("tallyRemove%1").arg(i + 1));
        remove->setMinimumSize(52, 52);
        connect(remove, &QPushButton::clicked, this, [this, i] { addToTally(i, -1); });
        auto *count = new QLabel(page);
        count->setObjectName(QStringLiteral("tallyCount%1").arg(i + 1));
        QFont big = count->font();
        big.setPointSizeF(big.pointSizeF() * 2);
        big.setBold(true);
        count->setFont(big);
        count->setMinimumWidth(80);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(add, i + 1, 0);
        grid->addWidget(count, i + 1, 1);
        grid->addWidget(remove, i + 1, 2);
        mTallyButtons.append(add);
        mTallyCounts.append(count);
    }
    mTallyTotal = new QLabel(page);
    mTallyTotal->setObjectName(QStringLiteral("tallyTotal"));
    grid->addWidget(mTallyTotal, Spectrum::StageCount + 1, 0, 1, 2);
    mSubtractHint = new QLabel(tr("Next number takes one away"), page);
    mSubtractHint->setStyleSheet(QStringLiteral("font-weight: bold;"));
    mSubtractHint->hide();
    grid->addWidget(mSubtractHint, Spectrum::StageCount + 1, 2);
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(Spectrum::StageCount + 2, 1);
    return page;
}

QWidget *SelfPlacementPanel::createHotSeatPage()
{
    // The trainer's side of the hot seat; the participants' side is the locked HotSeatScreen.
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *intro = new QLabel(
        tr("The laptop goes round the room and each person places themselves. \"Hand Over\" "
           "locks the console to a screen with only the question, the five stages and \"Pass\": "
           "no tabs, notes, results or undo. Unlock it with %1 to take the laptop back; then "
           "Ctrl+Z takes back the last answer.")
            .arg(HotSeatLock::unlockKey().toString(QKeySequence::NativeText)),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    mHandOverButton = new QPushButton(tr("Hand &Over the Laptop"), page);
    mHandOverButton->setObjectName(QStringLiteral("handOver"));
    mHandOverButton->setMinimumHeight(48);
    connect(mHandOverButton, &QPushButton::clicked, this, &SelfPlacementPanel::handOver);
    layout->addWidget(mHandOverButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

void SelfPlacementPanel::setHotSeatLock(HotSeatLock *lock)
{
    mLock = lock;
    HotSeatScreen *screen = lock->screen();
    connect(screen, &HotSeatScreen::answered, this, &SelfPlacementPanel::recordHotSeat);
    connect(screen, &HotSeatScreen::nextPersonRequested, this, &SelfPlacementPanel::nextPerson);
    connect(lock, &HotSeatLock::lockedChanged, this, [this](bool locked) {
        if (!locked)
            handedBack();
    });
    refresh();
}

bool SelfPlacementPanel::hotSeatTakesAnswers(qint64 id)
{
    if (SessionRules::takesAnswers(mModel->question(id)))
        return true;
    // Say so rather than hand over, or thank someone whose answer was not taken.
    QMessageBox::information(this, tr("Hot Seat"),
                             tr("The results of this question are shown, so it takes no "
                                "more answers. Hide the results to go on collecting."));
    return false;
}

void SelfPlacementPanel::handOver()
{
    if (!mLock)
        return;
    const qint64 id = askQuestion();
    if (id == 0)
        return;
    // Whatever needs the trainer is asked now, not in front of the first person.
    if (!hotSeatTakesAnswers(id) || !confirmMixing(id, Mode::HotSeat))
        return;
    refresh();
    mLock->lock();
}

void SelfPlacementPanel::handedBack()
{
    mThanksTimer->stop();
    mLock->screen()->showQuestion();
    if (mMode == Mode::HotSeat && isVisible())
        mHandOverButton->setFocus(Qt::OtherFocusReason);
}

void SelfPlacementPanel::followSession()
{
    // Another session opened: a follow-up asks its own phase first; after one, a workshop
    // starts from the baseline again. Within a session the trainer's pick stays.
    const qint64 id = mModel->isLoaded() ? mModel->session().id : 0;
    if (id == mPhaseSession)
        return;
    mPhaseSession = id;
    const bool followUp = id != 0 && mModel->session().followUp;
    if (followUp)
        setPhase(Phase::FollowUp);
    else if (mFollowedUp)
        setPhase(Phase::Baseline);
    mFollowedUp = followUp;
}

void SelfPlacementPanel::setPhase(Phase phase)
{
    mPhase = phase;
    const int index = mPhaseBox->findData(int(phase));
    if (mPhaseBox->currentIndex() != index)
        mPhaseBox->setCurrentIndex(index);
    refresh();
}

void SelfPlacementPanel::setMode(Mode mode)
{
    mMode = mode;
    const int index = mModeBox->findData(int(mode));
    if (mModeBox->currentIndex() != index)
        mModeBox->setCurrentIndex(index);
    mPages->setCurrentWidget(mode == Mode::Tally ? mTallyPage : mHotSeatPage);
    refresh();
}

void SelfPlacementPanel::focusInEvent(QFocusEvent *event)
{
    // The panel takes the keyboard only to hand it on: Alt+S and Ctrl+Tab land on the page's
    // first button (a stage to count, or handing over), never on the panel, a container a
    // screen reader has no name for. Keys 1–5 and − reach keyPressEvent() from there.
    if (event->reason() == Qt::BacktabFocusReason) {
        focusNextPrevChild(false);
        return;
    }
    if (auto *first = mPages->currentWidget()->findChild<QPushButton *>())
        first->setFocus(event->reason());
}

qint64 SelfPlacementPanel::questionId() const
{
    const Question *q = SessionRules::selfPlacementQuestion(mModel->questions(), mPhase);
    return q ? q->id : 0;
}

qint64 SelfPlacementPanel::askQuestion()
{
    QString error;
    AskQuestionCommand ask(mModel, SessionRules::newSelfPlacementQuestion(mPhase, nullptr), &error);
    ask.redo();
    if (ask.questionId() == 0)
        QMessageBox::warning(this, tr("Self-Placement"),
                             tr("The question could not be saved: %1").arg(error));
    return ask.questionId();
}

void SelfPlacementPanel::pushChange(const std::function<QUndoCommand *(qint64 questionId)> &change)
{
    QString error;
    mUndoStack->push(new AskAndChangeCommand(
        mModel, SessionRules::newSelfPlacementQuestion(mPhase, nullptr), change, &error));
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Self-Placement"),
                             tr("The question could not be saved: %1").arg(error));
}

void SelfPlacementPanel::addToTally(int stageIndex, int delta)
{
    const qint64 id = questionId();
    if (id != 0 && !SessionRules::takesAnswers(mModel->question(id)))
        return; // the results are shown: the count is final until the question is asked again
    const Spectrum stages = spectrum();
    const Stage &stage = stages.at(stageIndex);
    if (delta > 0 && id != 0 && !confirmMixing(id, Mode::Tally))
        return;
    // The first count asks the question: one key press, one undo step, both taken back.
    pushChange([this, key = stage.key, label = stage.label, delta](qint64 question) {
        return new ChangeTallyCommand(mModel, question, key, delta, label);
    });
}

void SelfPlacementPanel::recordHotSeat(const QString &choice)
{
    const qint64 id = askQuestion();
    if (id == 0)
        return;
    if (!hotSeatTakesAnswers(id) || !confirmMixing(id, Mode::HotSeat))
        return;
    auto *command = new RecordAnswerCommand(mModel, id, newParticipantToken(), choice, QString());
    mUndoStack->push(command);
    mLock->screen()->showThanks();
    mThanksTimer->start();
}

bool SelfPlacementPanel::confirmMixing(qint64 questionId, Mode adding)
{
    // One person is one count: either a hand counted or their own answer. Counting the same
    // question both ways adds the two, so the trainer is asked once, before the first mix.
    const QuestionCount c = mModel->count(questionId);
    const int other = adding == Mode::Tally ? c.answered : c.tallied;
    const int same = adding == Mode::Tally ? c.tallied : c.answered;
    if (other == 0 || same > 0 || mMixingConfirmed.contains(questionId))
        return true;
    const QString text =
        adding == Mode::Tally
            ? tr("%n person(s) already answered this question one by one or on a phone. Hands "
                 "counted now are added to them, so only people who have not answered yet may "
                 "be counted. Count hands as well?",
                 nullptr, other)
            : tr("%n person(s) were already counted by hand for this question. Answers given "
                 "now are added to them, so only people who were not counted may answer. Take "
                 "answers one by one as well?",
                 nullptr, other);
    const auto answer = QMessageBox::question(this, tr("Count both ways?"), text,
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return false;
    mMixingConfirmed.insert(questionId);
    return true;
}

void SelfPlacementPanel::nextPerson()
{
    mThanksTimer->stop();
    if (mLock)
        mLock->screen()->showQuestion();
}

void SelfPlacementPanel::showQuestionOnProjector()
{
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Question;
    content.questionId = askQuestion(); // the phones answer the question on the projector
    // Showing the question again asks it again: the results are hidden and answers count.
    if (content.questionId != 0 && mModel->question(content.questionId)->revealed)
        mUndoStack->push(new RevealCommand(mModel, content.questionId, false));
    content.heading = SessionRules::selfPlacementPrompt(mPhase, nullptr);
    const Spectrum s = spectrum();
    for (const Stage &stage : s.stages())
        content.items.append(
            roomTr("%1. %2 — %3").arg(stage.index + 1).arg(stage.label, stage.summary));
    mAudience->present(content);
}

void SelfPlacementPanel::toggleReveal()
{
    const qint64 asked = questionId();
    const bool reveal = asked == 0 || !mModel->question(asked)->revealed;
    // Answers are final while the results are shown (phones see the question closed);
    // hiding the results opens it again. Revealing a question not asked yet asks it too.
    pushChange(
        [this, reveal](qint64 question) { return new RevealCommand(mModel, question, reveal); });
    const qint64 id = questionId();
    if (id == 0)
        return; // it could not be asked, and pushChange said why
    if (mModel->question(id)->revealed != reveal) {
        QMessageBox::warning(this, tr("Reveal"), tr("The results could not be shown or hidden."));
        return;
    }
    if (reveal) {
        AudienceState::Content content;
        content.mode = AudienceState::Mode::Results;
        content.heading =
            roomTr("Where the group stands: %1").arg(SessionKeys::roomPhaseLabel(mPhase));
        content.chart = QStringLiteral("distribution");
        content.questionId = id;
        mAudience->present(content);
    } else {
        showQuestionOnProjector();
    }
}

void SelfPlacementPanel::keyPressEvent(QKeyEvent *event)
{
    if (mMode == Mode::Tally && event->modifiers() == Qt::NoModifier) {
        const int key = event->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_5) {
            addToTally(key - Qt::Key_1, mSubtractNext ? -1 : +1);
            mSubtractNext = false;
            mSubtractHint->hide();
            return;
        }
        if (key == Qt::Key_Minus) {
            mSubtractNext = !mSubtractNext;
            mSubtractHint->setVisible(mSubtractNext);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void SelfPlacementPanel::refresh()
{
    const Spectrum s = spectrum();
    const qint64 id = questionId();
    int total = 0;
    // A count changed by a key, Ctrl+Z or a phone is told to a screen reader while tallying;
    // never in the hot seat, where it would tell the next person the earlier answers.
    const qint64 session = mModel->session().id;
    const bool announce =
        mMode == Mode::Tally && session != 0 && session == mShownSession && mPhase == mShownPhase;
    QList<int> shown;
    for (int i = 0; i < Spectrum::StageCount; ++i) {
        const Stage &stage = s.at(i);
        const int count = id ? mModel->tally(id, stage.key) : 0;
        total += count;
        mTallyButtons[i]->setText(tr("&%1  %2").arg(i + 1).arg(stage.label));
        mTallyButtons[i]->setIcon(chip(stage));
        mTallyButtons[i]->setIconSize(QSize(24, 24));
        ShownName::apply(mTallyButtons[i], tr("Add one to %1").arg(stage.label));
        mTallyCounts[i]->setText(QString::number(count));
        const QString said = tr("%1: %n person(s)", nullptr, count).arg(stage.label);
        if (announce && mShownCounts.value(i, count) != count)
            Announce::countChanged(mTallyCounts[i], said);
        else
            mTallyCounts[i]->setAccessibleName(said);
        shown.append(count);
        mTallyButtons[i]
            ->parentWidget()
            ->findChild<QPushButton *>(QStringLiteral("tallyRemove%1").arg(i + 1))
            ->setAccessibleName(tr("Take one from %1").arg(stage.label));
    }
    if (mLock)
        mLock->screen()->setQuestion(tr("Where are you today? Tap the stage that fits you best, "
                                        "or press its number. Nobody sees your answer."),
                                     s);
    const QuestionCount counted = id ? mModel->count(id) : QuestionCount();
    // One way of counting says only that; both ways say each part and the sum.
    if (counted.answered == 0)
        mTallyTotal->setText(tr("Counted: %1").arg(total));
    else if (counted.tallied == 0)
        mTallyTotal->setText(
            tr("%n person(s) answered one by one or from phones", nullptr, counted.answered));
    else
        mTallyTotal->setText(tr("%n person(s) in all · counted by hand: %1 · answered one by "
                                "one or from phones: %2",
                                nullptr, counted.people())
                                 .arg(counted.tallied)
                                 .arg(counted.answered));
    if (announce && counted.answered != mShownAnswered)
        Announce::countChanged(mTallyTotal, mTallyTotal->text());
    else
        mTallyTotal->setAccessibleName(mTallyTotal->text());
    mShownSession = session;
    mShownPhase = mPhase;
    mShownCounts = shown;
    mShownAnswered = counted.answered;
    const bool revealed = id && mModel->question(id)->revealed;
    // The buttons that record answers follow the same rule as a phone's answer.
    const bool takes = id == 0 || SessionRules::takesAnswers(mModel->question(id));
    const QString closed =
        takes ? QString()
              : tr("The results are shown, so no more answers are counted. \"Hide Results\" "
                   "or \"Show Question on Projector\" asks the question again.");
    for (int i = 0; i < Spectrum::StageCount; ++i) {
        auto *remove =
            mTallyPage->findChild<QPushButton *>(QStringLiteral("tallyRemove%1").arg(i + 1));
        for (QPushButton *button : {mTallyButtons.at(i), remove}) {
            button->setEnabled(takes);
            button->setToolTip(closed);
            button->setAccessibleDescription(closed);
        }
    }
    mHandOverButton->setEnabled(takes);
    mHandOverButton->setToolTip(closed);
    mHandOverButton->setAccessibleDescription(closed);
    if (mLock)
        mLock->screen()->setTakingAnswers(takes, closed);
    mRevealButton->setText(revealed ? tr("Hide Res&ults") : tr("Reveal Res&ults"));
    mRevealButton->setAccessibleName(mRevealButton->text().remove(QLatin1Char('&')));
    mShowButton->setAccessibleName(mShowButton->text().remove(QLatin1Char('&')));
}
