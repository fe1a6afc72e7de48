#pragma once

#include <QWidget>

class AudienceState;
class ChartView;
class QComboBox;
class QPushButton;
class QVBoxLayout;
class SessionCharts;

// The console's results: pick a chart (and the question it is about), see it live, put it on
// the projector, export it. The chart is a view of SessionCharts' model, so the console and the
// projector show the same numbers from the same place.
class ResultsPanel : public QWidget
{
    Q_OBJECT

public:
    ResultsPanel(SessionCharts *charts, AudienceState *audience, QWidget *parent = nullptr);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildQuestions();
    void rebuildView();
    void showOnProjector();
    QString currentChart() const;
    qint64 currentQuestion() const;

    SessionCharts *mCharts;
    AudienceState *mAudience;
    QComboBox *mChartBox = nullptr;
    QComboBox *mQuestionBox = nullptr;
    QPushButton *mProjector = nullptr;
    QPushButton *mExport = nullptr;
    QVBoxLayout *mViewLayout = nullptr;
    ChartView *mView = nullptr;
    bool mViewStale = true;
};
