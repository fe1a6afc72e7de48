#include "console/helpdialogs.h"
#include "console/mainwindow.h"
#include "consoledriver.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

// The Help menu (a workshop guide on F1, the keyboard shortcuts read from the window's own
// actions) and File ▸ Open Scenario Folder when no file manager answers (issue 10, item 15).
class tst_HelpMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scenarioFolderWithoutFileManager();
    void f1OpensTheGuide();
    void shortcutListHasEveryActionWithAKey();

private:
    void showWindow(MainWindow &window);
    static QAction *menuAction(MainWindow &window, const QString &text);
    static QStringList expectedRows(QWidget *window);
    static QStringList tableRows(const QTableWidget *table);

    QTemporaryDir mData;
};

void tst_HelpMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
    QSettings().clear();
    QVERIFY(mData.isValid());
}

void tst_HelpMenu::showWindow(MainWindow &window)
{
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.isLibraryLoading());
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
}

QAction *tst_HelpMenu::menuAction(MainWindow &window, const QString &text)
{
    for (QAction *action : window.menuBar()->findChildren<QAction *>())
        if (ShortcutsDialog::commandText(action) == text)
            return action;
    return nullptr;
}

QStringList tst_HelpMenu::expectedRows(QWidget *window)
{
    // Every action of the window with a key, once: its command and its keys.
    QStringList rows;
    QSet<QAction *> seen;
    for (QAction *action : window->findChildren<QAction *>()) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            if (!key.isEmpty())
                keys.append(key.toString(QKeySequence::NativeText));
        if (keys.isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        rows.append(ShortcutsDialog::commandText(action) + QStringLiteral(" = ") +
                    keys.join(QStringLiteral(", ")));
    }
    rows.sort();
    return rows;
}

QStringList tst_HelpMenu::tableRows(const QTableWidget *table)
{
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < 3; ++c)
            if (!table->item(r, c) || table->item(r, c)->text().isEmpty())
                return {QStringLiteral("row %1 has an empty cell").arg(r)};
        rows.append(table->item(r, 1)->text() + QStringLiteral(" = ") + table->item(r, 2)->text());
    }
    rows.sort();
    return rows;
}

void tst_HelpMenu::scenarioFolderWithoutFileManager()
{
    // The offscreen platform opens no folder: QDesktopServices::openUrl() fails, as it does on
    // a laptop without a file manager.
    QVERIFY(!QDesktopServices::openUrl(QUrl::fromLocalFile(mData.path())));
    MainWindow window(mData.filePath(QStringLiteral("folder")));
    showWindow(window);
    const QString folder = mData.filePath(QStringLiteral("my scenarios"));
    window.setUserScenarioFolder(folder);
    QTRY_VERIFY(!window.isLibraryLoading());
    QGuiApplication::clipboard()->clear();

    QAction *open = menuAction(window, QStringLiteral("Open Scenario Folder"));
    QVERIFY(open);
    // A box that blocks (the old code's exec()) is closed after a while, so the test ends.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, [] {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
    });
    watchdog.start(3000);
    open->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("scenarioFolderMessage"))) &&
                box->isVisible());
    watchdog.stop();
    const QString path = QDir::toNativeSeparators(folder);
    QVERIFY2(box->text().contains(path), qPrintable(box->text()));
    QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(box->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    auto *copy = box->findChild<QPushButton *>(QStringLiteral("copyPath"));
    QVERIFY(copy);
    QCOMPARE(copy->text().remove(QLatin1Char('&')), QStringLiteral("Copy Path"));
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), path);
    QTRY_VERIFY(!window.findChild<QMessageBox *>(QStringLiteral("scenarioFolderMessage")));
}

void tst_HelpMenu::f1OpensTheGuide()
{
    MainWindow window(mData.filePath(QStringLiteral("guide")));
    showWindow(window);
    QVERIFY(!window.findChild<WorkshopGuideDialog *>());
    QTest::keyClick(&window, Qt::Key_F1);
    WorkshopGuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = window.findChild<WorkshopGuideDialog *>()) && guide->isVisible());
    const QString text = guide->guideText();
    // The six steps in order, with the keys the window really has.
    int at = 0;
    for (const char *step :
         {"Session.", "Baseline.", "Scenarios.", "Close.", "Review.", "Follow-up."}) {
        const int next = text.indexOf(QLatin1String(step), at);
        QVERIFY2(next >= at, step);
        at = next;
    }
    for (const QKeySequence &key :
         {QKeySequence(QKeySequence::New), QKeySequence(QKeySequence::Undo),
          QKeySequence(QKeySequence::Find)})
        QVERIFY2(text.contains(key.toString(QKeySequence::NativeText)), qPrintable(text));
    guide->reject();
    QTRY_VERIFY(!window.findChild<WorkshopGuideDialog *>());
}

void tst_HelpMenu::shortcutListHasEveryActionWithAKey()
{
    MainWindow window(mData.filePath(QStringLiteral("keys")));
    showWindow(window);
    // On the library, then with a session and a scenario running (the runner's keys too).
    for (int state = 0; state < 2; ++state) {
        if (state == 1) {
            ConsoleDriver::startSession(window, QStringLiteral("Keys"), 5);
            auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
            QVERIFY(ConsoleDriver::runScenario(window, tabs, QStringLiteral("credit-taken")));
            QApplication::setActiveWindow(&window);
            QVERIFY(QTest::qWaitForWindowActive(&window));
        }
        const QStringList expected = expectedRows(&window);
        QTest::keyClick(&window, Qt::Key_Slash, Qt::ControlModifier);
        ShortcutsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<ShortcutsDialog *>()) && dialog->isVisible());
        const QTableWidget *table = dialog->table();
        QCOMPARE(tableRows(table), expected);
        QVERIFY(expected.size() >= 15);
        // Readable: named, with column headers, grouped by menu in the menu bar's order.
        QVERIFY(!table->accessibleName().isEmpty());
        QCOMPARE(table->horizontalHeaderItem(2)->text(), QStringLiteral("Keys"));
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("File"));
        QStringList places;
        for (int r = 0; r < table->rowCount(); ++r)
            if (!places.contains(table->item(r, 0)->text()))
                places.append(table->item(r, 0)->text());
        QVERIFY2(places.indexOf(QStringLiteral("Edit")) > 0 &&
                     places.indexOf(QStringLiteral("Help")) >
                         places.indexOf(QStringLiteral("Edit")),
                 qPrintable(places.join(QLatin1Char('|'))));
        if (state == 1)
            QVERIFY2(expected.size() > 20, qPrintable(expected.join(QLatin1Char('\n'))));
        dialog->reject();
        QTRY_VERIFY(!window.findChild<ShortcutsDialog *>());
        // The offscreen platform does not give the focus back after a dialog by itself.
        QApplication::setActiveWindow(&window);
        QTRY_COMPARE(QApplication::activeWindow(), &window);
    }
}

QTEST_MAIN(tst_HelpMenu)
#include "tst_helpmenu.moc"
