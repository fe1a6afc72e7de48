#include "cli/usage.h"

#include <QCoreApplication>
#include <QTextStream>

int Cli::reportUsageError(const QString &message)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("CommandLine", "upstander: %1").arg(message) << '\n'
        << QCoreApplication::translate("CommandLine",
                                       "Try \"upstander --help\" for more information.")
        << '\n';
    return UsageError;
}
