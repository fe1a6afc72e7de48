// A burst of 1,000 answers in one second, recorded through SessionModel the way a room full of
// phones sends them, with the charts live: the audience's projector chart (1600×900) and two
// console charts showing, every chart model kept up to date. Measured: how often the charts
// recompute and repaint (target at most 60 in the second), and the longest time the UI thread
// is busy with one event (target at most 50 ms), against the same burst with no charts
// attached, in the same run. Median of 5 rounds each, interleaved.
#include "chartfixture.h"
#include "charts/chartfactory.h"
#include "charts/chartview.h"
#include "charts/sessioncharts.h"

#include <QApplication>
#include <QList>

#include <QElapsedTimer>
#include <QTimer>
#include <ctime>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

constexpr int Answers = 1000;
constexpr int BurstMs = 1000;

// Times every event the application handles at the top level: the longest one is the longest
// time the UI thread could not react to anything else.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (mDepth > 0) {
            ++mDepth;
            const bool result = QApplication::notify(receiver, event);
            --mDepth;
            return result;
        }
        ++mDepth;
        QElapsedTimer timer;
        timer.start();
        const qint64 cpuStart = threadCpuNs();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ns = timer.nsecsElapsed();
        const qint64 cpuNs = threadCpuNs() - cpuStart;
        --mDepth;
        if (mRecording) {
            if (receiver->objectName() == QLatin1String("chart recompute"))
                mRecomputeNs.append(ns);
            mLongestCpuNs = std::max(mLongestCpuNs, cpuNs);
            if (ns > mLongestNs) {
                mLongestNs = ns;
                const QObject *owner = receiver->parent() ? receiver->parent() : receiver;
                mLongestWhat = QStringLiteral("%1 to %2 \"%3\" of %4")
                                   .arg(int(event->type()))
                                   .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                        receiver->objectName(),
                                        QString::fromLatin1(owner->metaObject()->className()));
            }
            mBusyNs += ns;
        }
        return result;
    }

    static qint64 threadCpuNs()
    {
        timespec ts;
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }

    void startRecording()
    {
        mRecomputeNs.clear();
        mLongestCpuNs = 0;
        mLongestNs = 0;
        mBusyNs = 0;
        mRecording = true;
    }
    void stopRecording() { mRecording = false; }
    double longestMs() const { return mLongestNs / 1e6; }
    double longestCpuMs() const { return mLongestCpuNs / 1e6; }
    double busyMs() const { return mBusyNs / 1e6; }
    QString longestWhat() const { return mLongestWhat; }
    QList<qint64> recomputeNs() const { return mRecomputeNs; }

private:
    int mDepth = 0;
    bool mRecording = false;
    qint64 mLongestNs = 0;
    qint64 mLongestCpuNs = 0;
    qint64 mBusyNs = 0;
    QString mLongestWhat;
    QList<qint64> mRecomputeNs; // wall time of each chart recompute (with its view refreshes)
};

class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

struct Result
{
    double burstMs = 0;
    double longestEventMs = 0; // the longest the UI thread was blocked
    double longestCpuMs = 0;   // the most CPU time one event took (without waiting for a core)
    double longestGapMs = 0;   // the longest gap between two ticks of a 1 ms heartbeat
    double busyMs = 0;         // time spent handling events during the burst
    int recomputes = 0;
    int repaints = 0;    // of the view repainted most often
    QString longestWhat; // event type and receiver of the longest event
    QList<qint64> recomputeNs;
};

