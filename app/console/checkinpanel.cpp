#include "console/checkinpanel.h"

#include "a11y/announce.h"
#include "audience/audiencestate.h"
#include "commands/sessioncommands.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "stats/statistics.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

CheckInPanel::CheckInPanel(SessionModel *model, QUndoStack *undoStack, AudienceState *audience,
                           QWidget *parent)
    : QGroupBox(tr("Check-in: did people do what they committed to?"), parent), mModel(model),
      mUndoStack(undoStack), mAudience(audience)
{
    setObjectName(QStringLiteral("checkIn"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Ask the group whether they did what they committed to at the "
                                "workshop. Phones answer anonymously and never see what they "
                                "wrote then; hands can be counted below."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *buttons = new QHBoxLayout;
    mShow = new QPushButton(tr("Ask the Check-in &Question"), this);
    mShow->setObjectName(QStringLiteral("askCheckIn"));
    mShow->setAccessibleDescription(tr("Shows the check-in question on the projector and on "
                                       "participants' phones"));
    connect(mShow, &QPushButton::clicked, this, &CheckInPanel::showOnProjector);
    buttons->addWidget(mShow);
    mReveal = new QPushButton(this);
    mReveal->setObjectName(QStringLiteral("revealCheckIn"));
    connect(mReveal, &QPushButton::clicked, this, &CheckInPanel::toggleReveal);
    buttons->addWidget(mReveal);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    // Hands counted per answer, two answers to a line so the page keeps its height.
    auto *grid = new QGridLayout;
    int index = 0;
    for (const QString &key : SessionKeys::checkInKeys()) {
        Row row;
        row.key = key;
        row.label = new QLabel(this);
        row.minus = new QPushButton(tr("−"), this);
        row.minus->setObjectName(QStringLiteral("checkInMinus-") + key);
        row.minus->setMaximumWidth(
            row.minus->fontMetrics().horizontalAdvance(QStringLiteral("MM")) * 2);
        row.plus = new QPushButton(tr("+"), this);
        row.plus->setObjectName(QStringLiteral("checkInPlus-") + key);
        row.plus->setMaximumWidth(row.minus->maximumWidth());
        connect(row.minus, &QPushButton::clicked, this, [this, key] { addHand(key, -1); });
        connect(row.plus, &QPushButton::clicked, this, [this, key] { addHand(key, +1); });
        // The buttons first, so they line up whatever the length of the words after them.
        const int line = index / 2;
        const int column = (index % 2) * 3;
        grid->addWidget(row.minus, line, column);
        grid->addWidget(row.plus, line, column + 1);
        grid->addWidget(row.label, line, column + 2);
        mRows.append(row);
        ++index;
    }
    grid->setColumnStretch(2, 1);
    grid->setColumnStretch(5, 1);
    layout->addLayout(grid);

    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("checkInStatus"));
    mStatus->setWordWrap(true);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(mStatus);

    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        const Question *q = question();
        if (change.kind == SessionChange::Kind::Reset ||
            change.kind == SessionChange::Kind::Question || (q && change.questionId == q->id))
            refresh();
    });
    refresh();
}

const Question *CheckInPanel::question() const
{
    return mModel->isLoaded() ? SessionRules::checkInQuestion(mModel->questions()) : nullptr;
}

std::optional<CheckIn> CheckInPanel::checkInOf(const Question &q) const
{
    SessionData data;
    data.session = mModel->session();
    data.questions = {q};
    data.answers = mModel->answers(q.id);
    data.tallies = mModel->tallies();
    return Statistics::checkIn(data);
}

qint64 CheckInPanel::ask()
{
    QString error;
    AskQuestionCommand asking(mModel, SessionRules::newCheckInQuestion(nullptr), &error);
    asking.redo();
    if (asking.questionId() == 0)
        QMessageBox::warning(this, title(), tr("The question could not be saved: %1").arg(error));
    return asking.questionId();
}

void CheckInPanel::showOnProjector()
{
    const qint64 id = ask();
    if (id == 0)
        return;
    // Showing the question again asks it again: the answers are hidden and count.
    if (mModel->question(id)->revealed)
        mUndoStack->push(new RevealCommand(mModel, id, false));
    const Question *q = mModel->question(id);
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Question;
    content.questionId = id; // the phones answer the question on the projector
    content.heading = q->prompt;
    for (int i = 0; i < q->choices.size(); ++i)
        content.items.append(roomTr("%1. %2").arg(i + 1).arg(q->choices.at(i).label));
    mAudience->present(content);
}

void CheckInPanel::showAsItWas()
{
    const Question *q = question();
    if (q && q->revealed)
        showResults(q->id);
    else
        showOnProjector();
}

