#include "console/mainwindow.h"
#include "consoledriver.h"
#include "session/sessionmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

// The hot seat (issue 10, item 9): the laptop goes round and the person holding it can give
// their own answer and nothing else. No undo of the last person's answer, no results, no notes,
// no menus; the trainer's Ctrl+Shift+L takes the console back. Driven through the real window.
class tst_HotSeat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lockedScreenIsAllTheWindowShows();
    void undoIsOutOfReachUntilUnlocked();
    void resultsAndNotesAreOutOfReach();
    void aTapRightAfterNextPersonRecordsNothing();
    void nextPersonNeverSitsOnAnAnswer_data();
    void nextPersonNeverSitsOnAnAnswer();
    void keysAnswerAndTheWindowStaysOpen();

private:
    // A console with a session, on the hot seat's locked screen.
    void openLocked(MainWindow &window);
    int answerCount(MainWindow &window) const;
    QPushButton *button(MainWindow &window, const char *name) const;
    // Waits until the screen takes taps again (the guard after each screen).
    void waitForTaps(MainWindow &window) const;

    QTemporaryDir mData;
};

void tst_HotSeat::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hotseat"));
    QSettings().clear();
    QVERIFY(mData.isValid());
}

void tst_HotSeat::openLocked(MainWindow &window)
{
    window.show();
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    ConsoleDriver::startSession(window, QStringLiteral("Hot seat"), 3);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    QWidget *placement = tabs->currentWidget();
    auto *mode = placement->findChild<QComboBox *>(QStringLiteral("mode"));
    QVERIFY(mode);
    mode->setCurrentIndex(mode->findData(1)); // hot seat
    // The trainer hands the laptop over.
    if (auto *handOver = placement->findChild<QPushButton *>(QStringLiteral("handOver")))
        QTest::mouseClick(handOver, Qt::LeftButton);
    QVERIFY(button(window, "hotSeat5"));
    QTRY_VERIFY(button(window, "hotSeat5")->isVisible());
}

int tst_HotSeat::answerCount(MainWindow &window) const
{
    return window.sessionModel()->answerCount();
}

QPushButton *tst_HotSeat::button(MainWindow &window, const char *name) const
{
    return window.findChild<QPushButton *>(QLatin1String(name));
}

void tst_HotSeat::waitForTaps(MainWindow &window) const
{
    QWidget *screen = window.findChild<QWidget *>(QStringLiteral("hotSeatScreen"));
    if (screen)
        QTRY_VERIFY(screen->property("acceptsTaps").toBool());
}

void tst_HotSeat::lockedScreenIsAllTheWindowShows()
{
    MainWindow window(mData.path());
    window.resize(1280, 720);
    openLocked(window);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!window.menuBar()->isVisible());
    for (QToolBar *bar : window.findChildren<QToolBar *>())
        QVERIFY2(!bar->isVisible(), qPrintable(bar->objectName()));
    QVERIFY(!window.statusBar()->isVisible());
    QVERIFY(!window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->isVisible());
    // Only the question, the stages and Pass, as large buttons, with their names and numbers.
    QStringList visibleButtons;
    for (QPushButton *b : window.findChildren<QPushButton *>()) {
        if (b->isVisible())
            visibleButtons.append(b->objectName());
    }
    visibleButtons.sort();
    QCOMPARE(visibleButtons,
             QStringList({QStringLiteral("hotSeat1"), QStringLiteral("hotSeat2"),
                          QStringLiteral("hotSeat3"), QStringLiteral("hotSeat4"),
                          QStringLiteral("hotSeat5"), QStringLiteral("hotSeatPass")}));
    QPushButton *advocate = button(window, "hotSeat5");
    QVERIFY2(advocate->text().startsWith(QLatin1String("5  Advocate")),
             qPrintable(advocate->text()));
    QVERIFY(advocate->accessibleName().startsWith(QLatin1String("5 Advocate")));
    QVERIFY(advocate->height() >= 48);
    QWidget *screen = window.findChild<QWidget *>(QStringLiteral("hotSeatScreen"));
    QVERIFY(screen);
    // The whole window, nothing of the console around it.
    QVERIFY2(screen->width() >= window.width() - 4 && screen->height() >= window.height() - 4,
             qPrintable(QStringLiteral("%1×%2 in %3×%4")
                            .arg(screen->width())
                            .arg(screen->height())
                            .arg(window.width())
                            .arg(window.height())));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("hotSeatUnlockHint"));
    QVERIFY(hint && hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("Trainer: Ctrl+Shift+L to unlock"));
}

