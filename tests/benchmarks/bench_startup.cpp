// Start-up to the first shown console window, against a bare QMainWindow program from the same
// build, both started as processes in the same run, alternating, on the same platform plugin
// (offscreen unless QT_QPA_PLATFORM says otherwise). Target: within 1.5x.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
qint64 runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    // The clock stops when the program says its first frame is on screen; what it does while
    // leaving (joining worker threads, freeing memory) is not start-up.
    QByteArray out;
    while (!out.contains("shown\n") && process.waitForReadyRead(60000))
        out += process.readAllStandardOutput();
    const qint64 elapsed = timer.nsecsElapsed();
    if (!process.waitForFinished(60000) || process.exitCode() != 0 || !out.contains("shown\n")) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    return elapsed;
}

double median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return double(v[v.size() / 2]);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("UPSTANDER_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), data.path()); // fresh settings, as on a first start
    const QString upstander = QStringLiteral(UPSTANDER_BINARY);
    const QString bare = QStringLiteral(BARE_MAINWINDOW);
    const QStringList upstanderArgs{QStringLiteral("--data-dir"),
                                    data.filePath(QStringLiteral("data"))};

    runOnce(upstander, upstanderArgs, env); // warm the page cache for both
    runOnce(bare, {}, env);
    std::vector<qint64> ours;
    std::vector<qint64> baseline;
    std::vector<qint64> withText;
    for (int i = 0; i < 11; ++i) {
        ours.push_back(runOnce(upstander, upstanderArgs, env));
        baseline.push_back(runOnce(bare, {}, env));
        withText.push_back(runOnce(bare, {QStringLiteral("--text")}, env));
    }
    std::printf("bare QMainWindow, start to first shown frame:    %7.1f ms\n",
                median(baseline) / 1e6);
    std::printf("QMainWindow with a menu and a label:            %7.1f ms\n",
                median(withText) / 1e6);
    std::printf("Upstander console, start to first shown frame:  %7.1f ms\n", median(ours) / 1e6);
    std::printf("ratio (medians of 11): %.2fx  (target: within 1.5x)\n",
                median(ours) / median(baseline));
    std::printf("for reference, against the window with text: %.2fx\n",
                median(ours) / median(withText));
    return 0;
}
