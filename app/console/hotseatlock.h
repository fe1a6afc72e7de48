#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>

class HotSeatScreen;
class QAction;
class QMainWindow;
class QStackedWidget;
class QWidget;

// Hands the console to the room in hot-seat mode. While locked, the window shows only the
// HotSeatScreen, full size:
//
//   QMainWindow ── central: QStackedWidget ─┬─ the console (tabs, pages)   ← unlocked
//                                            └─ HotSeatScreen               ← locked
//
// Locking hides the menu bar, the tool bars, the status bar and the console's pages (their
// mnemonics, Ctrl+Tab and F-keys go nowhere), and disables every action of the window (undo and
// redo among them) until unlock: an action that enables itself meanwhile (the undo
// action after each answer) is disabled again and gets its own state back on unlock. Only the
// trainer's key, UnlockKey, works; closing the window is refused.
class HotSeatLock : public QObject
{
    Q_OBJECT

public:
    // Ctrl+Shift+L: no other key of the console's, and not one a participant hits by accident.
    static QKeySequence unlockKey();

    // Puts `console` (the window's content) in the central stack with the screen beside it.
    HotSeatLock(QMainWindow *window, QWidget *console);

    HotSeatScreen *screen() const { return mScreen; }
    QAction *unlockAction() const { return mUnlockAction; }
    bool isLocked() const { return mLocked; }

public slots:
    void lock();
    void unlock();

signals:
    void lockedChanged(bool locked);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMainWindow *mWindow;
    QWidget *mConsole;
    QStackedWidget *mStack;
    HotSeatScreen *mScreen;
    QAction *mUnlockAction;
    bool mLocked = false;
    QHash<QAction *, bool> mActions; // enabled as they were, or as they asked to be while locked
    QList<QPointer<QWidget>> mHiddenBars;
};
