// The participant server under a room of phones, against a bare QHttpServer route that answers
// "ok" to the same requests, from the same client code (PhoneSwarm: raw keep-alive sockets on a
// client thread, each phone from an address of its own), in the same run:
//
//   1. answers per second: every phone sends answers back to back, each acknowledged before the
//      next; the whole path is strict HTTP parsing → connection limits → rate limits → token →
//      checks → SessionModel → SQLite group commit (WAL, synchronous = FULL, a temp dir on
//      disk) → 200 after commit. Target: at least 0.6 of the bare route's rate.
//   2. latency with 500, 1,000 and 2,000 phones answering at once, each following the session
//      over its live stream (GET /api/live) as the page does: one POST each, all fired together
//      on connections opened before; from the request handed to the socket to the complete
//      response. Median and 99th percentile, and as ratios to the bare route's (which has no
//      streams to keep). Target: p99 at most 250 ms with 2,000 phones.
#include "participantfixture.h"
#include "phoneswarm.h"

#include "interleaved.h"

#include <QCoreApplication>
#include <QHttpServer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr int Phones = 2000;
constexpr int Rooms[] = {500, 1000, 2000};
constexpr int LatencyRounds = 5; // of one answer per phone, per server, interleaved
constexpr int RunTimeoutMs = 60000;
constexpr int SettleMs = 300; // for the servers to close the connections a swarm left

struct Load
{
    int phones;
    int answersEach;
};
// The room answering as fast as it is served, and a smaller group each sending a longer run.
constexpr Load Loads[] = {{500, 4}, {50, 40}};

QString choiceFor(int phone, int step)
{
    return Spectrum::keys().at((phone + step) % Spectrum::keys().size());
}

QByteArray answerRequest(const QByteArray &token, qint64 question, const QString &choice)
{
    return httpRequest("POST", "/api/answer",
                       QJsonDocument(QJsonObject{{QStringLiteral("question"), question},
                                                 {QStringLiteral("choice"), choice}})
                           .toJson(QJsonDocument::Compact),
                       token);
}

int failures = 0; // responses other than 200, over the whole run: figures with any are void

void countFailures(const PhoneSwarm &swarm, int phones, int expectedEach)
{
    for (int i = 0; i < phones; ++i) {
        const QList<PhoneSwarm::Exchange> &done = swarm.exchanges(i);
        if (done.size() != expectedEach)
            failures += expectedEach - int(done.size());
        for (const PhoneSwarm::Exchange &e : done) {
            if (e.status != 200) {
                if (failures < 5)
                    std::fprintf(stderr, "phone %d: %d %s\n", i, e.status, e.body.constData());
                ++failures;
            }
        }
    }
}

// Every phone of the first `phones` sends `each` answers, one after the other.
void answerBackToBack(PhoneSwarm &swarm, const QList<QByteArray> &tokens, qint64 question,
                      int phones, int each, int round)
{
    swarm.run(
        [=](int phone, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
            if (phone >= phones || done.size() == each ||
                (!done.isEmpty() && done.last().status != 200))
                return {};
            // A different choice every time: each answer replaces the last, a real write.
            return answerRequest(tokens.at(phone), question,
                                 choiceFor(phone, round * each + int(done.size())));
        },
        RunTimeoutMs);
    countFailures(swarm, phones, each);
}

