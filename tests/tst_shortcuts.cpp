#include "audience/audiencewindow.h"
#include "console/mainwindow.h"
#include "consoledriver.h"
#include "languages.h"
#include "runner/roundtimer.h"
#include "runner/scenariorunner.h"
#include "session/sessionmodel.h"
#include "session/sessionrules.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMultiMap>
#include <QScopeGuard>
#include <QSettings>
#include <QShortcutEvent>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

// Every key the console answers to, state by state: an action's shortcut and a mnemonic (the
// &-letter of a button, a label's buddy, a tab or a menu) belong to one owner at a time. Two
// owners of one key make Qt refuse both ("Ambiguous shortcut overload") or hand the key to the
// wrong one, so the runner's Alt+T would open a tab instead of starting the timer.
//
// The reachability rules follow Qt's own (qshortcut_widgets.cpp): a widget's shortcut counts
// when the widget is visible and enabled in the active window; an action's when it is enabled
// and visible and one of its widgets is reachable in the action's context (a menu through the
// menu bar that holds it; WidgetWithChildrenShortcut only with the focus inside its widget).
class tst_Shortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void noKeyHasTwoOwnersInAnyState_data();
    void noKeyHasTwoOwnersInAnyState();
    void runnerKeysReachTheirActions();
    void noLetterIsSharedOnAPageOrInAMenu_data();
    void noLetterIsSharedOnAPageOrInAMenu();

private:
    using Keys = QMultiMap<QString, QString>; // key (portable text) → its owner, described
    static Keys reachableKeys(QWidget *window);
    static QString clashes(const Keys &keys);
    void openConsole(MainWindow &window);
    // The console's texts in `language` (its catalogue installed) until the guard goes.
    static auto speak(const QString &language, QTranslator &translator)
    {
        if (language != QLatin1String("en") &&
            translator.load(QStringLiteral(UPSTANDER_BINARY_DIR "/app/upstander_%1.qm")
                                .arg(QString(language).replace(u'-', u'_'))))
            QCoreApplication::installTranslator(&translator);
        else if (language != QLatin1String("en"))
            qFatal("no catalogue for %s", qPrintable(language));
        return qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    }

    QTemporaryDir mData;
};

namespace {

QString keyText(const QKeySequence &key)
{
    return key.toString(QKeySequence::PortableText);
}

QString describe(const QObject *object, const QString &text)
{
    QString what = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        what += QLatin1Char('#') + object->objectName();
    return QStringLiteral("%1 \"%2\"").arg(what, text);
}

bool widgetReachable(const QWidget *w, const QWidget *window)
{
    return w->window() == window && w->isVisible() && w->isEnabled();
}

bool contextReachable(Qt::ShortcutContext context, QWidget *w, QWidget *window);

bool actionReachable(const QAction *action, QWidget *window)
{
    if (!action->isEnabled() || !action->isVisible())
        return false;
    if (action->shortcutContext() == Qt::ApplicationShortcut)
        return true;
    for (QObject *object : action->associatedObjects()) {
        if (auto *menu = qobject_cast<QMenu *>(object)) {
            // A menu's keys work while the menu bar (or menu) holding it is reachable.
            if (actionReachable(menu->menuAction(), window))
                return true;
        } else if (auto *w = qobject_cast<QWidget *>(object)) {
            if (contextReachable(action->shortcutContext(), w, window))
                return true;
        }
    }
    return false;
}

bool contextReachable(Qt::ShortcutContext context, QWidget *w, QWidget *window)
{
    if (!widgetReachable(w, window))
        return false;
    QWidget *focus = QApplication::focusWidget();
    switch (context) {
    case Qt::WidgetShortcut:
        return focus == w;
    case Qt::WidgetWithChildrenShortcut:
        return focus && (focus == w || w->isAncestorOf(focus));
    default:
        return true;
    }
}

void addMnemonic(QMultiMap<QString, QString> &keys, const QObject *owner, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        keys.insert(keyText(key), describe(owner, text));
}

} // namespace

