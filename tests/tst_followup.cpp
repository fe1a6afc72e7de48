#include "audience/audiencestate.h"
#include "console/mainwindow.h"
#include "runner/scenariorunner.h"
#include "session/demosession.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

// Planning a follow-up from the console, by keyboard: the cohort is picked (or, for a workshop
// without one, named once for both), the decisions to replay are ticked, and the follow-up, once
// opened, starts from its own phase and replays each decision from the library tab.
class tst_FollowUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void planPickTheCohortAndReplay();
    void aWorkshopWithoutACohortJoinsTheOneNamed();
    void cancelCreatesNothing();
    void checkInAskedCountedAndRevealedFromK();

private:
    // Opens "Plan a Follow-up" from the File menu's action and runs `fill` on the dialog once
    // it is up (the dialog is modal: the action returns when it closes).
    static void plan(MainWindow &window, const std::function<void(QDialog *)> &fill);
    static QList<SessionSummary> sessions(const QString &folder);
    // A workshop stored in `folder` with this title and cohort: its id (0 on failure).
    static qint64 storeWorkshop(const QString &folder, const QString &title,
                                const QString &cohort = {});

    QTemporaryDir mHome;
};

void tst_FollowUp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_followup"));
    QSettings().clear();
}

void tst_FollowUp::plan(MainWindow &window, const std::function<void(QDialog *)> &fill)
{
    bool filled = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        fill(dialog);
        filled = true;
    });
    auto *action = window.findChild<QAction *>(QStringLiteral("planFollowUp"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    action->trigger();
    QVERIFY(filled);
}

QList<SessionSummary> tst_FollowUp::sessions(const QString &folder)
{
    SessionStore store;
    QString error;
    if (!store.open(folder, &error))
        qFatal("%s", qPrintable(error));
    return store.sessions();
}

qint64 tst_FollowUp::storeWorkshop(const QString &folder, const QString &title,
                                   const QString &cohort)
{
    SessionStore store;
    QString error;
    if (!store.open(folder, &error))
        qFatal("%s", qPrintable(error));
    Session s;
    s.title = title;
    s.date = QDate(2026, 3, 2);
    s.cohort = cohort;
    return store.createSession(s, &error);
}

void tst_FollowUp::planPickTheCohortAndReplay()
{
    QTemporaryDir data;
    qint64 workshop = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(data.path(), &error), qPrintable(error));
        const auto demo =
            DemoSession::create(&store, QDate(2026, 3, 2), QStringLiteral("en"), &error);
        QVERIFY2(demo, qPrintable(error));
        workshop = demo->sessionId;
    }
    MainWindow window(data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.isLibraryLoading());
    window.setUserScenarioFolder(mHome.path());
    QTRY_VERIFY(!window.isLibraryLoading());
    QVERIFY(window.openSession(workshop));
    const QList<Replay> replayable =
        SessionRules::replayableDecisions(window.sessionModel()->questions());
    QVERIFY(replayable.size() >= 2);

    plan(window, [&](QDialog *dialog) {
        auto *cohort = dialog->findChild<QComboBox *>(QStringLiteral("followUpCohort"));
        QVERIFY(cohort);
        QVERIFY(!cohort->isEditable()); // picked, never retyped
        QCOMPARE(cohort->currentText(), DemoSession::cohort());
        QCOMPARE(dialog->findChild<QDateEdit *>(QStringLiteral("followUpDate"))->date(),
                 QDate(2026, 4, 27));
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("followUpDecisions"));
        QCOMPARE(list->count(), replayable.size());
        for (int i = 0; i < list->count(); ++i)
            QCOMPARE(list->item(i)->checkState(), Qt::Checked);
        // By keyboard: to the list, the second decision, Space unticks it; Enter creates.
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Down);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(list->item(1)->checkState(), Qt::Unchecked);
        QTest::keyClick(list, Qt::Key_Return);
    });

    const QList<SessionSummary> all = sessions(data.path());
    QCOMPARE(all.size(), 2);
    const qint64 followUpId = all.first().id == workshop ? all.last().id : all.first().id;
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("planned")));
    QCOMPARE(window.sessionModel()->session().id, workshop); // the workshop stays open

    QVERIFY(window.openSession(followUpId));
    const Session &opened = window.sessionModel()->session();
    QVERIFY(opened.followUp);
    QCOMPARE(opened.cohort, DemoSession::cohort());
    QList<Replay> expected = replayable;
    expected.removeAt(1);
    QCOMPARE(opened.replays, expected);

    // Its own phase first; its plan above the library.
    auto *phase = window.findChild<QComboBox *>(QStringLiteral("phase"));
    QCOMPARE(Phase(phase->currentData().toInt()), Phase::FollowUp);
    auto *panel = window.findChild<QGroupBox *>(QStringLiteral("replayPanel"));
    QVERIFY(panel);
    window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->setCurrentIndex(0);
    QTRY_VERIFY(panel->isVisible());
    auto *replay = panel->findChild<QPushButton *>(QStringLiteral("replay1"));
    QVERIFY(replay && replay->isEnabled());
    QVERIFY(replay->accessibleName().startsWith(replay->text()));
    replay->setFocus();
    QTest::keyClick(replay, Qt::Key_Space);
    auto *runner = window.findChild<ScenarioRunner *>();
    QVERIFY(runner);
    QTRY_VERIFY(runner->isVisible());
    QCOMPARE(runner->scenario().id, expected.first().scenarioId);
    QCOMPARE(runner->currentSceneId(), expected.first().sceneId);
    // The role-play's content note is there to read out, as on a first scene.
    auto *note = runner->findChild<QLabel *>(QStringLiteral("contentNote"));
    QVERIFY(note);
    QTRY_VERIFY(note->isVisible());

    // Back to the workshop: the baseline again, no plan.
    QVERIFY(window.openSession(workshop));
    QCOMPARE(Phase(phase->currentData().toInt()), Phase::Baseline);
    QVERIFY(!panel->isVisibleTo(&window));
}

