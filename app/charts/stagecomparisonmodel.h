#pragma once

#include "roomlanguage.h"

#include "charts/chartmodel.h"
#include "spectrum.h"
#include "stats/statisticvalues.h"

// Two or three distributions side by side, one column each, as shares in percent so that
// groups of different sizes compare: before vs after (vs follow-up), or where people place
// themselves vs the stages of the options they chose (the perception gap). Rows are the
// stages. A column whose distribution is suppressed holds no numbers at all.
//
//   Distribution × n ──setColumns()──> StageComparisonModel ──> StageComparisonChart
class StageComparisonModel : public ChartModel
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(StageComparisonModel) // its texts are for the room

public:
    struct Column
    {
        QString label; // "Before", "After", …
        Distribution distribution;
        bool countsChoices = false; // its total counts choices made, not people
    };

    using ChartModel::ChartModel;

    // `note`: a summary line for under the chart; pass it only when its statistic is shown.
    void setColumns(const QList<Column> &columns, const Spectrum &spectrum, const QString &title,
                    const QString &note, int k);

    // The columns' own labels, without the group size that headerData() adds.
    QStringList columnNames() const { return mNames; }

private:
    QStringList mNames;
};
