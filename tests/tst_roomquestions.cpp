#include "audience/audiencestate.h"
#include "console/roomquestionspanel.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The trainer's queue of questions from phones: held ones apart, each shown on the projector
// without who sent it, answered, hidden or let in, by keyboard, each one undoable.
class tst_RoomQuestions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void arrivalsWaitAndComeTogether();
    void queueShowAnswerHideAndUndo();
    void heldOnesWaitForTheTrainer();

private:
    QListWidget *list(const char *name) const
    {
        return mPanel->findChild<QListWidget *>(QLatin1String(name));
    }
    QPushButton *button(const char *name) const
    {
        return mPanel->findChild<QPushButton *>(QLatin1String(name));
    }
    void press(const char *name)
    {
        QPushButton *b = button(name);
        QVERIFY(b && b->isEnabled());
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Space);
    }
    void add(const QString &text, bool held)
    {
        QString error;
        QVERIFY2(mModel->addRoomQuestion(text, held, &error), qPrintable(error));
    }

    std::unique_ptr<QTemporaryDir> mDir;
    std::unique_ptr<SessionStore> mStore;
    std::unique_ptr<SessionModel> mModel;
    std::unique_ptr<QUndoStack> mStack;
    std::unique_ptr<AudienceState> mAudience;
    std::unique_ptr<RoomQuestionsPanel> mPanel;
};

void tst_RoomQuestions::init()
{
    mPanel.reset();
    mDir = std::make_unique<QTemporaryDir>();
    mStore = std::make_unique<SessionStore>();
    QString error;
    QVERIFY2(mStore->open(mDir->path(), &error), qPrintable(error));
    Session s;
    s.title = QStringLiteral("Queue");
    s.date = QDate(2026, 12, 3);
    const qint64 id = mStore->createSession(s, &error);
    mModel = std::make_unique<SessionModel>(mStore.get());
    QVERIFY(mModel->load(id, &error));
    mStack = std::make_unique<QUndoStack>();
    mAudience = std::make_unique<AudienceState>();
    mPanel = std::make_unique<RoomQuestionsPanel>(mModel.get(), mStack.get(), mAudience.get());
    mPanel->setArrivalDelay(0); // listed at the next turn of the event loop, for the test
    mPanel->resize(800, 600);
    mPanel->show();
    QVERIFY(QTest::qWaitForWindowExposed(mPanel.get()));
}

void tst_RoomQuestions::arrivalsWaitAndComeTogether()
{
    // A question is never listed at the moment it arrives; those that arrive during the wait
    // are listed with it.
    mPanel->setArrivalDelay(300);
    add(QStringLiteral("First"), false);
    QTest::qWait(150);
    QCOMPARE(list("roomQuestions")->count(), 0);
    add(QStringLiteral("Second"), false);
    QTRY_COMPARE(list("roomQuestions")->count(), 2);
}

void tst_RoomQuestions::queueShowAnswerHideAndUndo()
{
    auto *summary = mPanel->findChild<QLabel *>(QStringLiteral("roomQuestionsSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("No question yet")));
    for (QPushButton *b : {button("showRoomQuestion"), button("answerRoomQuestion"),
                           button("hideRoomQuestion"), button("letInRoomQuestion")})
        QVERIFY(!b->isEnabled()); // nothing selected
    add(QStringLiteral("What if it is my manager?"), false);
    add(QStringLiteral("Can we talk about pay?"), false);
    QListWidget *queue = list("roomQuestions");
    QTRY_COMPARE(queue->count(), 2);
    QVERIFY2(summary->text().startsWith(QStringLiteral("2 ")), qPrintable(summary->text()));

    // By keyboard: the first question, shown on the projector without anything about a phone.
    queue->setFocus();
    QTest::keyClick(queue, Qt::Key_Down);
    if (queue->selectedItems().isEmpty())
        queue->setCurrentRow(0);
    const QString key = mModel->roomQuestions().at(queue->currentRow()).key;
    press("showRoomQuestion");
    const AudienceState::Content &shown = mAudience->content();
    QCOMPARE(shown.mode, AudienceState::Mode::Narration);
    QCOMPARE(shown.text, mModel->roomQuestion(key)->text);
    QVERIFY(shown.step.isEmpty()); // no role-play: the phones wait
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::Shown);
    press("answerRoomQuestion");
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::Answered);
    QVERIFY(!button("answerRoomQuestion")->isEnabled());
    press("hideRoomQuestion");
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::Hidden);
    QCOMPARE(queue->count(), 1); // hidden ones leave the list

    // Each step undoes on its own; all of it is in the file.
    mStack->undo();
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::Answered);
    mStack->undo();
    mStack->undo();
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::New);
    QCOMPARE(queue->count(), 2);
    mStack->redo();
    QVERIFY(mModel->flush());
    QCOMPARE(mStore->roomQuestions(mModel->session().id).first().state, RoomQuestionState::Shown);
}

void tst_RoomQuestions::heldOnesWaitForTheTrainer()
{
    QListWidget *held = list("heldRoomQuestions");
    QVERIFY(!held->isVisible());
    add(QStringLiteral("An ordinary question"), false);
    add(QStringLiteral("Something the list flagged"), true);
    QTRY_VERIFY(held->isVisible());
    QCOMPARE(held->count(), 1);
    QCOMPARE(list("roomQuestions")->count(), 1);
    held->setFocus();
    held->setCurrentRow(0);
    QVERIFY(!button("showRoomQuestion")->isEnabled()); // never straight onto the projector
    QVERIFY(!button("answerRoomQuestion")->isEnabled());
    const QString key = mModel->roomQuestions().last().key;
    press("letInRoomQuestion");
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::New);
    QCOMPARE(list("roomQuestions")->count(), 2);
    QVERIFY(!held->isVisible());
    mStack->undo();
    QCOMPARE(mModel->roomQuestion(key)->state, RoomQuestionState::Held);
}

QTEST_MAIN(tst_RoomQuestions)
#include "tst_roomquestions.moc"
