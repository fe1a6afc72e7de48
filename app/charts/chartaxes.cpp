#include "charts/chartaxes.h"

#include <QValueAxis>

#include <cmath>

double ChartAxes::niceStep(double max, int ticks)
{
    if (max <= 0)
        return 1;
    const double raw = max / std::max(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return std::max(1.0, factor * magnitude);
    }
    return std::max(1.0, 10 * magnitude);
}

void ChartAxes::fitCounts(QValueAxis *axis, double max, int ticks, double headroom)
{
    const double step = niceStep(std::max(max, 1.0), ticks);
    const double top = std::max(step, std::ceil(max * (1.0 + headroom) / step) * step);
    // Every setter lays the chart out again, even with an unchanged value: set only changes.
    if (axis->tickType() != QValueAxis::TicksDynamic)
        axis->setTickType(QValueAxis::TicksDynamic);
    if (axis->tickAnchor() != 0)
        axis->setTickAnchor(0);
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
    if (axis->labelFormat() != QLatin1String("%d"))
        axis->setLabelFormat(QStringLiteral("%d"));
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
}
