#pragma once

#include "scenario/scenariolibrary.h"

#include <QAbstractListModel>

// The scenario library as a list for views: one row per scenario, sorted by title.
class ScenarioListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        ThemeRole,      // theme key
        SearchTextRole, // everything a search should match, lower-cased
        BuiltInRole,
        TitleRole,
        MetaRole, // theme and duration, one line
    };

    explicit ScenarioListModel(QObject *parent = nullptr);

    void setLibrary(const ScenarioLibrary &library);
    const Scenario *scenarioAt(const QModelIndex &index) const;
    const ScenarioLibrary::Entry *entryAt(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QList<ScenarioLibrary::Entry> mEntries;
};
