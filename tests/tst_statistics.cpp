#include "stats/statistics.h"

#include "session/sessionrules.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

#include <type_traits>

// Answers are written as "token question choice seconds", e.g. "x b1 3 10": token x places
// itself on stage 3 (performative ally) at baseline question b1, ten seconds in. Questions:
// b1 b2 (baseline), a1 a2 (after), f1 (follow-up): self-placements; d1 d2 d3: decisions whose
// option "oN" stands for stage N. A choice of "p" is a pass; a token of "-" is no token.

// A statistic must never be buildable from bare numbers: only gate() makes a shown result.
static_assert(!std::is_constructible_v<Distribution, DistributionValues>);
static_assert(!std::is_convertible_v<DistributionValues, Distribution>);

namespace {

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *s : list)
        result.append(QString::fromUtf8(s));
    return result;
}

const QStringList stageKeys = Spectrum::keys();

Question selfPlacement(qint64 id, Phase phase)
{
    Question q;
    q.id = id;
    q.kind = QuestionKind::SelfPlacement;
    q.phase = phase;
    for (const QString &key : stageKeys)
        q.choices.append({key, key});
    return q;
}

Question decision(qint64 id)
{
    Question q;
    q.id = id;
    q.kind = QuestionKind::Decision;
    q.scenarioId = QStringLiteral("credit-taken");
    q.sceneId = QStringLiteral("scene-%1").arg(id);
    for (int s = 0; s < Spectrum::StageCount; ++s)
        q.choices.append({QStringLiteral("o%1").arg(s + 1), stageKeys[s]});
    return q;
}

const QStringList questionNames = strings({"b1", "b2", "a1", "a2", "f1", "d1", "d2", "d3"});

QList<Question> allQuestions(bool withFollowUp = true)
{
    QList<Question> qs{selfPlacement(1, Phase::Baseline), selfPlacement(2, Phase::Baseline),
                       selfPlacement(3, Phase::After), selfPlacement(4, Phase::After)};
    if (withFollowUp)
        qs.append(selfPlacement(5, Phase::FollowUp));
    qs.append({decision(6), decision(7), decision(8)});
    return qs;
}

qint64 questionId(const QString &name)
{
    return questionNames.indexOf(name) + 1;
}

// "3" → the stage key (self-placement) or "o3" (decision); "p" → pass.
QString choiceFor(qint64 question, const QString &choice)
{
    if (choice == QLatin1String("p"))
        return SessionKeys::Pass;
    const int stage = choice.toInt() - 1;
    return question >= 6 ? QStringLiteral("o%1").arg(stage + 1) : stageKeys.value(stage);
}

QList<Answer> answers(const QStringList &specs)
{
    const QDateTime start(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC);
    QList<Answer> result;
    for (const QString &spec : specs) {
        const QStringList f = spec.split(QLatin1Char(' '));
        Answer a;
        a.id = result.size() + 1;
        a.token = f[0] == QLatin1String("-") ? QString() : f[0];
        a.questionId = questionId(f[1]);
        a.choice = choiceFor(a.questionId, f[2]);
        a.at = start.addSecs(f.value(3).toInt());
        result.append(a);
    }
    return result;
}

// counts: five stage counts, then passes.
QList<Tally> tallies(const QString &question, const QList<int> &counts)
{
    QList<Tally> result;
    const qint64 id = questionId(question);
    for (int i = 0; i < counts.size(); ++i) {
        if (counts[i])
            result.append({id, choiceFor(id, i < 5 ? QString::number(i + 1) : QStringLiteral("p")),
                           counts[i]});
    }
    return result;
}

SessionData session(const QStringList &specs, int k = Session::MinK, const QList<Tally> &tally = {},
                    bool withFollowUp = true)
{
    SessionData d;
    d.session.id = 1;
    d.session.k = k;
    d.questions = allQuestions(withFollowUp);
    d.answers = answers(specs);
    d.tallies = tally;
    return d;
}

// n different tokens each giving the same choice to one question, from a given token number.
QStringList crowd(int n, const QString &question, const QString &choice, int from = 0)
{
    QStringList specs;
    for (int i = 0; i < n; ++i)
        specs.append(QStringLiteral("t%1 %2 %3 %4").arg(from + i).arg(question, choice).arg(i));
    return specs;
}

QList<int> toList(const std::array<int, Spectrum::StageCount> &a)
{
    return QList<int>(a.begin(), a.end());
}

// The statistics the slow, obvious way, to check the fast one against on random data.
struct Reference
{
    QHash<qint64, QList<int>> choiceCounts; // question → per choice, then passes
    std::array<QList<int>, 3> phases;       // per phase: five stages, then passes
    std::array<std::array<int, 5>, 5> transitions{};
    int pairs = 0;
    int gapParticipants = 0;
    double meanSelf = 0;
    double meanChosen = 0;
    QList<int> gapBuckets{0, 0, 0};
    QList<int> chosen{0, 0, 0, 0, 0, 0};

