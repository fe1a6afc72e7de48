// Child process for tst_resume: a real console on the data folder given opens a session, runs a
// scenario to its second scene and puts its question on the projector, prints
// "ready SESSION QUESTION SCENE,SCENE" and waits to be killed with SIGKILL: nothing is saved at the end.
#include "resumesteps.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    // The parent's settings: it reads which session was open from them.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("UpstanderTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_resume"));
    const QString folder = QString::fromLocal8Bit(argv[1]);
    const qint64 id = ResumeSteps::createSession(folder, QStringLiteral("Killed mid-scenario"));
    if (id == 0)
        return 1;
    MainWindow window(folder);
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    const std::optional<ResumeSteps::Point> point =
        ResumeSteps::runToSecondScene(window, id, QStringLiteral("erg-no-budget"));
    if (!point)
        return 1;
    std::printf("ready %lld %lld %s\n", point->session, point->question,
                qPrintable(point->path.join(QLatin1Char(','))));
    std::fflush(stdout);
    return app.exec();
}
