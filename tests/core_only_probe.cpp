// Links every part of the core; the core_links_no_gui test checks its dependencies.
#include "scenario/scenariolibrary.h"
#include "spectrum.h"

int main()
{
    ScenarioLibrary library;
    library.load(QString());
    return Spectrum::standard().stages().size() == 5 && !library.entries().isEmpty() ? 0 : 1;
}
