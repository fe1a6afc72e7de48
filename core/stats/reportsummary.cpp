#include "stats/reportsummary.h"

#include "session/sessionrules.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

QString quoted(const QString &text)
{
    return ReportSummary::roomTr("“%1”").arg(text);
}

QString stageLabel(const Spectrum &spectrum, const QString &key)
{
    const Stage *stage = spectrum.stage(key);
    return stage ? stage->label : key;
}

QString optionText(const Choice &choice)
{
    return choice.label.trimmed().isEmpty() ? choice.key : choice.label;
}

// "the largest group (11 of 22) placed themselves at “Active ally”", and its kin.
QString whereTheyStood(const DistributionValues &v, const Spectrum &spectrum)
{
    const int top = *std::max_element(v.counts.cbegin(), v.counts.cend());
    QStringList stages;
    for (int s = 0; s < Spectrum::StageCount; ++s) {
        if (v.counts[s] == top)
            stages.append(quoted(spectrum.at(s).label));
    }
    if (stages.size() > 1)
        return ReportSummary::roomTr("the group was split between %1 (%2 each, of %3)")
            .arg(QLocale().createSeparatedList(stages))
            .arg(top)
            .arg(v.total);
    if (2 * top > v.total)
        return ReportSummary::roomTr("most people (%1 of %2) placed themselves at %3")
            .arg(top)
            .arg(v.total)
            .arg(stages.first());
    return ReportSummary::roomTr("the largest group (%1 of %2) placed themselves at %3")
        .arg(top)
        .arg(v.total)
        .arg(stages.first());
}

// The stage most people chose, or -1 when two or more tie.
int topStage(const DistributionValues &v)
{
    const auto top = std::max_element(v.counts.cbegin(), v.counts.cend());
    return std::count(v.counts.cbegin(), v.counts.cend(), *top) == 1 ? int(top - v.counts.cbegin())
                                                                     : -1;
}

// After: said as a change when the largest group is at the same stage as before.
QString whereTheyStoodAgain(const DistributionValues &before, const DistributionValues &after,
                            const Spectrum &spectrum)
{
    const int stage = topStage(after);
    if (stage < 0 || stage != topStage(before))
        return whereTheyStood(after, spectrum);
    const int count = after.counts[stage];
    if (2 * count > after.total)
        return ReportSummary::roomTr("most people (%1 of %2) did").arg(count).arg(after.total);
    return ReportSummary::roomTr("that was still the largest group (%1 of %2)")
        .arg(count)
        .arg(after.total);
}

bool asked(const QList<Question> &questions, Phase phase)
{
    return SessionRules::selfPlacementQuestion(questions, phase) != nullptr;
}

