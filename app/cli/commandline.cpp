#include "cli/commandline.h"

#include "languages.h"

#include "cli/democommand.h"
#include "cli/exportcommand.h"
#include "cli/listsessionscommand.h"
#include "cli/scenariostringscommand.h"
#include "cli/translations.h"
#include "cli/usage.h"
#include "cli/validatecommand.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace {

// The verbs, each with its own usage ("upstander VERB --help").
struct Verb
{
    QLatin1String name;
    QString (*usage)();
};

const Verb verbs[] = {
    {QLatin1String("validate"), &ValidateCommand::usage},
    {QLatin1String("scenario-strings"), &ScenarioStringsCommand::usage},
    {QLatin1String("sessions"), &ListSessionsCommand::usage},
    {QLatin1String("export"), &ExportCommand::usage},
    {QLatin1String("demo"), &DemoCommand::usage},
};

// -h or --help among a verb's arguments, up to a "--" that ends its options: the verb's usage
// is all that is asked for, whatever else is there.
bool asksForHelp(const QStringList &rest)
{
    for (const QString &a : rest) {
        if (a == QLatin1String("--"))
            return false;
        if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            return true;
    }
    return false;
}

// Options that take a value, for every mode: the value is not a command name.
bool takesValue(const QString &option)
{
    return option == QLatin1String("--lang") || option == QLatin1String("--serve") ||
           option == QLatin1String("--session");
}

struct Split
{
    QString language;
    QString dataDir; // empty: the default folder
    QString serve;   // --serve HOST:PORT (desktop program only)
    QString session; // --session ID|new, with --serve
    QString command;
    QStringList rest; // everything after the command
    QString error;
    bool help = false;
    bool version = false;
};

// --data-dir is global wherever it stands, before or after the command ("upstander demo
// --data-dir DIR"), up to a "--" that ends a command's options.
bool takeDataDir(const QStringList &arguments, int &i, Split &s)
{
    if (!Cli::takeOptionValue(arguments, i, QLatin1String("--data-dir"), &s.dataDir, &s.error))
        return false;
    if (s.error.isEmpty() && s.dataDir.isEmpty())
        s.error = CommandLine::tr("option --data-dir needs a folder");
    return true;
}

Split split(const QStringList &arguments)
{
    Split s;
    bool endOfOptions = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!endOfOptions && takeDataDir(arguments, i, s)) {
            if (!s.error.isEmpty())
                return s;
        } else if (!s.command.isEmpty()) {
            endOfOptions = endOfOptions || a == QLatin1String("--");
            s.rest.append(a);
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            s.help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            s.version = true;
        } else if (takesValue(a)) {
            if (i + 1 >= arguments.size()) {
                s.error = CommandLine::tr("option %1 needs a value").arg(a);
                return s;
            }
            const QString value = arguments.at(++i);
            (a == QLatin1String("--serve")     ? s.serve
             : a == QLatin1String("--session") ? s.session
                                               : s.language) = value;
        } else if (a.startsWith(QLatin1String("--serve="))) {
            s.serve = a.mid(8);
        } else if (a.startsWith(QLatin1String("--session="))) {
            s.session = a.mid(10);
        } else if (a.startsWith(QLatin1String("--lang="))) {
            s.language = a.mid(7);
        } else if (a.startsWith(QLatin1Char('-'))) {
            s.error = CommandLine::tr("unknown option %1").arg(a);
            return s;
        } else {
            s.command = a;
        }
    }
    return s;
}

// "export" writing pdf, png or svg: by --format, or else by the extension of --out.
bool drawsCharts(int argc, char *argv[], int command)
{
    if (std::strcmp(argv[command], "export") != 0)
        return false;
    QString format, out;
    for (int i = command + 1; i < argc; ++i) {
        const QString a = QString::fromLocal8Bit(argv[i]);
        const bool next = i + 1 < argc;
        if (a == QLatin1String("--format") && next)
            format = QString::fromLocal8Bit(argv[++i]);
        else if (a.startsWith(QLatin1String("--format=")))
            format = a.mid(9);
        else if (a == QLatin1String("--out") && next)
            out = QString::fromLocal8Bit(argv[++i]);
        else if (a.startsWith(QLatin1String("--out=")))
            out = a.mid(6);
    }
    if (format.isEmpty())
        format = QFileInfo(out).suffix();
    return ExportCommand::isGraphicFormat(format);
}

} // namespace

CommandLine::Mode CommandLine::modeFor(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--lang") == 0 || std::strcmp(a, "--data-dir") == 0 ||
            std::strcmp(a, "--serve") == 0 || std::strcmp(a, "--session") == 0) {
            ++i;
            continue;
        }
        if (a[0] != '-')
            return drawsCharts(argc, argv, i) ? Mode::Offscreen : Mode::Console;
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 ||
            std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0)
            return Mode::Console;
    }
    return Mode::Gui;
}

void CommandLine::setUpApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Upstander"));
    QCoreApplication::setApplicationName(QStringLiteral("Upstander"));
    QCoreApplication::setApplicationVersion(QStringLiteral(UPSTANDER_VERSION));
}

