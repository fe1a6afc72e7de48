#pragma once

#include "roomlanguage.h"

#include "charts/chartmodel.h"
#include "spectrum.h"
#include "stats/statisticvalues.h"

#include <optional>

// Where the group lands: one row per stage, in spectrum order, with the number of people and
// their share. The median is kept apart (it is a position, not a row).
//
//   Distribution (core) ──setDistribution()──> DistributionModel ──> DistributionChart
class DistributionModel : public ChartModel
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(DistributionModel) // its texts are for the room

public:
    enum Column { CountColumn, ShareColumn };

    using ChartModel::ChartModel;

    void setDistribution(const Distribution &distribution, const Spectrum &spectrum,
                         const QString &title);

    // Position 1 … 5 (a multiple of 0.5), or nothing while suppressed.
    std::optional<double> median() const { return mMedian; }
    // "Median: Active ally", "Median: between … and …", or empty while suppressed.
    QString medianText() const { return mMedianText; }

    static QString medianText(double median, const Spectrum &spectrum);

private:
    std::optional<double> mMedian;
    QString mMedianText;
};
