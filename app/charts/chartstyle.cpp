#include "charts/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

#include <algorithm>
#include <cmath>

namespace {

QFont scaled(QFont font, qreal factor, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setBold(bold);
    return font;
}

qreal luminance(const QColor &c)
{
    const auto channel = [](qreal v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

ChartStyle::ChartStyle(ChartPresentation presentation, const QPalette &palette, const QFont &font,
                       const QSizeF &viewSize)
    : mPresentation(presentation), mFont(font)
{
    if (isProjector() && !viewSize.isEmpty()) {
        // 12 px at 1600 × 900, so labels are 28 px there and 33 px on a 1920 × 1080 screen.
        const qreal span = std::min(viewSize.width(), viewSize.height() * 16 / 9);
        mFont.setPixelSize(int(std::clamp(span / 133, 8.0, 40.0)));
    }
    mBackground = palette.color(QPalette::Base);
    mText = palette.color(QPalette::Text);
    if (contrast(mText, mBackground) < 4.5) // a theme with weak contrast: pick the best extreme
        mText = textOn(mBackground);
    if (isProjector()) // full contrast for the back of a bright room
        mText = textOn(mBackground);
    mGrid = mix(mBackground, mText, isProjector() ? 0.28 : 0.18);
    mOutline = mix(mBackground, mText, isProjector() ? 0.85 : 0.55);
}

QPalette ChartStyle::paperPalette()
{
    QPalette palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Base, Qt::white);
        palette.setColor(group, QPalette::Window, Qt::white);
        palette.setColor(group, QPalette::Text, Qt::black);
        palette.setColor(group, QPalette::WindowText, Qt::black);
    }
    return palette;
}

QFont ChartStyle::titleFont() const
{
    return scaled(mFont, isProjector() ? 3.0 : 1.35, true);
}

QFont ChartStyle::axisLabelFont() const
{
    return scaled(mFont, isProjector() ? 2.3 : 1.0);
}

QFont ChartStyle::axisTitleFont() const
{
    return scaled(mFont, isProjector() ? 2.1 : 1.0, true);
}

QFont ChartStyle::barLabelFont() const
{
    return scaled(mFont, isProjector() ? 2.6 : 1.1, true);
}

QFont ChartStyle::legendFont() const
{
    return scaled(mFont, isProjector() ? 2.2 : 1.0);
}

QFont ChartStyle::noteFont() const
{
    return scaled(mFont, isProjector() ? 2.1 : 1.0);
}

QFont ChartStyle::messageFont() const
{
    return scaled(mFont, isProjector() ? 3.2 : 1.6, true);
}

QPen ChartStyle::outlinePen() const
{
    QPen pen(mOutline, isProjector() ? 2.0 : 1.0);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

QColor ChartStyle::phaseColor(int index)
{
    // Light grey, Okabe–Ito bluish green, near black: light, middle and dark, none of them a
    // stage colour.
    static const QColor colors[] = {QColor(0xB8, 0xB8, 0xB8), QColor(0x00, 0x9E, 0x73),
                                    QColor(0x33, 0x33, 0x33)};
    return colors[std::clamp(index, 0, 2)];
}

QColor ChartStyle::textOn(const QColor &fill)
{
    return contrast(fill, Qt::black) >= contrast(fill, Qt::white) ? QColor(Qt::black)
                                                                  : QColor(Qt::white);
}

void ChartStyle::apply(QChart *chart) const
{
    chart->setBackgroundBrush(mBackground);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleFont(titleFont());
    chart->setTitleBrush(mText);
    chart->legend()->setFont(legendFont());
    chart->legend()->setLabelColor(mText);
    chart->legend()->setBorderColor(Qt::transparent);
    chart->legend()->setBackgroundVisible(false);
}

void ChartStyle::apply(QAbstractAxis *axis) const
{
    axis->setLabelsFont(axisLabelFont());
    axis->setLabelsBrush(mText);
    axis->setTitleFont(axisTitleFont());
    axis->setTitleBrush(mText);
    axis->setLinePen(QPen(mOutline, isProjector() ? 3 : 1));
    axis->setGridLinePen(QPen(mGrid, isProjector() ? 2 : 1));
    axis->setShadesVisible(false);
    axis->setMinorGridLineVisible(false);
}
