#include "stats/statisticvalues.h"

namespace {
QString key(QLatin1String prefix, const QString &name)
{
    return prefix + QLatin1Char('.') + name;
}
} // namespace

QList<StatisticRow> DistributionValues::rows() const
{
    const QStringList stages = Spectrum::keys();
    QList<StatisticRow> rows;
    for (int s = 0; s < Spectrum::StageCount; ++s)
        rows.append({key(QLatin1String("counts"), stages[s]), counts[s]});
    for (int s = 0; s < Spectrum::StageCount; ++s)
        rows.append({key(QLatin1String("shares"), stages[s]), shares[s]});
    rows.append({QStringLiteral("total"), total});
    rows.append({QStringLiteral("passes"), passes});
    rows.append({QStringLiteral("median"), median});
    rows.append({QStringLiteral("mean"), mean});
    return rows;
}

QList<StatisticRow> TransitionValues::rows() const
{
    const QStringList stages = Spectrum::keys();
    QList<StatisticRow> rows{{QStringLiteral("pairs"), pairs},
                             {QStringLiteral("moved-up"), movedUp},
                             {QStringLiteral("unchanged"), unchanged},
                             {QStringLiteral("moved-down"), movedDown},
                             {QStringLiteral("mean-change"), meanChange}};
    for (int from = 0; from < Spectrum::StageCount; ++from) {
        for (int to = 0; to < Spectrum::StageCount; ++to) {
            rows.append(
                {key(QLatin1String("transitions"), stages[from]) + QLatin1Char('.') + stages[to],
                 counts[from][to]});
        }
    }
    return rows;
}

QList<StatisticRow> PerceptionGapValues::rows() const
{
    return {
        {QStringLiteral("participants"), participants}, {QStringLiteral("mean-self"), meanSelf},
        {QStringLiteral("mean-chosen"), meanChosen},    {QStringLiteral("mean-gap"), meanGap},
        {QStringLiteral("gap.higher"), seesSelfHigher}, {QStringLiteral("gap.same"), aboutTheSame},
        {QStringLiteral("gap.lower"), seesSelfLower}};
}

QList<StatisticRow> DecisionCounts::rows() const
{
    QList<StatisticRow> rows;
    for (int i = 0; i < int(counts.size()) && i < int(optionKeys.size()); ++i)
        rows.append({key(QLatin1String("options"), optionKeys[i]), counts[i]});
    rows.append({QStringLiteral("total"), total});
    rows.append({QStringLiteral("passes"), passes});
    return rows;
}

int CheckInValues::count(const QString &key) const
{
    if (key == SessionKeys::CheckInDone)
        return done;
    if (key == SessionKeys::CheckInPartly)
        return partly;
    if (key == SessionKeys::CheckInNotYet)
        return notYet;
    if (key == SessionKeys::CheckInNoCommitment)
        return noCommitment;
    return 0;
}

QList<StatisticRow> CheckInValues::rows() const
{
    return {
        {QStringLiteral("done"), done},           {QStringLiteral("partly"), partly},
        {QStringLiteral("not-yet"), notYet},      {QStringLiteral("no-commitment"), noCommitment},
        {QStringLiteral("committed"), committed}, {QStringLiteral("passes"), passes},
        {QStringLiteral("done-rate"), doneRate},  {QStringLiteral("partly-rate"), partlyRate}};
}

QList<StatisticRow> CommitmentTexts::rows() const
{
    QList<StatisticRow> rows;
    for (int i = 0; i < int(texts.size()); ++i)
        rows.append({key(QLatin1String("commitments"), QString::number(i + 1)), texts[i]});
    return rows;
}
