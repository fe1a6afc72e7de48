#include "charts/chartfactory.h"

#include "charts/decisionchart.h"
#include "charts/distributionchart.h"
#include "charts/sessioncharts.h"
#include "charts/stagecomparisonchart.h"
#include "charts/trendchart.h"

ChartView *ChartFactory::create(SessionCharts *charts, const QString &name, qint64 questionId,
                                ChartPresentation presentation, QWidget *parent)
{
    if (!charts || !SessionCharts::chartNames().contains(name))
        return nullptr;
    if (name == QLatin1String("distribution"))
        return new DistributionChart(charts, questionId, presentation, parent);
    if (name == QLatin1String("decisions"))
        return new DecisionChart(charts, questionId, presentation, parent);
    if (name == QLatin1String("cohort-trend"))
        return new TrendChart(charts, presentation, parent);
    return new StageComparisonChart(charts, name, presentation, parent);
}