    explicit Reference(const SessionData &d)
    {
        const auto later = [&](int a, int b) {
            const QDateTime &x = d.answers[a].at;
            const QDateTime &y = d.answers[b].at;
            return x != y ? y < x : a > b;
        };
        QHash<qint64, const Question *> questions;
        for (const Question &q : d.questions)
            questions.insert(q.id, &q);
        // The latest answer per (token, question) and per (token, phase); no token: its own.
        QHash<QPair<QString, qint64>, int> perQuestion;
        QHash<QPair<QString, int>, int> perPhase;
        for (int i = 0; i < d.answers.size(); ++i) {
            const Answer &a = d.answers[i];
            const QString who = a.token.isEmpty() ? QStringLiteral("#%1").arg(i) : a.token;
            const auto key = qMakePair(who, a.questionId);
            if (!perQuestion.contains(key) || later(i, perQuestion.value(key)))
                perQuestion.insert(key, i);
        }
        for (auto it = perQuestion.cbegin(); it != perQuestion.cend(); ++it) {
            const Answer &a = d.answers[it.value()];
            const Question &q = *questions.value(a.questionId);
            QList<int> &counts = choiceCounts[q.id];
            counts.resize(q.choices.size() + 1);
            const int c = q.choices.indexOf(Choice{a.choice, q.stageOf(a.choice)});
            ++counts[c < 0 ? q.choices.size() : c];
            if (q.kind == QuestionKind::SelfPlacement) {
                const auto phaseKey = qMakePair(it.key().first, int(q.phase));
                if (!perPhase.contains(phaseKey) || later(it.value(), perPhase.value(phaseKey)))
                    perPhase.insert(phaseKey, it.value());
            }
        }
        QHash<QString, int> stageIn[3];
        for (QList<int> &phase : phases)
            phase = QList<int>(6, 0);
        for (auto it = perPhase.cbegin(); it != perPhase.cend(); ++it) {
            const Answer &a = d.answers[it.value()];
            const int stage = stageKeys.indexOf(questions.value(a.questionId)->stageOf(a.choice));
            ++phases[it.key().second][stage < 0 ? 5 : stage];
            if (stage >= 0)
                stageIn[it.key().second].insert(it.key().first, stage);
        }
        for (auto it = stageIn[0].cbegin(); it != stageIn[0].cend(); ++it) {
            if (stageIn[1].contains(it.key())) {
                ++transitions[it.value()][stageIn[1].value(it.key())];
                ++pairs;
            }
        }
        QHash<QString, QList<int>> decided;
        for (auto it = perQuestion.cbegin(); it != perQuestion.cend(); ++it) {
            const Answer &a = d.answers[it.value()];
            const Question &q = *questions.value(a.questionId);
            if (q.kind != QuestionKind::Decision)
                continue;
            const int stage = stageKeys.indexOf(q.stageOf(a.choice));
            ++chosen[stage < 0 ? 5 : stage];
            if (stage >= 0)
                decided[it.key().first].append(stage + 1);
        }
        for (auto it = stageIn[0].cbegin(); it != stageIn[0].cend(); ++it) {
            const QList<int> positions = decided.value(it.key());
            if (positions.isEmpty())
                continue;
            const double mean =
                std::accumulate(positions.begin(), positions.end(), 0.0) / positions.size();
            const double gap = it.value() + 1 - mean;
            ++gapParticipants;
            meanSelf += it.value() + 1;
            meanChosen += mean;
            ++gapBuckets[gap >= 1 - 1e-9 ? 0 : gap <= -1 + 1e-9 ? 2 : 1];
        }
        meanSelf /= gapParticipants;
        meanChosen /= gapParticipants;
    }
};

} // namespace

class tst_Statistics : public QObject
{
    Q_OBJECT

private slots:
    void distribution_data();
    void distribution();
    void latestAnswerInAPhaseWins_data();
    void latestAnswerInAPhaseWins();
    void distributionAcrossQuestions();
    void kBoundary_data();
    void kBoundary();
    void kNeverBelowMinimum();
    void transitions_data();
    void transitions();
    void followUpOnlyWhenAsked();
    void perceptionGap_data();
    void perceptionGap();
    void selfVsChosen();
    void decisionTallies_data();
    void decisionTallies();
    void cohortTrend_data();
    void cohortTrend();
    void commitments_data();
    void commitments();
    void suppressedExposesNoNumbers_data();
    void suppressedExposesNoNumbers();
    void computeMatchesTheSingleFunctions();
    void matchesAPlainReference_data();
    void matchesAPlainReference();
    void oddInputs();
    void rowsForExport();
    void checkInCountsThoseWhoHadCommitted();
};

void tst_Statistics::distribution_data()
{
    QTest::addColumn<QString>("placements"); // one token per character: a position or p
    QTest::addColumn<QList<int>>("tallied"); // five stages, then passes
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<int>("passes");
    QTest::addColumn<double>("median");
    QTest::addColumn<double>("mean");

    const QList<int> none;
    QTest::newRow("one stage") << QStringLiteral("333") << none << QList<int>{0, 0, 3, 0, 0} << 0
                               << 3.0 << 3.0;
    QTest::newRow("odd count") << QStringLiteral("52341") << none << QList<int>{1, 1, 1, 1, 1} << 0
                               << 3.0 << 3.0;
    QTest::newRow("even, middle split")
        << QStringLiteral("3121") << none << QList<int>{2, 1, 1, 0, 0} << 0 << 1.5 << 1.75;
    QTest::newRow("even, middle equal")
        << QStringLiteral("1224") << none << QList<int>{1, 2, 0, 1, 0} << 0 << 2.0 << 2.25;
    QTest::newRow("even, wide split")
        << QStringLiteral("1155") << none << QList<int>{2, 0, 0, 0, 2} << 0 << 3.0 << 3.0;
    QTest::newRow("passes apart") << QStringLiteral("15pp5") << none << QList<int>{1, 0, 0, 0, 2}
                                  << 2 << 5.0 << 11.0 / 3;
    QTest::newRow("passes make it even")
        << QStringLiteral("p1p2p3p4") << none << QList<int>{1, 1, 1, 1, 0} << 4 << 2.5 << 2.5;
    QTest::newRow("tallies only") << QStringLiteral("") << QList<int>{0, 2, 0, 3, 0, 1}
                                  << QList<int>{0, 2, 0, 3, 0} << 1 << 4.0 << 3.2;
    QTest::newRow("answers and tallies") << QStringLiteral("12p") << QList<int>{0, 0, 1, 0, 1, 2}
                                         << QList<int>{1, 1, 1, 0, 1} << 3 << 2.5 << 2.75;
}

void tst_Statistics::distribution()
{
    QFETCH(QString, placements);
    QFETCH(QList<int>, tallied);
    QFETCH(QList<int>, counts);
    QFETCH(int, passes);
    QFETCH(double, median);
    QFETCH(double, mean);

    QStringList specs;
    for (int i = 0; i < placements.size(); ++i)
        specs.append(QStringLiteral("t%1 b1 %2 %1").arg(i).arg(placements[i]));
    const SessionData d = session(specs, 3, tallies(QStringLiteral("b1"), tallied));

    const Distribution dist = Statistics::distribution({d.questions[0]}, d.answers, d.tallies, 3);
    QVERIFY(dist.isShown());
    const DistributionValues &v = *dist.values();
    QCOMPARE(toList(v.counts), counts);
    int total = 0;
    for (int c : counts)
        total += c;
    QCOMPARE(v.total, total);
    QCOMPARE(v.passes, passes);
    QCOMPARE(v.median, median);
    QCOMPARE(v.mean, mean);
    for (int s = 0; s < Spectrum::StageCount; ++s)
        QCOMPARE(v.shares[s], double(counts[s]) / total);

    // The same numbers come out as the session's baseline.
    const BeforeAfter ba = Statistics::beforeAfter(d);
    QVERIFY(ba.baseline.isShown());
    QCOMPARE(ba.baseline.rows(), dist.rows());
}

