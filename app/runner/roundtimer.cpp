#include "runner/roundtimer.h"

#include "session/triadrotation.h"

#include "runner/timeupsound.h"
#include "runner/uisizes.h"

#include <QAction>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int TickMs = 100;
constexpr int FlashMs = 400;
constexpr int FlashToggles = 10; // five flashes, then it stays highlighted

QString clockText(int seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RoundTimer::RoundTimer(QWidget *parent) : QWidget(parent)
{
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    mClock = [elapsed] { return elapsed->elapsed(); };

    mDisplay = new QLabel(this);
    mDisplay->setObjectName(QStringLiteral("timerDisplay"));
    mDisplay->setAlignment(Qt::AlignCenter);
    mDisplay->setAutoFillBackground(true);
    mDisplay->setMargin(4);
    mStatus = new QLabel(this);
    mStatus->setObjectName(QStringLiteral("timerStatus"));
    mStatus->setAlignment(Qt::AlignCenter);
    mStatus->setForegroundRole(QPalette::PlaceholderText);

    mMinutes = new QSpinBox(this);
    mMinutes->setObjectName(QStringLiteral("timerMinutes"));
    mMinutes->setRange(0, 99);
    mMinutes->setSuffix(tr(" min"));
    mSeconds = new QSpinBox(this);
    mSeconds->setObjectName(QStringLiteral("timerSeconds"));
    mSeconds->setRange(0, 59);
    mSeconds->setSuffix(tr(" s"));
    mLengthLabel = new QLabel(this);
    mLengthLabel->setBuddy(mMinutes);

    mStartPause = new QPushButton(this);
    mStartPause->setObjectName(QStringLiteral("timerStartPause"));
    mReset = new QPushButton(tr("Reset"), this);
    mReset->setObjectName(QStringLiteral("timerReset"));
    mReset->setAccessibleName(tr("Reset the timer"));
    mReset->setToolTip(tr("Stop the timer, set it back to the round length and hide it from the "
                          "projector"));

    mRotationBox = new QWidget(this);
    mRoundLabel = new QLabel(mRotationBox);
    mRoundLabel->setObjectName(QStringLiteral("timerRound"));
    mRotationLabel = new QLabel(mRotationBox);
    mRotationLabel->setObjectName(QStringLiteral("timerRotation"));
    mRotationLabel->setWordWrap(true);
    mNextRound = new QPushButton(tr("Ne&xt round"), mRotationBox);
    mNextRound->setObjectName(QStringLiteral("timerNextRound"));
    mNextRound->setAccessibleName(tr("Next round"));
    mNextRound->setToolTip(
        tr("Rotate the roles in each group of three and start the next round's time"));

    // The chime at time-up; the trainer may switch it off (a quiet room, a recording).
    const QString soundKey = QStringLiteral("timer/sound");
    mSoundAction = new QAction(tr("Sound when time is up"), this);
    mSoundAction->setCheckable(true);
    mSoundAction->setChecked(QSettings().value(soundKey, true).toBool());
    mSound = new QCheckBox(mSoundAction->text(), this);
    mSound->setObjectName(QStringLiteral("timerSound"));
    mSound->setAccessibleName(mSoundAction->text());
    mSound->setToolTip(tr("Play a chime on this computer when the timer runs out"));
    mSound->setChecked(mSoundAction->isChecked());
    connect(mSound, &QCheckBox::toggled, mSoundAction, &QAction::setChecked);
    connect(mSoundAction, &QAction::toggled, this, [this, soundKey](bool on) {
        mSound->setChecked(on);
        QSettings().setValue(soundKey, on);
    });
    mChime = new TimeUpSound(this);

    mStartPauseAction = new QAction(this);
    mStartPauseAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    mStartPauseAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(mStartPauseAction);
    connect(mStartPauseAction, &QAction::triggered, this, &RoundTimer::toggle);
    connect(mStartPause, &QPushButton::clicked, this, &RoundTimer::toggle);
    connect(mReset, &QPushButton::clicked, this, &RoundTimer::reset);
    connect(mNextRound, &QPushButton::clicked, this, &RoundTimer::nextRound);
    connect(mMinutes, &QSpinBox::valueChanged, this, &RoundTimer::durationEdited);
    connect(mSeconds, &QSpinBox::valueChanged, this, &RoundTimer::durationEdited);

    mTicker.setInterval(TickMs);
    connect(&mTicker, &QTimer::timeout, this, &RoundTimer::tick);
    mFlasher.setInterval(FlashMs);
    connect(&mFlasher, &QTimer::timeout, this, [this] {
        setFlashOn(++mFlashes % 2 == 1);
        if (mFlashes >= FlashToggles) {
            mFlasher.stop();
            setFlashOn(true);
        }
    });

    auto *length = new QHBoxLayout;
    length->addWidget(mLengthLabel);
    length->addWidget(mMinutes, 1);
    length->addWidget(mSeconds, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(mStartPause, 1);
    buttons->addWidget(mReset, 1);
    auto *rotation = new QGridLayout(mRotationBox);
    rotation->setContentsMargins(0, 8, 0, 0);
    rotation->addWidget(mRoundLabel, 0, 0);
    rotation->addWidget(mNextRound, 0, 1, 2, 1, Qt::AlignVCenter);
    rotation->addWidget(mRotationLabel, 1, 0);
    rotation->setColumnStretch(0, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mDisplay);
    layout->addWidget(mStatus);
    layout->addLayout(length);
    layout->addLayout(buttons);
    layout->addWidget(mSound);
    layout->addWidget(mRotationBox);

    const QList<QWidget *> chain = focusChain();
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    applyFonts();
    setRotationVisible(true);
    setDuration(DefaultSeconds);
    updateRound();
}

void RoundTimer::setDuration(int seconds)
{
    if (mRunning)
        return;
    seconds = qBound(0, seconds, 99 * 60 + 59);
    mSettingSpins = true;
    mMinutes->setValue(seconds / 60);
    mSeconds->setValue(seconds % 60);
    mSettingSpins = false;
    mDuration = seconds;
    mEnded = false;
    mFlasher.stop();
    setFlashOn(false);
    setRemainingMs(qint64(seconds) * 1000);
    updateButtons();
    updateDisplay();
}

int RoundTimer::remainingSeconds() const
{
    return int((mRemainingMs + 999) / 1000);
}

void RoundTimer::setRotationVisible(bool visible)
{
    mRotationBox->setVisible(visible);
    mLengthLabel->setText(visible ? tr("Time per round:") : tr("Time:"));
    // The label's words first (WCAG 2.5.3), then which of the two boxes.
    QString label = mLengthLabel->text();
    if (label.endsWith(QLatin1Char(':')))
        label.chop(1);
    mMinutes->setAccessibleName(tr("%1, minutes").arg(label));
    mSeconds->setAccessibleName(tr("%1, seconds").arg(label));
}

QList<QWidget *> RoundTimer::focusChain() const
{
    return {mMinutes, mSeconds, mStartPause, mReset, mSound, mNextRound};
}

void RoundTimer::setClock(Clock clock)
{
    mClock = std::move(clock);
}

void RoundTimer::setCharacters(const QStringList &characters)
{
    mCharacters = characters;
    updateRound();
}

QString RoundTimer::rotation() const
{
    return TriadRotation::summary(TriadRotation::round(mCharacters, mRound));
}

void RoundTimer::start()
{
    if (mRunning)
        return;
    if (mEnded || mRemainingMs <= 0) {
        if (mDuration <= 0)
            return;
        setDuration(mDuration);
    }
    mRunning = true;
    mDeadline = mClock() + mRemainingMs;
    setAudienceVisible(true);
    mTicker.start();
    updateButtons();
    updateDisplay();
}

void RoundTimer::pause()
{
    if (!mRunning)
        return;
    tick();
    mRunning = false;
    mTicker.stop();
    updateButtons();
    updateDisplay();
}

void RoundTimer::toggle()
{
    if (mRunning)
        pause();
    else
        start();
}

void RoundTimer::reset()
{
    mRunning = false;
    mTicker.stop();
    setAudienceVisible(false);
    setDuration(mDuration);
}

void RoundTimer::resetTo(int seconds)
{
    mRunning = false;
    mTicker.stop();
    setAudienceVisible(false);
    if (mRound != 1) {
        mRound = 1;
        updateRound();
    }
    setDuration(seconds);
}

void RoundTimer::nextRound()
{
    // The next round is the next three people's turn at once: its time starts now.
    ++mRound;
    updateRound();
    reset();
    start();
}

void RoundTimer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        applyFonts();
    QWidget::changeEvent(event);
}

void RoundTimer::tick()
{
    if (!mRunning)
        return;
    const qint64 left = qMax<qint64>(0, mDeadline - mClock());
    setRemainingMs(left);
    if (left > 0)
        return;
    mRunning = false;
    mEnded = true;
    mTicker.stop();
    mFlashes = 0;
    setFlashOn(true);
    mFlasher.start();
    updateButtons();
    updateDisplay();
    if (mSoundAction->isChecked())
        mChime->play();
    emit ended();
}

void RoundTimer::durationEdited()
{
    if (mSettingSpins)
        return;
    // The spins are disabled while the timer runs, so this always sets the next round.
    setDuration(mMinutes->value() * 60 + mSeconds->value());
}

void RoundTimer::setRemainingMs(qint64 ms)
{
    mRemainingMs = ms;
    const int seconds = remainingSeconds();
    if (seconds != mShownSeconds) {
        mShownSeconds = seconds;
        updateDisplay();
        if (mAudienceVisible)
            emit audienceSecondsChanged(seconds);
    }
}

void RoundTimer::setAudienceVisible(bool visible)
{
    if (visible == mAudienceVisible)
        return;
    mAudienceVisible = visible;
    emit audienceSecondsChanged(visible ? remainingSeconds() : -1);
}

void RoundTimer::setFlashOn(bool on)
{
    mDisplay->setBackgroundRole(on ? QPalette::Highlight : QPalette::Window);
    mDisplay->setForegroundRole(on ? QPalette::HighlightedText : QPalette::WindowText);
}

void RoundTimer::updateDisplay()
{
    const int seconds = remainingSeconds();
    if (mEnded) {
        mDisplay->setText(tr("Time"));
        mStatus->setText(tr("Time is up: the round has ended"));
    } else {
        mDisplay->setText(clockText(seconds));
        mStatus->setText(mRunning               ? tr("Running, shown on the projector")
                         : mAudienceVisible     ? tr("Paused, shown on the projector")
                         : seconds == mDuration ? tr("Ready")
                                                : tr("Paused"));
    }
    mDisplay->setAccessibleName(mEnded ? tr("Time is up")
                                       : tr("Time left: %1").arg(clockText(seconds)));
}

void RoundTimer::updateRound()
{
    mRoundLabel->setText(TriadRotation::heading(TriadRotation::round(mCharacters, mRound)));
    mRotationLabel->setText(rotation());
    mRotationBox->setAccessibleName(tr("Round %1: %2").arg(mRound).arg(rotation()));
    emit roundChanged(mRound);
}

void RoundTimer::updateButtons()
{
    mStartPause->setText(mRunning ? tr("Pa&use") : tr("S&tart"));
    UiSizes::makeRoomy(mStartPause);
    mStartPause->setAccessibleName(mRunning ? tr("Pause the timer") : tr("Start the timer"));
    mStartPause->setToolTip(
        tr("Start or pause the timer (%1)")
            .arg(mStartPauseAction->shortcut().toString(QKeySequence::NativeText)));
    mStartPause->setEnabled(mRunning || mDuration > 0);
    mStartPauseAction->setText(mRunning ? tr("Pause the timer") : tr("Start the timer"));
    mMinutes->setEnabled(!mRunning);
    mSeconds->setEnabled(!mRunning);
}

void RoundTimer::applyFonts()
{
    mDisplay->setFont(UiSizes::scaledFont(font(), 3.2, true));
    mRoundLabel->setFont(UiSizes::scaledFont(font(), 1.0, true));
    for (QPushButton *button : {mStartPause, mReset, mNextRound})
        UiSizes::makeRoomy(button);
}
