#include "stats/statistics.h"

#include "session/sessionrules.h"
#include "stats/tabulation.h"

#include <QSet>

#include <algorithm>
#include <numeric>

namespace {

constexpr int PhaseCount = 3; // Baseline, After, FollowUp: the tabulation groups, in this order

int groupOf(Phase phase)
{
    return int(phase);
}

// The position (1 … 5) of the index-th answer, counting from the lowest stage.
int positionAt(const std::array<int, Spectrum::StageCount> &counts, int index)
{
    int seen = 0;
    for (int s = 0; s < Spectrum::StageCount; ++s) {
        seen += counts[s];
        if (index < seen)
            return s + 1;
    }
    return Spectrum::StageCount;
}

Distribution makeDistribution(const Tabulation::StageCounts &counts, int base, int k)
{
    return Distribution::gate(base, k, [&counts] {
        DistributionValues v;
        v.counts = counts.stages;
        v.passes = counts.passes;
        v.total = counts.total();
        qint64 positions = 0;
        for (int s = 0; s < Spectrum::StageCount; ++s) {
            v.shares[s] = double(v.counts[s]) / v.total;
            positions += qint64(s + 1) * v.counts[s];
        }
        v.mean = double(positions) / v.total;
        v.median =
            (positionAt(v.counts, (v.total - 1) / 2) + positionAt(v.counts, v.total / 2)) / 2.0;
        return v;
    });
}

Distribution makeDistribution(const Tabulation::StageCounts &counts, int k)
{
    return makeDistribution(counts, counts.total(), k);
}

Transitions makeTransitions(const Tabulation &tab, int from, int to, int k)
{
    int pairs = 0;
    for (int t = 0; t < tab.tokenCount(); ++t) {
        if (tab.groupStage(from, t) != Tabulation::NoStage &&
            tab.groupStage(to, t) != Tabulation::NoStage)
            ++pairs;
    }
    return Transitions::gate(pairs, k, [&] {
        TransitionValues v;
        qint64 change = 0;
        for (int t = 0; t < tab.tokenCount(); ++t) {
            const int before = tab.groupStage(from, t);
            const int after = tab.groupStage(to, t);
            if (before == Tabulation::NoStage || after == Tabulation::NoStage)
                continue;
            ++v.counts[before][after];
            ++v.pairs;
            change += after - before;
            if (after > before)
                ++v.movedUp;
            else if (after < before)
                ++v.movedDown;
            else
                ++v.unchanged;
        }
        v.meanChange = double(change) / v.pairs;
        return v;
    });
}

bool hasSelfPlacement(const QList<Question> &questions, Phase phase)
{
    return std::any_of(questions.begin(), questions.end(), [phase](const Question &q) {
        return q.kind == QuestionKind::SelfPlacement && q.phase == phase;
    });
}

BeforeAfter makeBeforeAfter(const Tabulation &tab, int k)
{
    BeforeAfter r;
    r.baseline = makeDistribution(tab.group(groupOf(Phase::Baseline)), k);
    r.after = makeDistribution(tab.group(groupOf(Phase::After)), k);
    r.transitions = makeTransitions(tab, groupOf(Phase::Baseline), groupOf(Phase::After), k);
    if (hasSelfPlacement(tab.questions(), Phase::FollowUp)) {
        r.followUp = makeDistribution(tab.group(groupOf(Phase::FollowUp)), k);
        r.followUpTransitions =
            makeTransitions(tab, groupOf(Phase::Baseline), groupOf(Phase::FollowUp), k);
    }
    return r;
}

PerceptionGap makePerceptionGap(const Tabulation &tab, Phase selfPhase, int k)
{
    const int g = groupOf(selfPhase);
    const auto paired = [&tab, g](int t) {
        return tab.groupStage(g, t) != Tabulation::NoStage && tab.decisionCount(t) > 0;
    };
    int participants = 0;
    for (int t = 0; t < tab.tokenCount(); ++t)
        participants += paired(t) ? 1 : 0;

    PerceptionGap r;
    r.selfPhase = selfPhase;
    r.values = Suppressible<PerceptionGapValues>::gate(participants, k, [&] {
        PerceptionGapValues v;
        double self = 0;
        double chosen = 0;
        for (int t = 0; t < tab.tokenCount(); ++t) {
            if (!paired(t))
                continue;
            const int position = tab.groupStage(g, t) + 1;
            const int n = tab.decisionCount(t);
            const int sum = tab.decisionSum(t);
            ++v.participants;
            self += position;
            chosen += double(sum) / n;
            // gap = position − sum / n, compared with ±1 in whole numbers: gap × n vs ±n.
            const int scaledGap = position * n - sum;
            if (scaledGap >= n)
                ++v.seesSelfHigher;
            else if (scaledGap <= -n)
                ++v.seesSelfLower;
            else
                ++v.aboutTheSame;
        }
        v.meanSelf = self / v.participants;
        v.meanChosen = chosen / v.participants;
        v.meanGap = v.meanSelf - v.meanChosen;
        return v;
    });
    return r;
}

SelfVsChosen makeSelfVsChosen(const Tabulation &tab, Phase selfPhase, int k)
{
    return {makeDistribution(tab.group(groupOf(selfPhase)), k),
            makeDistribution(tab.chosen(), tab.chosenPeople(), k)};
}

QList<DecisionTally> makeDecisionTallies(const Tabulation &tab, int k)
{
    QList<DecisionTally> result;
    for (int q = 0; q < int(tab.questions().size()); ++q) {
        const Question &question = tab.questions()[q];
        if (question.kind != QuestionKind::Decision)
            continue;
        const std::vector<int> &counts = tab.choiceCounts(q);
        const int total = std::accumulate(counts.begin(), counts.end(), 0);
        DecisionTally tally;
        tally.questionId = question.id;
        tally.scenarioId = question.scenarioId;
        tally.sceneId = question.sceneId;
        tally.prompt = question.prompt;
        tally.options = question.choices;
        tally.counts = Suppressible<DecisionCounts>::gate(total, k, [&] {
            DecisionCounts v;
            for (const Choice &option : question.choices)
                v.optionKeys.append(option.key);
            v.counts = QList<int>(counts.begin(), counts.end());
            v.total = total;
            v.passes = tab.passes(q);
            return v;
        });
        result.append(tally);
    }
    return result;
}

std::optional<CheckIn> makeCheckIn(const Tabulation &tab, int k)
{
    const auto &questions = tab.questions();
    const Question *asked = SessionRules::checkInQuestion(questions);
    if (!asked)
        return std::nullopt;
    const int index = int(asked - questions.constData());
    const Question &question = *asked;
    const std::vector<int> &counts = tab.choiceCounts(index);
    const auto countOf = [&](const QString &key) {
        for (int c = 0; c < int(question.choices.size()) && c < int(counts.size()); ++c) {
            if (question.choices[c].key == key)
                return counts[size_t(c)];
        }
        return 0;
    };
    const int done = countOf(SessionKeys::CheckInDone);
    const int partly = countOf(SessionKeys::CheckInPartly);
    const int notYet = countOf(SessionKeys::CheckInNotYet);
    const int committed = done + partly + notYet;
    return CheckIn::gate(committed, k, [&] {
        CheckInValues v;
        v.done = done;
        v.partly = partly;
        v.notYet = notYet;
        v.noCommitment = countOf(SessionKeys::CheckInNoCommitment);
        v.passes = tab.passes(index);
        v.committed = committed;
        v.doneRate = double(done) / committed;
        v.partlyRate = double(partly) / committed;
        return v;
    });
}

Tabulation tabulateSession(const SessionData &data)
{
    std::vector<int> groups;
    groups.reserve(std::size_t(data.questions.size()));
    for (const Question &q : data.questions)
        groups.push_back(q.kind == QuestionKind::SelfPlacement ? groupOf(q.phase)
                                                               : Tabulation::NoGroup);
    return Tabulation(data.questions, data.answers, data.tallies, groups, PhaseCount);
}

} // namespace

