#pragma once

#include <QString>
#include <QStringList>

// What every command-line verb shares: its exit codes and how a usage error is reported. Kept
// apart from CommandLine so that a verb does not depend on the parser that dispatches to it.
namespace Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Prints "upstander: MESSAGE" and a hint to --help on stderr; returns UsageError.
int reportUsageError(const QString &message);

// Reads "--name VALUE" or "--name=VALUE" at arguments[i] (moving i past the value); true when
// arguments[i] was that option, with *error set when its value is missing.
bool takeOptionValue(const QStringList &arguments, int &i, QLatin1String name, QString *value,
                     QString *error);

} // namespace Cli
