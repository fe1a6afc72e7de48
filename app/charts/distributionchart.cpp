#include "charts/distributionchart.h"
#include "stats/shareformat.h"

#include "charts/chartaxes.h"
#include "charts/chartroles.h"
#include "charts/charttext.h"
#include "charts/diagonalmodel.h"
#include "charts/distributionmodel.h"
#include "charts/sessioncharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBarModelMapper>
#include <QValueAxis>

DistributionChart::DistributionChart(SessionCharts *charts, qint64 questionId,
                                     ChartPresentation presentation, QWidget *parent)
    : ChartView(charts, QStringLiteral("distribution"), questionId, presentation,
                charts->distribution(questionId), parent),
      mDiagonal(new DiagonalModel(model(), DistributionModel::CountColumn, this)),
      mBars(new QStackedBarSeries(this)), mMapper(new QVBarModelMapper(this)),
      mMedian(new QLineSeries(this)), mStages(new QBarCategoryAxis(this)),
      mCounts(new QValueAxis(this))
{
    mBars->setLabelsVisible(false); // the view writes the counts above the bars instead
    connect(mBars, &QAbstractBarSeries::barsetsAdded, this, &DistributionChart::styleBarSets);
    mMapper->setFirstBarSetColumn(0);
    mMapper->setLastBarSetColumn(Spectrum::StageCount - 1);
    mMapper->setFirstRow(0);
    mMapper->setSeries(mBars);
    mMapper->setModel(mDiagonal);

    mStages->setTitleText(roomTr("Stage"));
    mCounts->setTitleText(roomTr("People"));
    chart()->addSeries(mMedian); // first, so that the bars and their labels are drawn over it
    chart()->addSeries(mBars);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart()->addAxis(mStages, Qt::AlignBottom);
    chart()->addAxis(mCounts, Qt::AlignLeft);
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(mBars), static_cast<QAbstractSeries *>(mMedian)}) {
        series->attachAxis(mStages);
        series->attachAxis(mCounts);
    }
    start();
}

DistributionModel *DistributionChart::distribution() const
{
    return static_cast<DistributionModel *>(model());
}

void DistributionChart::applyStyle()
{
    const ChartStyle s = style();
    s.apply(mStages);
    s.apply(mCounts);
    mStages->setGridLineVisible(false);
    mBars->setBarWidth(s.barWidth());
    QPen pen(s.text(), s.lineWidth(), Qt::DashLine);
    pen.setCapStyle(Qt::FlatCap);
    mMedian->setPen(pen);
    styleBarSets();
}

void DistributionChart::styleBarSets()
{
    const ChartStyle s = style();
    const QList<QBarSet *> sets = mBars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        const QColor color =
            mDiagonal->headerData(i, Qt::Horizontal, ChartRoles::StageColorRole).value<QColor>();
        sets[i]->setColor(color);
        sets[i]->setBorderColor(s.outline());
        sets[i]->setPen(s.outlinePen());
    }
    hideBarMarkers();
}

void DistributionChart::hideBarMarkers()
{
    // The stages are named on the axis; the legend explains only the median line. The legend
    // makes new markers whenever the mapper makes new bar sets, so this runs at every refresh.
    for (QLegendMarker *marker : chart()->legend()->markers(mBars))
        setShown(marker, false);
}

void DistributionChart::refreshChart(bool suppressed)
{
    hideBarMarkers();
    setRowCategories(mStages);
    double max = 0;
    QList<ValueLabel> labels;
    const QLocale locale;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QVariant count = model()->index(r, DistributionModel::CountColumn).data();
        if (!count.isValid())
            continue; // withheld: no number, not even a 0
        max = std::max(max, count.toDouble());
        labels.append({QPointF(r, count.toDouble()), locale.toString(count.toInt())});
    }
    setValueLabels(mBars, Qt::Vertical, labels);
    ChartAxes::fitCounts(mCounts, max, style().isProjector() ? 4 : 6, 0.18);

    const std::optional<double> median = distribution()->median();
    QList<QPointF> marker;
    if (!suppressed && median) {
        // On a stage, the line stops above that stage's bar and count; between two stages it
        // runs down to the axis, through the gap between their bars.
        const double x = *median - 1;
        const int stage = int(x);
        // The count's height in axis units: its text, a gap below and one above.
        const qreal plotHeight = chart()->plotArea().height() > 50
                                     ? chart()->plotArea().height()
                                     : std::max(height() * 0.7, 100.0);
        const qreal labelHeight = QFontMetricsF(style().barLabelFont()).height() * 2.2;
        const double bottom =
            x == stage ? model()->index(stage, DistributionModel::CountColumn).data().toDouble() +
                             mCounts->max() * labelHeight / plotHeight
                       : 0.0;
        if (bottom < mCounts->max())
            marker = {QPointF(x, bottom), QPointF(x, mCounts->max())};
    }
    if (mMedian->points() != marker)
        mMedian->replace(marker);
    const QString name = ChartText::html(distribution()->medianText());
    if (mMedian->name() != name)
        mMedian->setName(name);
    setShown(mStages, !suppressed);
    setShown(mCounts, !suppressed);
    setShown(mMedian, !suppressed && median.has_value());
    setShown(chart()->legend(), !suppressed && median.has_value());
}

QString DistributionChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const int count = model()->index(r, DistributionModel::CountColumn).data().toInt();
        const double share = model()->index(r, DistributionModel::ShareColumn).data().toDouble();
        parts.append(roomTr("%1: %n people (%2)", nullptr, count)
                         .arg(model()->headerData(r, Qt::Vertical).toString(),
                              ShareFormat::fromPercent(share, locale)));
    }
    parts.append(distribution()->medianText());
    return parts.join(QLatin1String(". ")) + QLatin1Char('.');
}
