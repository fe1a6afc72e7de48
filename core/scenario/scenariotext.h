#pragma once

#include "scenario/scenario.h"

#include <functional>

// Every translatable text of a scenario, each under a stable id built from the scenario's
// and the parts' own ids, e.g. "credit-taken.scenes.standup.narration". Translations are
// keyed by these ids (Qt Linguist's id-based messages), so a reworded English sentence keeps
// its id and a translator sees it as changed, not as a new string.
namespace ScenarioText {

struct Entry
{
    QString id;
    QString source;
    QString comment; // for translators: who reads it, where, how long it may be (English)
};

// The texts in file order.
QList<Entry> entries(const Scenario &scenario);

// A copy with each text replaced by lookup(id, source); lookup returns source when it has no
// translation.
using Lookup = std::function<QString(const QString &id, const QString &source)>;
Scenario translated(const Scenario &scenario, const Lookup &lookup);

// The lookup that uses the translators installed in the application (qtTrId).
QString installedTranslation(const QString &id, const QString &source);

} // namespace ScenarioText
