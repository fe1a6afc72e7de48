#pragma once

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct ScenarioLoadResult
{
    std::optional<Scenario> scenario; // set only when there is no error
    Diagnostics diagnostics;          // errors and warnings, in file order
};

// The one way into a scenario file: size and encoding checks, YAML, shape, then the checks
// across the scenario. Safe on any input: bounded in time and memory, never throws.
class ScenarioLoader
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLoader)

public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    static ScenarioLoadResult loadFile(const QString &path);
    // fileName is only used in diagnostics.
    static ScenarioLoadResult loadData(const QByteArray &data, const QString &fileName);
};