tst_Shortcuts::Keys tst_Shortcuts::reachableKeys(QWidget *window)
{
    Keys keys;
    for (QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        // A button's shortcut is its mnemonic unless a key was set on it.
        if (widgetReachable(button, window) && !button->shortcut().isEmpty())
            keys.insert(keyText(button->shortcut()), describe(button, button->text()));
    }
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && widgetReachable(label, window))
            addMnemonic(keys, label, label->text());
    }
    for (QGroupBox *box : window->findChildren<QGroupBox *>()) {
        if (widgetReachable(box, window))
            addMnemonic(keys, box, box->title());
    }
    for (QTabBar *bar : window->findChildren<QTabBar *>()) {
        if (!widgetReachable(bar, window))
            continue;
        for (int i = 0; i < bar->count(); ++i) {
            if (bar->isTabEnabled(i) && bar->isTabVisible(i))
                addMnemonic(keys, bar, QStringLiteral("tab: %1").arg(bar->tabText(i)));
        }
    }
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        if (!widgetReachable(bar, window))
            continue;
        for (QAction *menu : bar->actions()) {
            if (menu->isEnabled() && menu->isVisible())
                addMnemonic(keys, bar, QStringLiteral("menu: %1").arg(menu->text()));
        }
    }
    // The same action may be added to several widgets (a menu and the tool bar): one owner.
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->shortcuts().isEmpty() || !actionReachable(action, window))
            continue;
        for (const QKeySequence &key : action->shortcuts())
            keys.insert(keyText(key), describe(action, action->text()));
    }
    return keys;
}

QString tst_Shortcuts::clashes(const Keys &keys)
{
    QStringList lines;
    for (const QString &key : keys.uniqueKeys()) {
        const QStringList owners = keys.values(key);
        if (owners.size() > 1)
            lines.append(QStringLiteral("  %1: %2").arg(key, owners.join(QStringLiteral(" AND "))));
    }
    return lines.join(QLatin1Char('\n'));
}

void tst_Shortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_shortcuts"));
    QSettings().clear();
    QVERIFY(mData.isValid());
}

void tst_Shortcuts::openConsole(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Shortcuts"), 3);
}