QString beforeAfterSentence(const SessionData &data, const BeforeAfter &ba,
                            const Spectrum &spectrum, int k)
{
    const bool askedBefore = asked(data.questions, Phase::Baseline);
    const bool askedAfter = asked(data.questions, Phase::After);
    const DistributionValues *before = ba.baseline.values();
    const DistributionValues *after = ba.after.values();

    // A follow-up asks where people stand weeks later; its cohort's trend compares that with
    // the workshop.
    if (!askedBefore && !askedAfter && asked(data.questions, Phase::FollowUp)) {
        const DistributionValues *later = ba.followUp ? ba.followUp->values() : nullptr;
        if (!later)
            return ReportSummary::roomTr("Weeks after the workshop, fewer than %1 people placed "
                                         "themselves on the spectrum, too few to show.")
                .arg(k);
        QString text = ReportSummary::roomTr("Weeks after the workshop, %1.")
                           .arg(whereTheyStood(*later, spectrum));
        if (!data.session.cohort.isEmpty())
            text += QLatin1Char(' ') +
                    ReportSummary::roomTr("The cohort trend below sets this beside the "
                                          "workshop's before and after.");
        return text;
    }
    if (!askedBefore && !askedAfter)
        return ReportSummary::roomTr("The group was not asked where they place themselves on the "
                                     "spectrum, so there is no before and after.");
    if (before && after) {
        QString text = ReportSummary::roomTr("Before the scenarios, %1; afterwards, %2.")
                           .arg(whereTheyStood(*before, spectrum),
                                whereTheyStoodAgain(*before, *after, spectrum));
        if (const TransitionValues *t = ba.transitions.values()) {
            text += QLatin1Char(' ');
            text += ReportSummary::whoMoved(*t);
        } else {
            text += QLatin1Char(' ');
            text +=
                ReportSummary::roomTr("Fewer than %1 people answered both times, so who moved is "
                                      "not shown.")
                    .arg(k);
        }
        return text;
    }

    QStringList parts;
    if (before)
        parts.append(ReportSummary::roomTr("Before the scenarios, %1.")
                         .arg(whereTheyStood(*before, spectrum)));
    else if (askedBefore)
        parts.append(ReportSummary::roomTr("Before the scenarios, fewer than %1 people placed "
                                           "themselves on the spectrum, too few to show.")
                         .arg(k));
    else
        parts.append(ReportSummary::roomTr("The group was not asked where they stood before the "
                                           "scenarios."));
    if (after)
        parts.append(
            ReportSummary::roomTr("Afterwards, %1.").arg(whereTheyStood(*after, spectrum)));
    else if (askedAfter)
        parts.append(
            ReportSummary::roomTr("Afterwards, fewer than %1 people placed themselves, too "
                                  "few to show.")
                .arg(k));
    else
        parts.append(
            ReportSummary::roomTr("The group did not place themselves again afterwards, so "
                                  "there is no before and after to compare."));
    return parts.join(QLatin1Char(' '));
}

QString gapSentence(const SessionData &data, const PerceptionGap &gap, int k)
{
    const bool decided =
        std::any_of(data.questions.cbegin(), data.questions.cend(),
                    [](const Question &q) { return q.kind == QuestionKind::Decision; });
    const bool placed = asked(data.questions, gap.selfPhase);
    if (!decided || !placed)
        return ReportSummary::roomTr(
            "There is no gap between self-view and choices to report: the "
            "group did not both place themselves on the spectrum and decide "
            "in a scenario.");
    const PerceptionGapValues *g = gap.values.values();
    if (!g)
        return ReportSummary::roomTr(
                   "Fewer than %1 people both placed themselves on the spectrum and "
                   "decided in the scenarios, so the gap between how they see "
                   "themselves and what they chose is not shown.")
            .arg(k);
    const QString amount = RoomLanguage::current().locale().toString(std::abs(g->meanGap), 'f', 1);
    if (g->meanGap >= 0.05)
        return ReportSummary::roomTr(
                   "People placed themselves %1 stages further along, on average, "
                   "than the options they chose in the scenarios: %2 of %3 saw "
                   "themselves at least one stage higher than their choices.")
            .arg(amount)
            .arg(g->seesSelfHigher)
            .arg(g->participants);
    if (g->meanGap <= -0.05)
        return ReportSummary::roomTr(
                   "People chose options %1 stages further along, on average, than "
                   "where they placed themselves: %2 of %3 chose at least one "
                   "stage higher than they placed themselves.")
            .arg(amount)
            .arg(g->seesSelfLower)
            .arg(g->participants);
    return ReportSummary::roomTr("On average, the options people chose in the scenarios matched "
                                 "where they placed themselves: %1 of %2 were within one stage.")
        .arg(g->aboutTheSame)
        .arg(g->participants);
}

