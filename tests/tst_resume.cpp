#include "audience/audiencestate.h"
#include "console/mainwindow.h"
#include "console/participantcontrol.h"
#include "participant/participantserver.h"
#include "resumesteps.h"
#include "runner/scenariorunner.h"
#include "scenario/scenariolibrary.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Resume after a restart or a crash (issue 10, item 10): a new console on the same database
// opens the session that was open, the scenario on the scene it was at, and the question on the
// projector (which the phones answer). A session deleted meanwhile or a scenario gone from the
// library: the console starts without it and says so.
class tst_Resume : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resumesAfterARestart();
    void resumesAfterACrash();
    void aClosedSessionIsNotReopened();
    void aDeletedSessionStartsClean();
    void aScenarioGoneStartsWithoutIt();
    void aCheckInComesBackAsItWas();

private:
    // A console on `folder`, shown, with its library loaded.
    static void show(MainWindow &window);
    static void checkResumed(MainWindow &window, const ResumeSteps::Point &point);
};

void tst_Resume::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_resume"));
    QSettings().clear();
}

void tst_Resume::show(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.ensureReady();
    QTRY_VERIFY(!window.isLibraryLoading());
}

void tst_Resume::checkResumed(MainWindow &window, const ResumeSteps::Point &point)
{
    show(window);
    QVERIFY(window.sessionModel()->isLoaded());
    QCOMPARE(window.sessionModel()->session().id, point.session);
    auto *runner = window.findChild<ScenarioRunner *>();
    QVERIFY2(runner, "no scenario is running");
    QCOMPARE(runner->scenario().id, point.scenario);
    QCOMPARE(runner->path(), point.path);
    QCOMPARE(runner->currentQuestionId(), point.question);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QVERIFY(tabs->currentWidget()->isAncestorOf(runner));
    // The question is on the projector again, so phones answer it once they are invited.
    const AudienceState::Content &shown = window.audienceState()->content();
    QCOMPARE(shown.mode, AudienceState::Mode::Question);
    QCOMPARE(shown.questionId, point.question);
    QVERIFY(window.sessionModel()->question(point.question)->open);
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("open again")), qPrintable(said));
    // Phones invited again answer that question.
    QString error;
    QVERIFY2(window.participants()->start(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    auto *server = window.findChild<ParticipantServer *>();
    QVERIFY(server);
    QCOMPARE(server->prompt().kind, ParticipantPrompt::Kind::Question);
    QCOMPARE(server->prompt().questionId, point.question);
    window.participants()->stop();
}

void tst_Resume::resumesAfterARestart()
{
    QTemporaryDir data;
    const qint64 id = ResumeSteps::createSession(data.path(), QStringLiteral("Restarted"));
    QVERIFY(id != 0);
    std::optional<ResumeSteps::Point> point;
    {
        MainWindow window(data.path());
        show(window);
        point = ResumeSteps::runToSecondScene(window, id, QStringLiteral("erg-no-budget"));
        QVERIFY(point);
    } // the window goes, as when the program is quit or restarted
    MainWindow again(data.path());
    checkResumed(again, *point);
}

void tst_Resume::resumesAfterACrash()
{
    QTemporaryDir data;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QStringLiteral(UPSTANDER_RESUME_CHILD), {data.path()});
    QVERIFY(child.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 30000);
    const QList<QByteArray> ready = child.readLine().trimmed().split(' ');
    QCOMPARE(ready.size(), 4);
    QCOMPARE(ready.first(), QByteArray("ready"));
    ::kill(pid_t(child.processId()), SIGKILL);
    QVERIFY(child.waitForFinished(5000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const ResumeSteps::Point point{ready.at(1).toLongLong(), QStringLiteral("erg-no-budget"),
                                   QString::fromUtf8(ready.at(3)).split(QLatin1Char(',')),
                                   ready.at(2).toLongLong()};
    QCOMPARE(point.path.size(), 2);
    MainWindow window(data.path());
    checkResumed(window, point);
}

void tst_Resume::aClosedSessionIsNotReopened()
{
    QTemporaryDir data;
    const qint64 id = ResumeSteps::createSession(data.path(), QStringLiteral("Closed"));
    {
        MainWindow window(data.path());
        show(window);
        QVERIFY(ResumeSteps::runToSecondScene(window, id, QStringLiteral("erg-no-budget")));
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text() == QLatin1String("&Close Session"))
                action->trigger(); // File ▸ Close Session
        }
        QVERIFY(!window.sessionModel()->isLoaded());
    }
    MainWindow again(data.path());
    show(again);
    QVERIFY(!again.sessionModel()->isLoaded());
    QVERIFY(!again.findChild<ScenarioRunner *>());
}