void tst_Statistics::latestAnswerInAPhaseWins_data()
{
    QTest::addColumn<QStringList>("answers"); // token x's; y, z and w stand at stage 3
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<int>("passes");

    QTest::newRow("later question, later time")
        << strings({"x b1 1 0", "x b2 4 60"}) << QList<int>{0, 0, 3, 1, 0} << 0;
    QTest::newRow("later time wins over list order")
        << strings({"x b2 4 60", "x b1 1 0"}) << QList<int>{0, 0, 3, 1, 0} << 0;
    QTest::newRow("changed answer, same question")
        << strings({"x b1 5 0", "x b1 2 30"}) << QList<int>{0, 1, 3, 0, 0} << 0;
    QTest::newRow("equal times: later in the list")
        << strings({"x b1 5 10", "x b2 1 10"}) << QList<int>{1, 0, 3, 0, 0} << 0;
    QTest::newRow("latest is a pass")
        << strings({"x b1 5 0", "x b2 p 30"}) << QList<int>{0, 0, 3, 0, 0} << 1;
    QTest::newRow("a pass, then a stage")
        << strings({"x b1 p 0", "x b2 4 30"}) << QList<int>{0, 0, 3, 1, 0} << 0;
    QTest::newRow("after answers do not count")
        << strings({"x b1 2 0", "x a1 5 90"}) << QList<int>{0, 1, 3, 0, 0} << 0;
}

void tst_Statistics::latestAnswerInAPhaseWins()
{
    QFETCH(QStringList, answers);
    QFETCH(QList<int>, counts);
    QFETCH(int, passes);

    const SessionData d = session(answers + strings({"y b1 3 5", "z b2 3 5", "w b1 3 5"}));
    const Distribution baseline = Statistics::beforeAfter(d).baseline;
    QVERIFY(baseline.isShown());
    QCOMPARE(toList(baseline.values()->counts), counts);
    QCOMPARE(baseline.values()->passes, passes);
}

void tst_Statistics::distributionAcrossQuestions()
{
    // Two baseline questions, one by phone and one by show of hands: phones count once per
    // token, tallies as they are. Answers without a token count one each.
    const SessionData d =
        session(strings({"x b1 1 0", "x b2 2 10", "y b2 5 0", "- b1 3 0", "- b1 3 1"}), 3,
                tallies(QStringLiteral("b2"), {0, 0, 0, 2, 0, 1}));
    const Distribution dist = Statistics::distribution(
        {d.questions[0], d.questions[1], d.questions[5]}, d.answers, d.tallies, 3);
    QVERIFY(dist.isShown());
    QCOMPARE(toList(dist.values()->counts), (QList<int>{0, 1, 2, 2, 1}));
    QCOMPARE(dist.values()->passes, 1);
    QCOMPARE(dist.values()->total, 6);
}

void tst_Statistics::kBoundary_data()
{
    QTest::addColumn<QString>("statistic");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("people");

    const QStringList statistics = strings({"distribution", "choices", "transitions", "gap",
                                            "decision", "commitments", "trend", "follow-up"});
    for (const QString &statistic : statistics) {
        for (int k : {3, 5, 10}) {
            for (int people : {k - 1, k, k + 1}) {
                QTest::addRow("%s, k=%d, %d people", qPrintable(statistic), k, people)
                    << statistic << k << people;
            }
        }
    }
}

