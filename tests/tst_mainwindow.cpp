#include "console/mainwindow.h"
#include "library/scenariodetailview.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The first window, opened offscreen and driven with keys like a user would.
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensOnTheLibrary();
    void searchFilters();
    void themeFilter();
    void detailShowsDecisionsAndStages();
    void detailShowsTheWarningsOfItsFile();
    void keyboardNavigation();
    void menus();
    void remembersGeometry();
    void everyControlHasAnAccessibleName();
    void setUpFinishesAfterTheFirstFrame();
    void storeErrorShowsAfterTheFirstFrame();

private:
    // Shows the window with the (empty) user folder in mHome, once its library is loaded.
    void showLoaded(MainWindow &window);

    QTemporaryDir mHome;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void tst_MainWindow::showLoaded(MainWindow &window)
{
    QTRY_VERIFY(!window.isLibraryLoading());
    window.setUserScenarioFolder(mHome.path());
    QTRY_VERIFY(!window.isLibraryLoading());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
}

void tst_MainWindow::opensOnTheLibrary()
{
    MainWindow window(mHome.path());
    showLoaded(window);
    if (QTest::currentTestFailed())
        return;
    auto *list = window.findChild<QListView *>(QStringLiteral("scenarioList"));
    QVERIFY(list);
    QAbstractItemModelTester tester(list->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list->model()->rowCount() >= 14);
    QVERIFY(list->currentIndex().isValid());
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search->hasFocus());
}

void tst_MainWindow::searchFilters()
{
    MainWindow window(mHome.path());
    showLoaded(window);
    if (QTest::currentTestFailed())
        return;
    auto *list = window.findChild<QListView *>(QStringLiteral("scenarioList"));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    const int all = list->model()->rowCount();

    QTest::keyClicks(search, QStringLiteral("pronoun"));
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < all);
    QVERIFY(list->model()->index(0, 0).data().toString().size() > 0);

    QTest::keyClicks(search, QStringLiteral("zzqx"));
    QCOMPARE(list->model()->rowCount(), 0);
    auto *noMatch = window.findChild<QLabel *>(QStringLiteral("noMatch"));
    QVERIFY(noMatch->isVisible());
    QVERIFY(noMatch->text().contains(QStringLiteral("No scenario matches")));

    search->selectAll();
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(list->model()->rowCount(), all);
    QVERIFY(list->isVisible());
}

void tst_MainWindow::themeFilter()
{
    MainWindow window(mHome.path());
    showLoaded(window);
    if (QTest::currentTestFailed())
        return;
    auto *list = window.findChild<QListView *>(QStringLiteral("scenarioList"));
    auto *themes = window.findChild<QComboBox *>(QStringLiteral("themeFilter"));
    const int all = list->model()->rowCount();
    themes->setFocus();
    const int credit = themes->findData(QStringLiteral("credit"));
    QVERIFY(credit > 0);
    for (int i = 0; i < credit; ++i)
        QTest::keyClick(themes, Qt::Key_Down);
    QCOMPARE(themes->currentIndex(), credit);
    QVERIFY(list->model()->rowCount() >= 1);
    QVERIFY(list->model()->rowCount() < all);
    for (int row = 0; row < list->model()->rowCount(); ++row)
        QVERIFY(list->model()->index(row, 0).data().toString().contains(themes->currentText()));
}

void tst_MainWindow::detailShowsDecisionsAndStages()
{
    MainWindow window(mHome.path());
    showLoaded(window);
    if (QTest::currentTestFailed())
        return;
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QTest::keyClicks(search, QStringLiteral("credit-taken"));
    auto *detail = window.findChild<ScenarioDetailView *>();
    const QString text = detail->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Roles")));
    QVERIFY(text.contains(QStringLiteral("Decision points")));
    QVERIFY(text.contains(QStringLiteral("Why:")));
    // Stages are named, not only coloured.
    QVERIFY(text.contains(QStringLiteral("1. Bystander")) ||
            text.contains(QStringLiteral("4. Active ally")));
    QVERIFY(text.contains(QStringLiteral("Now what?")));
}

void tst_MainWindow::detailShowsTheWarningsOfItsFile()
{
    // A scenario of the trainer's own that loads with a warning: the warning is shown with it,
    // not dropped (it was, before).
    QTemporaryDir folder;
    QVERIFY(QFile::copy(QStringLiteral(UPSTANDER_FIXTURES "/decision-two-stages.yaml"),
                        folder.filePath(QStringLiteral("two-stages.yaml"))));
    MainWindow window(mHome.path());
    QTRY_VERIFY(!window.isLibraryLoading());
    window.setUserScenarioFolder(folder.path());
    QTRY_VERIFY(!window.isLibraryLoading());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("search")),
                     QStringLiteral("A small valid scenario"));
    const QString text = window.findChild<ScenarioDetailView *>()->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Warnings from checking this file")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("Line 24:")));
    QVERIFY(text.contains(QLatin1String("span only 2 of the five stages")));
    // A built-in scenario has none.
    QTest::keyClick(window.findChild<QLineEdit *>(QStringLiteral("search")), Qt::Key_A,
                    Qt::ControlModifier);
    QTest::keyClicks(window.findChild<QLineEdit *>(QStringLiteral("search")),
                     QStringLiteral("credit-taken"));
    QVERIFY(!window.findChild<ScenarioDetailView *>()->toPlainText().contains(
        QLatin1String("Warnings from checking")));
}

