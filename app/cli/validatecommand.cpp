#include "cli/validatecommand.h"

#include "cli/usage.h"
#include "scenario/scenarioloader.h"

#include <QTextStream>

int ValidateCommand::run(const QStringList &arguments)
{
    QStringList files;
    bool quiet = false;
    bool endOfOptions = false;
    for (const QString &a : arguments) {
        if (!endOfOptions && a == QLatin1String("--"))
            endOfOptions = true;
        else if (!endOfOptions && (a == QLatin1String("-q") || a == QLatin1String("--quiet")))
            quiet = true;
        else if (!endOfOptions && a.startsWith(QLatin1Char('-')) && a.size() > 1)
            return Cli::reportUsageError(tr("unknown option %1 for validate").arg(a));
        else
            files.append(a);
    }
    if (files.isEmpty())
        return Cli::reportUsageError(tr("validate needs at least one scenario file"));

    QTextStream out(stdout);
    int filesWithErrors = 0;
    for (const QString &file : files) {
        const ScenarioLoadResult result = ScenarioLoader::loadFile(file);
        for (const Diagnostic &d : result.diagnostics)
            out << d.toString() << '\n';
        if (hasErrors(result.diagnostics))
            ++filesWithErrors;
    }
    if (!quiet) {
        QTextStream err(stderr);
        if (filesWithErrors == 0)
            err << tr("%n file(s) checked, no errors.", nullptr, int(files.size())) << '\n';
        else
            err << tr("%n file(s) checked, %1 with errors.", nullptr, int(files.size()))
                       .arg(filesWithErrors)
                << '\n';
    }
    return filesWithErrors == 0 ? Cli::Success : Cli::Failure;
}

QString ValidateCommand::usage()
{
    return tr("Usage: upstander validate [-q|--quiet] [--] FILE...\n"
              "\n"
              "Checks scenario files: one line per problem on standard output,\n"
              "FILE:LINE:COL: error: MESSAGE (or warning:), and a summary on standard error.\n"
              "\n"
              "Options:\n"
              "  -q, --quiet   no summary on standard error\n"
              "  --            every argument after it is a file, even one that starts with -\n"
              "  -h, --help    show this help and exit\n"
              "\n"
              "Exit codes: 0 no file has an error (warnings alone are fine), 1 a file has one,\n"
              "2 usage error. The format of scenario files: docs/scenario-format.md.\n");
}
