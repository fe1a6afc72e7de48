#include "library/scenariolistmodel.h"

#include "scenario/theme.h"

ScenarioListModel::ScenarioListModel(QObject *parent) : QAbstractListModel(parent) {}

void ScenarioListModel::setLibrary(const ScenarioLibrary &library)
{
    beginResetModel();
    mEntries = library.entries();
    endResetModel();
}

const Scenario *ScenarioListModel::scenarioAt(const QModelIndex &index) const
{
    const ScenarioLibrary::Entry *entry = entryAt(index);
    return entry ? &entry->scenario : nullptr;
}

const ScenarioLibrary::Entry *ScenarioListModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= mEntries.size())
        return nullptr;
    return &mEntries.at(index.row());
}

QModelIndex ScenarioListModel::indexOf(const QString &id) const
{
    for (int row = 0; row < mEntries.size(); ++row) {
        if (mEntries.at(row).scenario.id == id)
            return index(row);
    }
    return {};
}

int ScenarioListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mEntries.size());
}

QVariant ScenarioListModel::data(const QModelIndex &index, int role) const
{
    const Scenario *s = scenarioAt(index);
    if (!s)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · %3 min").arg(s->title, Theme::label(s->theme)).arg(s->durationMinutes);
    case Qt::ToolTipRole:
        return s->summary;
    case Qt::AccessibleTextRole:
        return tr("%1, %2, %n minutes", nullptr, s->durationMinutes)
            .arg(s->title, Theme::label(s->theme));
    case TitleRole:
        return s->title;
    case MetaRole:
        return tr("%1 · %2 min").arg(Theme::label(s->theme)).arg(s->durationMinutes);
    case IdRole:
        return s->id;
    case ThemeRole:
        return s->theme;
    case SearchTextRole:
        return QStringList{s->title, s->summary, Theme::label(s->theme), s->id}
            .join(QLatin1Char('\n'))
            .toLower();
    case BuiltInRole:
        return mEntries.at(index.row()).builtIn;
    default:
        return {};
    }
}
