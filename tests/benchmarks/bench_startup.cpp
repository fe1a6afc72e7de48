// Start-up to the first painted console window, against reference programs from the same build
// (bare_mainwindow), all started as processes in the same run, one after the other in each
// round, on the same platform plugin (offscreen unless QT_QPA_PLATFORM says otherwise). Every
// program prints "shown" after its first paint.
//
// The headline: the console against a QMainWindow with a menu, a label and five tabs, the
// least a window with words and tabs pays. Target: within 1.3x. The same window linked with
// every shared library the console loads splits the ratio into what loading those costs and
// what the console itself does.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {
qint64 runOnce(const QString &program, const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    // The clock stops when the program says its first frame is painted; what it does after
    // (deferred set-up, joining worker threads, freeing memory) is not start-up.
    QByteArray out;
    while (!out.contains("shown\n") && process.waitForReadyRead(60000))
        out += process.readAllStandardOutput();
    const qint64 elapsed = timer.nsecsElapsed();
    if (!process.waitForFinished(60000) || process.exitCode() != 0 || !out.contains("shown\n")) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        std::exit(1);
    }
    return elapsed;
}

double median(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return double(v[v.size() / 2]) / 1e6;
}

double quartile(std::vector<qint64> v, int which)
{
    std::sort(v.begin(), v.end());
    return double(v[(v.size() - 1) * size_t(which) / 4]) / 1e6;
}

void usage(FILE *to)
{
    std::fputs("usage: bench_startup [--runs N] [--console PATH]...\n"
               "  Starts upstander (fresh settings, an existing data folder) and four reference\n"
               "  programs (bare_mainwindow: bare, --text, --tabs; bare_mainwindow_linked --tabs,\n"
               "  the same window loading the console's libraries) N times each (default 21),\n"
               "  interleaved, and prints the medians from start to first painted frame and the\n"
               "  console's ratio to each. Offscreen unless QT_QPA_PLATFORM is set.\n"
               "  --console PATH  time this upstander binary instead of the one from this build;\n"
               "                  give it more than once to compare builds in the same run\n",
               to);
}

struct Program
{
    const char *label;
    QString path;
    QStringList arguments;
    std::vector<qint64> times;
};
} // namespace

int main(int argc, char *argv[])
{
    int runs = 21;
    QStringList consoles;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) {
            usage(stdout);
            return 0;
        }
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = std::atoi(argv[++i]);
            continue;
        }
        if (!std::strcmp(argv[i], "--console") && i + 1 < argc) {
            consoles.append(QString::fromLocal8Bit(argv[++i]));
            continue;
        }
        usage(stderr);
        return 2;
    }
    if (runs < 1) {
        usage(stderr);
        return 2;
    }
    QCoreApplication app(argc, argv);
    QTemporaryDir data;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("UPSTANDER_EXIT_WHEN_SHOWN"), QStringLiteral("1"));
    env.insert(QStringLiteral("HOME"), data.path()); // fresh settings, as on a first start
    const QString bare = QStringLiteral(BARE_MAINWINDOW);
    std::vector<Program> programs{
        {"bare QMainWindow", bare, {}, {}},
        {"QMainWindow with a menu and a label", bare, {QStringLiteral("--text")}, {}},
        {"QMainWindow with a menu, a label and tabs", bare, {QStringLiteral("--tabs")}, {}},
        // Not a baseline: the same window with the console's shared libraries loaded, to tell
        // what loading them costs from what the console does.
        {"  the same, loading the console's libraries", QStringLiteral(BARE_MAINWINDOW_LINKED),
         {QStringLiteral("--tabs")}, {}},
    };
    const std::size_t references = programs.size();
    if (consoles.isEmpty())
        consoles.append(QStringLiteral(UPSTANDER_BINARY));
    for (const QString &console : consoles) {
        programs.push_back({consoles.size() == 1 ? "Upstander console" : nullptr,
                            console,
                            {QStringLiteral("--data-dir"), data.filePath(QStringLiteral("data"))},
                            {}});
    }

    for (const Program &p : programs) // warm the page cache; the first creates the data folder
        runOnce(p.path, p.arguments, env);
    for (int i = 0; i < runs; ++i) {
        for (Program &p : programs)
            p.times.push_back(runOnce(p.path, p.arguments, env));
    }

    std::printf("start to first painted frame, %d interleaved runs each (median, quartiles):\n",
                runs);
    for (const Program &p : programs) {
        std::printf("  %-44s %7.1f ms  (%.1f–%.1f)\n", p.label ? p.label : qPrintable(p.path),
                    median(p.times), quartile(p.times, 1), quartile(p.times, 3));
    }
    for (std::size_t i = references; i < programs.size(); ++i) {
        const double ours = median(programs[i].times);
        if (programs.size() > references + 1)
            std::printf("%s:\n", qPrintable(programs[i].path));
        std::printf("ratio against the window with a menu, a label and tabs: %.2fx  (target: "
                    "within 1.3x)\n",
                    ours / median(programs[2].times));
        std::printf("for reference, against the window with a menu and a label: %.2fx\n",
                    ours / median(programs[1].times));
        std::printf("for reference, against the bare window: %.2fx\n",
                    ours / median(programs[0].times));
        std::printf("of the ratio, loading the libraries: %.2fx; the console's own work: %.2fx\n",
                    median(programs[3].times) / median(programs[2].times),
                    ours / median(programs[3].times));
    }
    return 0;
}
