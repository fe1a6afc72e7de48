#include "audience/audiencestate.h"
#include "audience/audiencewindow.h"
#include "charts/decisiontallymodel.h"
#include "charts/distributionmodel.h"
#include "charts/sessioncharts.h"
#include "charts/stagecomparisonmodel.h"
#include "console/mainwindow.h"
#include "console/opensessiondialog.h"
#include "consoledriver.h"
#include "runner/scenariorunner.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

// The console driven like a trainer would: keys and clicks on the real widgets, offscreen.
class tst_Console : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void newSessionThroughTheDialog();
    void newSessionIsUndoneBackToTheOneBefore();
    void baselineTallyWithKeysAndUndo();
    void hotSeatShowsNothingOfEarlierAnswers();
    void revealPutsResultsOnTheProjector();
    void commitments();
    void reopenSessionKeepsEverything();
    void deletedSessionComesBackUntilTheDialogCloses();
    void audienceNeverShowsWhatIsNotForTheRoom();
    void wholeWorkshop();
    void newSessionDialogFitsItsPlaceholders();
    void newSessionDialogTabsTitleDateCohort();
    void newSessionDialogOffersEarlierCohorts();
    void newSessionLanguageIsTheConsoles();

private:
    QAction *action(MainWindow &window, const QString &text) const;
    void startSession(MainWindow &window, const QString &title, int k = 3);
    // File ▸ New Session (Ctrl+N) in a console on `folder`; `fill` drives the dialog and
    // accepts it or not. A dialog left open by a failed check is cancelled.
    std::unique_ptr<MainWindow> newSessionWith(const QString &folder,
                                               const std::function<void(QDialog *)> &fill);

    QTemporaryDir mData;
};

void tst_Console::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_console"));
    QSettings().clear();
}

QAction *tst_Console::action(MainWindow &window, const QString &text) const
{
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void tst_Console::startSession(MainWindow &window, const QString &title, int k)
{
    ConsoleDriver::startSession(window, title, k, QStringLiteral("test-cohort"));
}

void tst_Console::newSessionThroughTheDialog()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QVERIFY(!tabs->isTabEnabled(1)); // nothing to collect without a session
    startSession(window, QStringLiteral("Leads, spring"), 4);
    const Session &s = window.sessionModel()->session();
    QCOMPARE(s.title, QStringLiteral("Leads, spring"));
    QCOMPARE(s.cohort, QStringLiteral("test-cohort"));
    QCOMPARE(s.k, 4);
    QVERIFY(tabs->isTabEnabled(1));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Leads, spring")));
    QCOMPARE(window.audienceState()->content().heading, QStringLiteral("Leads, spring"));
}

void tst_Console::newSessionIsUndoneBackToTheOneBefore()
{
    // New Session is one step on the undo stack, above the steps of the session open before:
    // Ctrl+Z takes the new one away (with what phones sent into it meanwhile) and opens the one
    // before again; Ctrl+Shift+Z puts the new one back whole.
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    startSession(window, QStringLiteral("Monday"));
    SessionModel *model = window.sessionModel();
    const qint64 monday = model->session().id;
    tabs->currentWidget()->setFocus();
    QTest::keyClick(tabs->currentWidget(), Qt::Key_3); // one hand at stage 3: a step of Monday's
    const qint64 mondayQuestion = model->questions().first().id;
    QCOMPARE(model->tally(mondayQuestion, QStringLiteral("performative-ally")), 1);

    startSession(window, QStringLiteral("Tuesday"));
    const qint64 tuesday = model->session().id;
    QVERIFY(tuesday != monday);
    QString error;
    QVERIFY2(model->addCommitment(QStringLiteral("Ask who has not spoken yet"),
                                  QStringLiteral("phone-token-1"), &error),
             qPrintable(error)); // from a phone: on no undo stack
    QVERIFY(model->flush());
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("New session \"Tuesday\""));

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->session().id, monday);
    QCOMPARE(model->tally(mondayQuestion, QStringLiteral("performative-ally")), 1);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Monday")));
    QCOMPARE(window.audienceState()->content().heading, QStringLiteral("Monday"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("“Tuesday” is removed")));
    {
        SessionStore disk;
        QVERIFY2(disk.open(mData.path(), &error), qPrintable(error));
        QVERIFY(!disk.session(tuesday));
        QVERIFY(disk.session(monday));
    }
    // Monday's own steps are next.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->tally(mondayQuestion, QStringLiteral("performative-ally")), 0);

    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->session().id, tuesday);
    QCOMPARE(model->session().title, QStringLiteral("Tuesday"));
    QCOMPARE(model->commitments().size(), 1); // the phone's commitment came back with it
    QCOMPARE(model->commitments().first().text, QStringLiteral("Ask who has not spoken yet"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Tuesday")));
    QVERIFY(tabs->isTabEnabled(1));

    // Opening another session ends the steps: the creation cannot be undone any more.
    QVERIFY(window.openSession(monday));
    QVERIFY(!window.undoStack()->canUndo());

    // With none open before, undoing New Session leaves none open, on the library.
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Close)) {
            action->trigger(); // File → Close Session (it rebuilds the Open Recent menu)
            break;
        }
    }
    QVERIFY(!model->isLoaded());
    startSession(window, QStringLiteral("Wednesday"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!model->isLoaded());
    QCOMPARE(tabs->currentIndex(), 0);
    QVERIFY(!tabs->isTabEnabled(1));
    QCOMPARE(window.windowTitle(), QStringLiteral("Upstander"));
    QVERIFY(window.audienceState()->content().heading.isEmpty()); // the projector is blank
}