CommandLine::GuiOptions CommandLine::guiOptions(const QStringList &arguments)
{
    const Split s = split(arguments);
    GuiOptions options;
    options.language = s.language;
    options.dataDir = s.dataDir.isEmpty() ? SessionStore::defaultFolder() : s.dataDir;
    options.error = s.error;
    if (!options.error.isEmpty())
        return options;
    if (!s.session.isEmpty() && s.serve.isEmpty()) {
        options.error = tr("--session goes with --serve");
        return options;
    }
    if (s.serve.isEmpty())
        return options;
    // HOST:PORT, IPv6 as [ADDRESS]:PORT.
    const qsizetype colon = s.serve.lastIndexOf(QLatin1Char(':'));
    QString host = s.serve.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const uint port = s.serve.mid(colon + 1).toUInt(&portOk);
    const QHostAddress address(host == QLatin1String("localhost") ? QStringLiteral("127.0.0.1")
                                                                  : host);
    if (colon <= 0 || !portOk || port > 65535 || address.isNull()) {
        options.error =
            tr("--serve needs HOST:PORT, an IP address and a port, e.g. 0.0.0.0:8080 (not \"%1\")")
                .arg(s.serve);
        return options;
    }
    options.serve = true;
    options.serveAddress = address;
    options.servePort = quint16(port);
    if (!s.session.isEmpty() && s.session != QLatin1String("new")) {
        bool idOk = false;
        options.serveSession = s.session.toLongLong(&idOk);
        if (!idOk || options.serveSession <= 0) {
            options.error = tr("--session needs a session id (see \"upstander sessions\") or "
                               "\"new\", not \"%1\"")
                                .arg(s.session);
        }
    }
    return options;
}

namespace {
// "en, de, fr, …": the registry's languages, for --lang.
QString languageCodes()
{
    QStringList codes;
    for (const Languages::Language &language : Languages::all())
        codes.append(language.code);
    return codes.join(QStringLiteral(", "));
}
} // namespace

QString CommandLine::helpText()
{
    return tr("Usage: upstander [OPTIONS] [COMMAND [ARGUMENTS]]\n"
              "\n"
              "Runs allyship workshops: the allyship spectrum, role-play scenarios, and the\n"
              "group's answers. Without a command, the desktop program starts.\n"
              "\n"
              "Commands:\n"
              "  validate FILE...   check scenario files; prints FILE:LINE:COL: error: MESSAGE\n"
              "                     for each problem; exit 0 when no file has an error, 1 when\n"
              "                     one has\n"
              "  scenario-strings --ts FILE.ts SCENARIO...\n"
              "                     write the scenarios' texts into a Qt Linguist file for\n"
              "                     translation, keeping translations already made\n"
              "\n"
              "Options:\n"
              "  --lang LANG        use the language LANG (%1) instead of the system's\n"
              "  --serve HOST:PORT [--session ID|new]\n"
              "                     start the desktop program with phones invited: serve the\n"
              "                     participant page on HOST:PORT (port 0: any free one), open\n"
              "                     session ID or a new one (the default) with the baseline\n"
              "                     self-placement on the projector, and print the join address\n"
              "                     and code\n"
              "  -h, --help         show this help and exit\n"
              "  -v, --version      show the version and exit\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n")
               .arg(languageCodes()) +
           QLatin1Char('\n') +
           tr("Session data (one database per data folder):\n"
              "  sessions [--format table|tsv]\n"
              "                     list the sessions, newest first: id, date, title, cohort and\n"
              "                     number of answers; tsv is tab-separated, for scripts\n"
              "  export --session ID --format csv|json --out FILE [--raw]\n"
              "                     write one session's results to FILE, atomically: the group\n"
              "                     statistics (one below the anonymity threshold k is\n"
              "                     \"suppressed\", without numbers), or with --raw every answer\n"
              "                     under a key new in each export; without --format, the\n"
              "                     extension of FILE decides\n"
              "  export --session ID --format pdf|png|svg --out FILE [--chart NAME]\n"
              "                     the session's PDF report (pdf without --chart), or one\n"
              "                     chart: distribution, before-after, perception-gap,\n"
              "                     decisions or cohort-trend (--question ID picks the\n"
              "                     question of distribution and decisions); needs no display\n"
              "  demo               create a demo session (about 25 participants, two\n"
              "                     scenarios, commitments) and print its id\n"
              "  --data-dir DIR     keep the sessions in DIR instead of the default folder\n"
              "                     (%1); for every command, before or after\n"
              "                     it, and for the desktop program\n"
              "\n"
              "Columns and the JSON format: docs/export.md.\n")
               .arg(QDir::toNativeSeparators(SessionStore::defaultFolder())) +
           QLatin1Char('\n') +
           tr("Deleting sessions (asks nothing; nothing stays readable in the database):\n"
              "  sessions --delete ID\n"
              "                     delete session ID with all of its answers, tallies and\n"
              "                     commitments\n"
              "  sessions --older-than N\n"
              "                     delete every session dated more than N months ago\n"
              "\n"
              "\"upstander COMMAND --help\" shows the options of one command.\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const Split s = split(arguments);
    const QString language = Translations::install(s.language);
    if (!s.error.isEmpty())
        return Cli::reportUsageError(s.error);
    QTextStream out(stdout);
    if (s.help) {
        out << helpText();
        return Cli::Success;
    }
    if (s.version) {
        out << QStringLiteral("upstander %1\n").arg(QCoreApplication::applicationVersion());
        return Cli::Success;
    }
    if (asksForHelp(s.rest)) {
        for (const Verb &verb : verbs) {
            if (s.command == verb.name) {
                out << verb.usage();
                return Cli::Success;
            }
        }
    }
    if (s.command == QLatin1String("validate"))
        return ValidateCommand::run(s.rest);
    if (s.command == QLatin1String("scenario-strings"))
        return ScenarioStringsCommand::run(s.rest);
    const QString dataFolder = s.dataDir.isEmpty() ? SessionStore::defaultFolder() : s.dataDir;
    if (s.command == QLatin1String("sessions"))
        return ListSessionsCommand::run(s.rest, dataFolder);
    if (s.command == QLatin1String("export"))
        return ExportCommand::run(s.rest, dataFolder);
    if (s.command == QLatin1String("demo"))
        return DemoCommand::run(s.rest, dataFolder, language);
    return Cli::reportUsageError(tr("unknown command \"%1\"").arg(s.command));
}