void CheckInPanel::addHand(const QString &key, int delta)
{
    const Question *q = question();
    if (q && !SessionRules::takesAnswers(q))
        return; // the answers are shown: the count is final until it is asked again
    QString error;
    const QString label = SessionRules::checkInConsoleLabel(key); // the undo step's name
    // The first hand counted asks the question: one click, one undo step.
    mUndoStack->push(new AskAndChangeCommand(
        mModel, SessionRules::newCheckInQuestion(nullptr),
        [this, key, delta, label](qint64 id) {
            return new ChangeTallyCommand(mModel, id, key, delta, label);
        },
        &error));
    if (!error.isEmpty())
        QMessageBox::warning(this, title(), tr("The question could not be saved: %1").arg(error));
}

void CheckInPanel::toggleReveal()
{
    const Question *q = question();
    const bool reveal = !q || !q->revealed;
    QString error;
    mUndoStack->push(new AskAndChangeCommand(
        mModel, SessionRules::newCheckInQuestion(nullptr),
        [this, reveal](qint64 id) { return new RevealCommand(mModel, id, reveal); }, &error));
    q = question();
    if (!q) {
        QMessageBox::warning(this, title(), tr("The question could not be saved: %1").arg(error));
        return;
    }
    if (q->revealed != reveal) {
        QMessageBox::warning(this, title(), tr("The answers could not be shown or hidden."));
        return;
    }
    if (reveal)
        showResults(q->id);
    else
        showOnProjector();
}

void CheckInPanel::showResults(qint64 questionId)
{
    const Question *q = mModel->question(questionId);
    const std::optional<CheckIn> checkIn = checkInOf(*q);
    const CheckInValues *values = checkIn ? checkIn->values() : nullptr;
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Results;
    content.heading = q->prompt;
    content.questionId = questionId;
    for (int i = 0; i < q->choices.size(); ++i) {
        const QString &key = q->choices.at(i).key;
        // No stage: a check-in's answers are not places on the spectrum.
        content.reveal.append({i + 1, q->choices.at(i).label, QString(), QString(), QString(),
                               values ? values->count(key) : -1});
    }
    content.votesWithheldBelow = values || !checkIn ? 0 : checkIn->threshold();
    mAudience->present(content);
}

void CheckInPanel::refresh()
{
    const Question *q = question();
    setVisible(mModel->isLoaded() && (mModel->session().followUp || q));
    const bool open = !q || SessionRules::takesAnswers(q);
    const QuestionCount count = q ? mModel->count(q->id) : QuestionCount();
    // The trainer's own controls speak the console's language; the room's words are the
    // projector's and the phones'.
    const QString final = open ? QString()
                               : tr("The answers are shown: the count is final until the "
                                    "check-in is asked again");
    for (const Row &row : std::as_const(mRows)) {
        const int hands = q ? mModel->tally(q->id, row.key) : 0;
        const QString words = SessionRules::checkInConsoleLabel(row.key);
        const QString counted = tr("%1: %n hand(s) counted", nullptr, hands).arg(words);
        if (counted != row.label->text()) {
            const bool announce = !row.label->text().isEmpty();
            row.label->setText(counted);
            if (announce)
                Announce::countChanged(row.label, counted);
        }
        row.minus->setAccessibleName(tr("Take a hand off: %1").arg(words));
        row.plus->setAccessibleName(tr("Count a hand: %1").arg(words));
        row.minus->setAccessibleDescription(final);
        row.plus->setAccessibleDescription(final);
        row.minus->setToolTip(final);
        row.plus->setToolTip(final);
        row.minus->setEnabled(open && hands > 0);
        row.plus->setEnabled(open);
    }
    mReveal->setText(q && q->revealed ? tr("Hide the A&nswers") : tr("Reveal the A&nswers"));
    mReveal->setEnabled(q != nullptr);

    QString status;
    if (!q) {
        status = tr("Not asked yet.");
    } else {
        const std::optional<CheckIn> checkIn = checkInOf(*q);
        if (const CheckInValues *v = checkIn ? checkIn->values() : nullptr) {
            status = tr("Did it: %1 · Partly: %2 · Not yet: %3 · No commitment: %4. %5% of those "
                        "who had made a commitment did it.")
                         .arg(v->done)
                         .arg(v->partly)
                         .arg(v->notYet)
                         .arg(v->noCommitment)
                         .arg(QLocale().toString(qRound(v->doneRate * 100)));
        } else {
            status = tr("%n answer(s) so far. The numbers show once at least %1 people who had "
                        "made a commitment have answered.",
                        nullptr, count.people())
                         .arg(checkIn ? checkIn->threshold() : effectiveK(mModel->session().k));
        }
    }
    mStatus->setText(status);
}
