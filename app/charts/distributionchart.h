#pragma once

#include "roomlanguage.h"

#include "charts/chartview.h"

class DiagonalModel;
class DistributionModel;
class QBarCategoryAxis;
class QLineSeries;
class QStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;

// Where the group lands: one bar per stage, in the stage's colour, with the count on the bar
// and the stage's name under it; a dashed line marks the median.
//
//   DistributionModel ──DiagonalModel──QVBarModelMapper──> QStackedBarSeries (a set per stage)
//                     └─median()────────────────────────> QLineSeries (the marker)
class DistributionChart : public ChartView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(DistributionChart) // its texts are for the room

public:
    DistributionChart(SessionCharts *charts, qint64 questionId, ChartPresentation presentation,
                      QWidget *parent = nullptr);

    QStackedBarSeries *bars() const { return mBars; }
    QLineSeries *medianMarker() const { return mMedian; }

protected:
    void applyStyle() override;
    void refreshChart(bool suppressed) override;
    QString describe() const override;

private:
    void styleBarSets();
    void hideBarMarkers();
    DistributionModel *distribution() const;

    DiagonalModel *mDiagonal;
    QStackedBarSeries *mBars;
    QVBarModelMapper *mMapper;
    QLineSeries *mMedian;
    QBarCategoryAxis *mStages;
    QValueAxis *mCounts;
};
