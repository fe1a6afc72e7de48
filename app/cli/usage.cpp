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

bool Cli::takeOptionValue(const QStringList &arguments, int &i, QLatin1String name, QString *value,
                          QString *error)
{
    const QString &a = arguments.at(i);
    if (a == name) {
        if (i + 1 >= arguments.size()) {
            *error =
                QCoreApplication::translate("CommandLine", "option %1 needs a value").arg(name);
            return true;
        }
        *value = arguments.at(++i);
        return true;
    }
    if (a.startsWith(name + QLatin1Char('='))) {
        *value = a.mid(name.size() + 1);
        return true;
    }
    return false;
}
