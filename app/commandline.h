#pragma once

#include <QCoreApplication>
#include <QStringList>

// The program's command line:
//
//   upstander [--lang LANG]                 start the desktop program
//   upstander validate FILE...              check scenario files
//   upstander --help | --version
//
// Exit codes of commands: 0 success, 1 failure, 2 usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Mode { Gui, Console };
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    struct GuiOptions
    {
        QString language;
        QString error; // a usage error, when not empty
    };

    // Decided from the raw arguments, before any QCoreApplication exists.
    static Mode modeFor(int argc, char *argv[]);
    static void setUpApplication();
    static GuiOptions guiOptions(const QStringList &arguments);
    // Runs a console command (or --help / --version); returns the exit code.
    static int run(const QStringList &arguments);
    static int reportUsageError(const QString &message);
    static QString helpText();
};