QString decisionSentence(const Question &q, const DecisionTally *tally, int number,
                         const Spectrum &spectrum, int k)
{
    const auto option = [&](int i) {
        const Choice &c = q.choices.at(i);
        return ReportSummary::roomTr("%1 (%2)").arg(quoted(ReportSummary::shortText(optionText(c))),
                                                    stageLabel(spectrum, c.stage));
    };
    if (!q.groupChoice.isEmpty()) {
        for (int i = 0; i < q.choices.size(); ++i) {
            if (q.choices.at(i).key == q.groupChoice)
                return ReportSummary::roomTr("At decision %1, the group settled together on %2.")
                    .arg(number)
                    .arg(option(i));
        }
    }
    const DecisionCounts *counts = tally ? tally->counts.values() : nullptr;
    if (!counts)
        return ReportSummary::roomTr("At decision %1, fewer than %2 people chose an option, so the "
                                     "choices are not shown.")
            .arg(number)
            .arg(k);
    const int top = counts->counts.isEmpty()
                        ? 0
                        : *std::max_element(counts->counts.cbegin(), counts->counts.cend());
    QStringList leaders;
    for (int i = 0; i < counts->counts.size() && i < q.choices.size(); ++i) {
        if (counts->counts.at(i) == top)
            leaders.append(option(i));
    }
    if (leaders.size() == 1)
        return ReportSummary::roomTr(
                   "At decision %1, the most common choice was %2, chosen by %3 of "
                   "%4.")
            .arg(number)
            .arg(leaders.first())
            .arg(top)
            .arg(counts->total);
    return ReportSummary::roomTr("At decision %1, the choices were split between %2, chosen by %3 "
                                 "each, of %4.")
        .arg(number)
        .arg(QLocale().createSeparatedList(leaders))
        .arg(top)
        .arg(counts->total);
}

} // namespace

QString ReportSummary::whoMoved(const TransitionValues &t)
{
    return roomTr("Of the %n people who answered both times, %1 moved further along, %2 stayed "
                  "where they were and %3 moved back.",
                  nullptr, t.pairs)
        .arg(t.movedUp)
        .arg(t.unchanged)
        .arg(t.movedDown);
}

QString ReportSummary::anonymityRule(int k)
{
    return roomTr("Groups smaller than %1 are not shown, to keep answers anonymous.")
        .arg(effectiveK(k));
}

QString ReportSummary::decisionHeading(const QString &scenarioTitle, int number, int of)
{
    return roomTr("%1, decision %2 of %3").arg(scenarioTitle).arg(number).arg(of);
}

int ReportSummary::headcountOf(const SessionData &data)
{
    QSet<QString> tokens;
    for (const Answer &a : data.answers) {
        if (!a.token.isEmpty())
            tokens.insert(a.token);
    }
    int untokenedCommitments = 0;
    for (const Commitment &c : data.commitments) {
        if (c.token.isEmpty())
            ++untokenedCommitments;
        else
            tokens.insert(c.token);
    }
    // People nobody can tell apart (hands counted, answers without a token) may be the same
    // people at every question: the most any one question heard from, never their sum.
    QHash<qint64, int> unpaired;
    for (const Answer &a : data.answers) {
        if (a.token.isEmpty())
            ++unpaired[a.questionId];
    }
    for (const Tally &t : data.tallies)
        unpaired[t.questionId] += std::max(0, t.count);
    int most = untokenedCommitments;
    for (const int n : std::as_const(unpaired))
        most = std::max(most, n);
    return std::max(int(tokens.size()), most);
}

QString ReportSummary::shortText(const QString &text, int length)
{
    QString s = text.simplified();
    const QString quotes = QStringLiteral("\"'“”‘’„«»");
    while (!s.isEmpty() && quotes.contains(s.front()))
        s.remove(0, 1);
    while (!s.isEmpty() && quotes.contains(s.back()))
        s.chop(1);
    if (s.size() <= length)
        return s;
    // A whole first sentence reads better than half of a longer one.
    static const QRegularExpression sentenceEnd(QStringLiteral("[.?!](?= )"));
    const QRegularExpressionMatch end = sentenceEnd.match(s);
    if (end.hasMatch() && end.capturedStart() >= length / 3 && end.capturedStart() < length)
        return s.left(end.capturedEnd()) + QChar(0x2026);
    int cut = int(s.lastIndexOf(QLatin1Char(' '), length));
    if (cut < length / 2)
        cut = length;
    s.truncate(cut);
    while (!s.isEmpty() && (s.back().isPunct() || s.back().isSpace()))
        s.chop(1);
    return s + QChar(0x2026);
}