// Each statistic is fed exactly `people` contributors, plus others that must not count towards
// k for it (passes, tokens that answered only one side of a pair, a second commitment).
void tst_Statistics::kBoundary()
{
    QFETCH(QString, statistic);
    QFETCH(int, k);
    QFETCH(int, people);
    const bool shown = people >= k;

    QStringList specs;
    QList<Tally> tally;
    const auto expect = [&](const auto &result) {
        QCOMPARE(result.isShown(), shown);
        QCOMPARE(result.isSuppressed(), !shown);
        QCOMPARE(result.threshold(), k);
        QCOMPARE(result.values() != nullptr, shown);
        QCOMPARE(result.rows().isEmpty(), !shown);
    };

    if (statistic == QLatin1String("distribution")) {
        // Passes are answers but say nothing about a stage.
        specs = crowd(people - 1, QStringLiteral("b1"), QStringLiteral("2")) +
                crowd(k, QStringLiteral("b1"), QStringLiteral("p"), 100);
        tally = tallies(QStringLiteral("b1"), {0, 0, 0, 1, 0, 4});
        const SessionData d = session(specs, k, tally);
        expect(Statistics::beforeAfter(d).baseline);
        expect(Statistics::distribution(d.questions, d.answers, d.tallies, k));
    } else if (statistic == QLatin1String("choices")) {
        // One person making three choices is still one person.
        specs = crowd(people - 1, QStringLiteral("d1"), QStringLiteral("3")) +
                strings({"solo d1 1 0", "solo d2 2 0", "solo d3 4 0"});
        const SessionData d = session(specs, k);
        expect(Statistics::selfVsChosen(d).chosen);
        expect(Statistics::choiceDistribution(d.questions, d.answers, d.tallies, k));
    } else if (statistic == QLatin1String("transitions")) {
        specs = crowd(people, QStringLiteral("b1"), QStringLiteral("2")) +
                crowd(people, QStringLiteral("a1"), QStringLiteral("4")) +
                crowd(k, QStringLiteral("b1"), QStringLiteral("1"), 100) +
                crowd(k, QStringLiteral("a2"), QStringLiteral("5"), 200);
        tally = tallies(QStringLiteral("b1"), {k, 0, 0, 0, 0, 0}) +
                tallies(QStringLiteral("a1"), {0, k, 0, 0, 0, 0});
        const SessionData d = session(specs, k, tally);
        const BeforeAfter ba = Statistics::beforeAfter(d);
        expect(ba.transitions);
        QVERIFY(ba.baseline.isShown());
        QVERIFY(ba.after.isShown());
    } else if (statistic == QLatin1String("gap")) {
        specs = crowd(people, QStringLiteral("b1"), QStringLiteral("4")) +
                crowd(people, QStringLiteral("d1"), QStringLiteral("2")) +
                crowd(k, QStringLiteral("b1"), QStringLiteral("3"), 100) +
                crowd(k, QStringLiteral("d2"), QStringLiteral("1"), 200) +
                crowd(k, QStringLiteral("d2"), QStringLiteral("p"), 0);
        const SessionData d = session(specs, k);
        expect(Statistics::perceptionGap(d).values);
    } else if (statistic == QLatin1String("decision")) {
        specs = crowd(people - 1, QStringLiteral("d2"), QStringLiteral("5")) +
                crowd(k, QStringLiteral("d2"), QStringLiteral("p"), 100) +
                crowd(k, QStringLiteral("d1"), QStringLiteral("1"), 200);
        tally = tallies(QStringLiteral("d2"), {1, 0, 0, 0, 0, 3});
        const SessionData d = session(specs, k, tally);
        const QList<DecisionTally> decisions = Statistics::decisionTallies(d);
        QCOMPARE(decisions.size(), 3);
        QCOMPARE(decisions[1].questionId, qint64(7));
        expect(decisions[1].counts);
    } else if (statistic == QLatin1String("commitments")) {
        QList<Commitment> commitments;
        for (int i = 0; i < people - 1; ++i)
            commitments.append({i, 1, QStringLiteral("t%1").arg(i), QStringLiteral("Listen"), {}});
        commitments.append({90, 1, QString(), QStringLiteral("From a card"), {}});
        commitments.append({91, 1, QStringLiteral("t0"), QStringLiteral("Again t0"), {}});
        commitments.append({92, 1, QStringLiteral("t99"), QStringLiteral("   "), {}});
        expect(Statistics::commitmentTexts(commitments, k));
    } else if (statistic == QLatin1String("trend")) {
        specs = crowd(people, QStringLiteral("a1"), QStringLiteral("3"));
        const QList<TrendPoint> trend = Statistics::cohortTrend({session(specs, k)});
        QCOMPARE(trend.size(), 1);
        expect(trend[0].after);
        QVERIFY(trend[0].baseline.isSuppressed());
    } else if (statistic == QLatin1String("follow-up")) {
        specs = crowd(people, QStringLiteral("b1"), QStringLiteral("1")) +
                crowd(people, QStringLiteral("f1"), QStringLiteral("4"));
        const BeforeAfter ba = Statistics::beforeAfter(session(specs, k));
        QVERIFY(ba.followUp && ba.followUpTransitions);
        expect(*ba.followUp);
        expect(*ba.followUpTransitions);
    } else {
        QFAIL("unknown statistic");
    }
}

void tst_Statistics::kNeverBelowMinimum()
{
    const SessionData d = session(crowd(2, QStringLiteral("b1"), QStringLiteral("2")), 1);
    const Distribution dist = Statistics::beforeAfter(d).baseline;
    QVERIFY(dist.isSuppressed());
    QCOMPARE(dist.threshold(), Session::MinK);
    QVERIFY(Distribution().isSuppressed());
}

void tst_Statistics::transitions_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QList<int>>("cells"); // (before, after, count) triples, positions 1–5
    QTest::addColumn<QList<int>>("moves"); // pairs, up, unchanged, down
    QTest::addColumn<double>("meanChange");

    const QStringList three =
        strings({"x b1 1 0", "x a1 2 100", "y b1 2 0", "y a1 2 100", "z b1 4 0", "z a1 3 100"});
    QTest::newRow("three pairs") << three << QList<int>{1, 2, 1, 2, 2, 1, 4, 3, 1}
                                 << QList<int>{3, 1, 1, 1} << 0.0;
    QTest::newRow("one-phase tokens excluded")
        << three + strings({"u b1 5 0", "v a2 5 100", "w b2 3 0"})
        << QList<int>{1, 2, 1, 2, 2, 1, 4, 3, 1} << QList<int>{3, 1, 1, 1} << 0.0;
    QTest::newRow("latest answer per phase")
        << strings({"x b1 1 0", "x b2 3 10", "x a1 5 100", "x a2 4 110", "y b1 2 0", "y a2 2 100",
                    "z b2 2 0", "z b1 1 20", "z a1 2 100"})
        << QList<int>{3, 4, 1, 2, 2, 1, 1, 2, 1} << QList<int>{3, 2, 1, 0} << 2.0 / 3;
    QTest::newRow("passes excluded")
        << three + strings({"p b1 3 0", "p a1 p 100", "q b1 p 0", "q a1 1 100"})
        << QList<int>{1, 2, 1, 2, 2, 1, 4, 3, 1} << QList<int>{3, 1, 1, 1} << 0.0;
    QTest::newRow("same stage everywhere")
        << strings({"x b1 5 0", "x a1 5 1", "y b1 5 0", "y a1 5 1", "z b1 5 0", "z a1 5 1",
                    "w b1 5 0", "w a1 5 1"})
        << QList<int>{5, 5, 4} << QList<int>{4, 0, 4, 0} << 0.0;
}

void tst_Statistics::transitions()
{
    QFETCH(QStringList, answers);
    QFETCH(QList<int>, cells);
    QFETCH(QList<int>, moves);
    QFETCH(double, meanChange);

    // Tallies can never be paired: they change the distributions, not the matrix.
    const QList<Tally> tally = tallies(QStringLiteral("b1"), {3, 0, 0, 0, 0, 0}) +
                               tallies(QStringLiteral("a1"), {0, 0, 0, 0, 3, 0});
    const Transitions t = Statistics::beforeAfter(session(answers, 3, tally)).transitions;
    QVERIFY(t.isShown());
    const TransitionValues &v = *t.values();
    std::array<std::array<int, 5>, 5> expected{};
    for (int i = 0; i + 2 < cells.size(); i += 3)
        expected[cells[i] - 1][cells[i + 1] - 1] = cells[i + 2];
    for (int from = 0; from < 5; ++from)
        QCOMPARE(toList(v.counts[from]), toList(expected[from]));
    QCOMPARE((QList<int>{v.pairs, v.movedUp, v.unchanged, v.movedDown}), moves);
    QCOMPARE(v.meanChange, meanChange);
}

