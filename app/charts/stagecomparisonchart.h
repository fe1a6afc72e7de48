#pragma once

#include "roomlanguage.h"

#include "charts/chartview.h"

class QBarCategoryAxis;
class QBarSeries;
class QVBarModelMapper;
class QValueAxis;
class ShownFilterModel;
class StageComparisonModel;

// Two or three groups side by side for each stage, as shares in percent: before vs after
// ("before-after") or self-placement vs the stages of the choices made ("perception-gap").
// The stages are named on the axis, the share is written on every bar, and the groups are
// told apart by the legend, their order and their lightness. A group still below k is left
// out (ShownFilterModel) and named under the chart instead.
//
//   StageComparisonModel ──ShownFilterModel──QVBarModelMapper──> QBarSeries (a set per group)
class StageComparisonChart : public ChartView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(StageComparisonChart) // its texts are for the room

public:
    // name: "before-after" or "perception-gap".
    StageComparisonChart(SessionCharts *charts, const QString &name, ChartPresentation presentation,
                         QWidget *parent = nullptr);

    QBarSeries *bars() const { return mBars; }

protected:
    void applyStyle() override;
    void refreshChart(bool suppressed) override;
    QString describe() const override;
    QString extraNote() const override;

private:
    void styleBarSets();
    StageComparisonModel *comparison() const;

    ShownFilterModel *mShown;
    QBarSeries *mBars;
    QVBarModelMapper *mMapper;
    QBarCategoryAxis *mStages;
    QValueAxis *mShares;
};