void tst_MainWindow::keyboardNavigation()
{
    MainWindow window(mHome.path());
    showLoaded(window);
    if (QTest::currentTestFailed())
        return;
    auto *list = window.findChild<QListView *>(QStringLiteral("scenarioList"));
    auto *detail = window.findChild<ScenarioDetailView *>();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Tab);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    const QString before = detail->toPlainText();
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(list->currentIndex().row(), 1);
    QVERIFY(detail->toPlainText() != before);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
}

void tst_MainWindow::menus()
{
    MainWindow window(mHome.path());
    QTRY_VERIFY(!window.isLibraryLoading());
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Edit"),
                                  QStringLiteral("&View"), QStringLiteral("&Help")}));
    QStringList help;
    for (QAction *action : window.menuBar()->actions().last()->menu()->actions())
        help.append(action->text());
    QVERIFY(help.contains(QStringLiteral("&About Upstander")));
}

void tst_MainWindow::remembersGeometry()
{
    {
        MainWindow window(mHome.path());
        QTRY_VERIFY(!window.isLibraryLoading());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(760, 560); // inside the offscreen platform's 800×600 screen
        window.close();
    }
    MainWindow again(mHome.path());
    QCOMPARE(again.size(), QSize(760, 560));
}

void tst_MainWindow::everyControlHasAnAccessibleName()
{
    MainWindow window(mHome.path());
    QTRY_VERIFY(!window.isLibraryLoading());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // What a screen reader announces: the accessible interface's name, which Qt derives from
    // a button's text or a label's buddy when no explicit accessible name is set.
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || w->inherits("QMenuBar") ||
            w->parentWidget()->inherits("QAbstractScrollArea") || w->inherits("QScrollBar"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        QVERIFY2(!iface->text(QAccessible::Name).isEmpty(),
                 qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(w->metaObject()->className()),
                                                        w->objectName())));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

void tst_MainWindow::setUpFinishesAfterTheFirstFrame()
{
    MainWindow window(mHome.path());
    // The first frame has every tab, the ones that need a session disabled, and no store yet.
    QVERIFY(!window.isReady());
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QCOMPARE(tabs->count(), 6);
    const QStringList titles{tabs->tabText(1), tabs->tabText(2), tabs->tabText(3), tabs->tabText(4),
                             tabs->tabText(5)};
    for (int i = 1; i < tabs->count(); ++i)
        QVERIFY(!tabs->isTabEnabled(i));
    window.show();
    QTRY_VERIFY(window.isReady()); // by itself, once the first frame is painted
    QCOMPARE(tabs->count(), 6);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE((QStringList{tabs->tabText(1), tabs->tabText(2), tabs->tabText(3), tabs->tabText(4),
                          tabs->tabText(5)}),
             titles);
    for (int i = 1; i < tabs->count(); ++i)
        QVERIFY(!tabs->isTabEnabled(i));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("noSession"))
                 ->text()
                 .contains(QStringLiteral("not available")));

    // Tab walks the pages in their order, then the status bar, as when all were built at once.
    QList<QWidget *> chain;
    for (QWidget *w = window.nextInFocusChain(); w != &window; w = w->nextInFocusChain())
        chain.append(w);
    auto pageOf = [tabs](QWidget *w) {
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->widget(i) == w || tabs->widget(i)->isAncestorOf(w))
                return i;
        }
        return -1;
    };
    int page = 0;
    bool afterPages = false;
    for (QWidget *w : chain) {
        const int p = pageOf(w);
        if (p < 0) {
            afterPages = afterPages || page == tabs->count() - 1;
            continue;
        }
        QVERIFY2(!afterPages && p >= page, w->metaObject()->className());
        page = p;
    }
}

void tst_MainWindow::storeErrorShowsAfterTheFirstFrame()
{
    // A file where the data folder should be: the store cannot open.
    const QString blocked = mHome.filePath(QStringLiteral("not-a-folder"));
    QFile file(blocked);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    MainWindow window(blocked);
    window.show();
    QTRY_VERIFY(window.isReady());
    auto *message = window.findChild<QLabel *>(QStringLiteral("noSession"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(QStringLiteral("Sessions are not available:")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(blocked));
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&New Session…") ||
            action->text() == QStringLiteral("&Open Session…"))
            QVERIFY(!action->isEnabled());
    }
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