// One answer from every phone, all at once: each one's latency.
std::vector<double> answerAtOnce(PhoneSwarm &swarm, const QList<QByteArray> &tokens,
                                 qint64 question, int round)
{
    swarm.run(
        [=](int phone, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
            if (!done.isEmpty())
                return {};
            return answerRequest(tokens.at(phone), question, choiceFor(phone, round));
        },
        RunTimeoutMs);
    countFailures(swarm, swarm.count(), 1);
    std::vector<double> ms;
    for (int i = 0; i < swarm.count(); ++i) {
        if (!swarm.exchanges(i).isEmpty())
            ms.push_back(swarm.exchanges(i).first().ms());
    }
    return ms;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t rank = size_t(std::ceil(p * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // --pin: the server (this thread) on CPU 0 and the phones' client thread on CPU 1, so that
    // the two do not take turns on one core and the server's own latency shows.
    if (app.arguments().contains(QStringLiteral("--pin"))) {
        PhoneSwarm::pinThisThread(0);
        PhoneSwarm::mClientCpu = 1;
    }
    // Both ends of every phone's connections (answers, stream, the bare route's) live here.
    if (!PhoneSwarm::raiseFileLimit(8 * Phones)) {
        std::fprintf(stderr, "cannot raise the open-file limit\n");
        return 1;
    }

    ParticipantFixture f;
    // The default limits (every phone has an address of its own), except the rates per device
    // and per address: a phone here answers many times a second to measure throughput. The
    // limiters still run, only their thresholds are out of the way.
    ParticipantServer::Limits limits;
    limits.requestsPerAddressPerSecond = 1000000;
    limits.requestsPerDevicePerSecond = 1000000;
    if (!f.open() || !f.start(limits)) {
        std::fprintf(stderr, "participant server: %s\n", qPrintable(f.error));
        return 1;
    }
    const qint64 question = f.addSelfPlacement();
    f.ask(question);

    // The baseline: QtHttpServer itself, a route that does nothing but answer.
    QHttpServer bare;
    bare.route(QStringLiteral("/api/answer"), QHttpServerRequest::Method::Post,
               [](const QHttpServerRequest &) { return QStringLiteral("ok"); });
    const quint16 barePort = bare.listen(QHostAddress::LocalHost);
    if (barePort == 0) {
        std::fprintf(stderr, "bare server: cannot listen\n");
        return 1;
    }

    // Every phone joins once; the bare route gets the very same request bytes. Each measurement
    // below opens connections of its own, so the servers' thread only polls the phones in play.
    const QString code = f.server->joinCode();
    QList<QByteArray> tokens;
    {
        PhoneSwarm joining(f.port(), Phones);
        joining.run(
            [code](int, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
                if (!done.isEmpty())
                    return {};
                return httpRequest("POST", "/api/join",
                                   QJsonDocument(QJsonObject{{QStringLiteral("code"), code}})
                                       .toJson(QJsonDocument::Compact));
            },
            RunTimeoutMs);
        for (int i = 0; i < Phones; ++i) {
            const QByteArray token = joining.exchanges(i)
                                         .value(0)
                                         .json()
                                         .value(QLatin1String("token"))
                                         .toString()
                                         .toLatin1();
            if (token.isEmpty()) {
                std::fprintf(stderr, "phone %d could not join\n", i);
                return 1;
            }
            tokens.append(token);
        }
    }
    QTest::qWait(SettleMs);

    // Group commits of the store: how many answers share one transaction (and one fsync).
    int commits = 0;
    QObject::connect(&f.store, &SessionStore::committed, [&commits] { ++commits; });

    // For a profiler (docs/benchmarks.md): only the whole path, the smaller group, ~10 s.
    if (app.arguments().contains(QStringLiteral("--whole-path-only"))) {
        PhoneSwarm ours(f.port(), 50);
        QElapsedTimer clock;
        clock.start();
        int round = 0;
        while (clock.elapsed() < 10000)
            answerBackToBack(ours, tokens, question, 50, 40, ++round);
        std::printf("%d rounds of 2000 answers, %.1f answers per commit\n", round,
                    round * 2000.0 / commits);
        return failures > 0 ? 1 : 0;
    }

    std::printf("Participant server against a bare QHttpServer \"ok\" route, same client, "
                "same run (loopback, client on its own thread)\n\n");

    int round = 0;
    for (const Load &load : Loads) {
        const int answers = load.phones * load.answersEach;
        int oursRuns = 0;
        int oursCommits = 0;
        Interleaved r;
        {
            PhoneSwarm ours(f.port(), load.phones);
            PhoneSwarm baseline(barePort, load.phones);
            r = interleaved(
                [&] {
                    answerBackToBack(baseline, tokens, question, load.phones, load.answersEach,
                                     ++round);
                },
                [&] {
                    const int before = commits;
                    answerBackToBack(ours, tokens, question, load.phones, load.answersEach,
                                     ++round);
                    oursCommits += commits - before;
                    ++oursRuns;
                },
                5, 3);
        }
        QTest::qWait(SettleMs);
        std::printf("answers per second, %d phones connected, each sending %d answers back to "
                    "back (median of 3, 5 interleaved rounds):\n",
                    load.phones, load.answersEach);
        std::printf("  bare route \"ok\"                        %8.0f /s  (%.1f ms per %d)\n",
                    answers / (r.baselineMs / 1000.0), r.baselineMs, answers);
        std::printf("  whole path, acknowledged after commit  %8.0f /s  (%.1f ms per %d; "
                    "%.1f answers per commit)\n",
                    answers / (r.oursMs / 1000.0), r.oursMs, answers,
                    double(oursRuns) * answers / std::max(1, oursCommits));
        std::printf("  whole path / bare: %.2f  (target: at least 0.6)\n\n", 1.0 / r.ratio);
    }

    for (const int room : Rooms) {
        PhoneSwarm ours(f.port(), room);
        PhoneSwarm baseline(barePort, room);
        if (!ours.openStreams(tokens, RunTimeoutMs)) {
            std::fprintf(stderr, "%d of %d streams opened\n", ours.streamsReady(), room);
            return 1;
        }
        std::vector<double> bareMs;
        std::vector<double> oursMs;
        std::vector<double> bareRoundMs;
        std::vector<double> oursRoundMs;
        answerAtOnce(baseline, tokens, question, ++round); // warm-up, and the connections opened
        answerAtOnce(ours, tokens, question, ++round);
        const int commitsBefore = commits;
        for (int i = 0; i < LatencyRounds; ++i) {
            const std::vector<double> b = answerAtOnce(baseline, tokens, question, ++round);
            bareRoundMs.push_back(baseline.lastRunMs());
            bareMs.insert(bareMs.end(), b.begin(), b.end());
            const std::vector<double> o = answerAtOnce(ours, tokens, question, ++round);
            oursRoundMs.push_back(ours.lastRunMs());
            oursMs.insert(oursMs.end(), o.begin(), o.end());
        }
        const int latencyCommits = commits - commitsBefore;
        const double bareMedian = percentile(bareMs, 0.5);
        const double bareP99 = percentile(bareMs, 0.99);
        const double oursMedian = percentile(oursMs, 0.5);
        const double oursP99 = percentile(oursMs, 0.99);
        std::printf("%d phones answering at once, one answer each, send to complete response "
                    "(%d interleaved rounds, %zu answers per server; ours with %d live "
                    "streams open):\n",
                    room, LatencyRounds, oursMs.size(), room);
        std::printf("                        median      p99   whole round (median)\n");
        std::printf("  bare route \"ok\"      %7.1f ms %7.1f ms   %7.1f ms\n", bareMedian, bareP99,
                    percentile(bareRoundMs, 0.5));
        std::printf("  whole path           %7.1f ms %7.1f ms   %7.1f ms\n", oursMedian, oursP99,
                    percentile(oursRoundMs, 0.5));
        std::printf("  whole path / bare    %7.2fx   %7.2fx     %7.2fx\n", oursMedian / bareMedian,
                    oursP99 / bareP99, percentile(oursRoundMs, 0.5) / percentile(bareRoundMs, 0.5));
        std::printf("  (whole path: %.1f commits per round of %d%s)\n\n",
                    double(latencyCommits) / LatencyRounds, room,
                    room == 2000 ? "; target: p99 at most 250 ms" : "");
        QTest::qWait(SettleMs);
    }

    if (failures > 0) {
        std::printf("\n%d answers were not acknowledged with 200: the figures above are void\n",
                    failures);
        return 1;
    }
    std::printf("\nevery answer acknowledged with 200\n");
    return 0;
}
