#include "library/scenariofiltermodel.h"

#include "library/scenariolistmodel.h"

ScenarioFilterModel::ScenarioFilterModel(QObject *parent) : QSortFilterProxyModel(parent) {}

void ScenarioFilterModel::setSearchText(const QString &text)
{
    mWords = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ScenarioFilterModel::setTheme(const QString &themeKey)
{
    mTheme = themeKey;
    invalidateFilter();
}

bool ScenarioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!mTheme.isEmpty() && index.data(ScenarioListModel::ThemeRole).toString() != mTheme)
        return false;
    const QString haystack = index.data(ScenarioListModel::SearchTextRole).toString();
    for (const QString &word : mWords) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}