void tst_Shortcuts::noKeyHasTwoOwnersInAnyState_data()
{
    // Every language the console speaks has mnemonics of its own to keep apart.
    QTest::addColumn<QString>("language");
    for (const Languages::Language &language : Languages::all())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void tst_Shortcuts::noKeyHasTwoOwnersInAnyState()
{
    QFETCH(QString, language);
    QTranslator translator;
    const auto uninstall = speak(language, translator);
    MainWindow window(mData.path());
    openConsole(window);
    if (QTest::currentTestFailed())
        return;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QStringList report;
    int states = 0;
    const auto check = [&](const QString &state, QWidget *focus) {
        if (focus)
            focus->setFocus(Qt::OtherFocusReason);
        QApplication::processEvents();
        const Keys keys = reachableKeys(&window);
        ++states;
        const QString found = clashes(keys);
        if (!found.isEmpty())
            report.append(QStringLiteral("%1:\n%2").arg(state, found));
        return keys;
    };

    // The library, and each page of the session.
    QTRY_VERIFY(!window.isLibraryLoading());
    tabs->setCurrentIndex(0);
    check(QStringLiteral("Scenario Library"),
          window.findChild<QWidget *>(QStringLiteral("search")));
    tabs->setCurrentIndex(1);
    QWidget *placement = tabs->currentWidget();
    check(QStringLiteral("Self-Placement (tally)"), placement);
    auto *mode = placement->findChild<QComboBox *>(QStringLiteral("mode"));
    QVERIFY(mode);
    mode->setCurrentIndex(1);
    check(QStringLiteral("Self-Placement (hot seat)"), placement);
    // Handed over: the trainer's key, the answers' keys, nothing else.
    ConsoleDriver::click(placement, "handOver");
    auto *screen = window.findChild<QWidget *>(QStringLiteral("hotSeatScreen"));
    QVERIFY(screen && screen->isVisible());
    const Keys locked = check(QStringLiteral("Hot seat, locked"), screen);
    QCOMPARE(locked.values(QStringLiteral("Ctrl+Shift+L")).size(), 1);
    QVERIFY2(
        locked.values(QStringLiteral("Ctrl+Shift+L")).first().contains(QLatin1String("unlock")),
        qPrintable(locked.values(QStringLiteral("Ctrl+Shift+L")).first()));
    for (const QString &key :
         {QStringLiteral("Ctrl+Z"), QStringLiteral("Ctrl+Y"), QStringLiteral("Ctrl+Shift+Z"),
          QStringLiteral("F5"), QStringLiteral("Ctrl+E"), QStringLiteral("Ctrl+W")})
        QVERIFY2(!locked.contains(key), qPrintable(key));
    QTRY_VERIFY(screen->property("acceptsTaps").toBool());
    ConsoleDriver::click(screen, "hotSeat1");
    check(QStringLiteral("Hot seat, locked, thanks"), screen);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(!screen->isVisible());
    check(QStringLiteral("Self-Placement (hot seat, unlocked)"), placement);
    mode->setCurrentIndex(0);
    tabs->setCurrentIndex(3);
    check(QStringLiteral("Commitments"), tabs->currentWidget());
    // A follow-up's check-in above them, once asked (as in any follow-up session).
    QVERIFY(window.sessionModel()->addQuestion(SessionRules::newCheckInQuestion(nullptr), nullptr));
    QTRY_VERIFY(
        tabs->currentWidget()->findChild<QWidget *>(QStringLiteral("askCheckIn"))->isVisible());
    check(QStringLiteral("Commitments, with the check-in"), tabs->currentWidget());
    tabs->setCurrentIndex(4);
    check(QStringLiteral("Results"), tabs->currentWidget());
    tabs->setCurrentIndex(2);
    check(QStringLiteral("Scenario (none running)"), tabs->currentWidget());

    // The runner, with the focus inside it (its keys are WidgetWithChildrenShortcut).
    ScenarioRunner *runner =
        ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    auto *timerReset = runner->findChild<QWidget *>(QStringLiteral("timerReset"));
    check(QStringLiteral("Runner, first scene"), timerReset);
    QVERIFY(ConsoleDriver::walkToDecision(runner));
    const Keys atDecision = check(QStringLiteral("Runner, at a decision"), timerReset);
    // The walk sees the keys the trainer uses most, each with its one owner (the letters are
    // the English ones; other languages choose their own).
    QStringList expected{QStringLiteral("F5"),         QStringLiteral("F11"),
                         QStringLiteral("Ctrl+R"),     QStringLiteral("Ctrl+T"),
                         QStringLiteral("Ctrl+Z"),     QStringLiteral("1"),
                         QStringLiteral("Ctrl+Return")};
    if (language == QLatin1String("en"))
        expected << QStringLiteral("Alt+T") << QStringLiteral("Alt+L") << QStringLiteral("Alt+X")
                 << QStringLiteral("Alt+A");
    for (const QString &key : std::as_const(expected))
        QVERIFY2(atDecision.contains(key), qPrintable(key));
    if (language == QLatin1String("en")) {
        QVERIFY(
            atDecision.value(QStringLiteral("Alt+T")).contains(QLatin1String("timerStartPause")));
        QVERIFY(atDecision.value(QStringLiteral("Alt+L")).contains(QLatin1String("follow")));
        QVERIFY(
            atDecision.value(QStringLiteral("Alt+X")).contains(QLatin1String("timerNextRound")));
    }
    ConsoleDriver::click(runner, "plus1");
    ConsoleDriver::click(runner, "plus2");
    check(QStringLiteral("Runner, at a decision with votes"), timerReset);
    ConsoleDriver::click(runner, "reveal");
    check(QStringLiteral("Runner, at a decision, revealed"), timerReset);
    ConsoleDriver::click(runner, "timerStartPause");
    check(QStringLiteral("Runner, timer running"), timerReset);
    ConsoleDriver::click(runner, "timerStartPause");
    ConsoleDriver::click(runner, "follow");
    while (ConsoleDriver::walkToDecision(runner)) {
        ConsoleDriver::click(runner, "follow");
    }
    check(QStringLiteral("Runner, at an ending"), timerReset);
    ConsoleDriver::click(runner, "debrief");
    check(QStringLiteral("Runner, in the debrief"), timerReset);
    ConsoleDriver::click(runner, "finish");
    check(QStringLiteral("Runner, finished"),
          runner->findChild<QWidget *>(QStringLiteral("restart")));

    QVERIFY(states >= 16);
    // The whole list, untruncated (QVERIFY2 cuts long messages).
    for (const QString &lines : std::as_const(report))
        qInfo().noquote() << lines;
    QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("keys with two owners:\n") +
                                          report.join(QLatin1Char('\n'))));
}

