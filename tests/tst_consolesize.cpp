#include "catalogue.h"
#include "console/elidingcombobox.h"
#include "console/elidinglabel.h"
#include "consoledriver.h"
#include "languages.h"
#include "roomlanguage.h"
#include "runner/decisionpanel.h"
#include "scenario/scenario.h"

#include <QFont>
#include <QLabel>
#include <QRadioButton>
#include <QScopeGuard>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <algorithm>

#include <memory>

// The console on a 1024×768 laptop screen (the offscreen platform is given one by ctest): every
// option of every five-option decision in the built-in library, and its vote buttons, in sight
// without scrolling at the default font; with a font half as large again everything can still
// be reached, and the window never opens larger than the screen.
class tst_ConsoleSize : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theScreenIsALaptop();
    void everyOptionInSightAt1024x768_data();
    void everyOptionInSightAt1024x768();
    void revealedOptionsAreNeverSqueezed();
    void largeFontReachableAndWindowFitsTheScreen();
    void savedGeometryFromABiggerScreenIsBroughtIn();
    void undoAndRedoDoNotShiftTheToolbar();
    void longChoicesEndInAnEllipsis();

private:
    struct Decision
    {
        QString scenarioId;
        QString sceneId;
    };
    static QList<Decision> fiveOptionDecisions();
    // Every option row of the decision on show: its radio, "−" and "+" buttons.
    static QList<QWidget *> optionControls(ScenarioRunner *runner);
    // True when `widget` is drawn whole: not clipped by a scroll area or the window's edge.
    static bool wholeInSight(QWidget *widget);

    QTemporaryDir mData;
};

void tst_ConsoleSize::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_consolesize"));
    QSettings().clear();
    QVERIFY(mData.isValid());
}

void tst_ConsoleSize::theScreenIsALaptop()
{
    QCOMPARE(QGuiApplication::primaryScreen()->size(), QSize(1024, 768));
}

