// Parse + validate the whole built-in library, against yaml-cpp alone parsing the same files
// (YAML::Load into its own node tree). Target: validation costs no more than 2× the bare parse.
#include "scenarioloader.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {
// The median of several timed rounds, in nanoseconds per round.
qint64 medianNs(const std::function<void()> &round, int rounds)
{
    std::vector<qint64> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        round();
        times.push_back(timer.nsecsElapsed());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main()
{
    const QDir dir(QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios"));
    std::vector<QByteArray> files;
    std::vector<std::string> texts;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        files.push_back(f.readAll());
        texts.push_back(files.back().toStdString());
    }
    qint64 bytes = 0;
    for (const QByteArray &f : files)
        bytes += f.size();

    volatile std::size_t sink = 0;
    const auto bare = [&] {
        for (const std::string &t : texts)
            sink = sink + YAML::Load(t).size();
    };
    const auto ours = [&] {
        for (const QByteArray &f : files) {
            const ScenarioLoadResult r = ScenarioLoader::loadData(f, QStringLiteral("bench.yaml"));
            sink = sink + std::size_t(r.diagnostics.size()) + (r.scenario ? 1 : 0);
        }
    };
    // Warm up, then interleave the two so that machine noise hits both alike.
    bare();
    ours();
    std::vector<double> ratios;
    qint64 bareNs = 0;
    qint64 oursNs = 0;
    for (int i = 0; i < 7; ++i) {
        const qint64 b = medianNs(bare, 5);
        const qint64 o = medianNs(ours, 5);
        ratios.push_back(double(o) / double(b));
        bareNs += b;
        oursNs += o;
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("scenario library: %zu files, %lld bytes\n", files.size(),
                static_cast<long long>(bytes));
    std::printf("yaml-cpp YAML::Load alone:   %8.2f ms per library\n", bareNs / 7 / 1e6);
    std::printf("Upstander parse + validate:  %8.2f ms per library\n", oursNs / 7 / 1e6);
    std::printf("ratio (median of 7): %.2fx  (target: at most 2.00x)\n", ratios[ratios.size() / 2]);
    return 0;
}