void tst_Statistics::followUpOnlyWhenAsked()
{
    const QStringList specs = crowd(3, QStringLiteral("b1"), QStringLiteral("2"));
    QVERIFY(!Statistics::beforeAfter(session(specs, 3, {}, false)).followUp);
    QVERIFY(!Statistics::cohortTrend({session(specs, 3, {}, false)})[0].followUp);
    const BeforeAfter ba = Statistics::beforeAfter(session(specs, 3, {}, true));
    QVERIFY(ba.followUp);
    QVERIFY(ba.followUp->isSuppressed()); // asked, nobody answered yet
}

void tst_Statistics::perceptionGap_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<int>("phase");
    QTest::addColumn<int>("participants");
    QTest::addColumn<double>("meanSelf");
    QTest::addColumn<double>("meanChosen");
    QTest::addColumn<QList<int>>("buckets"); // higher, same, lower

    // x: self 4, chose 2 and 2 → gap +2. y: self 3, chose 3 and 4 → −0.5. z: self 2, chose 4 → −2.
    // w has no decision, v no self-placement, u only passed at decisions: none of them count.
    const QStringList group =
        strings({"x b1 4 0", "x d1 2 10", "x d2 2 20", "y b1 3 0", "y d1 3 10", "y d2 4 20",
                 "z b1 2 0", "z d1 4 10", "w b1 5 0", "v d1 1 10", "u b1 3 0", "u d1 p 10"});
    QTest::newRow("baseline") << group << int(Phase::Baseline) << 3 << 3.0 << 9.5 / 3
                              << QList<int>{1, 1, 1};
    QTest::newRow("after") << group + strings({"x a1 2 90", "y a1 5 90", "z a1 4 90"})
                           << int(Phase::After) << 3 << 11.0 / 3 << 9.5 / 3 << QList<int>{1, 2, 0};
    // Exactly one stage apart counts as a gap; less than one does not.
    QTest::newRow("bucket edges") << strings({"x b1 3 0", "x d1 2 1", "y b1 2 0", "y d1 3 1",
                                              "z b1 3 0", "z d1 3 1", "z d2 2 2", "w b1 4 0",
                                              "w d1 3 1", "w d2 3 2", "w d3 2 3"})
                                  << int(Phase::Baseline) << 4 << 3.0
                                  << (2.0 + 3.0 + 2.5 + 8.0 / 3) / 4 << QList<int>{2, 1, 1};
    QTest::newRow("changed decision counts once")
        << strings(
               {"x b1 5 0", "x d1 1 1", "x d1 5 2", "y b1 1 0", "y d1 1 1", "z b1 1 0", "z d1 1 1"})
        << int(Phase::Baseline) << 3 << 7.0 / 3 << 7.0 / 3 << QList<int>{0, 3, 0};
}

void tst_Statistics::perceptionGap()
{
    QFETCH(QStringList, answers);
    QFETCH(int, phase);
    QFETCH(int, participants);
    QFETCH(double, meanSelf);
    QFETCH(double, meanChosen);
    QFETCH(QList<int>, buckets);

    const PerceptionGap gap = Statistics::perceptionGap(session(answers), Phase(phase));
    QCOMPARE(gap.selfPhase, Phase(phase));
    QVERIFY(gap.values.isShown());
    const PerceptionGapValues &v = *gap.values.values();
    QCOMPARE(v.participants, participants);
    QCOMPARE(v.meanSelf, meanSelf);
    QCOMPARE(v.meanChosen, meanChosen);
    QCOMPARE(v.meanGap, meanSelf - meanChosen);
    QCOMPARE((QList<int>{v.seesSelfHigher, v.aboutTheSame, v.seesSelfLower}), buckets);
}

void tst_Statistics::selfVsChosen()
{
    const SessionData d = session(strings({"x b1 4 0", "y b1 5 0", "z b1 5 0", "x d1 1 0",
                                           "x d2 2 0", "y d1 2 0", "q d3 3 0", "q d2 p 0"}),
                                  3, tallies(QStringLiteral("d3"), {0, 0, 0, 0, 2, 0}));
    const SelfVsChosen s = Statistics::selfVsChosen(d);
    QVERIFY(s.self.isShown());
    QCOMPARE(toList(s.self.values()->counts), (QList<int>{0, 0, 0, 1, 2}));
    QVERIFY(s.chosen.isShown());
    QCOMPARE(toList(s.chosen.values()->counts), (QList<int>{1, 2, 1, 0, 2}));
    QCOMPARE(s.chosen.values()->passes, 1);
    QCOMPARE(s.chosen.values()->median, 2.5); // 1 2 2 | 3 5 5
}

void tst_Statistics::decisionTallies_data()
{
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<QList<int>>("tallied");
    QTest::addColumn<QList<int>>("counts");
    QTest::addColumn<int>("passes");

    QTest::newRow("answers only") << strings({"x d1 2", "y d1 2", "z d1 5", "w d1 1"})
                                  << QList<int>{} << QList<int>{1, 2, 0, 0, 1} << 0;
    QTest::newRow("answers and tallies")
        << strings({"x d1 2", "y d1 4"}) << QList<int>{0, 3, 0, 0, 1, 0}
        << QList<int>{0, 4, 0, 1, 1} << 0;
    QTest::newRow("passes apart") << strings({"x d1 3", "y d1 p", "z d1 3", "w d1 3"})
                                  << QList<int>{0, 0, 0, 0, 0, 2} << QList<int>{0, 0, 3, 0, 0} << 3;
    QTest::newRow("changed answer counts once")
        << strings({"x d1 1 0", "x d1 4 9", "y d1 4 0", "z d1 4 0", "x d2 5 0"}) << QList<int>{}
        << QList<int>{0, 0, 0, 3, 0} << 0;
}