QList<tst_ConsoleSize::Decision> tst_ConsoleSize::fiveOptionDecisions()
{
    ScenarioLibrary library;
    library.load(QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios"));
    QList<Decision> found;
    for (const ScenarioLibrary::Entry &entry : library.entries()) {
        const Scenario &scenario = entry.scenario;
        for (const Scene &scene : scenario.scenes) {
            if (scene.decision && scene.decision->options.size() >= 5)
                found.append({scenario.id, scene.id});
        }
    }
    return found;
}

QList<QWidget *> tst_ConsoleSize::optionControls(ScenarioRunner *runner)
{
    QList<QWidget *> controls;
    DecisionPanel *panel = runner->decisionPanel();
    for (QRadioButton *radio : panel->findChildren<QRadioButton *>()) {
        if (radio->isVisible())
            controls.append(radio);
    }
    for (QToolButton *button : panel->findChildren<QToolButton *>()) {
        if (button->isVisible())
            controls.append(button);
    }
    return controls;
}

bool tst_ConsoleSize::wholeInSight(QWidget *widget)
{
    // visibleRegion() is clipped by every ancestor, scroll areas' viewports included.
    return widget->isVisible() && widget->visibleRegion().boundingRect() == widget->rect();
}

void tst_ConsoleSize::everyOptionInSightAt1024x768_data()
{
    // In every language: a German or French option is longer than the English, an Arabic
    // console is mirrored.
    QTest::addColumn<QString>("code");
    for (const Languages::Language &language : Languages::all())
        QTest::newRow(qPrintable(language.code)) << language.code;
}

void tst_ConsoleSize::everyOptionInSightAt1024x768()
{
    QFETCH(QString, code);
    // The console in that language, as `upstander --lang CODE` starts it; the new session and
    // so the scenarios' texts follow it.
    Catalogue::setFolder(QStringLiteral(UPSTANDER_BINARY_DIR "/app"));
    const std::shared_ptr<const Catalogue> catalogue = Catalogue::forLanguage(code);
    for (QTranslator *translator : catalogue->translators())
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(catalogue->locale());
    const auto restore = qScopeGuard([catalogue] {
        for (QTranslator *translator : catalogue->translators())
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(QLocale::c());
    });
    QCOMPARE(QGuiApplication::layoutDirection(), catalogue->direction());

    MainWindow window(mData.filePath(QStringLiteral("fit-%1.sqlite").arg(code)));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleDriver::startSession(window, QStringLiteral("A laptop screen"), 5);
    QCOMPARE(RoomLanguage::current().code(), code); // the scenarios in that language too
    window.showMaximized();
    QTRY_COMPARE(window.frameGeometry().size(), window.screen()->availableGeometry().size());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QVERIFY(QTest::qWaitFor([&] { return !window.isLibraryLoading(); }));
    const QList<Decision> decisions = fiveOptionDecisions();
    QVERIFY2(decisions.size() >= 10, "the library has fewer five-option decisions than it had");
    for (const Decision &decision : decisions) {
        QVERIFY(ConsoleDriver::runScenario(window, tabs, decision.scenarioId));
        ScenarioRunner *runner = nullptr; // the one just started; the last may linger a moment
        for (ScenarioRunner *candidate : window.findChildren<ScenarioRunner *>()) {
            if (candidate->scenario().id == decision.scenarioId && candidate->isVisible())
                runner = candidate;
        }
        QVERIFY2(runner, qPrintable(decision.scenarioId));
        runner->goToScene(decision.sceneId);
        QCOMPARE(runner->currentSceneId(), decision.sceneId);
        QCoreApplication::processEvents();
        const QList<QWidget *> controls = optionControls(runner);
        QCOMPARE(controls.size(), 15); // five options, each with a radio, "−" and "+"
        for (QWidget *control : controls) {
            QVERIFY2(wholeInSight(control),
                     qPrintable(QStringLiteral("%1/%2: %3 \"%4\" is not whole in sight")
                                    .arg(decision.scenarioId, decision.sceneId,
                                         QString::fromLatin1(control->metaObject()->className()),
                                         control->accessibleName())));
        }
        // The way on stays in sight too.
        QVERIFY(wholeInSight(runner->findChild<QPushButton *>(QStringLiteral("reveal"))));
    }
}

void tst_ConsoleSize::revealedOptionsAreNeverSqueezed()
{
    // After the reveal each option has its stage and "why" under it: the scene scrolls, and no
    // line of any option is drawn over another.
    MainWindow window(mData.filePath(QStringLiteral("revealed.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Revealed"), 5);
    window.showMaximized();
    QTRY_COMPARE(window.frameGeometry().size(), window.screen()->availableGeometry().size());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    ScenarioRunner *runner =
        ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken"));
    QVERIFY(runner);
    QVERIFY(ConsoleDriver::walkToDecision(runner));
    QTest::keyClick(runner, Qt::Key_2);
    ConsoleDriver::click(runner, "reveal");
    // The first squeezed label, if any, once the layout has settled.
    int labels = 0;
    const auto squeezed = [runner, &labels]() -> QString {
        labels = 0;
        for (QLabel *label : runner->decisionPanel()->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->wordWrap() || label->text().isEmpty())
                continue;
            ++labels;
            if (label->height() < label->heightForWidth(label->width()))
                return QStringLiteral("\"%1\" is %2 px high but needs %3")
                    .arg(label->text().left(40))
                    .arg(label->height())
                    .arg(label->heightForWidth(label->width()));
        }
        return {};
    };
    QTRY_VERIFY2(squeezed().isEmpty(), qPrintable(squeezed()));
    QVERIFY(labels >= 8); // the prompt, the options and their "why"
}

void tst_ConsoleSize::largeFontReachableAndWindowFitsTheScreen()
{
    QSettings().clear();
    const QFont normal = QApplication::font();
    QFont large = normal;
    large.setPointSizeF(normal.pointSizeF() * 1.5);
    QApplication::setFont(large);
    {
        MainWindow window(mData.filePath(QStringLiteral("large.sqlite")));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QRect screen = window.screen()->availableGeometry();
        QVERIFY2(screen.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("the window opens at %1×%2 on a %3×%4 screen")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(screen.width())
                                .arg(screen.height())));
        ConsoleDriver::startSession(window, QStringLiteral("Large type"), 5);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
        ScenarioRunner *runner =
            ConsoleDriver::runScenario(window, tabs, QStringLiteral("banter-joke"));
        QVERIFY(runner);
        runner->goToScene(QStringLiteral("retro"));
        QCoreApplication::processEvents();
        QVERIFY2(screen.contains(window.frameGeometry()), "the window grew past the screen");
        // Each control comes into sight when the scene is scrolled to it, as moving the
        // keyboard focus onto it does.
        auto *scroll = runner->findChild<QScrollArea *>(QStringLiteral("sceneScroll"));
        QVERIFY(scroll);
        const QList<QWidget *> controls = optionControls(runner);
        QCOMPARE(controls.size(), 15);
        for (QWidget *control : controls) {
            scroll->ensureWidgetVisible(control);
            QCoreApplication::processEvents();
            QVERIFY2(wholeInSight(control), qPrintable(control->accessibleName()));
        }
        for (const char *name : {"reveal", "follow", "groupChooses", "showQuestion"}) {
            auto *button = runner->findChild<QPushButton *>(QLatin1String(name));
            QVERIFY(button);
            QVERIFY2(wholeInSight(button), name);
        }
        window.close();
    }
    QApplication::setFont(normal);
}