void tst_HotSeat::undoIsOutOfReachUntilUnlocked()
{
    MainWindow window(mData.path());
    window.resize(1280, 720);
    openLocked(window);
    if (QTest::currentTestFailed())
        return;
    waitForTaps(window);
    QTest::mouseClick(button(window, "hotSeat4"), Qt::LeftButton);
    QCOMPARE(answerCount(window), 1);
    // The next person, or the same one, tries to take it back.
    for (QWidget *target : {QApplication::focusWidget(), static_cast<QWidget *>(&window)}) {
        QVERIFY(target);
        QTest::keyClick(target, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(target, Qt::Key_Backspace, Qt::AltModifier);
        QTest::keyClick(target, Qt::Key_E, Qt::AltModifier); // the Edit menu
        QTest::keyClick(target, Qt::Key_U);                  // its Undo, were the menu open
        QApplication::processEvents();
        QCOMPARE(answerCount(window), 1);
        QVERIFY(!QApplication::activePopupWidget());
    }
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcuts().contains(QKeySequence::Undo) ||
            action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QVERIFY(window.undoStack()->canUndo()); // the trainer can, after unlocking
    // The trainer unlocks, and Ctrl+Z takes back the last answer.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"))->isVisible());
    QVERIFY(window.menuBar()->isVisible());
    QVERIFY(!button(window, "hotSeat4")->isVisible());
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus ? focus : &window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(answerCount(window), 0);
}

void tst_HotSeat::resultsAndNotesAreOutOfReach()
{
    MainWindow window(mData.path());
    window.resize(1280, 720);
    openLocked(window);
    if (QTest::currentTestFailed())
        return;
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("consoleTabs"));
    const int placementTab = tabs->currentIndex();
    QWidget *results = tabs->widget(tabs->count() - 1);
    QStringList reached;
    const auto check = [&](const QString &what) {
        QApplication::processEvents();
        if (tabs->isVisible() || tabs->currentIndex() != placementTab || results->isVisible())
            reached.append(what + QStringLiteral(": a tab"));
        if (QApplication::activePopupWidget())
            reached.append(what + QStringLiteral(": a menu"));
        for (QWidget *w : window.findChildren<QWidget *>()) {
            const QString name = w->objectName();
            if (w->isVisible() &&
                (name.contains(QLatin1String("notes")) || name.contains(QLatin1String("Notes"))))
                reached.append(what + QStringLiteral(": the notes ") + name);
        }
        if (QWidget *popup = QApplication::activePopupWidget())
            popup->close();
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        QApplication::setActiveWindow(&window);
    };
    const auto press = [&](Qt::Key key, Qt::KeyboardModifiers modifiers) {
        QWidget *focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : &window, key, modifiers);
        check(QKeySequence(int(modifiers) | key).toString());
    };
    // Tabs by keyboard, every mnemonic letter, the function keys.
    press(Qt::Key_Tab, Qt::ControlModifier);
    press(Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    press(Qt::Key_PageDown, Qt::ControlModifier);
    for (int key = Qt::Key_A; key <= Qt::Key_Z; ++key)
        press(Qt::Key(key), Qt::AltModifier);
    for (int key = Qt::Key_F1; key <= Qt::Key_F12; ++key) {
        press(Qt::Key(key), Qt::NoModifier);
        press(Qt::Key(key), Qt::ControlModifier);
    }
    // And by mouse: a click along the top, where the tab bar and the menus were.
    for (int x = 10; x < window.width(); x += 40) {
        const QPoint at(x, 12);
        QWidget *under = window.childAt(at);
        QTest::mouseClick(under ? under : &window, Qt::LeftButton, {},
                          under ? under->mapFrom(&window, at) : at);
        check(QStringLiteral("a click at %1,%2").arg(at.x()).arg(at.y()));
    }
    QVERIFY2(reached.isEmpty(), qPrintable(reached.join(QLatin1Char('\n'))));
}