ReportSummary ReportSummary::compute(const SessionData &data, const SessionStatistics &statistics,
                                     const QList<ScenarioSnapshot> &scenarios,
                                     const Spectrum &spectrum)
{
    const int k = effectiveK(data.session.k);
    ReportSummary s;
    s.title = data.session.title;
    s.anonymity = anonymityRule(k);

    const int people = headcountOf(data);
    if (people >= k) {
        s.people = people;
        s.headcount = roomTr("%n people took part.", nullptr, people);
    } else if (people > 0) {
        s.headcount =
            roomTr("Fewer than %1 people took part, so none of their answers are shown.").arg(k);
    } else {
        s.headcount = roomTr("Nobody has answered yet.");
    }

    // The scenarios in the order they ran, then any decision whose scenario was not kept.
    for (const ScenarioSnapshot &snapshot : scenarios)
        s.scenarios.append({snapshot.scenarioId, snapshot.title, {}, {}});
    const auto pathOf = [&s](const QString &id) -> ScenarioPath & {
        for (ScenarioPath &p : s.scenarios) {
            if (p.scenarioId == id)
                return p;
        }
        s.scenarios.append(
            {id, id.isEmpty() ? roomTr("Decisions outside a scenario") : id, {}, {}});
        return s.scenarios.last();
    };
    for (const Question &q : data.questions) {
        if (q.kind == QuestionKind::Decision)
            pathOf(q.scenarioId).decisions.append({q.id, 0, 0, {}, {}});
    }
    for (ScenarioPath &path : s.scenarios) {
        QStringList sentences;
        const int of = int(path.decisions.size());
        for (int i = 0; i < of; ++i) {
            Decision &d = path.decisions[i];
            d.number = i + 1;
            d.of = of;
            d.heading = decisionHeading(path.title, d.number, of);
            const auto q = std::find_if(data.questions.cbegin(), data.questions.cend(),
                                        [&d](const Question &x) { return x.id == d.questionId; });
            const auto t =
                std::find_if(statistics.decisions.cbegin(), statistics.decisions.cend(),
                             [&d](const DecisionTally &x) { return x.questionId == d.questionId; });
            d.sentence = decisionSentence(*q, t == statistics.decisions.cend() ? nullptr : &*t,
                                          d.number, spectrum, k);
            sentences.append(d.sentence);
        }
        path.sentence = sentences.isEmpty() ? roomTr("The group did not reach a decision in it.")
                                            : sentences.join(QLatin1Char(' '));
    }
    if (s.scenarios.isEmpty())
        s.scenariosIntro = roomTr("No scenario was played.");
    else if (s.scenarios.size() == 1)
        s.scenariosIntro = roomTr("The group worked through one scenario:");
    else
        s.scenariosIntro = roomTr("The group worked through these scenarios, in this order:");

    s.beforeAfter = beforeAfterSentence(data, statistics.beforeAfter, spectrum, k);
    s.perceptionGap = gapSentence(data, statistics.perceptionGap, k);
    if (data.roomQuestionCount > 0)
        s.roomQuestions = roomTr("Participants sent %n anonymous question(s) from their phones.",
                                 nullptr, data.roomQuestionCount);
    if (statistics.checkIn)
        s.checkIn = checkInSentence(*statistics.checkIn);
    return s;
}

QString ReportSummary::checkInSentence(const CheckIn &checkIn)
{
    const CheckInValues *v = checkIn.values();
    if (!v)
        return roomTr("Fewer than %1 people who had made a commitment answered the check-in, too "
                      "few to show.")
            .arg(checkIn.threshold());
    QString text = roomTr("Of the %n people who had made a commitment, %1 did what they "
                          "committed to, %2 did it in part and %3 not yet (%4 did it).",
                          nullptr, v->committed)
                       .arg(v->done)
                       .arg(v->partly)
                       .arg(v->notYet)
                       .arg(doneRate(checkIn));
    if (v->noCommitment > 0)
        text +=
            QLatin1Char(' ') + roomTr("%n said they had not made one.", nullptr, v->noCommitment);
    return text;
}

QString ReportSummary::doneRate(const CheckIn &checkIn)
{
    const CheckInValues *v = checkIn.values();
    if (!v)
        return roomTr("fewer than %1").arg(checkIn.threshold());
    return roomTr("%1%", "a percentage")
        .arg(RoomLanguage::current().locale().toString(qRound(v->doneRate * 100)));
}
