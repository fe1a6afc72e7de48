#include "charts/chartexportcommand.h"
#include "cli/commandline.h"
#include "cli/exportcommand.h"
#include "cli/translations.h"
#include "cli/usage.h"
#include "console/firstframeprobe.h"
#include "console/mainwindow.h"
#include "console/consolestyle.h"
#include "console/participantcontrol.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    const CommandLine::Mode mode = CommandLine::modeFor(argc, argv);
    if (mode == CommandLine::Mode::Console) {
        // Commands such as "validate" must work on a machine without a display.
        QCoreApplication app(argc, argv);
        CommandLine::setUpApplication();
        return CommandLine::run(app.arguments());
    }

    if (mode == CommandLine::Mode::Offscreen) {
        // Charts and the report are drawn with Qt Widgets, on no screen at all. QApplication
        // would take "--session ID" for its own session management: it gets no arguments.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        int qtArgc = 1;
        char *qtArgv[] = {argv[0], nullptr};
        QApplication app(qtArgc, qtArgv);
        CommandLine::setUpApplication();
        ChartExportCommand charts;
        ExportCommand::setGraphicExporter(&charts);
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments.append(QString::fromLocal8Bit(argv[i]));
        return CommandLine::run(arguments);
    }

    // Our options are read from the raw arguments: QApplication takes "--session ID" away for
    // the desktop's session management.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QApplication app(argc, argv);
    CommandLine::setUpApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral(UPSTANDER_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/" UPSTANDER_APP_ID ".svg")));
    const CommandLine::GuiOptions options = CommandLine::guiOptions(arguments);
    if (!options.error.isEmpty())
        return Cli::reportUsageError(options.error);
    const QString language = Translations::install(options.language);
    ConsoleStyle::applyFor(language);

    MainWindow window(options.dataDir);
    // A trainer starting the program asks for it; a script serving phones does not.
    window.setAsksAtFirstStart(!options.serve);
    // For the start-up benchmark (tests/benchmarks/bench_startup): say so once the first frame
    // of the console has been painted, then leave.
    FirstFrameProbe exitWhenShown;
    if (qEnvironmentVariableIsSet("UPSTANDER_EXIT_WHEN_SHOWN"))
        window.installEventFilter(&exitWhenShown);
    window.show();
    if (options.serve) {
        QString error;
        if (!window.serveParticipants(options.serveAddress, options.servePort, options.serveSession,
                                      language, &error)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate("CommandLine", "upstander: %1").arg(error)));
            return Cli::Failure;
        }
        // For scripts and black-box tests: two lines with fixed keys, whatever the language.
        const AudienceState::JoinInfo &join = window.participants()->joinInfo();
        std::printf("url: %s\ncode: %s\n", qPrintable(join.link), qPrintable(join.code));
        std::fflush(stdout);
    }
    return app.exec();
}
