#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander scenario-strings --ts FILE.ts SCENARIO...": writes the translatable texts of the
// scenarios into a Qt Linguist file, keeping the translations already made (see
// docs/translations.md).
class ScenarioStringsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioStringsCommand)

public:
    // What "upstander scenario-strings --help" prints.
    static QString usage();
    static int run(const QStringList &arguments);
};
