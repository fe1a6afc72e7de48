// Parse + validate the whole built-in library, against yaml-cpp alone parsing the same files
// (YAML::Load into its own node tree). Target: validation costs no more than 2× the bare parse.
#include "interleaved.h"
#include "scenario/scenarioloader.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

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
    const Interleaved timing = interleaved(bare, ours, 7, 5);
    std::printf("scenario library: %zu files, %lld bytes\n", files.size(),
                static_cast<long long>(bytes));
    std::printf("yaml-cpp YAML::Load alone:   %8.2f ms per library\n", timing.baselineMs);
    std::printf("Upstander parse + validate:  %8.2f ms per library\n", timing.oursMs);
    std::printf("ratio (median of 7): %.2fx  (target: at most 2.00x)\n", timing.ratio);
    return 0;
}
