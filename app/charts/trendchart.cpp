#include "charts/trendchart.h"

#include "charts/chartroles.h"
#include "charts/charttext.h"
#include "charts/cohorttrendmodel.h"
#include "charts/sessioncharts.h"
#include "charts/shownfiltermodel.h"

#include <QCategoryAxis>
#include <QIdentityProxyModel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QVXYModelMapper>

namespace {

// A phase's points a little apart from the other phases' of the same session: a workshop's
// "before" and "after" would otherwise sit on one x, the later one hiding the earlier one, so
// a cohort's path reads before → after → follow-up from left to right.
class PhaseOffsetModel : public QIdentityProxyModel
{
public:
    PhaseOffsetModel(QAbstractItemModel *source, double offset, QObject *parent)
        : QIdentityProxyModel(parent), mOffset(offset)
    {
        setSourceModel(source);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const QVariant value = QIdentityProxyModel::data(index, role);
        if (index.column() != CohortTrendModel::SessionColumn || role != Qt::DisplayRole ||
            !value.isValid())
            return value;
        return value.toDouble() + mOffset;
    }

private:
    double mOffset;
};

double offsetOf(int column)
{
    switch (column) {
    case CohortTrendModel::BaselineColumn:
        return -0.15;
    case CohortTrendModel::AfterColumn:
        return 0.15;
    default:
        return 0;
    }
}

} // namespace

TrendChart::TrendChart(SessionCharts *charts, ChartPresentation presentation, QWidget *parent)
    : ChartView(charts, QStringLiteral("cohort-trend"), 0, presentation, charts->cohortTrend(),
                parent),
      mSessions(new QCategoryAxis(this)), mStages(new QCategoryAxis(this))
{
    mSessions->setTitleText(roomTr("Session"));
    mSessions->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    mStages->setTitleText(roomTr("Mean stage"));
    mStages->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    mStages->setRange(0.6, Spectrum::StageCount + 0.4);
    chart()->addAxis(mSessions, Qt::AlignBottom);
    chart()->addAxis(mStages, Qt::AlignLeft);
    // A phase column appearing or going (follow-up) changes the lines.
    connect(model(), &QAbstractItemModel::modelReset, this, &TrendChart::rebuildLines);
    rebuildLines();
    start();
}

QList<QLineSeries *> TrendChart::lines() const
{
    QList<QLineSeries *> series;
    for (const Line &line : mLines)
        series.append(line.series);
    return series;
}

void TrendChart::rebuildLines()
{
    const int phases = model()->columnCount() - CohortTrendModel::BaselineColumn;
    if (phases == mLines.size())
        return;
    for (const Line &line : std::as_const(mLines)) {
        chart()->removeSeries(line.series);
        delete line.mapper;
        delete line.series;
        delete line.shifted;
        delete line.points;
    }
    mLines.clear();
    for (int p = 0; p < phases; ++p) {
        const int column = CohortTrendModel::BaselineColumn + p;
        auto *points = new ShownFilterModel(model(), ShownFilterModel::Mode::Rows, column, this);
        Line line{points, new PhaseOffsetModel(points, offsetOf(column), this),
                  new QVXYModelMapper(this), new QLineSeries(this)};
        line.series->setName(model()->headerData(column, Qt::Horizontal).toString());
        line.series->setPointsVisible(true);
        line.mapper->setXColumn(CohortTrendModel::SessionColumn);
        line.mapper->setYColumn(column);
        line.mapper->setSeries(line.series);
        line.mapper->setModel(line.shifted);
        chart()->addSeries(line.series);
        line.series->attachAxis(mSessions);
        line.series->attachAxis(mStages);
        mLines.append(line);
    }
    applyStyle();
}

void TrendChart::applyStyle()
{
    const ChartStyle s = style();
    s.apply(mSessions);
    s.apply(mStages);
    static const Qt::PenStyle dashes[] = {Qt::DashLine, Qt::SolidLine, Qt::DotLine};
    for (int p = 0; p < mLines.size(); ++p) {
        QLineSeries *series = mLines[p].series;
        QColor color = ChartStyle::phaseColor(p);
        if (p == 2 && ChartStyle::textOn(s.background()) == QColor(Qt::white))
            color = s.text(); // near black would vanish on a dark background
        QPen pen(color, s.lineWidth(), dashes[std::min(p, 2)]);
        pen.setCapStyle(Qt::RoundCap);
        series->setPen(pen);
        series->setMarkerSize(s.markerSize());
    }
}

void TrendChart::refreshChart(bool suppressed)
{
    const int sessions = model()->rowCount();
    QStringList labels;
    for (int r = 0; r < sessions; ++r)
        labels.append(model()->headerData(r, Qt::Vertical).toString());
    if (mSessions->categoriesLabels() != labels) {
        for (const QString &old : mSessions->categoriesLabels())
            mSessions->remove(old);
        for (int r = 0; r < sessions; ++r)
            mSessions->append(labels.at(r), r + 1);
    }
    mSessions->setRange(0.5, std::max(sessions, 1) + 0.5);

    const Spectrum spectrum = charts() ? charts()->spectrum() : Spectrum::standard();
    QStringList texts;
    for (const Stage &stage : spectrum.stages())
        texts.append(stage.label);
    const QStringList stages = fitCategoryLabels(mStages, texts, width() * 0.16);
    if (mStages->categoriesLabels() != stages) {
        for (const QString &old : mStages->categoriesLabels())
            mStages->remove(old);
        for (int i = 0; i < stages.size(); ++i)
            mStages->append(stages.at(i), i + 1);
    }
    setShown(mSessions, !suppressed);
    setShown(mStages, !suppressed);
    setShown(chart()->legend(), !suppressed);
    for (const Line &line : std::as_const(mLines))
        setShown(line.series, !suppressed);
}

QString TrendChart::describe() const
{
    const QLocale locale;
    QStringList scale;
    if (charts()) {
        for (const Stage &stage : charts()->spectrum().stages())
            scale.append(roomTr("%1 %2").arg(stage.index + 1).arg(stage.label));
    }
    // The scale first, so that the numbers that follow mean something when read aloud.
    QStringList parts{roomTr("Mean stage, on a scale of %1").arg(scale.join(QLatin1String(", ")))};
    for (int r = 0; r < model()->rowCount(); ++r) {
        QStringList phases;
        for (int c = CohortTrendModel::BaselineColumn; c < model()->columnCount(); ++c) {
            const QModelIndex index = model()->index(r, c);
            const QString phase = model()->headerData(c, Qt::Horizontal).toString();
            if (index.data(ChartRoles::SuppressedRole).toBool())
                phases.append(roomTr("%1 withheld").arg(phase));
            else if (index.data().isValid())
                phases.append(roomTr("%1 mean stage %2")
                                  .arg(phase, locale.toString(index.data().toDouble(), 'f', 1)));
        }
        parts.append(roomTr("%1: %2").arg(model()->headerData(r, Qt::Vertical).toString(),
                                          phases.join(QLatin1String(", "))));
    }
    return parts.join(QLatin1String(". ")) + QLatin1Char('.');
}
