#include "audience/audiencestate.h"
#include "console/roomquestionspanel.h"
#include "session/sessionmodel.h"
#include "spectrum.h"
#include "store/sessionstore.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
    void hidingTheShownOneGivesTheProjectorBack();
    void anArrivalKeepsTheTrainersPlaceInTheList();
    void aQuestionTheRoomAnswersGivesWayOnlyIfTheTrainerSaysSo();

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

void tst_RoomQuestions::hidingTheShownOneGivesTheProjectorBack()
{
    // A welcome screen on the projector; a room question over it; marking it answered or
    // hiding it brings back what was there, and the projector never keeps a hidden question.
    AudienceState::Content welcome;
    welcome.mode = AudienceState::Mode::Welcome;
    welcome.heading = QStringLiteral("Spring workshop");
    mAudience->show(welcome);
    add(QStringLiteral("Who decides who is promoted?"), false);
    QListWidget *queue = list("roomQuestions");
    QTRY_COMPARE(queue->count(), 1);
    queue->setCurrentRow(0);
    press("showRoomQuestion");
    QCOMPARE(mAudience->content().text, QStringLiteral("Who decides who is promoted?"));
    press("hideRoomQuestion");
    QCOMPARE(mAudience->content(), welcome);

    // Answered: the same. Something else shown meanwhile stays.
    add(QStringLiteral("Can we get the slides?"), false);
    QTRY_COMPARE(queue->count(), 1);
    queue->setCurrentRow(0);
    press("showRoomQuestion");
    press("answerRoomQuestion");
    QCOMPARE(mAudience->content(), welcome);
    add(QStringLiteral("And the recording?"), false);
    QTRY_COMPARE(queue->count(), 2);
    queue->setCurrentRow(1);
    press("showRoomQuestion");
    AudienceState::Content join;
    join.mode = AudienceState::Mode::Join;
    mAudience->show(join);
    press("hideRoomQuestion");
    QCOMPARE(mAudience->content(), join);
}

void tst_RoomQuestions::anArrivalKeepsTheTrainersPlaceInTheList()
{
    // The trainer is on the third question when more arrive: the same one stays current (the
    // keyboard's place), not just selected, so Down goes on from there.
    for (int i = 1; i <= 4; ++i)
        add(QStringLiteral("Question %1").arg(i), false);
    QListWidget *queue = list("roomQuestions");
    QTRY_COMPARE(queue->count(), 4);
    queue->setFocus();
    queue->setCurrentRow(2);
    add(QStringLiteral("A late one"), false);
    QTRY_COMPARE(queue->count(), 5);
    QCOMPARE(queue->currentRow(), 2);
    QVERIFY(queue->currentItem()->isSelected());
    QTest::keyClick(queue, Qt::Key_Down);
    QCOMPARE(queue->currentRow(), 3);
}

void tst_RoomQuestions::aQuestionTheRoomAnswersGivesWayOnlyIfTheTrainerSaysSo()
{
    QString error;
    Question self;
    self.kind = QuestionKind::SelfPlacement;
    self.prompt = QStringLiteral("Where are you today?");
    for (const QString &key : Spectrum::keys())
        self.choices.append({key, key});
    const std::optional<qint64> id = mModel->addQuestion(self, &error);
    QVERIFY2(id, qPrintable(error));
    AudienceState::Content asking;
    asking.mode = AudienceState::Mode::Question;
    asking.heading = self.prompt;
    asking.questionId = *id;
    mAudience->show(asking);
    add(QStringLiteral("Is this anonymous?"), false);
    QListWidget *queue = list("roomQuestions");
    QTRY_COMPARE(queue->count(), 1);
    queue->setCurrentRow(0);
    const auto answerBox = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("phones cannot answer it")));
            box->button(button)->click();
        });
    };
    answerBox(QMessageBox::No);
    press("showRoomQuestion");
    QCOMPARE(mAudience->content(), asking); // still asking
    QCOMPARE(mModel->roomQuestions().first().state, RoomQuestionState::New);
    answerBox(QMessageBox::Yes);
    press("showRoomQuestion");
    QCOMPARE(mAudience->content().text, QStringLiteral("Is this anonymous?"));
    press("answerRoomQuestion");
    QCOMPARE(mAudience->content(), asking); // and back to the question, the phones with it

    // A closed question is no reason to ask.
    QVERIFY(mModel->setOpen(*id, false, &error));
    add(QStringLiteral("When is lunch?"), false);
    QTRY_COMPARE(queue->count(), 2);
    queue->setCurrentRow(1);
    press("showRoomQuestion");
    QCOMPARE(mAudience->content().text, QStringLiteral("When is lunch?"));
}

QTEST_MAIN(tst_RoomQuestions)
#include "tst_roomquestions.moc"