void tst_Console::baselineTallyWithKeysAndUndo()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Tally test"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QCOMPARE(tabs->currentIndex(), 1); // a new session opens on self-placement
    QWidget *panel = tabs->currentWidget();
    panel->setFocus();
    // Three people at 2, two at 4, one at 5; a mistaken 1, taken back with "−" then 1.
    for (Qt::Key key : {Qt::Key_2, Qt::Key_2, Qt::Key_2, Qt::Key_4, Qt::Key_4, Qt::Key_5, Qt::Key_1,
                        Qt::Key_Minus, Qt::Key_1})
        QTest::keyClick(panel, key);
    SessionModel *model = window.sessionModel();
    QCOMPARE(model->questions().size(), 1);
    const qint64 q = model->questions().first().id;
    QCOMPARE(model->tally(q, QStringLiteral("bystander")), 0);
    QCOMPARE(model->tally(q, QStringLiteral("passive-supporter")), 3);
    QCOMPARE(model->tally(q, QStringLiteral("active-ally")), 2);
    QCOMPARE(model->tally(q, QStringLiteral("advocate")), 1);
    QCOMPARE(panel->findChild<QLabel *>(QStringLiteral("tallyCount2"))->text(),
             QStringLiteral("3"));

    // Ctrl+Z takes back the last press (the advocate), Ctrl+Shift+Z puts it back.
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo "−1" on bystander
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo "+1" on bystander
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier); // undo advocate
    QCOMPARE(model->tally(q, QStringLiteral("advocate")), 0);
    QCOMPARE(model->tally(q, QStringLiteral("bystander")), 0);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(model->tally(q, QStringLiteral("advocate")), 1);
    // Buttons work as well as keys.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("tallyAdd1")), Qt::LeftButton);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("tallyRemove4")),
                      Qt::LeftButton);
    QCOMPARE(model->tally(q, QStringLiteral("bystander")), 1);
    QCOMPARE(model->tally(q, QStringLiteral("active-ally")), 1);

    // Everything reached the database.
    QVERIFY(model->flush());
    SessionStore disk; // the file as another reader sees it
    QString error;
    QVERIFY2(disk.open(mData.path(), &error), qPrintable(error));
    int stored = 0;
    for (const Tally &t : disk.tallies(model->session().id))
        stored += t.count;
    QCOMPARE(stored, 1 + 3 + 1 + 1);
}

