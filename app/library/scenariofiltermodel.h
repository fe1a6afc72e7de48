#pragma once

#include <QSortFilterProxyModel>

// Filters the scenario list by a theme and by words typed in the search field: a scenario
// matches when it has the theme (or no theme is chosen) and contains every word.
class ScenarioFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ScenarioFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTheme(const QString &themeKey); // empty: all themes

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList mWords;
    QString mTheme;
};