namespace Statistics {

Distribution distribution(const QList<Question> &questions, const QList<Answer> &answers,
                          const QList<Tally> &tallies, int k)
{
    const Tabulation tab(questions, answers, tallies,
                         std::vector<int>(std::size_t(questions.size()), 0), 1);
    return makeDistribution(tab.group(0), k);
}

Distribution choiceDistribution(const QList<Question> &questions, const QList<Answer> &answers,
                                const QList<Tally> &tallies, int k)
{
    const Tabulation tab(questions, answers, tallies, {}, 0);
    return makeDistribution(tab.chosen(), tab.chosenPeople(), k);
}

BeforeAfter beforeAfter(const SessionData &data)
{
    return makeBeforeAfter(tabulateSession(data), data.session.k);
}

PerceptionGap perceptionGap(const SessionData &data, Phase selfPhase)
{
    return makePerceptionGap(tabulateSession(data), selfPhase, data.session.k);
}

SelfVsChosen selfVsChosen(const SessionData &data, Phase selfPhase)
{
    return makeSelfVsChosen(tabulateSession(data), selfPhase, data.session.k);
}

QList<DecisionTally> decisionTallies(const SessionData &data)
{
    return makeDecisionTallies(tabulateSession(data), data.session.k);
}

std::optional<CheckIn> checkIn(const SessionData &data)
{
    return makeCheckIn(tabulateSession(data), data.session.k);
}

int commitmentWriters(const QList<Commitment> &commitments)
{
    QSet<QString> tokens;
    int untokened = 0;
    for (const Commitment &c : commitments) {
        if (c.text.trimmed().isEmpty())
            continue;
        if (c.token.isEmpty())
            ++untokened;
        else
            tokens.insert(c.token);
    }
    return int(tokens.size()) + untokened;
}

int commitmentsStillNeeded(const QList<Commitment> &commitments, int k)
{
    return std::max(0, effectiveK(k) - commitmentWriters(commitments));
}

Suppressible<CommitmentTexts> commitmentTexts(const QList<Commitment> &commitments, int k)
{
    QStringList texts;
    for (const Commitment &c : commitments) {
        const QString text = c.text.trimmed();
        if (!text.isEmpty())
            texts.append(text);
    }
    return Suppressible<CommitmentTexts>::gate(commitmentWriters(commitments), k, [&texts] {
        CommitmentTexts v;
        v.texts = texts;
        v.texts.sort();
        return v;
    });
}

SessionStatistics compute(const SessionData &data, std::optional<Phase> phase)
{
    const Phase gapPhase = phase.value_or(SessionRules::selfViewPhase(data.session));
    const Tabulation tab = tabulateSession(data);
    const int k = data.session.k;
    SessionStatistics s;
    s.beforeAfter = makeBeforeAfter(tab, k);
    s.perceptionGap = makePerceptionGap(tab, gapPhase, k);
    s.selfVsChosen = makeSelfVsChosen(tab, gapPhase, k);
    s.decisions = makeDecisionTallies(tab, k);
    s.commitments = commitmentTexts(data.commitments, k);
    s.checkIn = makeCheckIn(tab, k);
    return s;
}

QList<TrendPoint> cohortTrend(const QList<SessionData> &sessions)
{
    QList<const SessionData *> ordered;
    for (const SessionData &d : sessions)
        ordered.append(&d);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const SessionData *a, const SessionData *b) {
                         const Session &x = a->session;
                         const Session &y = b->session;
                         if (x.date != y.date)
                             return x.date < y.date;
                         if (x.createdAt != y.createdAt)
                             return x.createdAt < y.createdAt;
                         return x.id < y.id;
                     });

    QList<TrendPoint> trend;
    for (const SessionData *d : ordered) {
        const Tabulation tab = tabulateSession(*d);
        const int k = d->session.k;
        TrendPoint point;
        point.sessionId = d->session.id;
        point.date = d->session.date;
        point.title = d->session.title;
        point.baseline = makeDistribution(tab.group(groupOf(Phase::Baseline)), k);
        point.after = makeDistribution(tab.group(groupOf(Phase::After)), k);
        if (hasSelfPlacement(d->questions, Phase::FollowUp))
            point.followUp = makeDistribution(tab.group(groupOf(Phase::FollowUp)), k);
        point.checkIn = makeCheckIn(tab, k);
        trend.append(point);
    }
    return trend;
}

} // namespace Statistics