void tst_Console::hotSeatShowsNothingOfEarlierAnswers()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Hot seat"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QWidget *panel = tabs->currentWidget();
    auto *mode = panel->findChild<QComboBox *>(QStringLiteral("mode"));
    mode->setFocus();
    QTest::keyClick(mode, Qt::Key_Down);
    // The laptop is handed over: the window shows the hot seat's screen alone.
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("handOver")), Qt::LeftButton);
    auto *screen = window.findChild<QWidget *>(QStringLiteral("hotSeatScreen"));
    auto *advocate = screen->findChild<QPushButton *>(QStringLiteral("hotSeat5"));
    QVERIFY(advocate->isVisible());
    const QStringList choices{QStringLiteral("hotSeat5"), QStringLiteral("hotSeat2"),
                              QStringLiteral("hotSeatPass"), QStringLiteral("hotSeat2")};
    for (const QString &name : choices) {
        QTRY_VERIFY(screen->property("acceptsTaps").toBool()); // a moment after each screen
        QTest::mouseClick(screen->findChild<QPushButton *>(name), Qt::LeftButton);
        // The screen clears: only the thank-you is visible, no counts, no earlier choice.
        QVERIFY(screen->findChild<QLabel *>(QStringLiteral("hotSeatThanks"))->isVisible());
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->isVisible())
                QVERIFY2(!label->text().contains(QLatin1Char('2')), qPrintable(label->text()));
        }
        // The Edit menu does not name the previous person's choice either.
        QVERIFY(!window.undoStack()->undoText().contains(QStringLiteral("Advocate")));
        QTRY_VERIFY(screen->property("acceptsTaps").toBool());
        QTest::mouseClick(screen->findChild<QPushButton *>(QStringLiteral("nextPerson")),
                          Qt::LeftButton);
        QVERIFY(advocate->isVisible());
    }
    SessionModel *model = window.sessionModel();
    const QList<Answer> answers = model->answers(model->questions().first().id);
    QCOMPARE(answers.size(), 4);
    QSet<QString> tokens;
    for (const Answer &a : answers)
        tokens.insert(a.token);
    QCOMPARE(tokens.size(), 4); // each person is their own anonymous token
}

void tst_Console::revealPutsResultsOnTheProjector()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Reveal"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QWidget *panel = tabs->currentWidget();
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("showQuestion")),
                      Qt::LeftButton);
    QCOMPARE(window.audienceState()->content().mode, AudienceState::Mode::Question);
    QCOMPARE(window.audienceState()->content().items.size(), 5);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    const AudienceState::Content shown = window.audienceState()->content();
    QCOMPARE(shown.mode, AudienceState::Mode::Results);
    QCOMPARE(shown.chart, QStringLiteral("distribution"));
    QCOMPARE(shown.questionId, window.sessionModel()->questions().first().id);
    QVERIFY(window.sessionModel()->questions().first().revealed);
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    QCOMPARE(window.audienceState()->content().mode, AudienceState::Mode::Question);
}

void tst_Console::commitments()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Commitments"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    tabs->setCurrentIndex(3);
    QWidget *panel = tabs->currentWidget();
    auto *text = panel->findChild<QPlainTextEdit *>(QStringLiteral("commitmentText"));
    auto *add = panel->findChild<QPushButton *>(QStringLiteral("addCommitment"));
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(text, QStringLiteral("Say \"I'd like to hear the rest\", once a week "));
    text->insertPlainText(QStringLiteral("🙂")); // as an input method would
    QVERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(window.sessionModel()->commitments().size(), 1);
    QVERIFY(text->toPlainText().isEmpty());
    QTest::keyClicks(text, QString(281, QLatin1Char('x')));
    QVERIFY(!add->isEnabled());
    QVERIFY(panel->findChild<QLabel *>(QStringLiteral("commitmentCounter"))
                ->text()
                .contains(QStringLiteral("281")));
    window.undoStack()->undo();
    QCOMPARE(window.sessionModel()->commitments().size(), 0);
    window.undoStack()->redo();
    QCOMPARE(window.sessionModel()->commitments().size(), 1);
}

void tst_Console::reopenSessionKeepsEverything()
{
    qint64 id = 0;
    {
        MainWindow window(mData.path());
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        startSession(window, QStringLiteral("Reopen me"));
        QWidget *panel =
            window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->currentWidget();
        panel->setFocus();
        QTest::keyClick(panel, Qt::Key_3);
        QTest::keyClick(panel, Qt::Key_3);
        id = window.sessionModel()->session().id;
        window.close();
    }
    MainWindow again(mData.path());
    QVERIFY(again.openSession(id));
    const qint64 q = again.sessionModel()->questions().first().id;
    QCOMPARE(again.sessionModel()->tally(q, QStringLiteral("performative-ally")), 2);
    QMenu *recent = nullptr;
    for (QMenu *menu : again.findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Open &Recent"))
            recent = menu;
    }
    QVERIFY(recent);
    QVERIFY(!recent->actions().isEmpty());
    QVERIFY(recent->actions().first()->text().startsWith(QStringLiteral("Reopen me")));
}

