#pragma once

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"
#include "scenario/yamltree.h"

// Turns a YAML tree into a Scenario, reporting every unknown, duplicate, missing or mistyped
// key. It checks the shape of each value; the checks across the whole scenario (ids, the
// scene graph, stages) are ScenarioChecker's.
class ScenarioReader
{
public:
    static constexpr const char *FormatTag = "upstander-scenario/1";

    static Scenario read(const YamlNode &root, const QString &file, Diagnostics &diagnostics);
};