void tst_Statistics::decisionTallies()
{
    QFETCH(QStringList, answers);
    QFETCH(QList<int>, tallied);
    QFETCH(QList<int>, counts);
    QFETCH(int, passes);

    const QList<DecisionTally> all =
        Statistics::decisionTallies(session(answers, 3, tallies(QStringLiteral("d1"), tallied)));
    QCOMPARE(all.size(), 3);
    const DecisionTally &d1 = all[0];
    QCOMPARE(d1.questionId, qint64(6));
    QCOMPARE(d1.scenarioId, QStringLiteral("credit-taken"));
    QCOMPARE(d1.options.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(d1.options[i].key, QStringLiteral("o%1").arg(i + 1));
        QCOMPARE(d1.options[i].stage, stageKeys[i]);
    }
    QVERIFY(d1.counts.isShown());
    QCOMPARE(d1.counts.values()->counts, counts);
    int total = 0;
    for (int c : counts)
        total += c;
    QCOMPARE(d1.counts.values()->total, total);
    QCOMPARE(d1.counts.values()->passes, passes);
}

void tst_Statistics::cohortTrend_data()
{
    QTest::addColumn<QList<QDate>>("dates"); // session i is titled "S<i>" and has id i
    QTest::addColumn<QStringList>("order");

    const QDate may(2024, 5, 14);
    QTest::newRow("already in order")
        << QList<QDate>{may, may.addDays(30), may.addDays(60)} << strings({"S0", "S1", "S2"});
    QTest::newRow("reversed") << QList<QDate>{may.addDays(60), may.addDays(30), may}
                              << strings({"S2", "S1", "S0"});
    QTest::newRow("shuffled") << QList<QDate>{may.addDays(30), may.addDays(90), may,
                                              may.addDays(45)}
                              << strings({"S2", "S0", "S3", "S1"});
    QTest::newRow("same day: by id")
        << QList<QDate>{may.addDays(1), may, may} << strings({"S1", "S2", "S0"});
}

void tst_Statistics::cohortTrend()
{
    QFETCH(QList<QDate>, dates);
    QFETCH(QStringList, order);

    QList<SessionData> sessions;
    for (int i = 0; i < dates.size(); ++i) {
        SessionData d = session(crowd(3 + i, QStringLiteral("b1"), QStringLiteral("1")) +
                                    crowd(3, QStringLiteral("a1"), QString::number(i + 1)),
                                3);
        d.session.id = i;
        d.session.title = QStringLiteral("S%1").arg(i);
        d.session.date = dates[i];
        sessions.append(d);
    }
    const QList<TrendPoint> trend = Statistics::cohortTrend(sessions);
    QCOMPARE(trend.size(), order.size());
    for (int i = 0; i < trend.size(); ++i) {
        const TrendPoint &p = trend[i];
        QCOMPARE(p.title, order[i]);
        const int source = order[i].mid(1).toInt();
        QCOMPARE(p.sessionId, qint64(source));
        QCOMPARE(p.date, dates[source]);
        QVERIFY(p.baseline.isShown() && p.after.isShown());
        QCOMPARE(p.baseline.values()->total, 3 + source);
        QCOMPARE(p.after.values()->median, double(source + 1));
        QCOMPARE(p.after.values()->mean, double(source + 1));
    }
}

void tst_Statistics::commitments_data()
{
    QTest::addColumn<QStringList>("entries"); // "token|text"
    QTest::addColumn<bool>("shown");
    QTest::addColumn<QStringList>("texts");

    QTest::newRow("three people, sorted and trimmed")
        << strings({"c| Use inclusive language", "a|Give credit", "b|Amplify ideas "}) << true
        << strings({"Amplify ideas", "Give credit", "Use inclusive language"});
    QTest::newRow("cards without a token count one each")
        << strings({"|Listen", "|Listen", "a|Own mistakes"}) << true
        << strings({"Listen", "Listen", "Own mistakes"});
    QTest::newRow("one person, three texts")
        << strings({"a|One", "a|Two", "a|Three"}) << false << strings({});
    QTest::newRow("blank texts do not count")
        << strings({"a|Listen", "b|  ", "c|", "d|Give credit"}) << false << strings({});
}

void tst_Statistics::commitments()
{
    QFETCH(QStringList, entries);
    QFETCH(bool, shown);
    QFETCH(QStringList, texts);

    QList<Commitment> commitments;
    for (const QString &entry : entries) {
        Commitment c;
        c.token = entry.section(QLatin1Char('|'), 0, 0);
        c.text = entry.section(QLatin1Char('|'), 1);
        commitments.append(c);
    }
    const Suppressible<CommitmentTexts> result = Statistics::commitmentTexts(commitments, 3);
    QCOMPARE(result.isShown(), shown);
    if (shown) {
        QCOMPARE(result.values()->texts, texts);
        QCOMPARE(result.rows().size(), texts.size());
        QCOMPARE(result.rows().first().key, QStringLiteral("commitments.1"));
    } else {
        QVERIFY(!result.values());
        QVERIFY(result.rows().isEmpty());
    }
}

void tst_Statistics::suppressedExposesNoNumbers_data()
{
    QTest::addColumn<int>("k");
    QTest::newRow("k=3") << 3;
    QTest::newRow("k=5") << 5;
    QTest::newRow("k=10") << 10;
}

// With k−1 people behind every statistic, nothing but the threshold can be read anywhere.
void tst_Statistics::suppressedExposesNoNumbers()
{
    QFETCH(int, k);
    QStringList specs;
    for (int i = 0; i < k - 1; ++i) {
        for (const char *q : {"b1", "a1", "f1", "d1", "d2"})
            specs.append(QStringLiteral("t%1 %2 %3 0").arg(i).arg(QLatin1String(q)).arg(i % 5 + 1));
    }
    SessionData d = session(specs, k);
    for (int i = 0; i < k - 1; ++i)
        d.commitments.append({i, 1, QStringLiteral("t%1").arg(i), QStringLiteral("Listen"), {}});

    const SessionStatistics s = Statistics::compute(d);
    const auto hidden = [k](const auto &result) {
        return result.isSuppressed() && !result.values() && result.rows().isEmpty() &&
               result.threshold() == k;
    };
    QVERIFY(hidden(s.beforeAfter.baseline));
    QVERIFY(hidden(s.beforeAfter.after));
    QVERIFY(hidden(s.beforeAfter.transitions));
    QVERIFY(hidden(*s.beforeAfter.followUp));
    QVERIFY(hidden(*s.beforeAfter.followUpTransitions));
    QVERIFY(hidden(s.perceptionGap.values));
    QVERIFY(hidden(s.selfVsChosen.self));
    QVERIFY(hidden(s.selfVsChosen.chosen));
    QCOMPARE(s.decisions.size(), 3);
    for (const DecisionTally &t : s.decisions)
        QVERIFY(hidden(t.counts));
    QVERIFY(hidden(s.commitments));
    for (const TrendPoint &p : Statistics::cohortTrend({d}))
        QVERIFY(hidden(p.baseline) && hidden(p.after) && hidden(*p.followUp));
    const SessionData fewer = session(crowd(1, QStringLiteral("b1"), QStringLiteral("1")), k);
    QVERIFY(hidden(Statistics::beforeAfter(fewer).baseline));
}

