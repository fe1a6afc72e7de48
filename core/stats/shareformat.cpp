#include "stats/shareformat.h"

#include <cmath>

namespace ShareFormat {

QString fromPercent(double percent, const QLocale &locale)
{
    if (!std::isfinite(percent) || percent < 0)
        percent = 0;
    const bool belowOne = percent > 0 && percent < 1; // never "0%" nor "1%" for 0.4%
    const QString number =
        belowOne ? QStringLiteral("<") + locale.toString(1) : locale.toString(qRound(percent));
    // Languages that set the sign apart put a no-break space before it (DIN 5008: "33 %").
    switch (locale.language()) {
    case QLocale::German:
    case QLocale::French:
    case QLocale::Spanish:
    case QLocale::Swedish:
    case QLocale::NorwegianBokmal:
    case QLocale::Danish:
    case QLocale::Finnish:
    case QLocale::Czech:
    case QLocale::Polish:
    case QLocale::Russian:
        return number + QChar(0x00A0) + locale.percent();
    default:
        return number + locale.percent();
    }
}

QString percent(double share, const QLocale &locale)
{
    return fromPercent(share * 100.0, locale);
}

} // namespace ShareFormat
