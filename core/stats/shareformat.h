#pragma once

#include <QLocale>
#include <QString>

// How a share of the group is written, the one rule for every place that shows one (chart
// labels and descriptions, the projector, the console, the report): a whole percent in the
// locale of the language asked for ("33%", German "33 %"); a share above 0 and below 1% is
// "<1%", so a single person in a large group is never shown as nobody. Never "33.3%" next
// to "33%", never "0.5" next to "50%".
namespace ShareFormat {

// share: 0 … 1.
QString percent(double share, const QLocale &locale = QLocale());
// The same from a percentage (0 … 100), as chart models hold it.
QString fromPercent(double percent, const QLocale &locale = QLocale());

} // namespace ShareFormat
