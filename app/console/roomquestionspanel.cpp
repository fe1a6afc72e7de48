#include "console/roomquestionspanel.h"

#include "a11y/announce.h"
#include "a11y/shownname.h"
#include "audience/audiencestate.h"
#include "commands/sessioncommands.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

constexpr int KeyRole = Qt::UserRole;

QString stateText(RoomQuestionState state)
{
    switch (state) {
    case RoomQuestionState::New:
        return RoomQuestionsPanel::tr("new");
    case RoomQuestionState::Held:
        return RoomQuestionsPanel::tr("held for review");
    case RoomQuestionState::Shown:
        return RoomQuestionsPanel::tr("shown on the projector");
    case RoomQuestionState::Answered:
        return RoomQuestionsPanel::tr("answered");
    case RoomQuestionState::Hidden:
        return RoomQuestionsPanel::tr("hidden");
    }
    return {};
}

} // namespace

RoomQuestionsPanel::RoomQuestionsPanel(SessionModel *model, QUndoStack *undoStack,
                                       AudienceState *audience, QWidget *parent)
    : QWidget(parent), mModel(model), mUndoStack(undoStack), mAudience(audience)
{
    setObjectName(QStringLiteral("roomQuestionsPanel"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Questions and concerns participants send from their phones, "
                                "anonymously: only this screen lists them, never who sent "
                                "one."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    mSummary = new QLabel(this);
    mSummary->setObjectName(QStringLiteral("roomQuestionsSummary"));
    layout->addWidget(mSummary);

    auto *queueLabel = new QLabel(tr("&Queue:"), this);
    layout->addWidget(queueLabel);
    mList = new QListWidget(this);
    mList->setObjectName(QStringLiteral("roomQuestions"));
    mList->setAccessibleName(tr("Queue"));
    mList->setWordWrap(true);
    queueLabel->setBuddy(mList);
    layout->addWidget(mList, 3);

    mHeldHeading = new QLabel(tr("Held f&or review (the word list flagged them):"), this);
    layout->addWidget(mHeldHeading);
    mHeld = new QListWidget(this);
    mHeld->setObjectName(QStringLiteral("heldRoomQuestions"));
    mHeld->setAccessibleName(tr("Held for review"));
    mHeld->setWordWrap(true);
    mHeldHeading->setBuddy(mHeld);
    layout->addWidget(mHeld, 1);

    auto *buttons = new QHBoxLayout;
    mShow = new QPushButton(tr("Show on &Projector"), this);
    mShow->setObjectName(QStringLiteral("showRoomQuestion"));
    ShownName::apply(mShow, tr("Shows the selected question on the projector, without who "
                               "sent it"));
    mAnswered = new QPushButton(tr("Mark Ans&wered"), this);
    mAnswered->setObjectName(QStringLiteral("answerRoomQuestion"));
    ShownName::apply(mAnswered);
    mHide = new QPushButton(tr("Hi&de"), this);
    mHide->setObjectName(QStringLiteral("hideRoomQuestion"));
    ShownName::apply(mHide, tr("Takes the selected question out of the queue"));
    mLetIn = new QPushButton(tr("&Let In"), this);
    mLetIn->setObjectName(QStringLiteral("letInRoomQuestion"));
    ShownName::apply(mLetIn, tr("Moves the selected held question into the queue"));
    for (QPushButton *b : {mShow, mAnswered, mHide, mLetIn})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(mShow, &QPushButton::clicked, this, &RoomQuestionsPanel::showOnProjector);
    connect(mAnswered, &QPushButton::clicked, this,
            [this] { setState(int(RoomQuestionState::Answered)); });
    connect(mHide, &QPushButton::clicked, this,
            [this] { setState(int(RoomQuestionState::Hidden)); });
    connect(mLetIn, &QPushButton::clicked, this, [this] { setState(int(RoomQuestionState::New)); });
    // One selection at a time, in either list.
    connect(mList, &QListWidget::itemSelectionChanged, this, [this] {
        if (!mList->selectedItems().isEmpty())
            mHeld->clearSelection();
        updateButtons();
    });
    connect(mHeld, &QListWidget::itemSelectionChanged, this, [this] {
        if (!mHeld->selectedItems().isEmpty())
            mList->clearSelection();
        updateButtons();
    });
    mArrivals = new QTimer(this);
    mArrivals->setSingleShot(true);
    mArrivals->setInterval(15000);
    connect(mArrivals, &QTimer::timeout, this, [this] {
        for (const RoomQuestion &q : mModel->roomQuestions())
            mListed.insert(q.key);
        refresh();
    });
    connect(mModel, &SessionModel::changed, this, [this](const SessionChange &change) {
        if (change.kind == SessionChange::Kind::RoomQuestion ||
            change.kind == SessionChange::Kind::Reset)
            modelChanged(change.kind == SessionChange::Kind::Reset);
    });
    modelChanged(true);
}

void RoomQuestionsPanel::setArrivalDelay(int ms)
{
    mArrivals->setInterval(std::max(0, ms));
}

void RoomQuestionsPanel::modelChanged(bool reset)
{
    // What was there when the session opened is listed at once; a new arrival waits, and the
    // first one waiting starts the wait for all that come meanwhile.
    if (reset) {
        mOnProjector.clear(); // another session: its projector is its own
        mArrivals->stop();
        mListed.clear();
        for (const RoomQuestion &q : mModel->roomQuestions())
            mListed.insert(q.key);
    } else {
        for (const RoomQuestion &q : mModel->roomQuestions()) {
            if (!mListed.contains(q.key) && !mArrivals->isActive())
                mArrivals->start();
        }
    }
    refresh();
}

void RoomQuestionsPanel::refresh()
{
    // The lists are rebuilt: the trainer's place in them (current item, selection, scrolling)
    // is kept, so an arrival never moves the keyboard.
    const QString selected = selectedKey();
    const int listScroll = mList->verticalScrollBar()->value();
    const int heldScroll = mHeld->verticalScrollBar()->value();
    const QSignalBlocker blockList(mList);
    const QSignalBlocker blockHeld(mHeld);
    mList->clear();
    mHeld->clear();
    int waiting = 0;
    for (const RoomQuestion &q : mModel->roomQuestions()) {
        if (q.state == RoomQuestionState::Hidden || !mListed.contains(q.key))
            continue;
        const bool held = q.state == RoomQuestionState::Held;
        waiting += q.state == RoomQuestionState::New ? 1 : 0;
        auto *item = new QListWidgetItem(
            held ? q.text : tr("%1 (%2)").arg(q.text, stateText(q.state)), held ? mHeld : mList);
        item->setData(KeyRole, q.key);
        if (q.key == selected)
            item->listWidget()->setCurrentItem(item, QItemSelectionModel::ClearAndSelect);
    }
    mList->verticalScrollBar()->setValue(listScroll);
    mHeld->verticalScrollBar()->setValue(heldScroll);
    const int held = mHeld->count();
    mHeldHeading->setVisible(held > 0);
    mHeld->setVisible(held > 0);
    const QString summary =
        mListed.isEmpty() ? tr("No question yet. Phones that joined can send one at any time.")
                          : tr("%n new question(s)", nullptr, waiting) +
                                (held > 0 ? tr(" · %n held for review", nullptr, held) : QString());
    if (summary != mSummary->text()) {
        mSummary->setText(summary);
        Announce::countChanged(mSummary, summary); // quietly, wherever the keyboard is
    }
    updateButtons();
}

QString RoomQuestionsPanel::selectedKey() const
{
    for (const QListWidget *list : {mList, mHeld}) {
        const QList<QListWidgetItem *> items = list->selectedItems();
        if (!items.isEmpty())
            return items.first()->data(KeyRole).toString();
    }
    return {};
}

void RoomQuestionsPanel::updateButtons()
{
    const RoomQuestion *q = mModel->roomQuestion(selectedKey());
    const bool held = q && q->state == RoomQuestionState::Held;
    mShow->setEnabled(q && !held);
    mAnswered->setEnabled(q && !held && q->state != RoomQuestionState::Answered);
    mHide->setEnabled(q != nullptr);
    mLetIn->setEnabled(held);
}

void RoomQuestionsPanel::setState(int state)
{
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    mUndoStack->push(new RoomQuestionStateCommand(mModel, key, RoomQuestionState(state)));
    if (state == int(RoomQuestionState::Answered) || state == int(RoomQuestionState::Hidden))
        giveProjectorBack(key);
}

void RoomQuestionsPanel::giveProjectorBack(const QString &key)
{
    if (key != mOnProjector)
        return;
    mOnProjector.clear();
    if (mAudience->content() == mShownQuestion)
        mAudience->show(mBeforeQuestion);
}

void RoomQuestionsPanel::showOnProjector()
{
    const RoomQuestion *q = mModel->roomQuestion(selectedKey());
    if (!q || q->state == RoomQuestionState::Held)
        return;
    // A question the room is answering gives way only if the trainer says so: while the room
    // question is on, the phones wait.
    const AudienceState::Content &current = mAudience->content();
    const Question *open = current.questionId ? mModel->question(current.questionId) : nullptr;
    if (open && current.mode == AudienceState::Mode::Question && SessionRules::takesAnswers(open) &&
        QMessageBox::question(this, tr("Show the Question?"),
                              tr("The projector shows a question the room is answering. While "
                                 "this one is on, phones cannot answer it. Show it anyway?"),
                              QMessageBox::Yes | QMessageBox::No,
                              QMessageBox::No) != QMessageBox::Yes)
        return;
    AudienceState::Content content;
    content.mode = AudienceState::Mode::Narration;
    content.heading = roomTr("A question from the room");
    content.text = q->text;
    if (mOnProjector.isEmpty() || !(current == mShownQuestion))
        mBeforeQuestion = current; // one room question after another: back to what was before
    mOnProjector = q->key;
    mShownQuestion = content;
    mAudience->present(content);
    mUndoStack->push(new RoomQuestionStateCommand(mModel, q->key, RoomQuestionState::Shown));
}
