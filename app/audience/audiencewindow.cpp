#include "audience/audiencewindow.h"

#include "audience/audiencestate.h"
#include "audience/commitmentwall.h"
#include "audience/joinpanel.h"
#include "audience/revealview.h"

#include <QGuiApplication>
#include <QHideEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPointer>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

AudienceWindow::AudienceWindow(AudienceState *state, QWidget *parent)
    : QWidget(parent, Qt::Window), mState(state)
{
    setObjectName(QStringLiteral("audienceWindow"));
    // The projector never takes the keyboard, when shown, full screen or clicked: on two
    // screens the trainer's keys would land on a screen they cannot see. Its keys come from
    // the console (full screen, paging a reveal).
    setAttribute(Qt::WA_ShowWithoutActivating);
    setWindowFlag(Qt::WindowDoesNotAcceptFocus);
    setFocusPolicy(Qt::NoFocus);
    // High contrast that works on a washed-out projector in a bright room.
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xFF, 0xFF, 0xFF));
    p.setColor(QPalette::WindowText, QColor(0x11, 0x11, 0x11));
    setPalette(p);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    auto *top = new QHBoxLayout;
    mHeading = new QLabel(this);
    mHeading->setObjectName(QStringLiteral("audienceHeading"));
    mHeading->setWordWrap(true);
    top->addWidget(mHeading, 1);
    mTimer = new QLabel(this);
    mTimer->setObjectName(QStringLiteral("audienceTimer"));
    mTimer->setAlignment(Qt::AlignRight | Qt::AlignTop);
    top->addWidget(mTimer);
    layout->addLayout(top);

    mText = new QLabel(this);
    mText->setObjectName(QStringLiteral("audienceText"));
    mText->setWordWrap(true);
    mText->setTextFormat(Qt::PlainText);
    layout->addWidget(mText);
    mItems = new QLabel(this);
    mItems->setObjectName(QStringLiteral("audienceItems"));
    mItems->setWordWrap(true);
    mItems->setTextFormat(Qt::PlainText);
    layout->addWidget(mItems);
    // In a role-play in threes: the round and who plays, responds and observes.
    mRotation = new QLabel(this);
    mRotation->setObjectName(QStringLiteral("audienceRotation"));
    mRotation->setWordWrap(true);
    mRotation->setTextFormat(Qt::PlainText);
    mRotation->hide();
    layout->addWidget(mRotation);
    mReveal = new RevealView(this);
    layout->addWidget(mReveal, 1);
    mWall = new CommitmentWall(this);
    layout->addWidget(mWall, 1);
    mChartArea = new QWidget(this);
    mChartLayout = new QVBoxLayout(mChartArea);
    mChartLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mChartArea, 1);
    mJoinLarge = new JoinPanel(JoinPanel::Size::Large, this);
    layout->addWidget(mJoinLarge, 1);
    layout->addStretch(0);
    mJoinCompact = new JoinPanel(JoinPanel::Size::Compact, this);
    layout->addWidget(mJoinCompact);

    mTimeUp = new QLabel(this);
    mTimeUp->setObjectName(QStringLiteral("audienceTimeUp"));
    mTimeUp->setAlignment(Qt::AlignCenter);
    mTimeUp->setAutoFillBackground(true);
    // Yellow on near-black (Okabe–Ito yellow, about 15:1): unmistakable on a white screen.
    QPalette band = mTimeUp->palette();
    band.setColor(QPalette::Window, QColor(0x11, 0x11, 0x11));
    band.setColor(QPalette::WindowText, QColor(0xF0, 0xE4, 0x42));
    mTimeUp->setPalette(band);
    mTimeUp->hide();

    connect(mState, &AudienceState::contentChanged, this, &AudienceWindow::render);
    connect(mState, &AudienceState::timerChanged, this, &AudienceWindow::renderTimer);
    connect(mState, &AudienceState::rotationChanged, this, &AudienceWindow::renderRotation);
    connect(mState, &AudienceState::joinChanged, this, &AudienceWindow::render);
    connect(mState, &AudienceState::presentRequested, this, &AudienceWindow::reopen);
    resize(1280, 720);
    updateFonts();
    roomLanguageChanged();
    renderTimer(mState->timerSeconds());
    renderRotation();
}