void tst_ConsoleSize::savedGeometryFromABiggerScreenIsBroughtIn()
{
    // A window saved on a 1920×1080 monitor, opened on the laptop alone.
    {
        MainWindow big(mData.filePath(QStringLiteral("big.sqlite")));
        big.setGeometry(0, 0, 1900, 1050);
        big.close(); // saves its geometry
    }
    MainWindow window(mData.filePath(QStringLiteral("big.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect screen = window.screen()->availableGeometry();
    QVERIFY2(screen.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("%1×%2")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())));
}

void tst_ConsoleSize::undoAndRedoDoNotShiftTheToolbar()
{
    // "Undo" becomes "Undo Add a vote for option 1" in the Edit menu; on the tool bar the
    // buttons keep their width, so "Show Audience Window" does not move under the pointer.
    MainWindow window(mData.filePath(QStringLiteral("toolbar.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Toolbar"), 5);
    auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("sessionToolbar"));
    QVERIFY(toolbar);
    const auto buttonX = [toolbar] {
        QList<int> x;
        for (QToolButton *button : toolbar->findChildren<QToolButton *>()) {
            if (button->isVisible())
                x.append(button->geometry().right());
        }
        std::sort(x.begin(), x.end());
        return x;
    };
    const QList<int> before = buttonX();
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    ScenarioRunner *runner =
        ConsoleDriver::runScenario(window, tabs, QStringLiteral("banter-joke"));
    QVERIFY(runner);
    QVERIFY(ConsoleDriver::walkToDecision(runner));
    QTest::keyClick(runner, Qt::Key_1);
    QVERIFY(window.undoStack()->canUndo());
    QCoreApplication::processEvents();
    // New, Open, Undo, Redo and the projector button after them stay where they were.
    QCOMPARE(buttonX().mid(0, 5), before.mid(0, 5));
    // The whole text is still there for whoever asks: the menu and the tooltip.
    QAction *undo = nullptr;
    for (QAction *action : toolbar->actions()) {
        if (action->shortcut() == QKeySequence(QKeySequence::Undo))
            undo = action;
    }
    QVERIFY(undo);
    QVERIFY2(undo->text().size() > 6, qPrintable(undo->text()));
    QCOMPARE(undo->toolTip(), QString(undo->text()).remove(QLatin1Char('&')));
}

void tst_ConsoleSize::longChoicesEndInAnEllipsis()
{
    // The Results tab's "For:" box holds decision prompts; cut short, it says so with "…".
    MainWindow window(mData.filePath(QStringLiteral("ellipsis.sqlite")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Ellipsis"), 5);
    auto *box = window.findChild<ElidingComboBox *>(QStringLiteral("chartQuestion"));
    QVERIFY(box);
    const QString prompt = QStringLiteral("You are the team's other analyst. You watched Marisol "
                                          "build this model over three weeks. What do you do?");
    box->addItem(prompt);
    box->setCurrentIndex(box->count() - 1);
    box->resize(220, box->height());
    QVERIFY2(box->shownText().endsWith(QChar(0x2026)), qPrintable(box->shownText()));
    QVERIFY(box->shownText().size() < prompt.size());
    QCOMPARE(box->toolTip(), prompt);
    QCOMPARE(box->currentText(), prompt); // what a screen reader reads is whole
    box->resize(2000, box->height());
    QCOMPARE(box->shownText(), prompt);

    auto *status = window.findChild<ElidingLabel *>(QStringLiteral("sessionStatus"));
    QVERIFY(status);
    status->resize(60, status->height());
    QVERIFY2(status->shownText().endsWith(QChar(0x2026)), qPrintable(status->shownText()));
    QVERIFY(status->text().startsWith(QStringLiteral("Ellipsis")));
}

QTEST_MAIN(tst_ConsoleSize)
#include "tst_consolesize.moc"
