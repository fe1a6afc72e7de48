#include "charts/distributionmodel.h"

#include <cmath>

namespace {

double percent(double share)
{
    return std::round(share * 1000.0) / 10.0; // one decimal
}

} // namespace

void DistributionModel::setDistribution(const Distribution &distribution, const Spectrum &spectrum,
                                        const QString &title)
{
    const DistributionValues *values = distribution.values();
    Table table;
    table.columnLabels = {roomTr("People"), roomTr("Share (%)")};
    for (int s = 0; s < Spectrum::StageCount; ++s) {
        const Stage &stage = spectrum.at(s);
        table.rowLabels.append(stage.label);
        table.rowStages.append(stage.key);
        table.rowStageLabels.append(stage.label);
        table.rowColors.append(QColor::fromRgb(stage.rgb));
        if (values)
            table.cells.append(
                QList<Cell>{Cell{values->counts[s]}, Cell{percent(values->shares[s])}});
        else
            table.cells.append(QList<Cell>{Cell{{}, true}, Cell{{}, true}});
    }

    std::optional<double> median;
    QString note;
    if (values) {
        median = values->median;
        note = roomTr("%n people", nullptr, values->total);
        if (values->passes > 0)
            note = roomTr("%1, %2", "people, passes")
                       .arg(note, roomTr("%n passed", nullptr, values->passes));
    }
    const QString text = median ? medianText(*median, spectrum) : QString();
    const bool medianChanged = median != mMedian || text != mMedianText;
    mMedian = median;
    mMedianText = text;
    setTable(table);
    setDescription(title, note, distribution.threshold());
    if (medianChanged)
        emit descriptionChanged();
}

QString DistributionModel::medianText(double median, const Spectrum &spectrum)
{
    const int lower = int(std::floor(median)) - 1; // stage index
    if (lower < 0 || lower >= Spectrum::StageCount)
        return {};
    if (median == std::floor(median))
        return roomTr("Median: %1").arg(spectrum.at(lower).label);
    const int upper = std::min(lower + 1, Spectrum::StageCount - 1);
    return roomTr("Median: between %1 and %2")
        .arg(spectrum.at(lower).label, spectrum.at(upper).label);
}