void AudienceWindow::setChartFactory(ChartFactory factory)
{
    mChartFactory = std::move(factory);
    render();
}

void AudienceWindow::setScreenIndex(int index)
{
    mScreenIndex = index;
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (index >= 0 && index < screens.size()) {
        const bool wasFull = isFullScreen();
        if (wasFull)
            showNormal();
        setScreen(screens.at(index));
        move(screens.at(index)->availableGeometry().topLeft());
        if (wasFull)
            enterFullScreen();
    }
}

void AudienceWindow::toggleFullScreen()
{
    if (isFullScreen()) {
        showNormal();
        return;
    }
    setScreenIndex(mScreenIndex);
    enterFullScreen();
}

bool AudienceWindow::event(QEvent *event)
{
    // Some platforms and window managers activate every window shown or clicked, whatever its
    // hints (the offscreen platform does): the keyboard goes straight back to the console.
    if (event->type() == QEvent::WindowActivate && parentWidget()) {
        QPointer<QWidget> console = parentWidget()->window();
        QTimer::singleShot(0, this, [console] {
            if (console && console->isVisible())
                console->activateWindow();
        });
    }
    return QWidget::event(event);
}

void AudienceWindow::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F11 || event->key() == Qt::Key_F5) {
        toggleFullScreen();
        return;
    }
    // A reveal too long for one screen is shown a page at a time.
    if (mReveal->isVisible() && mReveal->pageCount() > 1) {
        if (event->key() == Qt::Key_Right || event->key() == Qt::Key_PageDown ||
            event->key() == Qt::Key_Space) {
            mReveal->nextPage();
            return;
        }
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_PageUp) {
            mReveal->previousPage();
            return;
        }
    }
    // So is a wall of commitments.
    if (mWall->isVisible() && mWall->pageCount() > 1) {
        if (event->key() == Qt::Key_Right || event->key() == Qt::Key_PageDown ||
            event->key() == Qt::Key_Space) {
            mWall->nextPage();
            return;
        }
        if (event->key() == Qt::Key_Left || event->key() == Qt::Key_PageUp) {
            mWall->previousPage();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && isFullScreen()) {
        showNormal();
        return;
    }
    QWidget::keyPressEvent(event);
}

void AudienceWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateFonts();
    placeTimeUp();
}

void AudienceWindow::hideEvent(QHideEvent *event)
{
    if (!event->spontaneous())
        mReopenFullScreen = isFullScreen();
    QWidget::hideEvent(event);
}

void AudienceWindow::reopen()
{
    // The trainer pressed a "Show on projector": a closed or minimised projector would show
    // nothing to anyone. Open it as it was (the keyboard stays with the console).
    if (isVisible() && !isMinimized())
        return;
    if (mReopenFullScreen) {
        setScreenIndex(mScreenIndex);
        enterFullScreen();
    } else {
        showNormal();
    }
}

void AudienceWindow::enterFullScreen()
{
    // Not QWidget::showFullScreen(), which also activates the window: the keyboard stays with
    // the console.
    setWindowState((windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) |
                   Qt::WindowFullScreen);
    show();
}

void AudienceWindow::showNextPage()
{
    if (mReveal->isVisible())
        mReveal->nextPage();
    if (mWall->isVisible())
        mWall->nextPage();
}

void AudienceWindow::showPreviousPage()
{
    if (mReveal->isVisible())
        mReveal->previousPage();
    if (mWall->isVisible())
        mWall->previousPage();
}

void AudienceWindow::placeTimeUp()
{
    // A band across the middle, a quarter of the screen high.
    const int band = height() / 4;
    mTimeUp->setGeometry(0, (height() - band) / 2, width(), band);
    mTimeUp->raise();
}

