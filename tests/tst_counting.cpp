#include "charts/decisiontallymodel.h"
#include "charts/sessioncharts.h"
#include "console/mainwindow.h"
#include "consoledriver.h"
#include "export/sessionexport.h"
#include "runner/decisionpanel.h"
#include "runner/scenariorunner.h"
#include "session/sessionmodel.h"
#include "stats/statistics.h"
#include "store/sessionstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

using ConsoleDriver::click;

// What a count means, driven through the real console: the group's single choice is a fact
// about the group and never a vote, it can be made after the reveal, people counted by hand
// are people, and counting one question both ways is asked about first.
class tst_Counting : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void groupChoiceIsNotAVote();
    void groupChoosesAfterTheReveal();
    void handsCountedArePeople();
    void countingBothWaysIsAskedFirst();

private:
    struct Console
    {
        explicit Console(const QString &data) : window(data)
        {
            window.show();
            QApplication::setActiveWindow(&window);
            ready = QTest::qWaitForWindowActive(&window);
        }
        bool ready = false;
        MainWindow window;
        QTabWidget *tabs() const
        {
            return window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
        }
    };
    static ScenarioRunner *runToFirstDecision(Console &console, const QString &scenarioId);
    // Answers the next message box with `button` once it shows.
    void answerNextMessageBox(QMessageBox::StandardButton button);

    QTemporaryDir mData;
    QTranslator mPlurals;
    bool mMessageBoxSeen = false;
};

void tst_Counting::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_counting"));
    QSettings().clear();
    // The English plural forms, as the program loads them ("1 person", not "1 person(s)").
    QVERIFY(mPlurals.load(QStringLiteral(UPSTANDER_BINARY_DIR "/app/upstander_en.qm")));
    QCoreApplication::installTranslator(&mPlurals);
}

ScenarioRunner *tst_Counting::runToFirstDecision(Console &console, const QString &scenarioId)
{
    ScenarioRunner *runner = ConsoleDriver::runScenario(console.window, console.tabs(), scenarioId);
    return runner && ConsoleDriver::walkToDecision(runner) ? runner : nullptr;
}

