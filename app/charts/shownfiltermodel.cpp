#include "charts/shownfiltermodel.h"

#include "charts/chartroles.h"

ShownFilterModel::ShownFilterModel(QAbstractItemModel *source, Mode mode, int column,
                                   QObject *parent)
    : QSortFilterProxyModel(parent), mMode(mode), mColumn(column)
{
    setSourceModel(source);
    if (mode == Mode::Columns) {
        // QSortFilterProxyModel re-filters rows on dataChanged by itself, columns never.
        connect(source, &QAbstractItemModel::headerDataChanged, this,
                [this](Qt::Orientation orientation) {
                    if (orientation == Qt::Horizontal)
                        invalidateColumnsFilter();
                });
        connect(source, &QAbstractItemModel::dataChanged, this,
                [this] { invalidateColumnsFilter(); });
    }
}

bool ShownFilterModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const
{
    if (mMode != Mode::Columns || sourceParent.isValid())
        return true;
    return !sourceModel()
                ->headerData(sourceColumn, Qt::Horizontal, ChartRoles::SuppressedRole)
                .toBool();
}

bool ShownFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (mMode != Mode::Rows)
        return true;
    return sourceModel()->index(sourceRow, mColumn, sourceParent).data().isValid();
}