void AudienceWindow::updateFonts()
{
    // Type grows with the window: a 1080-pixel-high projector gets ~54 px headings.
    const qreal unit = qMax(12.0, height() / 40.0);
    QFont heading = font();
    heading.setPixelSize(int(unit * 2.0));
    heading.setBold(true);
    mHeading->setFont(heading);
    QFont body = font();
    body.setPixelSize(int(unit * 1.4));
    mText->setFont(body);
    mItems->setFont(body);
    QFont rotation = body;
    rotation.setBold(true);
    mRotation->setFont(rotation);
    mReveal->setUnit(int(unit));
    mWall->setUnit(int(unit));
    mJoinLarge->setUnit(int(unit));
    mJoinCompact->setUnit(int(unit));
    QFont timer = font();
    timer.setPixelSize(int(unit * 2.6));
    timer.setBold(true);
    timer.setFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
    mTimer->setFont(timer);
    QFont timeUp = font();
    timeUp.setPixelSize(int(unit * 6.0)); // more than twice the countdown
    timeUp.setBold(true);
    mTimeUp->setFont(timeUp);
}

void AudienceWindow::roomLanguageChanged()
{
    // Qt mirrors the layouts and the children for a right-to-left language; what the children
    // paint themselves looks at isRightToLeft().
    setLayoutDirection(RoomLanguage::current().direction());
    setWindowTitle(roomTr("Upstander — Audience"));
    setAccessibleName(roomTr("Audience screen"));
    mTimeUp->setText(roomTr("Time is up"));
    mTimeUp->setAccessibleName(mTimeUp->text());
    render();
    mReveal->roomLanguageChanged();
    mWall->roomLanguageChanged();
}

void AudienceWindow::render()
{
    const AudienceState::Content &c = mState->content();
    QString heading = c.heading;
    if (c.mode == AudienceState::Mode::Welcome && heading.isEmpty())
        heading = roomTr("Welcome");
    if (c.mode == AudienceState::Mode::Join && heading.isEmpty())
        heading = roomTr("Join from your phone");
    if (c.mode == AudienceState::Mode::Commitment && heading.isEmpty())
        heading = roomTr("One action in the next two weeks");
    mHeading->setText(heading);
    mText->setText(c.text);
    mText->setVisible(!c.text.isEmpty());
    QStringList lines;
    for (const QString &item : c.items)
        lines.append(QStringLiteral("•  ") + item);
    mItems->setText(lines.join(QLatin1Char('\n')));
    // A wall's items are cards of their own, not a list.
    const bool wall = c.mode == AudienceState::Mode::CommitmentWall && !c.items.isEmpty();
    mItems->setVisible(!c.items.isEmpty() && !wall);
    mWall->setTexts(wall ? c.items : QStringList());
    mWall->setVisible(wall);
    mReveal->setReveal(c.reveal, c.votesWithheldBelow);
    mReveal->setVisible(!c.reveal.isEmpty());
    setAccessibleDescription(
        QStringList{heading, c.text, c.items.join(QLatin1Char('\n'))}.join(QLatin1Char('\n')));

    const AudienceState::JoinInfo &join = mState->join();
    const bool joinLarge = c.mode == AudienceState::Mode::Join && !join.isEmpty();
    // The join screen's code takes the room a chart would have (which otherwise keeps the
    // join strip at the bottom).
    mChartArea->setVisible(!joinLarge && c.reveal.isEmpty() && !wall);
    mJoinLarge->setJoin(join);
    mJoinCompact->setJoin(join);
    mJoinLarge->setVisible(joinLarge);
    mJoinCompact->setVisible(!joinLarge && !join.isEmpty());
    if (c.mode == AudienceState::Mode::Join && join.isEmpty())
        mText->setText(roomTr("Phones are not invited yet."));
    mText->setVisible(!mText->text().isEmpty());

    delete mChart;
    mChart = nullptr;
    if (c.mode == AudienceState::Mode::Results && !c.chart.isEmpty() && mChartFactory) {
        mChart = mChartFactory(c.chart, c.questionId, mChartArea);
        if (mChart)
            mChartLayout->addWidget(mChart);
    }
}

void AudienceWindow::renderRotation()
{
    const QString rotation = mState->rotation();
    mRotation->setText(rotation);
    mRotation->setVisible(!rotation.isEmpty());
}

void AudienceWindow::renderTimer(int seconds)
{
    // The state shows a timer only with its own step, so any other screen clears it here.
    mTimeUp->setVisible(seconds == 0);
    if (seconds == 0)
        placeTimeUp();
    if (seconds <= 0) {
        mTimer->clear();
        mTimer->setAccessibleName(QString());
        return;
    }
    mTimer->setText(
        QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    mTimer->setAccessibleName(roomTr("Time left: %1 seconds").arg(seconds));
}
