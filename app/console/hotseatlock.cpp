#include "console/hotseatlock.h"

#include "console/hotseatscreen.h"

#include <QAction>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

QKeySequence HotSeatLock::unlockKey()
{
    return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
}

HotSeatLock::HotSeatLock(QMainWindow *window, QWidget *console)
    : QObject(window), mWindow(window), mConsole(console)
{
    mStack = new QStackedWidget(window);
    mStack->setObjectName(QStringLiteral("consoleOrHotSeat"));
    mStack->addWidget(console);
    mScreen = new HotSeatScreen(mStack);
    // The screen takes the console's size; it never makes the console's window larger.
    mScreen->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    mStack->addWidget(mScreen);
    mStack->setCurrentWidget(console);
    window->setCentralWidget(mStack);

    mUnlockAction = new QAction(tr("Unlock the Console"), mScreen);
    mUnlockAction->setObjectName(QStringLiteral("unlockHotSeat"));
    mUnlockAction->setShortcut(unlockKey());
    mUnlockAction->setEnabled(false);
    mScreen->addAction(mUnlockAction); // reachable only while the screen is shown
    connect(mUnlockAction, &QAction::triggered, this, &HotSeatLock::unlock);
    mScreen->setUnlockHint(
        tr("Trainer: %1 to unlock").arg(unlockKey().toString(QKeySequence::NativeText)));
    window->installEventFilter(this);
}

void HotSeatLock::lock()
{
    if (mLocked)
        return;
    mLocked = true;
    mHiddenBars.clear();
    QList<QWidget *> bars;
    if (QWidget *menu = mWindow->menuWidget())
        bars.append(menu);
    for (QToolBar *bar : mWindow->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bars.append(bar);
    bars.append(mWindow->statusBar());
    for (QWidget *bar : std::as_const(bars)) {
        if (bar->isVisibleTo(mWindow)) {
            mHiddenBars.append(bar);
            bar->hide();
        }
    }
    // A disabled action's key does nothing, wherever its widget is, and the action cannot be
    // triggered any other way either. (Hiding would not do: a hidden action drops what it is
    // asked to become meanwhile, so the undo action would stay off after unlocking.)
    mActions.clear();
    for (QAction *action : mWindow->findChildren<QAction *>()) {
        if (action == mUnlockAction)
            continue;
        mActions.insert(action, action->isEnabled());
        action->setEnabled(false);
        connect(action, &QAction::enabledChanged, this, [this, action](bool enabled) {
            // Only "on" is heard (an action already off does not say it was turned off): the
            // undo action after an answer. It comes on again at unlock.
            if (!mLocked || !enabled || !mActions.contains(action))
                return;
            mActions[action] = true;
            action->setEnabled(false);
        });
        connect(action, &QObject::destroyed, this, [this, action] { mActions.remove(action); });
    }
    mUnlockAction->setEnabled(true);
    mScreen->showQuestion();
    mStack->setCurrentWidget(mScreen);
    mScreen->setFocus(Qt::OtherFocusReason);
    emit lockedChanged(true);
}

void HotSeatLock::unlock()
{
    if (!mLocked)
        return;
    mLocked = false;
    mUnlockAction->setEnabled(false);
    for (auto it = mActions.cbegin(); it != mActions.cend(); ++it) {
        it.key()->disconnect(this);
        it.key()->setEnabled(it.value());
    }
    mActions.clear();
    for (const QPointer<QWidget> &bar : std::as_const(mHiddenBars)) {
        if (bar)
            bar->show();
    }
    mHiddenBars.clear();
    mStack->setCurrentWidget(mConsole);
    emit lockedChanged(false);
}

bool HotSeatLock::eventFilter(QObject *watched, QEvent *event)
{
    // The person holding the laptop cannot close the console either.
    if (mLocked && watched == mWindow && event->type() == QEvent::Close) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}
