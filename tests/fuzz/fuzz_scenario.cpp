// Feeds arbitrary bytes to the scenario loader. It must never crash, hang or leak, and its
// result must be consistent: a scenario only when there is no error, positions always set.
#include "scenario/scenarioloader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const ScenarioLoadResult result = ScenarioLoader::loadData(bytes, QStringLiteral("fuzz.yaml"));
    if (bool(result.scenario) == hasErrors(result.diagnostics))
        std::abort();
    for (const Diagnostic &d : result.diagnostics) {
        if (d.line < 1 || d.column < 1 || d.message.isEmpty())
            std::abort();
    }
    return 0;
}
