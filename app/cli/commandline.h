#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

// The program's command line:
//
//   upstander [--lang LANG] [--data-dir DIR]     start the desktop program
//   upstander --serve HOST:PORT [--session ID|new]   … with phones invited
//   upstander validate FILE...                   check scenario files
//   upstander scenario-strings --ts FILE.ts SCENARIO...
//   upstander sessions [--format table|tsv]      list the sessions in the store
//   upstander sessions --delete ID | --older-than N   delete sessions, asking nothing
//   upstander export --session ID --format csv|json --out FILE [--raw]
//   upstander export --session ID --format pdf|png|svg --out FILE [--chart NAME]
//   upstander demo                               create a demo session
//   upstander --help | --version
//   upstander COMMAND --help                     the command's own usage (each has usage())
//
// --data-dir DIR (before or after the command) selects the folder of the session store for
// every command and the desktop program; without it, SessionStore::defaultFolder().
// Exit codes of commands: 0 success, 1 failure, 2 usage error.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Offscreen: a command that draws (export to pdf, png or svg) needs a QApplication, on the
    // offscreen platform so that it works without a display.
    enum class Mode { Gui, Console, Offscreen };

    struct GuiOptions
    {
        QString language;
        QString dataDir; // the session store's folder: --data-dir, or the default one
        QString error;   // a usage error, when not empty
        // --serve HOST:PORT [--session ID|new]
        bool serve = false;
        QHostAddress serveAddress;
        quint16 servePort = 0;
        qint64 serveSession = 0; // 0: a new session
    };

    // Decided from the raw arguments, before any QCoreApplication exists.
    static Mode modeFor(int argc, char *argv[]);
    static void setUpApplication();
    static GuiOptions guiOptions(const QStringList &arguments);
    // Runs a console command (or --help / --version); returns the exit code.
    static int run(const QStringList &arguments);
    static QString helpText();
};
