#pragma once

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"

// The checks that need the whole scenario: unique ids, stage keys, and the scene graph
// (every target exists, every scene reachable, no dead end, no loop without a way out).
class ScenarioChecker
{
public:
    static void check(const Scenario &scenario, Diagnostics &diagnostics);
};