namespace {
// What Qt says when it refuses a key that two owners share, and any modal dialog a key opened.
QStringList gAmbiguous;
QtMessageHandler gPreviousHandler = nullptr;

void recordAmbiguous(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("Ambiguous shortcut")))
        gAmbiguous.append(message);
    gPreviousHandler(type, context, message);
}

class AmbiguityFilter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Shortcut &&
            static_cast<QShortcutEvent *>(event)->isAmbiguous())
            gAmbiguous.append(QStringLiteral("ambiguous %1 to %2")
                                  .arg(keyText(static_cast<QShortcutEvent *>(event)->key()),
                                       describe(watched, QString())));
        return false;
    }
};
} // namespace

void tst_Shortcuts::runnerKeysReachTheirActions()
{
    MainWindow window(mData.path());
    openConsole(window);
    if (QTest::currentTestFailed())
        return;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    ScenarioRunner *runner =
        ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    QVERIFY(ConsoleDriver::walkToDecision(runner));
    const int scenarioTab = tabs->currentIndex();
    auto *timer = runner->findChild<RoundTimer *>(QStringLiteral("roundTimer"));
    QVERIFY(timer);

    gAmbiguous.clear();
    gPreviousHandler = qInstallMessageHandler(recordAmbiguous);
    AmbiguityFilter filter;
    qApp->installEventFilter(&filter);
    QStringList dialogs;
    QTimer dialogCloser; // a key that opens a dialog by mistake must not hang the test
    dialogCloser.setInterval(50);
    connect(&dialogCloser, &QTimer::timeout, this, [&dialogs] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            dialogs.append(modal->windowTitle());
            modal->close();
        }
    });
    dialogCloser.start();

    // Keys go where the trainer's keys go: to the focus widget in the runner.
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers, int waitMs = 250) {
        QApplication::setActiveWindow(&window);
        QWidget *focus = QApplication::focusWidget();
        if (!focus || !runner->isAncestorOf(focus)) {
            runner->findChild<QWidget *>(QStringLiteral("timerReset"))->setFocus();
            focus = QApplication::focusWidget();
        }
        QTest::keyClick(focus ? focus : &window, key, modifiers);
        QTest::qWait(waitMs); // a mnemonic clicks after its button's press animation
    };

    // Every key is tried even when an earlier one failed, so one run names every wrong key.
    QStringList problems;
    const auto expect = [&problems](bool ok, const QString &what) {
        if (!ok)
            problems.append(what);
    };

    // Alt+T starts the timer (the Start button's mnemonic), and the tab stays.
    QVERIFY(!timer->isRunning());
    press(Qt::Key_T, Qt::AltModifier);
    expect(tabs->currentIndex() == scenarioTab, QStringLiteral("Alt+T switched to the tab \"%1\"")
                                                    .arg(tabs->tabText(tabs->currentIndex())));
    tabs->setCurrentIndex(scenarioTab);
    expect(timer->isRunning(), QStringLiteral("Alt+T did not start the timer"));
    if (timer->isRunning())
        press(Qt::Key_T, Qt::ControlModifier); // Ctrl+T pauses it again
    expect(!timer->isRunning(), QStringLiteral("Ctrl+T did not pause the timer"));

    // Alt+X: the next triad round.
    const int round = timer->round();
    press(Qt::Key_X, Qt::AltModifier);
    expect(tabs->currentIndex() == scenarioTab, QStringLiteral("Alt+X switched to the tab \"%1\"")
                                                    .arg(tabs->tabText(tabs->currentIndex())));
    tabs->setCurrentIndex(scenarioTab);
    expect(timer->round() == round + 1, QStringLiteral("Alt+X did not start the next round"));

    // F5 (the presenter's habit) and F11 put the projector in full screen and back.
    AudienceWindow *audience = window.audienceWindow();
    const bool wasFull = audience->isFullScreen();
    press(Qt::Key_F5, Qt::NoModifier);
    expect(QTest::qWaitFor([&] { return audience->isFullScreen() != wasFull; }, 1000),
           QStringLiteral("F5 did not toggle the audience window's full screen"));
    const bool afterF5 = audience->isFullScreen();
    press(Qt::Key_F11, Qt::NoModifier);
    expect(QTest::qWaitFor([&] { return audience->isFullScreen() != afterF5; }, 1000),
           QStringLiteral("F11 did not toggle the audience window's full screen"));
    // Ctrl+R reloads the library.
    QTRY_VERIFY(!window.isLibraryLoading());
    press(Qt::Key_R, Qt::ControlModifier, 0); // the reload may be done before a wait is over
    expect(window.isLibraryLoading(), QStringLiteral("Ctrl+R did not reload the library"));
    QTRY_VERIFY(!window.isLibraryLoading());

    // Alt+L follows the chosen option to its scene.
    const QString before = runner->currentSceneId();
    press(Qt::Key_L, Qt::AltModifier);
    expect(tabs->currentIndex() == scenarioTab, QStringLiteral("Alt+L switched to the tab \"%1\"")
                                                    .arg(tabs->tabText(tabs->currentIndex())));
    tabs->setCurrentIndex(scenarioTab);
    expect(runner->currentSceneId() != before, QStringLiteral("Alt+L did not follow the option"));

    dialogCloser.stop();
    qApp->removeEventFilter(&filter);
    qInstallMessageHandler(gPreviousHandler);
    for (const QString &title : std::as_const(dialogs))
        problems.append(QStringLiteral("a key opened the dialog \"%1\"").arg(title));
    problems += gAmbiguous;
    for (const QString &problem : std::as_const(problems))
        qInfo().noquote() << problem;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_Shortcuts::noLetterIsSharedOnAPageOrInAMenu_data()
{
    noKeyHasTwoOwnersInAnyState_data();
}

