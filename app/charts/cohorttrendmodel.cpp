#include "charts/cohorttrendmodel.h"

#include <QLocale>

#include <cmath>

namespace {

ChartModel::Cell meanCell(const Distribution *distribution)
{
    if (!distribution)
        return {}; // not asked: no number, but nothing withheld either
    if (const DistributionValues *values = distribution->values())
        return ChartModel::Cell{std::round(values->mean * 100.0) / 100.0};
    return ChartModel::Cell{{}, true};
}

} // namespace

void CohortTrendModel::setTrend(const QList<TrendPoint> &points, const QString &cohort, int k)
{
    bool hasFollowUp = false;
    for (const TrendPoint &p : points)
        hasFollowUp |= p.followUp.has_value();

    Table table;
    table.columnLabels = {roomTr("Session"), SessionKeys::roomPhaseLabel(Phase::Baseline),
                          SessionKeys::roomPhaseLabel(Phase::After)};
    if (hasFollowUp)
        table.columnLabels.append(SessionKeys::roomPhaseLabel(Phase::FollowUp));
    const QLocale locale = RoomLanguage::current().locale();
    for (int i = 0; i < points.size(); ++i) {
        const TrendPoint &p = points.at(i);
        QString label = locale.toString(p.date, QLocale::ShortFormat);
        while (
            table.rowLabels.contains(label)) // two sessions on one day; axes need distinct labels
            label.append(QChar(0x2009));
        table.rowLabels.append(label);
        QList<Cell> row{Cell{i + 1}, meanCell(&p.baseline), meanCell(&p.after)};
        if (hasFollowUp)
            row.append(meanCell(p.followUp ? &*p.followUp : nullptr));
        table.cells.append(row);
    }
    setTable(table);
    const QString title = cohort.isEmpty() ? roomTr("This session (not part of a cohort)")
                                           : roomTr("Cohort \u201c%1\u201d over time").arg(cohort);
    setDescription(
        title, isSuppressed() ? QString() : roomTr("The mean stage of each session's answers"), k);
}

bool CohortTrendModel::isSuppressed() const
{
    for (int c = BaselineColumn; c < columnCount(); ++c) {
        if (!isColumnSuppressed(c))
            return false;
    }
    return true;
}
