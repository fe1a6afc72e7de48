#include "export/sessionexport.h"
#include "session/demosession.h"
#include "session/sessionrules.h"
#include "spectrum.h"
#include "stats/reportsummary.h"
#include "stats/statistics.h"
#include "store/sessionstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// The demo workshop: realistic, complete enough for every statistic, and the same every time.
class tst_DemoSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void realistic();
    void everyStatisticIsShown();
    void sameSeedSameAnswers();
    void otherSeedOtherAnswers();
    void followUpCompletesTheCohortTrend();

private:
    SessionData create(quint32 seed = DemoSession::DefaultSeed);
    // What a seed decides: per question (by position) the sorted "token choice" pairs, and the
    // commitments as "token text".
    static QStringList fingerprint(const SessionData &data);

    QTemporaryDir mDir;
    SessionStore mStore;
};

void tst_DemoSession::initTestCase()
{
    QString error;
    QVERIFY2(mStore.open(mDir.path(), &error), qPrintable(error));
}

SessionData tst_DemoSession::create(quint32 seed)
{
    QString error;
    const std::optional<DemoSession::Result> r =
        DemoSession::create(&mStore, QDate(2026, 3, 2), QStringLiteral("en"), &error, seed);
    if (!r)
        qFatal("demo not created: %s", qPrintable(error));
    const std::optional<SessionData> data = SessionExport::load(mStore, r->sessionId);
    if (!data || int(data->answers.size()) != r->answers ||
        int(data->commitments.size()) != r->commitments)
        qFatal("demo not stored as reported");
    return *data;
}

QStringList tst_DemoSession::fingerprint(const SessionData &data)
{
    QStringList lines;
    for (const Question &q : data.questions) {
        QStringList answers;
        for (const Answer &a : data.answers) {
            if (a.questionId == q.id)
                answers.append(a.token + QLatin1Char(' ') + a.choice);
        }
        answers.sort();
        lines.append(QString::number(q.position) + QLatin1Char(':') + q.sceneId + QLatin1Char(':') +
                     answers.join(QLatin1Char(',')));
    }
    for (const Commitment &c : data.commitments)
        lines.append(c.token + QLatin1Char(' ') + c.text);
    return lines;
}

void tst_DemoSession::realistic()
{
    const SessionData d = create();
    QCOMPARE(d.session.title, QStringLiteral("Demo: leadership team allyship workshop"));
    QCOMPARE(d.session.cohort, QStringLiteral("demo-cohort"));
    QCOMPARE(d.session.k, 5);
    QCOMPARE(d.session.date, QDate(2026, 3, 2));

    QSet<QString> people;
    for (const Answer &a : d.answers)
        people.insert(a.token);
    QVERIFY2(people.size() >= 22 && people.size() <= DemoSession::Participants,
             qPrintable(QString::number(people.size())));

    // Baseline, the decisions of two scenarios, after; every question closed and revealed.
    const QList<Question> &qs = d.questions;
    QVERIFY(qs.size() >= 4);
    QCOMPARE(qs.first().kind, QuestionKind::SelfPlacement);
    QCOMPARE(qs.first().phase, Phase::Baseline);
    QCOMPARE(qs.last().kind, QuestionKind::SelfPlacement);
    QCOMPARE(qs.last().phase, Phase::After);
    QSet<QString> scenarios;
    int passes = 0;
    for (const Question &q : qs) {
        QVERIFY(!q.open);
        QVERIFY(q.revealed);
        int answered = 0;
        for (const Answer &a : d.answers) {
            if (a.questionId == q.id) {
                ++answered;
                passes += a.choice == SessionKeys::Pass ? 1 : 0;
            }
        }
        // Most participants answer every question.
        QVERIFY2(answered >= DemoSession::Participants * 3 / 4, qPrintable(q.prompt));
        if (q.kind == QuestionKind::Decision)
            scenarios.insert(q.scenarioId);
    }
    const QStringList played = DemoSession::scenarioIds();
    QCOMPARE(scenarios, QSet<QString>(played.cbegin(), played.cend()));
    QVERIFY(passes >= 2);

    // The perception gap of the seeds: most call themselves allies at the start, their choices
    // land lower, and the closing self-placement moves down a little.
    const SessionStatistics s = Statistics::compute(d);
    const DistributionValues *before = s.beforeAfter.baseline.values();
    const DistributionValues *after = s.beforeAfter.after.values();
    const DistributionValues *chosen = s.selfVsChosen.chosen.values();
    QVERIFY(before && after && chosen);
    const double high = double(before->counts[3] + before->counts[4]) / before->total;
    QVERIFY2(high >= 0.7 && high <= 0.9, qPrintable(QString::number(high)));
    QVERIFY2(chosen->shares[0] + chosen->shares[1] > before->shares[0] + before->shares[1] + 0.2,
             "more bystander and passive choices than self-placements");
    QVERIFY(s.perceptionGap.values.values()->meanGap > 0.75);
    QVERIFY(after->mean < before->mean);

    QCOMPARE(d.commitments.size(), 8);
    QSet<QString> writers;
    for (const Commitment &c : d.commitments)
        writers.insert(c.token);
    QCOMPARE(writers.size(), 8);
}

