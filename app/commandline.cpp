#include "commandline.h"

#include "translations.h"
#include "scenariostringscommand.h"
#include "validatecommand.h"

#include <QTextStream>

#include <cstring>

namespace {

// Options that take a value, for every mode: the value is not a command name.
bool takesValue(const QString &option)
{
    return option == QLatin1String("--lang");
}

struct Split
{
    QString language;
    QString command;
    QStringList rest; // everything after the command
    QString error;
    bool help = false;
    bool version = false;
};

Split split(const QStringList &arguments)
{
    Split s;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (!s.command.isEmpty()) {
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
            s.language = arguments.at(++i);
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

} // namespace

CommandLine::Mode CommandLine::modeFor(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (std::strcmp(a, "--lang") == 0) {
            ++i;
            continue;
        }
        if (std::strcmp(a, "--help") == 0 || std::strcmp(a, "-h") == 0 ||
            std::strcmp(a, "--version") == 0 || std::strcmp(a, "-v") == 0 || a[0] != '-')
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
    return {s.language, s.error};
}

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
              "  --lang LANG        use the language LANG (en, de) instead of the system's\n"
              "  -h, --help         show this help and exit\n"
              "  -v, --version      show the version and exit\n"
              "\n"
              "Exit codes: 0 success, 1 failure, 2 usage error.\n");
}

int CommandLine::reportUsageError(const QString &message)
{
    QTextStream err(stderr);
    err << tr("upstander: %1").arg(message) << '\n'
        << tr("Try \"upstander --help\" for more information.") << '\n';
    return UsageError;
}

int CommandLine::run(const QStringList &arguments)
{
    const Split s = split(arguments);
    Translations::install(s.language);
    if (!s.error.isEmpty())
        return reportUsageError(s.error);
    QTextStream out(stdout);
    if (s.help) {
        out << helpText();
        return Success;
    }
    if (s.version) {
        out << QStringLiteral("upstander %1\n").arg(QCoreApplication::applicationVersion());
        return Success;
    }
    if (s.command == QLatin1String("validate"))
        return ValidateCommand::run(s.rest);
    if (s.command == QLatin1String("scenario-strings"))
        return ScenarioStringsCommand::run(s.rest);
    return reportUsageError(tr("unknown command \"%1\"").arg(s.command));
}