void tst_Counting::answerNextMessageBox(QMessageBox::StandardButton button)
{
    mMessageBoxSeen = false;
    QTimer::singleShot(0, this, [this, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        mMessageBoxSeen = true;
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

void tst_Counting::groupChoiceIsNotAVote()
{
    // Six hands for option 3 and two for option 1; then the group settles on option 3. The room
    // still holds eight votes: six and two, everywhere the votes are counted.
    Console console(mData.path());
    QVERIFY(console.ready);
    ConsoleDriver::startSession(console.window, QStringLiteral("Group choice"), 3);
    ScenarioRunner *runner = runToFirstDecision(console, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    const qint64 question = runner->currentQuestionId();
    QWidget *decision = runner->findChild<QWidget *>(QStringLiteral("decisionPanel"));
    for (int i = 0; i < 6; ++i)
        click(decision, "plus3");
    for (int i = 0; i < 2; ++i)
        click(decision, "plus1");
    QTRY_VERIFY(decision->findChildren<QRadioButton *>().at(2)->isVisible());
    auto radios = decision->findChildren<QRadioButton *>();
    QTest::mouseClick(radios.at(2), Qt::LeftButton);
    click(runner, "groupChooses");
    click(runner, "reveal");

    SessionModel *model = console.window.sessionModel();
    const Question *q = model->question(question);
    QCOMPARE(q->groupChoice, q->choices.at(2).key);
    // The console's own count.
    QCOMPARE(decision->findChild<QLabel *>(QStringLiteral("count3"))->text(), QStringLiteral("6"));
    // The chart on the projector and in Results.
    SessionCharts *charts = console.window.charts();
    charts->flush();
    DecisionTallyModel *votes = charts->decision(question);
    QCOMPARE(votes->index(2, DecisionTallyModel::CountColumn).data().toInt(), 6);
    QCOMPARE(votes->index(0, DecisionTallyModel::CountColumn).data().toInt(), 2);
    QVERIFY2(votes->note().contains(QLatin1String("8")), qPrintable(votes->note()));
    QVERIFY(!votes->groupChoiceSentence().isEmpty());
    // The exports (and the report, which reads the same statistics).
    QVERIFY(model->flush());
    SessionStore disk; // the file as the exports read it
    QString error;
    QVERIFY2(disk.open(mData.path(), &error), qPrintable(error));
    const std::optional<SessionData> data = SessionExport::load(disk, model->session().id);
    QVERIFY(data);
    const SessionStatistics stats = Statistics::compute(*data);
    bool found = false;
    for (const DecisionTally &tally : stats.decisions) {
        if (tally.questionId != question)
            continue;
        found = true;
        QVERIFY(!tally.counts.isSuppressed());
        QCOMPARE(tally.counts.values()->total, 8);
        QCOMPARE(tally.counts.values()->counts.value(2), 6);
    }
    QVERIFY(found);
    // Undo takes back the reveal, then the group's choice, and no vote with them.
    console.window.undoStack()->undo();
    console.window.undoStack()->undo();
    QVERIFY(model->question(question)->groupChoice.isEmpty());
    QCOMPARE(model->count(question).people(), 8);
}

void tst_Counting::groupChoosesAfterTheReveal()
{
    // The room's order: vote, reveal, discuss, choose, follow.
    Console console(mData.path());
    QVERIFY(console.ready);
    ConsoleDriver::startSession(console.window, QStringLiteral("Choose after reveal"), 3);
    ScenarioRunner *runner = runToFirstDecision(console, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    const qint64 question = runner->currentQuestionId();
    QWidget *decision = runner->findChild<QWidget *>(QStringLiteral("decisionPanel"));
    for (int i = 0; i < 3; ++i)
        click(decision, "plus1");
    // The trainer's pick survives the reveal. (The rows of a scene just shown are laid out on
    // the next turn of the event loop; a click before that misses the radio's label.)
    QTRY_VERIFY(decision->findChildren<QRadioButton *>().at(1)->isVisible());
    QTest::mouseClick(decision->findChildren<QRadioButton *>().at(1), Qt::LeftButton);
    QCOMPARE(runner->decisionPanel()->selectedOption(), 1);
    click(runner, "reveal");
    QCOMPARE(runner->decisionPanel()->selectedOption(), 1);
    SessionModel *model = console.window.sessionModel();
    QVERIFY(model->question(question)->revealed);
    QVERIFY(!model->question(question)->open);
    QTRY_VERIFY(decision->findChildren<QRadioButton *>().at(3)->isVisible());
    auto radios = decision->findChildren<QRadioButton *>();
    QTest::mouseClick(radios.at(3), Qt::LeftButton);
    QCOMPARE(runner->decisionPanel()->selectedOption(), 3);
    click(runner, "groupChooses");
    QCOMPARE(model->question(question)->groupChoice, model->question(question)->choices.at(3).key);
    QCOMPARE(runner->decisionPanel()->defaultOption(), 3);
    QVERIFY(model->question(question)->revealed); // choosing does not hide the reveal
    QCOMPARE(model->count(question).people(), 3);
}

void tst_Counting::handsCountedArePeople()
{
    // Twenty people stand on the line and are counted by hand: twenty answers, in the status
    // bar, in Open Session and in "upstander sessions" (all read the store's summary).
    Console console(mData.path());
    QVERIFY(console.ready);
    ConsoleDriver::startSession(console.window, QStringLiteral("Twenty by hand"), 5);
    QWidget *placement = console.tabs()->currentWidget();
    placement->setFocus();
    for (int i = 0; i < 20; ++i)
        QTest::keyClick(placement, Qt::Key(Qt::Key_1 + i % 5));
    auto *status = console.window.findChild<QLabel *>(QStringLiteral("sessionStatus"));
    QVERIFY2(status->text().contains(QLatin1String("20 answer")), qPrintable(status->text()));
    SessionModel *model = console.window.sessionModel();
    QVERIFY(model->flush());
    SessionStore disk;
    QString error;
    QVERIFY2(disk.open(mData.path(), &error), qPrintable(error));
    bool found = false;
    for (const SessionSummary &s : disk.sessions()) {
        if (s.id == model->session().id) {
            found = true;
            QCOMPARE(s.answerCount, 20);
        }
    }
    QVERIFY(found);
    QCOMPARE(model->count(model->questions().first().id).people(), 20);

    // A screen reader hears each stage's count in words that agree with the number.
    placement->setFocus();
    QTest::keyClick(placement, Qt::Key_Minus);
    QTest::keyClick(placement, Qt::Key_1);
    QTest::keyClick(placement, Qt::Key_Minus);
    QTest::keyClick(placement, Qt::Key_1);
    QTest::keyClick(placement, Qt::Key_Minus);
    QTest::keyClick(placement, Qt::Key_1);
    QCOMPARE(placement->findChild<QLabel *>(QStringLiteral("tallyCount1"))->accessibleName(),
             QStringLiteral("Bystander: 1 person"));
    QCOMPARE(placement->findChild<QLabel *>(QStringLiteral("tallyCount2"))->accessibleName(),
             QStringLiteral("Passive supporter: 4 people"));
}

void tst_Counting::countingBothWaysIsAskedFirst()
{
    // Three hands counted, then the laptop goes round: the trainer is asked before anyone is
    // counted twice, and "No" records nothing.
    Console console(mData.path());
    QVERIFY(console.ready);
    ConsoleDriver::startSession(console.window, QStringLiteral("Both ways"), 3);
    QWidget *placement = console.tabs()->currentWidget();
    placement->setFocus();
    for (Qt::Key key : {Qt::Key_2, Qt::Key_3, Qt::Key_3})
        QTest::keyClick(placement, key);
    SessionModel *model = console.window.sessionModel();
    const qint64 question = model->questions().first().id;
    auto *mode = placement->findChild<QComboBox *>(QStringLiteral("mode"));
    mode->setCurrentIndex(1); // hot seat
    // Asked when the laptop is handed over, not in front of the first person.
    auto *screen = console.window.findChild<QWidget *>(QStringLiteral("hotSeatScreen"));
    answerNextMessageBox(QMessageBox::No);
    click(placement, "handOver");
    QVERIFY(mMessageBoxSeen);
    QVERIFY(!screen->isVisible());
    QCOMPARE(model->count(question).answered, 0);
    answerNextMessageBox(QMessageBox::Yes);
    click(placement, "handOver");
    QVERIFY(mMessageBoxSeen);
    QTRY_VERIFY(screen->property("acceptsTaps").toBool());
    mMessageBoxSeen = false;
    click(screen, "hotSeat5");
    QVERIFY(!mMessageBoxSeen);
    QCOMPARE(model->count(question).answered, 1);
    QCOMPARE(model->count(question).people(), 4);
    // Asked once: the next person is not asked again.
    QTRY_VERIFY(screen->property("acceptsTaps").toBool());
    click(screen, "nextPerson");
    QTRY_VERIFY(screen->property("acceptsTaps").toBool());
    click(screen, "hotSeat4");
    QVERIFY(!mMessageBoxSeen);
    QTest::keyClick(screen, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier); // unlocked
    QCOMPARE(model->count(question).people(), 5);
    auto *total = placement->findChild<QLabel *>(QStringLiteral("tallyTotal"));
    QVERIFY(total);
    QVERIFY2(total->text().contains(QLatin1String("5")), qPrintable(total->text()));
}

QTEST_MAIN(tst_Counting)
#include "tst_counting.moc"
