#pragma once

#include <QtGlobal>

class QValueAxis;

// Shared helpers for value axes: whole-number ticks with room above the tallest bar for its
// label.
namespace ChartAxes {

// A "nice" tick step (1, 2, 5, 10, 20, …) for values up to `max`, about `ticks` ticks.
double niceStep(double max, int ticks);
// Sets `axis` to 0 … a little above `max`, ticks at multiples of a nice step.
void fitCounts(QValueAxis *axis, double max, int ticks, double headroom);

} // namespace ChartAxes
