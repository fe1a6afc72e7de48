#pragma once

#include <QString>

// What every command-line verb shares: its exit codes and how a usage error is reported. Kept
// apart from CommandLine so that a verb does not depend on the parser that dispatches to it.
namespace Cli {

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// Prints "upstander: MESSAGE" and a hint to --help on stderr; returns UsageError.
int reportUsageError(const QString &message);

} // namespace Cli