void tst_HotSeat::aTapRightAfterNextPersonRecordsNothing()
{
    MainWindow window(mData.path());
    window.resize(1024, 768);
    openLocked(window);
    if (QTest::currentTestFailed())
        return;
    waitForTaps(window);
    QTest::mouseClick(button(window, "hotSeat2"), Qt::LeftButton);
    QCOMPARE(answerCount(window), 1);
    QPushButton *next = button(window, "nextPerson");
    QTRY_VERIFY(next->isVisible());
    waitForTaps(window);
    // "Next person", and at once a second tap on the same spot (a double tap, or a hand that
    // bounced): it lands on whatever the next screen has there.
    const QPoint spot = next->mapTo(&window, next->rect().center());
    QTest::mouseClick(next, Qt::LeftButton);
    QTRY_VERIFY(button(window, "hotSeat5")->isVisible());
    QWidget *under = window.childAt(spot);
    QTest::mouseClick(under ? under : &window, Qt::LeftButton, {},
                      under ? under->mapFrom(&window, spot) : spot);
    QCOMPARE(answerCount(window), 1);
    // Nor does a tap on a stage, or a key, straight after the screen appears.
    QTest::mouseClick(button(window, "hotSeat5"), Qt::LeftButton);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_5);
    QCOMPARE(answerCount(window), 1);
    // A moment later the next person's tap counts.
    waitForTaps(window);
    QTest::mouseClick(button(window, "hotSeat5"), Qt::LeftButton);
    QCOMPARE(answerCount(window), 2);
}

void tst_HotSeat::nextPersonNeverSitsOnAnAnswer_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1280x720") << QSize(1280, 720);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void tst_HotSeat::nextPersonNeverSitsOnAnAnswer()
{
    QFETCH(QSize, size);
    MainWindow window(mData.path());
    window.resize(size);
    openLocked(window);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(window.size(), size); // ctest gives the offscreen platform a 2000×1200 screen
    QList<std::pair<QString, QRect>> answers;
    for (const char *name :
         {"hotSeat1", "hotSeat2", "hotSeat3", "hotSeat4", "hotSeat5", "hotSeatPass"}) {
        QPushButton *b = button(window, name);
        QVERIFY(b->isVisible());
        answers.append({QLatin1String(name), QRect(b->mapTo(&window, QPoint()), b->size())});
    }
    waitForTaps(window);
    QTest::mouseClick(button(window, "hotSeat3"), Qt::LeftButton);
    QPushButton *next = button(window, "nextPerson");
    QTRY_VERIFY(next->isVisible());
    const QRect nextRect(next->mapTo(&window, QPoint()), next->size());
    QVERIFY(next->height() >= 40);
    for (const auto &[name, rect] : std::as_const(answers))
        QVERIFY2(!rect.intersects(nextRect),
                 qPrintable(QStringLiteral("Next person %1,%2 %3×%4 is on %5")
                                .arg(nextRect.x())
                                .arg(nextRect.y())
                                .arg(nextRect.width())
                                .arg(nextRect.height())
                                .arg(name)));
}

void tst_HotSeat::keysAnswerAndTheWindowStaysOpen()
{
    MainWindow window(mData.path());
    window.resize(1280, 720);
    openLocked(window);
    if (QTest::currentTestFailed())
        return;
    const auto answerByKey = [&](Qt::Key key) {
        waitForTaps(window);
        QTest::keyClick(QApplication::focusWidget(), key);
        QTRY_VERIFY(button(window, "nextPerson")->isVisible());
        waitForTaps(window);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // "Next person"
        QTRY_VERIFY(button(window, "hotSeat1")->isVisible());
    };
    answerByKey(Qt::Key_1);
    answerByKey(Qt::Key_0);
    answerByKey(Qt::Key_P);
    const QList<Answer> answers = window.sessionModel()->answers();
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0).choice, QStringLiteral("bystander"));
    QCOMPARE(answers.at(1).choice, SessionKeys::Pass);
    QCOMPARE(answers.at(2).choice, SessionKeys::Pass);
    // Closing the window is the trainer's too.
    window.close();
    QApplication::processEvents();
    QVERIFY(window.isVisible());
}

QTEST_MAIN(tst_HotSeat)
#include "tst_hotseat.moc"
