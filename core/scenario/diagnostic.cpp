#include "scenario/diagnostic.h"

#include <algorithm>

QString Diagnostic::toString() const
{
    // The severity words stay English on purpose: editors and CI tools parse them.
    const QString kind = isError() ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1:%2:%3: %4: %5")
        .arg(file)
        .arg(std::max(line, 1))
        .arg(std::max(column, 1))
        .arg(kind, message);
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.isError(); });
}