void tst_Console::deletedSessionComesBackUntilTheDialogCloses()
{
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    Session session;
    session.date = QDate(2026, 6, 1);
    session.title = QStringLiteral("Keep me");
    const qint64 keep = store.createSession(session, &error);
    session.title = QStringLiteral("Delete me");
    session.date = QDate(2026, 6, 2); // listed first, newest first
    const qint64 drop = store.createSession(session, &error);
    {
        SessionModel model(&store);
        QVERIFY(model.load(drop, &error));
        const qint64 q = *model.addQuestion(
            SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr), &error);
        QVERIFY(model.recordAnswer(q, QStringLiteral("phone"), QStringLiteral("advocate")).ok);
        QVERIFY(model.flush());
    }
    const auto confirmDeletion = [this] {
        QTimer::singleShot(0, this, [] {
            auto *confirm = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(confirm);
            QVERIFY(confirm->text().contains(QLatin1String("until you close this window")));
            for (QAbstractButton *b : confirm->buttons()) {
                if (confirm->buttonRole(b) == QMessageBox::DestructiveRole)
                    QTest::mouseClick(b, Qt::LeftButton);
            }
        });
    };
    {
        OpenSessionDialog dialog(&store);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("sessionList"));
        auto *undo = dialog.findChild<QPushButton *>(QStringLiteral("undoDelete"));
        auto *said = dialog.findChild<QLabel *>(QStringLiteral("deletedSession"));
        QVERIFY(list && undo && said);
        QVERIFY(!undo->isEnabled()); // nothing deleted yet
        QCOMPARE(dialog.selectedSession(), drop);
        QPushButton *remove = nullptr;
        for (QPushButton *b : dialog.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("&Delete…"))
                remove = b;
        }
        QVERIFY(remove);
        confirmDeletion();
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QVERIFY(!store.session(drop));
        QVERIFY(store.answers(drop).isEmpty());
        QVERIFY(undo->isEnabled());
        QVERIFY(!said->isHidden());
        QVERIFY2(said->text().startsWith(QLatin1String("Deleted")), qPrintable(said->text()));
        QVERIFY(said->accessibleName().startsWith(said->text().left(7)));

        // Ctrl+Z, the keys a trainer tries first: back, with its answer, and selected.
        dialog.activateWindow(); // again: the confirmation had it
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(list->count(), 2);
        QCOMPARE(store.session(drop)->title, QStringLiteral("Delete me"));
        QCOMPARE(store.answers(drop).size(), 1);
        QCOMPARE(dialog.selectedSession(), drop);
        QCOMPARE(said->text(), QStringLiteral("\"%1\" is back.").arg(list->currentItem()->text()));
        QVERIFY(!undo->isEnabled());

        // Deleted again, and the dialog closes: final.
        confirmDeletion();
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!store.session(drop));
    }
    QVERIFY(!store.session(drop));
    QVERIFY(store.session(keep));
    OpenSessionDialog again(&store);
    QVERIFY(!again.findChild<QPushButton *>(QStringLiteral("undoDelete"))->isEnabled());
}

void tst_Console::audienceNeverShowsWhatIsNotForTheRoom()
{
    // Whatever the console puts on the projector, the audience window only renders
    // AudienceState: walk its widget tree and check every text it holds.
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Privacy"));
    AudienceWindow *audience = window.audienceWindow();
    audience->show();
    QVERIFY(QTest::qWaitForWindowExposed(audience));
    QWidget *panel = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->currentWidget();
    panel->setFocus();
    QTest::keyClick(panel, Qt::Key_4); // one answer: below k = 3
    QTest::mouseClick(panel->findChild<QPushButton *>(QStringLiteral("reveal")), Qt::LeftButton);
    QStringList texts;
    for (QLabel *label : audience->findChildren<QLabel *>())
        texts.append(label->text());
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QLatin1Char('1')), qPrintable(all)); // no count below k
    QVERIFY(!all.contains(QStringLiteral("Count the people"))); // console instructions stay
}

namespace {
int column(QAbstractItemModel *model, int row, int col = 0)
{
    return model->data(model->index(row, col)).toInt();
}

using ConsoleDriver::click;
using ConsoleDriver::walkToDecision;
} // namespace