void tst_DemoSession::everyStatisticIsShown()
{
    const SessionStatistics s = Statistics::compute(create());
    QVERIFY(s.beforeAfter.baseline.isShown());
    QVERIFY(s.beforeAfter.after.isShown());
    QVERIFY(s.beforeAfter.transitions.isShown());
    QVERIFY(s.perceptionGap.values.isShown());
    QVERIFY(s.selfVsChosen.chosen.isShown());
    QVERIFY(s.decisions.size() >= 2);
    for (const DecisionTally &t : s.decisions)
        QVERIFY2(t.counts.isShown(), qPrintable(t.sceneId));
    QVERIFY(s.commitments.isShown());
}

void tst_DemoSession::sameSeedSameAnswers()
{
    const SessionData a = create();
    const SessionData b = create();
    QVERIFY(a.session.id != b.session.id); // every run makes a new session
    QCOMPARE(fingerprint(a), fingerprint(b));
}

void tst_DemoSession::otherSeedOtherAnswers()
{
    QVERIFY(fingerprint(create(1)) != fingerprint(create(2)));
}

void tst_DemoSession::followUpCompletesTheCohortTrend()
{
    // The demo workshop's follow-up eight weeks later: the same cohort, the follow-up phase and
    // the first decision replayed, so that its report says where the group stands weeks later,
    // its gap is set against the follow-up's own placement, and the cohort's trend has the three
    // points: before, after, follow-up.
    const SessionData workshop = create();
    QString error;
    const std::optional<DemoSession::Result> r =
        DemoSession::createFollowUp(&mStore, workshop.session.id, &error);
    QVERIFY2(r, qPrintable(error));
    const std::optional<SessionData> followUp = SessionExport::load(mStore, r->sessionId);
    QVERIFY(followUp);
    QVERIFY(followUp->session.followUp);
    QCOMPARE(followUp->session.cohort, workshop.session.cohort);
    QCOMPARE(followUp->session.date, workshop.session.date.addDays(56));
    const QList<Replay> replayed = SessionRules::replayableDecisions(workshop.questions).mid(0, 1);
    QCOMPARE(followUp->session.replays, replayed);
    QCOMPARE(SessionRules::replayableDecisions(followUp->questions), replayed);
    QVERIFY(SessionRules::selfPlacementQuestion(followUp->questions, Phase::FollowUp));
    QVERIFY(!SessionRules::selfPlacementQuestion(followUp->questions, Phase::Baseline));
    QVERIFY(r->participants >= followUp->session.k);

    const SessionStatistics stats = Statistics::compute(*followUp);
    QCOMPARE(stats.perceptionGap.selfPhase, Phase::FollowUp);
    QVERIFY(stats.perceptionGap.values.values()); // at least k people both placed and chose
    const ReportSummary summary =
        ReportSummary::compute(*followUp, stats, {}, Spectrum::standard());
    QVERIFY2(summary.beforeAfter.startsWith(QStringLiteral("Weeks after the workshop, ")),
             qPrintable(summary.beforeAfter));

    const QList<TrendPoint> trend = Statistics::cohortTrend({workshop, *followUp});
    QCOMPARE(trend.size(), 2);
    QVERIFY(trend.at(0).baseline.values());
    QVERIFY(trend.at(0).after.values());
    QVERIFY(trend.at(1).followUp && trend.at(1).followUp->values());

    // The check-in: asked, answered by enough who had committed, said in the report and part
    // of the follow-up's point in the trend.
    QVERIFY(SessionRules::checkInQuestion(followUp->questions));
    QVERIFY(stats.checkIn && stats.checkIn->values());
    const CheckInValues &kept = *stats.checkIn->values();
    QVERIFY(kept.done > 0 && kept.partly > 0 && kept.notYet > 0);
    QVERIFY(kept.doneRate > 0.2 && kept.doneRate < 0.7);
    QVERIFY2(summary.checkIn.startsWith(QStringLiteral("Of the ")), qPrintable(summary.checkIn));
    QVERIFY(!trend.at(0).checkIn);
    QVERIFY(trend.at(1).checkIn && trend.at(1).checkIn->values());
}

QTEST_GUILESS_MAIN(tst_DemoSession)
#include "tst_demosession.moc"