void tst_Shortcuts::noLetterIsSharedOnAPageOrInAMenu()
{
    // The state walk above sees the keys reachable now; a button disabled now (Delete with
    // nothing selected) gets its letter when it is enabled, on the same page. So on each page
    // every Alt+letter in sight, enabled or not, has one owner; and in each menu, each letter
    // opens one item (Qt cycles through items sharing one, so a single press does nothing).
    QFETCH(QString, language);
    QTranslator translator;
    const auto uninstall = speak(language, translator);
    MainWindow window(mData.path());
    openConsole(window);
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY(!window.isLibraryLoading());
    // A follow-up's check-in too, as in the walk.
    QVERIFY(window.sessionModel()->addQuestion(SessionRules::newCheckInQuestion(nullptr), nullptr));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QStringList report;
    const auto inSight = [&window](const QWidget *w) {
        return w->window() == &window && w->isVisible();
    };
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QApplication::processEvents();
        Keys keys;
        for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
            if (inSight(button) && !button->shortcut().isEmpty())
                keys.insert(keyText(button->shortcut()), describe(button, button->text()));
        }
        for (QLabel *label : window.findChildren<QLabel *>()) {
            if (label->buddy() && inSight(label))
                addMnemonic(keys, label, label->text());
        }
        for (QGroupBox *box : window.findChildren<QGroupBox *>()) {
            if (inSight(box))
                addMnemonic(keys, box, box->title());
        }
        for (int i = 0; i < tabs->count(); ++i)
            addMnemonic(keys, tabs, QStringLiteral("tab: %1").arg(tabs->tabText(i)));
        for (QMenuBar *bar : window.findChildren<QMenuBar *>()) {
            for (QAction *menu : bar->actions())
                addMnemonic(keys, bar, QStringLiteral("menu: %1").arg(menu->text()));
        }
        const QString found = clashes(keys);
        if (!found.isEmpty())
            report.append(QStringLiteral("page %1:\n%2").arg(tabs->tabText(page), found));
    }
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        Keys keys;
        for (QAction *item : menu->actions()) {
            if (item->isVisible() && !item->isSeparator())
                addMnemonic(keys, item, item->text());
        }
        const QString found = clashes(keys);
        if (!found.isEmpty())
            report.append(QStringLiteral("menu %1:\n%2").arg(menu->title(), found));
    }
    for (const QString &lines : std::as_const(report))
        qInfo().noquote() << lines;
    QVERIFY2(report.isEmpty(), qPrintable(QStringLiteral("letters with two owners:\n") +
                                          report.join(QLatin1Char('\n'))));
}

QTEST_MAIN(tst_Shortcuts)
#include "tst_shortcuts.moc"
