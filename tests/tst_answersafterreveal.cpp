#include "console/mainwindow.h"
#include "consoledriver.h"
#include "runner/decisionpanel.h"
#include "runner/scenariorunner.h"
#include "session/sessionmodel.h"

#include <QApplication>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using ConsoleDriver::click;

// Once the results are revealed a question takes no more answers (SessionRules::takesAnswers):
// the console's buttons that record answers are off and say why, clicks and keys change
// nothing, until the question is asked again (issue 10, item 15).
class tst_AnswersAfterReveal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void tallyStopsAtTheReveal();
    void votesStopAtTheReveal();

private:
    QTemporaryDir mData;
};

void tst_AnswersAfterReveal::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_answersafterreveal"));
    QSettings().clear();
    QVERIFY(mData.isValid());
}

void tst_AnswersAfterReveal::tallyStopsAtTheReveal()
{
    MainWindow window(mData.filePath(QStringLiteral("tally")));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Tally"), 3);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QWidget *placement = tabs->currentWidget();
    SessionModel *model = window.sessionModel();
    auto *add = placement->findChild<QPushButton *>(QStringLiteral("tallyAdd1"));
    auto *remove = placement->findChild<QPushButton *>(QStringLiteral("tallyRemove1"));
    auto *handOver = placement->findChild<QPushButton *>(QStringLiteral("handOver"));
    QVERIFY(add && remove && handOver);
    click(placement, "tallyAdd1");
    const qint64 question = model->questions().first().id;
    const auto people = [&] { return model->count(question).people(); };
    QCOMPARE(people(), 1);

    click(placement, "reveal");
    QVERIFY(model->question(question)->revealed);
    for (QPushButton *button : {add, remove, handOver}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY2(button->toolTip().contains(QLatin1String("results are shown")),
                 qPrintable(button->toolTip()));
        QCOMPARE(button->accessibleDescription(), button->toolTip());
    }
    QTest::mouseClick(add, Qt::LeftButton);
    placement->setFocus();
    QTest::keyClick(placement, Qt::Key_1);
    QCOMPARE(people(), 1);
    auto *screen = window.findChild<QWidget *>(QStringLiteral("hotSeatScreen"));
    QVERIFY(screen);
    auto *seat = screen->findChild<QPushButton *>(QStringLiteral("hotSeat1"));
    QVERIFY(seat);
    QVERIFY(!seat->isEnabled());
    QVERIFY(seat->accessibleDescription().contains(QLatin1String("results are shown")));

    // Hiding the results asks the question again.
    click(placement, "reveal");
    QVERIFY(!model->question(question)->revealed);
    QVERIFY(add->isEnabled() && remove->isEnabled() && handOver->isEnabled() && seat->isEnabled());
    QVERIFY(add->toolTip().isEmpty());
    QVERIFY(add->accessibleDescription().isEmpty());
    click(placement, "tallyAdd1");
    QCOMPARE(people(), 2);

    // So does showing the question on the projector.
    click(placement, "reveal");
    QVERIFY(!add->isEnabled());
    click(placement, "showQuestion");
    QVERIFY(!model->question(question)->revealed);
    QVERIFY(add->isEnabled());
    placement->setFocus();
    QTest::keyClick(placement, Qt::Key_1);
    QCOMPARE(people(), 3);
}

void tst_AnswersAfterReveal::votesStopAtTheReveal()
{
    MainWindow window(mData.filePath(QStringLiteral("votes")));
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Votes"), 3);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    ScenarioRunner *runner =
        ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    QVERIFY(ConsoleDriver::walkToDecision(runner));
    DecisionPanel *panel = runner->decisionPanel();
    auto *plus = panel->findChild<QToolButton *>(QStringLiteral("plus1"));
    auto *minus = panel->findChild<QToolButton *>(QStringLiteral("minus1"));
    QVERIFY(plus && minus);
    click(panel, "plus1");
    QCOMPARE(panel->votes(0), 1);

    click(runner, "reveal");
    QVERIFY(panel->isRevealed());
    for (QToolButton *button : {plus, minus}) {
        QVERIFY2(!button->isEnabled(), qPrintable(button->objectName()));
        QVERIFY2(button->toolTip().contains(QLatin1String("stages are revealed")),
                 qPrintable(button->toolTip()));
        QCOMPARE(button->accessibleDescription(), button->toolTip());
    }
    QTest::mouseClick(plus, Qt::LeftButton);
    QTest::mouseClick(minus, Qt::LeftButton);
    // Keys 1–6 go to the runner's actions while the focus is in the runner.
    runner->setFocus();
    QTest::keyClick(runner, Qt::Key_1);
    QTest::keyClick(runner, Qt::Key_2);
    QCOMPARE(panel->votes(0), 1);
    QCOMPARE(panel->votes(1), 0);

    // Asking again takes votes again, by click and by key.
    click(runner, "showQuestion");
    QVERIFY(!panel->isRevealed());
    QVERIFY(plus->isEnabled() && minus->isEnabled());
    QVERIFY(plus->toolTip().contains(QLatin1String("Add one vote")));
    QVERIFY(plus->accessibleDescription().isEmpty());
    click(panel, "plus1");
    QCOMPARE(panel->votes(0), 2);
    runner->setFocus();
    QTest::keyClick(runner, Qt::Key_2);
    QCOMPARE(panel->votes(1), 1);
}

QTEST_MAIN(tst_AnswersAfterReveal)
#include "tst_answersafterreveal.moc"
