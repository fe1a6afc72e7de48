#pragma once

// Times a baseline and our code in the same run, interleaved, so that machine noise hits both
// alike; the ratio of the two is what a benchmark reports.
#include <QElapsedTimer>

#include <algorithm>
#include <functional>
#include <vector>

struct Interleaved
{
    double baselineMs = 0; // mean over the outer rounds of each round's median
    double oursMs = 0;
    double ratio = 0; // median over the outer rounds of ours / baseline
};

// The median of `rounds` timed runs of `work`, in nanoseconds.
inline qint64 medianNs(const std::function<void()> &work, int rounds)
{
    std::vector<qint64> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Warms both up once, then `outer` times: the median of `inner` runs of each.
inline Interleaved interleaved(const std::function<void()> &baseline,
                               const std::function<void()> &ours, int outer, int inner)
{
    baseline();
    ours();
    std::vector<double> ratios;
    qint64 baselineNs = 0;
    qint64 oursNs = 0;
    for (int i = 0; i < outer; ++i) {
        const qint64 b = medianNs(baseline, inner);
        const qint64 o = medianNs(ours, inner);
        ratios.push_back(double(o) / double(b));
        baselineNs += b;
        oursNs += o;
    }
    std::sort(ratios.begin(), ratios.end());
    return {baselineNs / double(outer) / 1e6, oursNs / double(outer) / 1e6,
            ratios[ratios.size() / 2]};
}
