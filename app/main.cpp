#include "commandline.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QTimer>

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

    QApplication app(argc, argv);
    CommandLine::setUpApplication();
    const CommandLine::GuiOptions options = CommandLine::guiOptions(app.arguments());
    if (!options.error.isEmpty())
        return CommandLine::reportUsageError(options.error);
    Translations::install(options.language);

    MainWindow window(options.dataDir);
    window.show();
    // For the start-up benchmark (tests/benchmarks/bench_startup): leave as soon as the first
    // frame of the console has been shown.
    if (qEnvironmentVariableIsSet("UPSTANDER_EXIT_WHEN_SHOWN"))
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}
