#pragma once

#include <QWidget>

#include <functional>

class AudienceState;
class JoinPanel;
class QLabel;
class QStackedWidget;
class QVBoxLayout;

// The projector window. It shows AudienceState and nothing else, in type large enough for the
// back of the room. F5 toggles full screen on the chosen screen; Esc leaves full screen.
class AudienceWindow : public QWidget
{
    Q_OBJECT

public:
    // Makes a projector-sized chart view for (chart name, question id); may return nullptr.
    using ChartFactory =
        std::function<QWidget *(const QString &chart, qint64 questionId, QWidget *parent)>;

    explicit AudienceWindow(AudienceState *state, QWidget *parent = nullptr);

    void setChartFactory(ChartFactory factory);
    void setScreenIndex(int index); // the screen used for full screen
    int screenIndex() const { return mScreenIndex; }
    void toggleFullScreen();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void renderTimer(int seconds);
    void updateFonts();

    AudienceState *mState;
    ChartFactory mChartFactory;
    int mScreenIndex = -1;
    QLabel *mHeading = nullptr;
    QLabel *mText = nullptr;
    QLabel *mItems = nullptr;
    QLabel *mTimer = nullptr;
    QWidget *mChartArea = nullptr;
    QVBoxLayout *mChartLayout = nullptr;
    QWidget *mChart = nullptr;
    JoinPanel *mJoinLarge = nullptr;
    JoinPanel *mJoinCompact = nullptr;
};