void tst_FollowUp::aWorkshopWithoutACohortJoinsTheOneNamed()
{
    QTemporaryDir data;
    const qint64 workshop = storeWorkshop(data.path(), QStringLiteral("Spring leads"));
    QVERIFY(workshop != 0);
    MainWindow window(data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSession(workshop));
    plan(window, [&](QDialog *dialog) {
        auto *cohort = dialog->findChild<QLineEdit *>(QStringLiteral("followUpCohort"));
        QVERIFY(cohort);
        QCOMPARE(cohort->text(), QStringLiteral("Spring leads"));
        auto *ok = dialog->findChildren<QPushButton *>().last();
        for (QPushButton *b : dialog->findChildren<QPushButton *>()) {
            if (b->isDefault())
                ok = b;
        }
        cohort->setFocus();
        cohort->selectAll();
        QTest::keyClick(cohort, Qt::Key_Backspace);
        QVERIFY(!ok->isEnabled()); // a follow-up needs a cohort
        QTest::keyClicks(cohort, QStringLiteral("Leads 2026"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(cohort, Qt::Key_Return);
    });
    QCOMPARE(window.sessionModel()->session().cohort, QStringLiteral("Leads 2026"));
    QCOMPARE(sessions(data.path()).size(), 2);
    for (const SessionSummary &s : sessions(data.path()))
        QCOMPARE(s.cohort, QStringLiteral("Leads 2026"));
    // Planning is one step: Ctrl+Z takes back the workshop's new cohort and the follow-up
    // together, Ctrl+Shift+Z brings both back.
    QString followUpTitle;
    for (const SessionSummary &s : sessions(data.path())) {
        if (s.id != workshop)
            followUpTitle = s.title;
    }
    QCOMPARE(window.undoStack()->undoText(),
             QStringLiteral("Plan follow-up \"%1\"").arg(followUpTitle));
    QApplication::setActiveWindow(&window); // the keys go where a trainer's would
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(window.sessionModel()->session().cohort.isEmpty());
    QCOMPARE(sessions(data.path()).size(), 1);
    QCOMPARE(sessions(data.path()).first().id, workshop);
    QCOMPARE(window.sessionModel()->session().id, workshop); // still open
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(window.sessionModel()->session().cohort, QStringLiteral("Leads 2026"));
    QCOMPARE(sessions(data.path()).size(), 2);
}

void tst_FollowUp::cancelCreatesNothing()
{
    QTemporaryDir data;
    const qint64 workshop =
        storeWorkshop(data.path(), QStringLiteral("Alone"), QStringLiteral("Solo"));
    QVERIFY(workshop != 0);
    MainWindow window(data.path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openSession(workshop));
    plan(window, [](QDialog *dialog) {
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("followUpDecisions"));
        QCOMPARE(list->count(), 1); // "This session asked no decision yet."
        QCOMPARE(list->item(0)->flags(), Qt::NoItemFlags);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QCOMPARE(sessions(data.path()).size(), 1);
}

void tst_FollowUp::checkInAskedCountedAndRevealedFromK()
{
    // A follow-up's Commitments page asks the check-in; hands are counted per answer, the
    // reveal shows the numbers only once k people who had committed answered; undo takes back
    // one hand at a time. All by keyboard (tst_shortcuts checks the Alt+letters).
    QTemporaryDir data;
    qint64 followUpId = 0;
    qint64 workshopId = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(data.path(), &error), qPrintable(error));
        Session workshop;
        workshop.title = QStringLiteral("Workshop");
        workshop.date = QDate(2026, 3, 2);
        workshop.cohort = QStringLiteral("Sales");
        workshopId = store.createSession(workshop, &error);
        QVERIFY2(workshopId, qPrintable(error));
        Session plan = SessionRules::followUpOf(workshop, workshop.cohort, QDate(2026, 4, 27), {});
        plan.k = 3;
        followUpId = store.createSession(plan, &error);
        QVERIFY2(followUpId, qPrintable(error));
    }
    MainWindow window(data.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(!window.isLibraryLoading());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));

    // Not in a workshop.
    QVERIFY(window.openSession(workshopId));
    auto *ask = window.findChild<QPushButton *>(QStringLiteral("askCheckIn"));
    QVERIFY(ask);
    QVERIFY(!ask->isVisibleTo(&window));

    QVERIFY(window.openSession(followUpId));
    QWidget *commitments = ask->parentWidget()->parentWidget();
    tabs->setCurrentWidget(commitments);
    QTRY_VERIFY(ask->isVisible());
    auto *reveal = window.findChild<QPushButton *>(QStringLiteral("revealCheckIn"));
    QVERIFY(!reveal->isEnabled()); // nothing asked yet

    const auto press = [](QPushButton *button) {
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
    };
    press(ask);
    const Question *q = SessionRules::checkInQuestion(window.sessionModel()->questions());
    QVERIFY(q);
    const qint64 id = q->id;
    const AudienceState::Content &shown = window.audienceState()->content();
    QCOMPARE(shown.mode, AudienceState::Mode::Question);
    QCOMPARE(shown.questionId, id);
    QCOMPARE(shown.heading, QStringLiteral("Did you do what you committed to?"));
    QCOMPARE(shown.items.size(), 4);
    QCOMPARE(shown.items.first(), QStringLiteral("1. Yes, I did"));

    // Two hands for "done", one for "no-commitment": one who had committed too few.
    auto *plusDone = window.findChild<QPushButton *>(QStringLiteral("checkInPlus-done"));
    auto *plusNone = window.findChild<QPushButton *>(QStringLiteral("checkInPlus-no-commitment"));
    QVERIFY(plusDone->accessibleName().startsWith(QStringLiteral("Count a hand")));
    plusDone->setFocus();
    QTest::keyClick(plusDone, Qt::Key_Space);
    QTest::keyClick(plusDone, Qt::Key_Space);
    plusNone->setFocus();
    QTest::keyClick(plusNone, Qt::Key_Space);
    QCOMPARE(window.sessionModel()->count(id).tallied, 3);
    auto *status = window.findChild<QLabel *>(QStringLiteral("checkInStatus"));
    QVERIFY2(status->text().startsWith(QStringLiteral("3 answer")), qPrintable(status->text()));

    QVERIFY(reveal->isEnabled());
    press(reveal);
    QVERIFY(window.sessionModel()->question(id)->revealed);
    const AudienceState::Content &revealed = window.audienceState()->content();
    QCOMPARE(revealed.mode, AudienceState::Mode::Results);
    QCOMPARE(revealed.reveal.size(), 4);
    for (const AudienceState::RevealOption &o : revealed.reveal) {
        QCOMPARE(o.votes, -1); // withheld
        QVERIFY(o.stage.isEmpty());
    }
    QCOMPARE(revealed.votesWithheldBelow, 3);
    QVERIFY(!plusDone->isEnabled()); // final while shown

    // Hidden again (asked again), one more who had committed: now the numbers.
    QCOMPARE(reveal->text(), QStringLiteral("Hide the A&nswers"));
    press(reveal);
    QVERIFY(!window.sessionModel()->question(id)->revealed);
    QCOMPARE(window.audienceState()->content().mode, AudienceState::Mode::Question);
    auto *plusPartly = window.findChild<QPushButton *>(QStringLiteral("checkInPlus-partly"));
    plusPartly->setFocus();
    QTest::keyClick(plusPartly, Qt::Key_Space);
    QVERIFY2(status->text().contains(QStringLiteral("67% of those who had made a commitment")),
             qPrintable(status->text()));
    press(reveal);
    QList<int> votes;
    for (const AudienceState::RevealOption &o : window.audienceState()->content().reveal)
        votes.append(o.votes);
    QCOMPARE(votes, (QList<int>{2, 1, 0, 1}));
    QCOMPARE(window.audienceState()->content().votesWithheldBelow, 0);

    // Undo: the reveal, then the last hand.
    auto *undo = window.findChild<QUndoStack *>();
    QVERIFY(undo);
    undo->undo();
    QVERIFY(!window.sessionModel()->question(id)->revealed);
    undo->undo();
    QCOMPARE(window.sessionModel()->count(id).tallied, 3);
}

QTEST_MAIN(tst_FollowUp)
#include "tst_followup.moc"