void tst_Statistics::computeMatchesTheSingleFunctions()
{
    QStringList specs;
    for (int i = 0; i < 12; ++i) {
        specs << QStringLiteral("t%1 b1 %2 0").arg(i).arg(i % 5 + 1)
              << QStringLiteral("t%1 a1 %2 9").arg(i).arg((i + 2) % 5 + 1)
              << QStringLiteral("t%1 d%2 %3 5").arg(i).arg(i % 3 + 1).arg(i % 4 + 1);
    }
    const SessionData d = session(specs, 5, tallies(QStringLiteral("b2"), {1, 1, 1, 1, 1, 1}));
    for (Phase phase : {Phase::Baseline, Phase::After}) {
        const SessionStatistics all = Statistics::compute(d, phase);
        const BeforeAfter ba = Statistics::beforeAfter(d);
        QCOMPARE(all.beforeAfter.baseline.rows(), ba.baseline.rows());
        QCOMPARE(all.beforeAfter.after.rows(), ba.after.rows());
        QCOMPARE(all.beforeAfter.transitions.rows(), ba.transitions.rows());
        QCOMPARE(all.perceptionGap.values.rows(),
                 Statistics::perceptionGap(d, phase).values.rows());
        QCOMPARE(all.selfVsChosen.self.rows(), Statistics::selfVsChosen(d, phase).self.rows());
        QCOMPARE(all.selfVsChosen.chosen.rows(), Statistics::selfVsChosen(d, phase).chosen.rows());
        const QList<DecisionTally> decisions = Statistics::decisionTallies(d);
        QCOMPARE(all.decisions.size(), decisions.size());
        for (int i = 0; i < decisions.size(); ++i)
            QCOMPARE(all.decisions[i].counts.rows(), decisions[i].counts.rows());
        QVERIFY(all.perceptionGap.values.isShown());
    }
}

void tst_Statistics::matchesAPlainReference_data()
{
    QTest::addColumn<int>("answerCount");
    QTest::addColumn<int>("tokenCount");
    QTest::addColumn<quint32>("seed");

    // Few tokens: many changed answers. Many answers: several buckets inside the tabulation.
    QTest::newRow("workshop") << 300 << 25 << 1u;
    QTest::newRow("keynote") << 4000 << 400 << 2u;
    QTest::newRow("few people, many changes") << 3000 << 6 << 3u;
    QTest::newRow("many buckets") << 60000 << 9000 << 4u;
}

void tst_Statistics::matchesAPlainReference()
{
    QFETCH(int, answerCount);
    QFETCH(int, tokenCount);
    QFETCH(quint32, seed);

    QRandomGenerator random(seed);
    QStringList specs;
    const QStringList choices = strings({"1", "2", "3", "4", "5", "p"});
    for (int i = 0; i < answerCount; ++i) {
        const int token = int(random.bounded(tokenCount + 1)); // tokenCount: no token
        specs.append(QStringLiteral("%1 %2 %3 %4")
                         .arg(token == tokenCount ? QStringLiteral("-") : QString::number(token))
                         .arg(questionNames[int(random.bounded(8))])
                         .arg(choices[int(random.bounded(6))])
                         .arg(random.bounded(600))); // equal times happen: list order decides
    }
    const SessionData d = session(specs, 3);
    const Reference ref(d);
    const SessionStatistics s = Statistics::compute(d);

    const auto check = [](const Distribution &dist, const QList<int> &expected) {
        QVERIFY(dist.isShown());
        QCOMPARE(toList(dist.values()->counts), expected.mid(0, 5));
        QCOMPARE(dist.values()->passes, expected[5]);
    };
    check(s.beforeAfter.baseline, ref.phases[0]);
    check(s.beforeAfter.after, ref.phases[1]);
    check(*s.beforeAfter.followUp, ref.phases[2]);
    check(s.selfVsChosen.chosen, ref.chosen);
    if (QTest::currentTestFailed())
        return;

    const TransitionValues &t = *s.beforeAfter.transitions.values();
    QCOMPARE(t.pairs, ref.pairs);
    for (int from = 0; from < 5; ++from)
        QCOMPARE(toList(t.counts[from]), toList(ref.transitions[from]));

    const PerceptionGapValues &gap = *s.perceptionGap.values.values();
    QCOMPARE(gap.participants, ref.gapParticipants);
    QCOMPARE(gap.meanSelf, ref.meanSelf);
    QCOMPARE(gap.meanChosen, ref.meanChosen);
    QCOMPARE((QList<int>{gap.seesSelfHigher, gap.aboutTheSame, gap.seesSelfLower}), ref.gapBuckets);

    for (const DecisionTally &tally : s.decisions) {
        const QList<int> expected = ref.choiceCounts.value(tally.questionId);
        QCOMPARE(tally.counts.values()->counts, expected.mid(0, 5));
        QCOMPARE(tally.counts.values()->passes, expected[5]);
    }
}