void tst_Resume::aDeletedSessionStartsClean()
{
    QTemporaryDir data;
    const qint64 id = ResumeSteps::createSession(data.path(), QStringLiteral("Deleted"));
    {
        MainWindow window(data.path());
        show(window);
        QVERIFY(ResumeSteps::runToSecondScene(window, id, QStringLiteral("erg-no-budget")));
    }
    {
        // Deleted while the console was not running (another copy, the command line).
        SessionStore store;
        QString error;
        QVERIFY(store.open(data.path(), &error));
        QVERIFY(store.deleteSession(id, &error));
    }
    MainWindow again(data.path());
    show(again);
    QVERIFY(!again.sessionModel()->isLoaded());
    QVERIFY(!again.findChild<ScenarioRunner *>());
    const QString said = again.statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("no longer there")), qPrintable(said));
    // Said once: the next start is a plain one.
    MainWindow third(data.path());
    show(third);
    QVERIFY(third.statusBar()->currentMessage().isEmpty());
}

void tst_Resume::aScenarioGoneStartsWithoutIt()
{
    // A scenario of the trainer's own, removed from their folder while the console was closed.
    const QString folder = ScenarioLibrary::defaultUserFolder();
    QVERIFY(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("resume-own.yaml"));
    {
        QFile source(
            QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios/erg-no-budget.yaml"));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QByteArray yaml = source.readAll();
        yaml.replace("\nid: erg-no-budget\n", "\nid: resume-own\n");
        QFile own(file);
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write(yaml);
    }
    QTemporaryDir data;
    const qint64 id = ResumeSteps::createSession(data.path(), QStringLiteral("Own scenario"));
    {
        MainWindow window(data.path());
        show(window);
        QVERIFY(ResumeSteps::runToSecondScene(window, id, QStringLiteral("resume-own")));
    }
    QVERIFY(QFile::remove(file));
    MainWindow again(data.path());
    show(again);
    QVERIFY(again.sessionModel()->isLoaded());
    QCOMPARE(again.sessionModel()->session().id, id);
    QVERIFY(!again.findChild<ScenarioRunner *>());
    const QString said = again.statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("no longer in the library")), qPrintable(said));
}

void tst_Resume::aCheckInComesBackAsItWas()
{
    // A follow-up's check-in on the projector when the console stops: it comes back on the
    // projector and the phones, asked, or revealed if it was.
    QTemporaryDir data;
    qint64 id = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(data.path(), &error), qPrintable(error));
        Session workshop;
        workshop.title = QStringLiteral("Workshop");
        workshop.date = QDate(2026, 10, 5);
        workshop.cohort = QStringLiteral("Ops");
        id = store.createSession(
            SessionRules::followUpOf(workshop, workshop.cohort, QDate(2026, 11, 30), {}), &error);
        QVERIFY2(id, qPrintable(error));
    }
    for (const bool revealed : {false, true}) {
        qint64 question = 0;
        {
            MainWindow window(data.path());
            show(window);
            QVERIFY(window.openSession(id));
            auto *ask = window.findChild<QPushButton *>(QStringLiteral("askCheckIn"));
            QVERIFY(ask);
            ask->click();
            if (revealed)
                window.findChild<QPushButton *>(QStringLiteral("revealCheckIn"))->click();
            question = SessionRules::checkInQuestion(window.sessionModel()->questions())->id;
            QCOMPARE(window.audienceState()->content().questionId, question);
        }
        MainWindow again(data.path());
        show(again);
        QCOMPARE(again.sessionModel()->session().id, id);
        const AudienceState::Content &shown = again.audienceState()->content();
        QCOMPARE(shown.questionId, question);
        QCOMPARE(shown.mode,
                 revealed ? AudienceState::Mode::Results : AudienceState::Mode::Question);
        QCOMPARE(again.sessionModel()->question(question)->revealed, revealed);
        auto *tabs = again.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
        QVERIFY(tabs->currentWidget()->findChild<QWidget *>(QStringLiteral("askCheckIn")));
    }
}

QTEST_MAIN(tst_Resume)
#include "tst_resume.moc"
