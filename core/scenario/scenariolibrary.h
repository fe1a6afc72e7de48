#pragma once

#include "scenario/diagnostic.h"
#include "scenario/scenario.h"
#include "scenario/scenariotext.h"

#include <QList>
#include <QString>

// All scenarios a trainer can pick from: the built-in ones shipped inside the program and
// the user's own from their scenario folder. A user scenario with the id of a built-in one
// replaces it. Files that fail to load are kept as problems, never silently dropped.
class ScenarioLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLibrary)

public:
    struct Entry
    {
        Scenario scenario;
        bool builtIn = true;
        Diagnostics warnings;
    };

    static QString builtInFolder();     // ":/scenarios"
    static QString defaultUserFolder(); // <app data>/scenarios

    // Loads the built-in scenarios and those in userFolder (which may be missing or empty),
    // with their texts passed through `translate` when it is given.
    void load(const QString &userFolder, const ScenarioText::Lookup &translate = {});

    const QList<Entry> &entries() const { return mEntries; }
    const Entry *find(const QString &id) const;
    const Diagnostics &problems() const { return mProblems; } // from files that did not load

private:
    void loadFolder(const QString &folder, bool builtIn, const ScenarioText::Lookup &translate);

    QList<Entry> mEntries;
    Diagnostics mProblems;
};
