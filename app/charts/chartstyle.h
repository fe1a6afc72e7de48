#pragma once

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QPen>
#include <QSizeF>

class QAbstractAxis;
class QChart;

// How a chart looks: on the facilitator's console (the widget's own font and palette, dark
// mode included), on the projector (large type, thick bars and lines, high contrast, for the
// back of a bright room), or on paper (exports and print: black on white, whatever the
// screen's palette). Text colours always come from the palette; stage colours are the
// spectrum's (Okabe–Ito), and never the only signal: stage names sit on the axes, numbers on
// the bars.
enum class ChartPresentation { Console, Projector };

class ChartStyle
{
public:
    // viewSize: the projector's type grows with the chart, so that a fullscreen chart reads
    // from the back of the room and a smaller window still fits its labels.
    ChartStyle(ChartPresentation presentation, const QPalette &palette, const QFont &font,
               const QSizeF &viewSize = {});

    // Black on white, for exported files and print.
    static QPalette paperPalette();

    bool isProjector() const { return mPresentation == ChartPresentation::Projector; }

    QColor text() const { return mText; }
    QColor background() const { return mBackground; }
    QColor grid() const { return mGrid; }
    QColor outline() const
    {
        return mOutline;
    } // around bars, so that they stand out on any
      // background

    QFont titleFont() const;
    QFont axisLabelFont() const;
    QFont axisTitleFont() const;
    QFont barLabelFont() const;
    QFont legendFont() const;
    QFont noteFont() const;
    QFont messageFont() const;

    qreal barWidth() const { return isProjector() ? 0.86 : 0.72; }
    qreal lineWidth() const { return isProjector() ? 6.0 : 3.0; }
    qreal markerSize() const { return isProjector() ? 22.0 : 11.0; }
    QPen outlinePen() const;

    // The colour of the n-th compared group (before, after, follow-up), told apart by lightness
    // as well as hue, so they differ in grey too.
    static QColor phaseColor(int index);
    // Black or white, whichever reads better on `fill`.
    static QColor textOn(const QColor &fill);

    void apply(QChart *chart) const;
    void apply(QAbstractAxis *axis) const;

private:
    ChartPresentation mPresentation;
    QFont mFont;
    QColor mText;
    QColor mBackground;
    QColor mGrid;
    QColor mOutline;
};
