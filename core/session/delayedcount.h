#pragma once

#include <QObject>
#include <QTimer>

// A count the trainer sees about a private choice (pauses asked, people sitting a role-play
// out): a change shows only after a delay, and changes close together show together, so the
// moment the count moves never points at the person who just tapped their phone. Going back
// to what is shown needs no wait; setNow() is for what the trainer did themselves.
class DelayedCount : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDelayMs = 15000;

    explicit DelayedCount(QObject *parent = nullptr) : QObject(parent)
    {
        mTimer.setSingleShot(true);
        mTimer.setInterval(DefaultDelayMs);
        connect(&mTimer, &QTimer::timeout, this, [this] { setNow(mPending); });
    }

    int shown() const { return mShown; }
    void setDelay(int ms) { mTimer.setInterval(std::max(0, ms)); }
    // The count now; shown once the wait that the first unshown change started is over.
    void set(int count)
    {
        mPending = count;
        if (count == mShown)
            mTimer.stop();
        else if (!mTimer.isActive())
            mTimer.start();
    }
    void setNow(int count)
    {
        mTimer.stop();
        mPending = count;
        if (count == mShown)
            return;
        mShown = count;
        emit shownChanged(count);
    }

signals:
    void shownChanged(int count);

private:
    QTimer mTimer;
    int mShown = 0;
    int mPending = 0;
};
