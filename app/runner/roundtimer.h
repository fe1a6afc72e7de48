#pragma once

#include <QTimer>
#include <QWidget>

#include <functional>

class QAction;
class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;
class TimeUpSound;

// A countdown for role-play rounds and the debrief, with triad rotation: in round 1 A speaks,
// B responds and C observes; each round moves every role on by one person.
//
//   minutes/seconds ──start──> ticking (100 ms, against a monotonic clock) ──0──> "Time"
//                                   └── audienceSecondsChanged ──> AudienceState (runner)
//
// The end is both visible (the display flashes in the highlight colour and reads "Time"; the
// projector says "Time is up" across the screen) and audible (TimeUpSound's chime, which the
// trainer can switch off; the choice is remembered).
class RoundTimer : public QWidget
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // milliseconds, monotonic

    static constexpr int DefaultSeconds = 3 * 60;

    explicit RoundTimer(QWidget *parent = nullptr);

    // Sets the round length (and the time left) unless the timer is running.
    void setDuration(int seconds);
    // A new step: stopped, off the projector, round 1, not "time is up", seconds long.
    void resetTo(int seconds);
    int duration() const { return mDuration; }
    int remainingSeconds() const;
    bool isRunning() const { return mRunning; }
    bool hasEnded() const { return mEnded; }
    int round() const { return mRound; }
    void setRotationVisible(bool visible);
    // For tests: a clock to count against instead of the real one.
    void setClock(Clock clock);

    // The scenario's characters, by name, for "A plays … · B responds · C observes".
    void setCharacters(const QStringList &characters);
    QString rotation() const; // who plays, responds and observes in this round

    QAction *startPauseAction() const { return mStartPauseAction; }
    // Checkable: the chime when time is up, on unless the trainer switched it off (QSettings).
    QAction *soundAction() const { return mSoundAction; }
    QList<QWidget *> focusChain() const;

public slots:
    void start();
    void pause();
    void toggle();
    void reset();
    void nextRound();

signals:
    // What the projector should show: the seconds left, or -1 when the timer is reset.
    void audienceSecondsChanged(int seconds);
    void ended();
    void roundChanged(int round);

protected:
    void changeEvent(QEvent *event) override;

private:
    void tick();
    void durationEdited();
    void setRemainingMs(qint64 ms);
    void setAudienceVisible(bool visible);
    void setFlashOn(bool on);
    void updateDisplay();
    void updateRound();
    void updateButtons();
    void applyFonts();

    QLabel *mDisplay;
    QLabel *mStatus;
    QLabel *mLengthLabel;
    QSpinBox *mMinutes;
    QSpinBox *mSeconds;
    QPushButton *mStartPause;
    QPushButton *mReset;
    QWidget *mRotationBox;
    QLabel *mRoundLabel;
    QLabel *mRotationLabel;
    QPushButton *mNextRound;
    QAction *mStartPauseAction;
    QCheckBox *mSound;
    QAction *mSoundAction;
    TimeUpSound *mChime;

    Clock mClock;
    QTimer mTicker;
    QTimer mFlasher;
    int mFlashes = 0;
    int mDuration = 0;
    qint64 mRemainingMs = 0;
    qint64 mDeadline = 0;
    int mShownSeconds = -2;
    bool mRunning = false;
    bool mEnded = false;
    bool mAudienceVisible = false;
    bool mSettingSpins = false;
    int mRound = 1;
    QStringList mCharacters;
};