Result burst(TimedApplication &app, bool withCharts)
{
    ChartFixture f;
    f.createSession(QStringLiteral("Keynote"), QDate(2026, 3, 3), 5, QString());
    const qint64 question =
        f.add(ChartFixture::selfPlacement(Phase::Baseline, QStringLiteral("Where are you?")));
    f.add(ChartFixture::decision(QStringLiteral("review"), QStringLiteral("What do you do?"),
                                 ChartFixture::decision1Options()));

    std::unique_ptr<SessionCharts> charts;
    std::vector<std::unique_ptr<ChartView>> views;
    std::vector<std::unique_ptr<PaintCounter>> counters;
    if (withCharts) {
        charts = std::make_unique<SessionCharts>(&f.model);
        views.emplace_back(ChartFactory::create(charts.get(), QStringLiteral("distribution"), question,
                                             ChartPresentation::Projector));
        views.back()->resize(1600, 900);
        views.emplace_back(ChartFactory::create(charts.get(), QStringLiteral("distribution"), 0,
                                             ChartPresentation::Console));
        views.back()->resize(900, 560);
        views.emplace_back(ChartFactory::create(charts.get(), QStringLiteral("before-after"), 0,
                                             ChartPresentation::Console));
        views.back()->resize(900, 560);
        for (auto &view : views) {
            view->show();
            counters.push_back(std::make_unique<PaintCounter>());
            view->viewport()->installEventFilter(counters.back().get());
        }
        for (int i = 0; i < 20; ++i)
            QCoreApplication::processEvents();
    }
    for (auto &counter : counters)
        counter->paints = 0;
    const int recomputesBefore = charts ? charts->recomputeCount() : 0;

    Result r;
    int sent = 0;
    QElapsedTimer clock;
    qint64 lastBeat = -1;
    QTimer heartbeat;
    heartbeat.setObjectName(QStringLiteral("heartbeat"));
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastBeat >= 0)
            r.longestGapMs = std::max(r.longestGapMs, (now - lastBeat) / 1e6);
        lastBeat = now;
    });
    QTimer feeder;
    feeder.setObjectName(QStringLiteral("phones"));
    feeder.setTimerType(Qt::PreciseTimer);
    feeder.setInterval(1);
    QObject::connect(&feeder, &QTimer::timeout, [&] {
        const qint64 due = std::min<qint64>(Answers, (clock.elapsed() + 1) * Answers / BurstMs);
        for (; sent < due; ++sent)
            f.record(question, QStringLiteral("phone%1").arg(sent),
                     ChartFixture::stageKey(sent * 7 % 5));
        if (sent >= Answers)
            feeder.stop();
    });

    app.startRecording();
    clock.start();
    heartbeat.start();
    feeder.start();
    while (sent < Answers)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    r.burstMs = clock.elapsed();
    // Let the last recompute, repaint and commit happen.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 100)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    heartbeat.stop();
    app.stopRecording();

    r.longestEventMs = app.longestMs();
    r.longestWhat = app.longestWhat();
    r.longestCpuMs = app.longestCpuMs();
    r.recomputeNs = app.recomputeNs();
    std::sort(r.recomputeNs.begin(), r.recomputeNs.end());
    r.busyMs = app.busyMs();
    r.recomputes = charts ? charts->recomputeCount() - recomputesBefore : 0;
    for (auto &counter : counters)
        r.repaints = std::max(r.repaints, counter->paints);
    return r;
}

template <typename T> T median(std::vector<T> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    constexpr int Rounds = 5;
    std::vector<Result> bare, live;
    burst(app, true); // warm up fonts, caches, the scenario library
    for (int i = 0; i < Rounds; ++i) {
        bare.push_back(burst(app, false));
        live.push_back(burst(app, true));
    }
    const auto pick = [](const std::vector<Result> &results, auto field) {
        std::vector<double> values;
        for (const Result &r : results)
            values.push_back(double(r.*field));
        return median(values);
    };

    std::printf("Burst of %d answers in %d ms through SessionModel; median of %d rounds\n\n",
                Answers, BurstMs, Rounds);
    std::printf("%-34s %12s %12s %8s\n", "", "no charts", "3 charts", "ratio");
    const auto row = [&](const char *label, double Result::*field) {
        const double b = pick(bare, field), l = pick(live, field);
        std::printf("%-34s %9.1f ms %9.1f ms %7.2fx\n", label, b, l, b > 0 ? l / b : 0.0);
    };
    row("burst duration", &Result::burstMs);
    row("longest event (UI thread blocked)", &Result::longestEventMs);
    row("  CPU time of the longest event", &Result::longestCpuMs);
    row("longest gap of a 1 ms heartbeat", &Result::longestGapMs);
    row("UI thread busy during the burst", &Result::busyMs);
    std::printf("%-34s %12s %12.0f\n", "chart recomputes", "-", pick(live, &Result::recomputes));
    std::printf("%-34s %12s %12.0f\n", "chart repaints (busiest view)", "-",
                pick(live, &Result::repaints));
    std::printf("\nper round (3 charts): ");
    for (const Result &r : live)
        std::printf("\n  %d recomputes (median %.1f ms, slowest %.1f ms), %d repaints, longest "
                    "event %.1f ms (event %s)",
                    r.recomputes,
                    r.recomputeNs.isEmpty() ? 0.0
                                            : r.recomputeNs.at(r.recomputeNs.size() / 2) / 1e6,
                    r.recomputeNs.isEmpty() ? 0.0 : r.recomputeNs.last() / 1e6, r.repaints,
                    r.longestEventMs, qPrintable(r.longestWhat));
    std::printf("\nper round (no charts): ");
    for (const Result &r : bare)
        std::printf("\n  longest event %.1f ms (event %s)", r.longestEventMs,
                    qPrintable(r.longestWhat));
    std::printf("\ntargets: repaints per view <= 60, longest block <= 50 ms\n");
    const double worstBlock =
        std::max_element(live.begin(), live.end(), [](const Result &a, const Result &b) {
            return a.longestEventMs < b.longestEventMs;
        })->longestEventMs;
    std::printf("worst block over all rounds: %.1f ms\n", worstBlock);
    return 0;
}