void tst_Console::wholeWorkshop()
{
    MainWindow window(mData.path());
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    startSession(window, QStringLiteral("Whole workshop"), 3);
    SessionModel *model = window.sessionModel();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));

    // 1. Baseline by tally: five people stand on the line.
    QWidget *placement = tabs->currentWidget();
    placement->setFocus();
    for (Qt::Key key : {Qt::Key_2, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5})
        QTest::keyClick(placement, key);

    // 2. A scenario from the library, run to its first decision.
    QTRY_VERIFY(!window.isLibraryLoading());
    tabs->setCurrentIndex(0);
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("credit-taken"));
    click(&window, "runScenario");
    auto *runner = window.findChild<ScenarioRunner *>();
    QVERIFY(runner);
    QCOMPARE(runner->scenario().id, QStringLiteral("credit-taken"));
    QVERIFY(walkToDecision(runner));
    const qint64 first = runner->currentQuestionId();
    QWidget *decision = runner->findChild<QWidget *>(QStringLiteral("decisionPanel"));
    // Votes: three for option 1, two for option 3; one mistaken extra, undone and redone.
    for (int i = 0; i < 3; ++i)
        click(decision, "plus1");
    for (int i = 0; i < 3; ++i)
        click(decision, "plus3");
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    const Question q1 = *model->question(first);
    QCOMPARE(model->tally(first, q1.choices.at(0).key), 3);
    QCOMPARE(model->tally(first, q1.choices.at(2).key), 2);
    click(runner, "reveal");
    QVERIFY(model->question(first)->revealed);
    const QString before = runner->currentSceneId();
    click(runner, "follow");
    QVERIFY(runner->currentSceneId() != before);

    // 3. On to the second decision: the group makes one choice together.
    QVERIFY(walkToDecision(runner));
    const qint64 second = runner->currentQuestionId();
    QVERIFY(second != first);
    click(decision, "plus2");
    click(decision, "plus2");
    click(decision, "plus4");
    click(decision, "plus4");
    click(decision, "plus4");
    click(runner, "reveal");
    click(runner, "follow");
    QVERIFY(!walkToDecision(runner)); // an ending

    // 4. After: the same five people stand on the line again.
    tabs->setCurrentWidget(placement);
    auto *phase = placement->findChild<QComboBox *>(QStringLiteral("phase"));
    phase->setFocus();
    QTest::keyClick(phase, Qt::Key_Down);
    QCOMPARE(phase->currentIndex(), 1);
    placement->setFocus();
    for (Qt::Key key : {Qt::Key_3, Qt::Key_4, Qt::Key_4, Qt::Key_5, Qt::Key_5})
        QTest::keyClick(placement, key);
    click(placement, "reveal");
    QCOMPARE(window.audienceState()->content().chart, QStringLiteral("distribution"));

    // 5. The charts' models hold exactly what was recorded.
    SessionCharts *charts = window.charts();
    charts->flush();
    qint64 baselineId = 0;
    qint64 afterId = 0;
    for (const Question &q : model->questions()) {
        if (q.kind == QuestionKind::SelfPlacement)
            (q.phase == Phase::Baseline ? baselineId : afterId) = q.id;
    }
    DistributionModel *baseline = charts->distribution(baselineId);
    DistributionModel *after = charts->distribution(afterId);
    const QList<int> baselineCounts{0, 2, 1, 1, 1};
    const QList<int> afterCounts{0, 0, 1, 2, 2};
    for (int stage = 0; stage < 5; ++stage) {
        QCOMPARE(column(baseline, stage, DistributionModel::CountColumn), baselineCounts.at(stage));
        QCOMPARE(column(after, stage, DistributionModel::CountColumn), afterCounts.at(stage));
    }
    QCOMPARE(after->median().value_or(0), 4.0);
    DecisionTallyModel *votes = charts->decision(first);
    QCOMPARE(column(votes, 0, DecisionTallyModel::CountColumn), 3);
    QCOMPARE(column(votes, 1, DecisionTallyModel::CountColumn), 0);
    QCOMPARE(column(votes, 2, DecisionTallyModel::CountColumn), 2);
    DecisionTallyModel *votes2 = charts->decision(second);
    QCOMPARE(column(votes2, 1, DecisionTallyModel::CountColumn), 2);
    QCOMPARE(column(votes2, 3, DecisionTallyModel::CountColumn), 3);
    // Before vs after has both columns (tallies cannot be paired, so no transition matrix).
    QCOMPARE(charts->beforeAfter()->columnCount(), 2);

    // 6. Undo reaches back through the whole workshop, and redo brings it all back.
    QUndoStack *stack = window.undoStack();
    const int steps = stack->index();
    QVERIFY(steps >= 20);
    // The session's creation is a step, above any of the session resumed at the start; the
    // steps after it are the workshop's.
    int created = stack->index() - 1;
    while (created > 0 && stack->text(created) != QStringLiteral("New session \"Whole workshop\""))
        --created;
    QCOMPARE(stack->text(created), QStringLiteral("New session \"Whole workshop\""));
    while (stack->index() > created + 1)
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    charts->flush();
    QCOMPARE(model->tally(afterId, QStringLiteral("advocate")), 0);
    QCOMPARE(model->tally(first, q1.choices.at(0).key), 0);
    // Every question stays, empty: asking is never undone (the projector may show it, and the
    // redo below refers to it by its id).
    QVERIFY(model->question(baselineId));
    QVERIFY(model->question(afterId));
    QVERIFY(model->question(first));
    // Undoing the creation takes the session away, with its questions (the one open before,
    // if any, opens again: newSessionIsUndoneBackToTheOneBefore).
    const qint64 sessionId = model->session().id;
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!model->isLoaded() || model->session().id != sessionId);
    QVERIFY(!window.windowTitle().startsWith(QStringLiteral("Whole workshop")));
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(mData.path(), &error), qPrintable(error));
        QVERIFY(!store.session(sessionId));
    }
    while (stack->canRedo())
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    charts->flush();
    QCOMPARE(stack->index(), steps);
    QCOMPARE(model->session().id, sessionId); // back whole, under its own id
    QCOMPARE(SessionRules::selfPlacementQuestion(model->questions(), Phase::After)->id, afterId);
    QCOMPARE(column(charts->distribution(afterId), 4, DistributionModel::CountColumn), 2);
    QCOMPARE(column(charts->decision(first), 0, DecisionTallyModel::CountColumn), 3);
}

