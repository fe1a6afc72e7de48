#include "export/exportstatistic.h"

#include <algorithm>

namespace {

template <typename T>
ExportStatistic make(const QString &statistic, const QString &phase, const Suppressible<T> &s)
{
    ExportStatistic e;
    e.statistic = statistic;
    e.phase = phase;
    e.k = s.threshold();
    e.suppressed = s.isSuppressed();
    e.rows = s.rows();
    return e;
}

bool has(const QList<Question> &questions, QuestionKind kind, std::optional<Phase> phase = {})
{
    return std::any_of(questions.begin(), questions.end(), [&](const Question &q) {
        return q.kind == kind && (!phase || q.phase == *phase);
    });
}

// The rest of a row key after "prefix.", or a null string when it has another prefix.
QString after(const QString &key, QLatin1String prefix)
{
    if (key.size() > prefix.size() && key.startsWith(prefix) && key.at(prefix.size()) == u'.')
        return key.mid(prefix.size() + 1);
    return {};
}

} // namespace

QString ExportStatistic::stageOf(const StatisticRow &row) const
{
    for (QLatin1String prefix : {QLatin1String("counts"), QLatin1String("shares")}) {
        const QString stage = after(row.key, prefix);
        if (!stage.isNull())
            return stage;
    }
    const QString choice = choiceOf(row);
    for (const Choice &option : options) {
        if (!choice.isNull() && option.key == choice)
            return option.stage;
    }
    return {};
}

QString ExportStatistic::choiceOf(const StatisticRow &row) const
{
    return statistic == QLatin1String("decision") ? after(row.key, QLatin1String("options"))
                                                  : QString();
}

QList<ExportStatistic> ExportStatistic::collect(const SessionData &data)
{
    // The gap is a workshop's baseline against its choices, or a follow-up's own placement.
    const SessionStatistics s = Statistics::compute(data);
    const QList<Question> &questions = data.questions;
    const QString distribution = QStringLiteral("distribution");
    const QString baseline = SessionKeys::phase(Phase::Baseline);
    const QString after = SessionKeys::phase(Phase::After);
    const QString followUp = SessionKeys::phase(Phase::FollowUp);

    QList<ExportStatistic> list;
    const bool hasBaseline = has(questions, QuestionKind::SelfPlacement, Phase::Baseline);
    const bool hasAfter = has(questions, QuestionKind::SelfPlacement, Phase::After);
    const bool hasDecisions = has(questions, QuestionKind::Decision);
    if (hasBaseline)
        list.append(make(distribution, baseline, s.beforeAfter.baseline));
    if (hasAfter)
        list.append(make(distribution, after, s.beforeAfter.after));
    if (s.beforeAfter.followUp)
        list.append(make(distribution, followUp, *s.beforeAfter.followUp));
    if (hasBaseline && hasAfter)
        list.append(make(QStringLiteral("transitions"), after, s.beforeAfter.transitions));
    if (hasBaseline && s.beforeAfter.followUpTransitions)
        list.append(
            make(QStringLiteral("transitions"), followUp, *s.beforeAfter.followUpTransitions));
    if (has(questions, QuestionKind::SelfPlacement, s.perceptionGap.selfPhase) && hasDecisions)
        list.append(make(QStringLiteral("perception-gap"),
                         SessionKeys::phase(s.perceptionGap.selfPhase), s.perceptionGap.values));
    if (hasDecisions)
        list.append(make(QStringLiteral("chosen-stages"), QString(), s.selfVsChosen.chosen));
    for (const DecisionTally &d : s.decisions) {
        const auto q = std::find_if(questions.begin(), questions.end(),
                                    [&d](const Question &x) { return x.id == d.questionId; });
        const QString phase = q != questions.end() ? SessionKeys::phase(q->phase) : QString();
        ExportStatistic e = make(QStringLiteral("decision"), phase, d.counts);
        e.questionId = d.questionId;
        e.scenarioId = d.scenarioId;
        e.sceneId = d.sceneId;
        e.prompt = d.prompt;
        e.options = d.options;
        list.append(e);
    }
    if (s.checkIn)
        list.append(make(QStringLiteral("check-in"), followUp, *s.checkIn));
    list.append(make(QStringLiteral("commitments"), QString(), s.commitments));
    return list;
}
