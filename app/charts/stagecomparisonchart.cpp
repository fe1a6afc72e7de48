#include "charts/stagecomparisonchart.h"
#include "stats/shareformat.h"

#include "charts/chartaxes.h"
#include "charts/chartmodel.h"
#include "charts/chartroles.h"
#include "charts/charttext.h"
#include "charts/sessioncharts.h"
#include "charts/shownfiltermodel.h"
#include "charts/stagecomparisonmodel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLegend>
#include <QLocale>
#include <QVBarModelMapper>
#include <QValueAxis>

namespace {

StageComparisonModel *modelFor(SessionCharts *charts, const QString &name)
{
    return name == QLatin1String("perception-gap") ? charts->perceptionGap()
                                                   : charts->beforeAfter();
}

} // namespace

StageComparisonChart::StageComparisonChart(SessionCharts *charts, const QString &name,
                                           ChartPresentation presentation, QWidget *parent)
    : ChartView(charts, name, 0, presentation, modelFor(charts, name), parent),
      mShown(new ShownFilterModel(model(), ShownFilterModel::Mode::Columns, 0, this)),
      mBars(new QBarSeries(this)), mMapper(new QVBarModelMapper(this)),
      mStages(new QBarCategoryAxis(this)), mShares(new QValueAxis(this))
{
    // The view writes the shares above the bars, as whole percents (ShareFormat): Qt's own
    // labels would print "4.5%" beside "32%".
    mBars->setLabelsVisible(false);
    connect(mBars, &QAbstractBarSeries::barsetsAdded, this, &StageComparisonChart::styleBarSets);
    mMapper->setFirstBarSetColumn(0);
    mMapper->setLastBarSetColumn(9); // every column the filter lets through
    mMapper->setFirstRow(0);
    mMapper->setSeries(mBars);
    mMapper->setModel(mShown);

    mStages->setTitleText(roomTr("Stage"));
    mShares->setTitleText(roomTr("Share of the group (%)"));
    chart()->addSeries(mBars);
    chart()->addAxis(mStages, Qt::AlignBottom);
    chart()->addAxis(mShares, Qt::AlignLeft);
    mBars->attachAxis(mStages);
    mBars->attachAxis(mShares);
    start();
}

StageComparisonModel *StageComparisonChart::comparison() const
{
    return static_cast<StageComparisonModel *>(model());
}

void StageComparisonChart::applyStyle()
{
    const ChartStyle s = style();
    s.apply(mStages);
    s.apply(mShares);
    mStages->setGridLineVisible(false);
    mBars->setBarWidth(s.barWidth());
    styleBarSets();
    scheduleRefresh(); // the value labels follow the bars' width
}

void StageComparisonChart::styleBarSets()
{
    const ChartStyle s = style();
    const QList<QBarSet *> sets = mBars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        // The colour follows the group (source column), not its place among those shown.
        const int column = mShown->mapToSource(mShown->index(0, i)).column();
        sets[i]->setColor(ChartStyle::phaseColor(column));
        sets[i]->setBorderColor(s.outline());
        sets[i]->setPen(s.outlinePen());
    }
}

void StageComparisonChart::refreshChart(bool suppressed)
{
    setRowCategories(mStages);
    double max = 0;
    for (int c = 0; c < mShown->columnCount(); ++c) {
        for (int r = 0; r < mShown->rowCount(); ++r)
            max = std::max(max, mShown->index(r, c).data().toDouble());
    }
    ChartAxes::fitCounts(mShares, max, style().isProjector() ? 4 : 5, 0.15);
    // One label per bar, over its middle: a category's bars share barWidth() of it, side by
    // side in the order of the sets (as QBarSeries lays them out).
    QList<ValueLabel> labels;
    const QLocale locale;
    const int sets = mShown->columnCount();
    const qreal width = mBars->barWidth();
    for (int c = 0; !suppressed && c < sets; ++c) {
        for (int r = 0; r < mShown->rowCount(); ++r) {
            const QVariant share = mShown->index(r, c).data();
            if (!share.isValid())
                continue;
            const qreal x = r - width / 2 + width * (c + 0.5) / sets;
            labels.append(
                {QPointF(x, share.toDouble()), ShareFormat::fromPercent(share.toDouble(), locale)});
        }
    }
    setValueLabels(mBars, Qt::Vertical, labels);
    setShown(mStages, !suppressed);
    setShown(mShares, !suppressed);
    setShown(chart()->legend(), !suppressed);
}

QString StageComparisonChart::describe() const
{
    const QLocale locale;
    QStringList groups;
    for (int c = 0; c < model()->columnCount(); ++c) {
        const QString group = model()->headerData(c, Qt::Horizontal).toString();
        if (model()->isColumnSuppressed(c))
            continue; // named by extraNote()
        QStringList stages;
        for (int r = 0; r < model()->rowCount(); ++r)
            stages.append(roomTr("%1 %2").arg(
                model()->headerData(r, Qt::Vertical).toString(),
                ShareFormat::fromPercent(model()->index(r, c).data().toDouble(), locale)));
        groups.append(roomTr("%1: %2").arg(group, stages.join(QLatin1String(", "))));
    }
    return groups.join(QLatin1String(". ")) + QLatin1Char('.');
}

QString StageComparisonChart::extraNote() const
{
    QStringList withheld;
    const QStringList names = comparison()->columnNames();
    for (int c = 0; c < model()->columnCount(); ++c) {
        if (model()->isColumnSuppressed(c))
            withheld.append(roomTr("%1 \u2014 %2").arg(names.value(c), model()->thresholdText()));
    }
    return withheld.join(QLatin1Char('\n'));
}