// Sparse question ids, answers that fit nothing, commitment questions and invalid times.
void tst_Statistics::oddInputs()
{
    SessionData d;
    d.session.k = 3;
    Question before = selfPlacement(9'000'000'000LL, Phase::Baseline);
    Question after = selfPlacement(7, Phase::After);
    Question commitment;
    commitment.id = 8;
    commitment.kind = QuestionKind::Commitment;
    commitment.choices = before.choices; // even if it had choices, its answers are not votes
    d.questions = {before, after, commitment};
    const QDateTime t0(QDate(2024, 5, 14), QTime(9, 0), Qt::UTC);
    const auto answer = [&](const char *token, qint64 question, const QString &choice,
                            const QDateTime &at) {
        d.answers.append({0, question, QString::fromLatin1(token), choice, at});
    };
    for (const char *token : {"x", "y", "z"}) {
        answer(token, before.id, stageKeys[1], t0);
        answer(token, after.id, stageKeys[3], t0.addSecs(60));
    }
    answer("x", before.id, QStringLiteral("no-such-choice"), t0.addSecs(5)); // ignored
    answer("x", 12345, stageKeys[4], t0.addSecs(5));                         // no such question
    answer("y", commitment.id, stageKeys[4], t0.addSecs(5));                 // not a vote
    answer("z", before.id, stageKeys[0], QDateTime());     // no time: earlier than any other
    answer("w", before.id, stageKeys[2], QDateTime());     // no time, but its only answer
    answer("v", before.id, stageKeys[2], t0.addYears(40)); // far off times still order

    const BeforeAfter ba = Statistics::beforeAfter(d);
    QVERIFY(ba.baseline.isShown());
    QCOMPARE(toList(ba.baseline.values()->counts), (QList<int>{0, 3, 2, 0, 0}));
    QVERIFY(ba.after.isShown());
    QCOMPARE(toList(ba.after.values()->counts), (QList<int>{0, 0, 0, 3, 0}));
    QCOMPARE(ba.transitions.values()->counts[1][3], 3);
    QVERIFY(!ba.followUp);
}

void tst_Statistics::rowsForExport()
{
    const SessionData d = session(strings(
        {"x b1 1 0", "y b1 2 0", "z b1 2 0", "w b1 p 0", "x a1 2 9", "y a1 3 9", "z a1 2 9"}));
    const BeforeAfter ba = Statistics::beforeAfter(d);
    const QList<StatisticRow> rows = ba.baseline.rows();
    QCOMPARE(rows.size(), 14);
    QCOMPARE(rows[0], (StatisticRow{QStringLiteral("counts.bystander"), 1}));
    QCOMPARE(rows[1], (StatisticRow{QStringLiteral("counts.passive-supporter"), 2}));
    QCOMPARE(rows[6].key, QStringLiteral("shares.passive-supporter"));
    QCOMPARE(rows[6].value.toDouble(), 2.0 / 3);
    QCOMPARE(rows[10], (StatisticRow{QStringLiteral("total"), 3}));
    QCOMPARE(rows[11], (StatisticRow{QStringLiteral("passes"), 1}));
    QCOMPARE(rows[12], (StatisticRow{QStringLiteral("median"), 2.0}));

    const QList<StatisticRow> moves = ba.transitions.rows();
    QCOMPARE(moves.size(), 5 + 25);
    QCOMPARE(moves[0], (StatisticRow{QStringLiteral("pairs"), 3}));
    const auto cell = std::find_if(moves.begin(), moves.end(), [](const StatisticRow &r) {
        return r.key == QLatin1String("transitions.passive-supporter.performative-ally");
    });
    QVERIFY(cell != moves.end());
    QCOMPARE(cell->value.toInt(), 1);
}

QTEST_APPLESS_MAIN(tst_Statistics)
void tst_Statistics::checkInCountsThoseWhoHadCommitted()
{
    SessionData data;
    data.session.k = 3;
    data.questions = {selfPlacement(1, Phase::FollowUp)};
    QVERIFY(!Statistics::checkIn(data));
    QVERIFY(!Statistics::compute(data).checkIn);
    QVERIFY(!Statistics::cohortTrend({data}).first().checkIn);

    Question checkIn = SessionRules::newCheckInQuestion(nullptr);
    checkIn.id = 7;
    data.questions.append(checkIn);
    const auto answer = [](const char *token, const char *choice, int second) {
        Answer a;
        a.questionId = 7;
        a.token = QString::fromLatin1(token);
        a.choice = QString::fromLatin1(choice);
        a.at = QDateTime(QDate(2027, 1, 28), QTime(10, 0, second), Qt::UTC);
        return a;
    };
    // Two who had committed, many who had not, passes: too few to say anything, and no number
    // of any kind comes out (not even how many had not committed).
    data.answers = {answer("a", "not-yet", 0),       answer("a", "done", 5), // a's latest: done
                    answer("b", "partly", 1),        answer("c", "no-commitment", 2),
                    answer("d", "no-commitment", 3), answer("e", "no-commitment", 4),
                    answer("f", "pass", 6),          answer("g", "bystander", 7)}; // not a choice
    std::optional<CheckIn> result = Statistics::checkIn(data);
    QVERIFY(result);
    QVERIFY(result->isSuppressed());
    QCOMPARE(result->threshold(), 3);
    QVERIFY(result->rows().isEmpty());

    // Hands counted join the phones: now 2 + 1 + 1 had committed.
    data.tallies = {{7, QStringLiteral("done"), 1}, {7, QStringLiteral("not-yet"), 1}};
    result = Statistics::checkIn(data);
    const CheckInValues *v = result->values();
    QVERIFY(v);
    QCOMPARE(v->done, 2);
    QCOMPARE(v->partly, 1);
    QCOMPARE(v->notYet, 1);
    QCOMPARE(v->noCommitment, 3);
    QCOMPARE(v->passes, 1);
    QCOMPARE(v->committed, 4);
    QCOMPARE(v->doneRate, 0.5);
    QCOMPARE(v->partlyRate, 0.25);
    QStringList keys;
    for (const StatisticRow &row : result->rows())
        keys.append(row.key);
    QCOMPARE(keys, strings({"done", "partly", "not-yet", "no-commitment", "committed", "passes",
                            "done-rate", "partly-rate"}));
    // The same through compute() and in the cohort trend.
    QCOMPARE(Statistics::compute(data).checkIn->values()->doneRate, 0.5);
    QCOMPARE(Statistics::cohortTrend({data}).first().checkIn->values()->committed, 4);
    // It is no self-placement and no decision: the other statistics do not see it.
    QVERIFY(Statistics::decisionTallies(data).isEmpty());
}

#include "tst_statistics.moc"
