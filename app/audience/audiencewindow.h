#pragma once

#include "roomlanguage.h"

#include <QWidget>

#include <functional>

class AudienceState;
class CommitmentWall;
class JoinPanel;
class QLabel;
class QStackedWidget;
class QVBoxLayout;
class RevealView;

// The projector window. It shows AudienceState and nothing else, in type large enough for the
// back of the room. It never takes the keyboard from the console: the console's F11 (or F5)
// toggles full screen on the chosen screen, Ctrl+Shift+Page Down/Up page a long reveal or a
// wall of commitments.
// A step's countdown sits in the top right corner; when it reaches 0, "Time is up" goes across
// the middle of the screen in type twice the countdown's. A "Show on projector" while the
// window is closed opens it again, as it was.
class AudienceWindow : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(AudienceWindow) // its texts are for the room

public:
    // Makes a projector-sized chart view for (chart name, question id); may return nullptr.
    using ChartFactory =
        std::function<QWidget *(const QString &chart, qint64 questionId, QWidget *parent)>;

    explicit AudienceWindow(AudienceState *state, QWidget *parent = nullptr);

    void setChartFactory(ChartFactory factory);
    void setScreenIndex(int index); // the screen used for full screen
    // The room's language changed (RoomLanguage): shown again in it, mirrored when it is
    // written right to left.
    void roomLanguageChanged();
    int screenIndex() const { return mScreenIndex; }
    void toggleFullScreen();
    // A reveal too long for one screen, a page on or back (the console's keys).
    void showNextPage();
    void showPreviousPage();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void render();
    void renderRotation();
    void renderTimer(int seconds);
    void updateFonts();
    void placeTimeUp();
    void reopen();
    void enterFullScreen();

    AudienceState *mState;
    ChartFactory mChartFactory;
    int mScreenIndex = -1;
    QLabel *mHeading = nullptr;
    QLabel *mText = nullptr;
    QLabel *mItems = nullptr;
    RevealView *mReveal = nullptr;   // a revealed decision, one row per option
    CommitmentWall *mWall = nullptr; // the group's commitments, from k on
    QLabel *mRotation = nullptr;
    QLabel *mTimer = nullptr;
    QLabel *mTimeUp = nullptr; // across the middle, over whatever is shown
    bool mReopenFullScreen = false;
    QWidget *mChartArea = nullptr;
    QVBoxLayout *mChartLayout = nullptr;
    QWidget *mChart = nullptr;
    JoinPanel *mJoinLarge = nullptr;
    JoinPanel *mJoinCompact = nullptr;
};
