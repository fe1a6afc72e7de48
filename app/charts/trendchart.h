#pragma once

#include "roomlanguage.h"

#include "charts/chartview.h"

#include <QList>

class CohortTrendModel;
class QAbstractItemModel;
class QCategoryAxis;
class QLineSeries;
class QVXYModelMapper;
class ShownFilterModel;

// A cohort over time: one line per self-placement phase (baseline, after, follow-up) through
// the mean stage of each session, on an axis labelled with the stages themselves. The lines
// differ in dash pattern and marker as well as colour; a session whose phase was withheld
// leaves a gap (ShownFilterModel drops its point).
//
//   CohortTrendModel ──ShownFilterModel (per phase)──QVXYModelMapper──> QLineSeries
class TrendChart : public ChartView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(TrendChart) // its texts are for the room

public:
    TrendChart(SessionCharts *charts, ChartPresentation presentation, QWidget *parent = nullptr);

    QList<QLineSeries *> lines() const;

protected:
    void applyStyle() override;
    void refreshChart(bool suppressed) override;
    QString describe() const override;

private:
    void rebuildLines();

    struct Line
    {
        ShownFilterModel *points;
        QAbstractItemModel *shifted; // the points, each phase a little apart on x
        QVXYModelMapper *mapper;
        QLineSeries *series;
    };
    QList<Line> mLines;
    QCategoryAxis *mSessions;
    QCategoryAxis *mStages;
};
