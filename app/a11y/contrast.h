#pragma once

#include <QColor>
#include <QList>

// WCAG 2.x contrast (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio): the one place the maths
// lives, for the palette and for the tests that measure rendered pixels.
namespace Contrast {

// Text must reach this against its background (WCAG 1.4.3, level AA, normal-size text).
constexpr double Minimum = 4.5;

double luminance(const QColor &colour); // relative luminance, 0 (black) to 1 (white)
double ratio(const QColor &a, const QColor &b);
// `colour` drawn over `background`: what a pixel shows for a partly transparent colour.
QColor over(const QColor &colour, const QColor &background);
// `wanted` as it is when it reaches `minimum` against every background; otherwise moved towards
// `ink` (the main text colour, readable there) just far enough that it does.
QColor readable(const QColor &wanted, const QColor &ink, const QList<QColor> &backgrounds,
                double minimum);

} // namespace Contrast