namespace {
// A data folder whose store already holds sessions of two cohorts.
bool addEarlierCohorts(const QString &folder)
{
    SessionStore store;
    QString error;
    if (!store.open(folder, &error))
        return false;
    for (const QString &cohort : {QStringLiteral("Sales EMEA"), QStringLiteral("Leads 2026"),
                                  QStringLiteral("Leads 2026")}) {
        Session s;
        s.title = QStringLiteral("Earlier, ") + cohort;
        s.date = QDate(2026, 1, 12);
        s.cohort = cohort;
        if (store.createSession(s, &error) == 0)
            return false;
    }
    store.close();
    return true;
}

// The text area a line edit shows its text in, in pixels.
int textWidth(const QLineEdit *edit)
{
    const int frame =
        edit->hasFrame() ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth) : 0;
    const QMargins margins = edit->textMargins();
    return edit->width() - 2 * frame - margins.left() - margins.right() - 4; // 2 px each side
}
} // namespace

std::unique_ptr<MainWindow> tst_Console::newSessionWith(const QString &folder,
                                                        const std::function<void(QDialog *)> &fill)
{
    auto window = std::make_unique<MainWindow>(folder);
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        return window;
    bool opened = false;
    QTimer::singleShot(0, window.get(), [&opened, &fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        opened = true;
        // The offscreen platform does not activate a modal dialog by itself.
        QApplication::setActiveWindow(dialog);
        if (QTest::qWaitForWindowActive(dialog))
            fill(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    if (!opened)
        qWarning("the New Session dialog did not open");
    QApplication::setActiveWindow(window.get());
    return window;
}

void tst_Console::newSessionDialogFitsItsPlaceholders()
{
    // Every field shows its whole placeholder at the dialog's own size.
    QTemporaryDir folder;
    QVERIFY(addEarlierCohorts(folder.path()));
    int checked = 0;
    newSessionWith(folder.path(), [&checked](QDialog *dialog) {
        for (const char *name : {"sessionTitle", "sessionCohort"}) {
            auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY2(edit, name);
            QVERIFY2(edit->isVisible(), name);
            const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
            QVERIFY2(textWidth(edit) >= needed,
                     qPrintable(QStringLiteral("%1: %2 px for a placeholder of %3 px")
                                    .arg(QLatin1String(name))
                                    .arg(textWidth(edit))
                                    .arg(needed)));
            ++checked;
        }
    });
    QCOMPARE(checked, 2);
}

void tst_Console::newSessionDialogTabsTitleDateCohort()
{
    // Title, Tab, date, Tab, cohort: one Tab leaves the date, and what is typed after it is
    // the cohort's, not the date's. A cohort typed in other letter case is the earlier one.
    QTemporaryDir folder;
    QVERIFY(addEarlierCohorts(folder.path()));
    // Which field has the focus, by what it is.
    const auto field = [] {
        QWidget *focus = QApplication::focusWidget();
        if (!focus)
            return QStringLiteral("none");
        if (focus->inherits("QDateEdit"))
            return QStringLiteral("date");
        if (focus->objectName() == QLatin1String("sessionTitle"))
            return QStringLiteral("title");
        if (focus->objectName().startsWith(QLatin1String("sessionCohort")))
            return QStringLiteral("cohort");
        return QString::fromLatin1(focus->metaObject()->className()) + QLatin1Char('/') +
               focus->objectName();
    };
    QStringList focusOrder;
    const auto window = newSessionWith(folder.path(), [&focusOrder, &field](QDialog *dialog) {
        focusOrder.append(field());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Follow-up"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focusOrder.append(field());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        focusOrder.append(field());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("leads 2026"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Start Session
        QVERIFY(!dialog->isVisible());
    });
    QCOMPARE(focusOrder, (QStringList{QStringLiteral("title"), QStringLiteral("date"),
                                      QStringLiteral("cohort")}));
    QVERIFY(window->sessionModel()->isLoaded());
    const Session &s = window->sessionModel()->session();
    QCOMPARE(s.title, QStringLiteral("Follow-up"));
    QCOMPARE(s.date, QDate::currentDate());
    QCOMPARE(s.cohort, QStringLiteral("Leads 2026"));
}

void tst_Console::newSessionDialogOffersEarlierCohorts()
{
    // The cohort is picked from the earlier ones; a near miss is pointed out before it splits
    // a cohort's trend.
    QTemporaryDir folder;
    QVERIFY(addEarlierCohorts(folder.path()));
    QStringList offered;
    QString hint;
    const auto window = newSessionWith(folder.path(), [&](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")),
                         QStringLiteral("Second round"));
        auto *cohort = dialog->findChild<QComboBox *>(QStringLiteral("sessionCohortChoice"));
        QVERIFY2(cohort, "a list of the earlier cohorts");
        for (int i = 0; i < cohort->count(); ++i)
            offered.append(cohort->itemText(i));
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("sessionCohort"));
        QTest::keyClicks(edit, QStringLiteral("Lead 2026"));
        auto *hintLabel = dialog->findChild<QLabel *>(QStringLiteral("cohortHint"));
        QVERIFY(hintLabel);
        QVERIFY(hintLabel->isVisible());
        hint = hintLabel->text();
        // Picked from the list by keys instead.
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(cohort, Qt::Key_Down);
        QCOMPARE(edit->text(), QStringLiteral("Leads 2026"));
        QVERIFY(!hintLabel->text().contains(QStringLiteral("mean")));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QCOMPARE(offered, (QStringList{QStringLiteral("Leads 2026"), QStringLiteral("Sales EMEA")}));
    QVERIFY2(hint.contains(QStringLiteral("“Leads 2026”")), qPrintable(hint));
    QVERIFY(window->sessionModel()->isLoaded());
    QCOMPARE(window->sessionModel()->session().cohort, QStringLiteral("Leads 2026"));
}

void tst_Console::newSessionLanguageIsTheConsoles()
{
    // A console in German (the locale Translations::install made the default) starts a German
    // session unless the trainer picks another room language.
    QTemporaryDir folder;
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QString language;
    const auto window = newSessionWith(folder.path(), [&language](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("sessionTitle")),
                         QStringLiteral("Workshop"));
        QTest::keyClick(dialog, Qt::Key_Return);
    });
    QLocale::setDefault(before);
    QVERIFY(window->sessionModel()->isLoaded());
    QCOMPARE(window->sessionModel()->session().language, QStringLiteral("de"));
}

QTEST_MAIN(tst_Console)
#include "tst_console.moc"
