#include "scenario/scenariolibrary.h"

#include "scenario/scenarioloader.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

QString ScenarioLibrary::builtInFolder()
{
    return QStringLiteral(":/scenarios");
}

QString ScenarioLibrary::defaultUserFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/scenarios");
}

void ScenarioLibrary::load(const QString &userFolder, const ScenarioText::Lookup &translate)
{
    mEntries.clear();
    mProblems.clear();
    loadFolder(builtInFolder(), true, translate);
    if (!userFolder.isEmpty())
        loadFolder(userFolder, false, translate);
    // Sort by the words of the title, not by a leading quotation mark.
    const auto sortKey = [](const QString &title) {
        qsizetype i = 0;
        while (i < title.size() && !title.at(i).isLetterOrNumber())
            ++i;
        return title.mid(i);
    };
    std::sort(mEntries.begin(), mEntries.end(), [&](const Entry &a, const Entry &b) {
        return sortKey(a.scenario.title).localeAwareCompare(sortKey(b.scenario.title)) < 0;
    });
}

const ScenarioLibrary::Entry *ScenarioLibrary::find(const QString &id) const
{
    for (const Entry &entry : mEntries) {
        if (entry.scenario.id == id)
            return &entry;
    }
    return nullptr;
}

void ScenarioLibrary::loadFolder(const QString &folder, bool builtIn,
                                 const ScenarioText::Lookup &translate)
{
    const QDir dir(folder);
    const QStringList names =
        dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        ScenarioLoadResult result = ScenarioLoader::loadFile(dir.filePath(name));
        if (!result.scenario) {
            mProblems.append(result.diagnostics);
            continue;
        }
        if (translate)
            result.scenario = ScenarioText::translated(*result.scenario, translate);
        Entry entry{std::move(*result.scenario), builtIn, result.diagnostics};
        auto same = std::find_if(mEntries.begin(), mEntries.end(), [&](const Entry &e) {
            return e.scenario.id == entry.scenario.id;
        });
        if (same == mEntries.end()) {
            mEntries.append(std::move(entry));
        } else if (!builtIn && same->builtIn) {
            *same = std::move(entry); // the user's copy replaces the built-in one
        } else {
            mProblems.append({Diagnostic::Severity::Error, entry.scenario.filePath, 0, 0,
                              tr("another scenario file already uses the id \"%1\" (%2); "
                                 "this one was not loaded")
                                  .arg(entry.scenario.id, same->scenario.filePath)});
        }
    }
}
