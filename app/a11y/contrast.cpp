#include "a11y/contrast.h"

#include <algorithm>
#include <cmath>

namespace Contrast {

namespace {
double linear(int channel)
{
    const double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}
} // namespace

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * linear(c.red()) + 0.7152 * linear(c.green()) + 0.0722 * linear(c.blue());
}

double ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor over(const QColor &colour, const QColor &background)
{
    const double a = colour.alphaF();
    const QColor back = background.toRgb();
    const QColor c = colour.toRgb();
    return QColor::fromRgbF(float(c.redF() * a + back.redF() * (1 - a)),
                            float(c.greenF() * a + back.greenF() * (1 - a)),
                            float(c.blueF() * a + back.blueF() * (1 - a)));
}

QColor readable(const QColor &wanted, const QColor &ink, const QList<QColor> &backgrounds,
                double minimum)
{
    if (backgrounds.isEmpty())
        return wanted;
    // A transparent colour is judged as it shows on the first background.
    const QColor start = over(wanted, backgrounds.first());
    const QColor target = over(ink, backgrounds.first());
    auto enough = [&](const QColor &c) {
        return std::all_of(backgrounds.cbegin(), backgrounds.cend(),
                           [&](const QColor &back) { return ratio(c, back) >= minimum; });
    };
    for (int step = 0; step <= 20; ++step) {
        const QColor candidate = mix(start, target, step / 20.0);
        if (enough(candidate))
            return candidate;
    }
    return target;
}

} // namespace Contrast
