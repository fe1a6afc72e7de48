#pragma once

#include <QSortFilterProxyModel>

// Leaves out what the k rule withholds, so that a chart mapped onto it cannot draw a bar or a
// point for it (a model mapper would read a withheld cell as 0):
// - Columns: drops every column whose header says ChartRoles::SuppressedRole (before vs after
//   with "after" still below k shows only "before").
// - Rows: drops every row whose cell in one column holds no number (a cohort session whose
//   "after" was withheld or never asked leaves a gap in the "after" line).
//
//   ChartModel ──> ShownFilterModel ──QVBarModelMapper / QVXYModelMapper──> series
class ShownFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Mode { Columns, Rows };

    // column: for Mode::Rows, the column whose cells decide.
    ShownFilterModel(QAbstractItemModel *source, Mode mode, int column = 0,
                     QObject *parent = nullptr);

protected:
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Mode mMode;
    int mColumn;
};
