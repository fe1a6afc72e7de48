#include "charts/diagonalmodel.h"

#include "charts/chartroles.h"

DiagonalModel::DiagonalModel(QAbstractItemModel *source, int column, QObject *parent)
    : DiagonalModel(source, column, RowOrder::TopDown, parent)
{
}

DiagonalModel::DiagonalModel(QAbstractItemModel *source, int column, RowOrder order,
                             QObject *parent)
    : QAbstractTableModel(parent), mSource(source), mColumn(column), mOrder(order)
{
    mSize = sourceRows();
    connect(source, &QAbstractItemModel::modelReset, this, &DiagonalModel::reset);
    connect(source, &QAbstractItemModel::layoutChanged, this, &DiagonalModel::reset);
    connect(source, &QAbstractItemModel::rowsInserted, this, &DiagonalModel::reset);
    connect(source, &QAbstractItemModel::rowsRemoved, this, &DiagonalModel::reset);
    connect(source, &QAbstractItemModel::columnsInserted, this, &DiagonalModel::reset);
    connect(source, &QAbstractItemModel::columnsRemoved, this, &DiagonalModel::reset);
    connect(source, &QAbstractItemModel::dataChanged, this, &DiagonalModel::sourceDataChanged);
    connect(source, &QAbstractItemModel::headerDataChanged, this,
            &DiagonalModel::sourceHeaderChanged);
}

bool DiagonalModel::sourceShown() const
{
    return mSource && mColumn < mSource->columnCount() &&
           !mSource->headerData(mColumn, Qt::Horizontal, ChartRoles::SuppressedRole).toBool();
}

int DiagonalModel::sourceRows() const
{
    return sourceShown() ? mSource->rowCount() : 0;
}

int DiagonalModel::sourceRow(int row) const
{
    return mOrder == RowOrder::BottomUp ? mSize - 1 - row : row;
}

int DiagonalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mSize;
}

int DiagonalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : mSize;
}

QVariant DiagonalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QModelIndex source = mSource->index(sourceRow(index.row()), mColumn);
    if (role == Qt::DisplayRole)
        return source.row() == index.column() ? source.data() : QVariant(0);
    // Colours, stage keys, suppression: those of the source row the bar set stands for.
    return mSource->index(index.column(), mColumn).data(role);
}

QVariant DiagonalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= mSize)
        return {};
    // Both ways the sections are the source's rows (the rows in this model's order).
    return mSource->headerData(orientation == Qt::Vertical ? sourceRow(section) : section,
                               Qt::Vertical, role);
}

void DiagonalModel::reset()
{
    beginResetModel();
    mSize = sourceRows();
    endResetModel();
}

void DiagonalModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                      const QList<int> &roles)
{
    if (sourceRows() != mSize) {
        reset();
        return;
    }
    if (mSize == 0 || topLeft.column() > mColumn || bottomRight.column() < mColumn)
        return;
    // Only the diagonal cells can change: one signal each, since a bar mapper redraws every
    // bar of the series for each cell a signal covers.
    for (int r = topLeft.row(); r <= std::min(bottomRight.row(), mSize - 1); ++r)
        emit dataChanged(index(sourceRow(r), r), index(sourceRow(r), r), roles);
}

void DiagonalModel::sourceHeaderChanged(Qt::Orientation orientation, int first, int last)
{
    if (sourceRows() != mSize) {
        reset();
        return;
    }
    if (orientation == Qt::Vertical && mSize > 0) {
        last = std::min(last, mSize - 1);
        if (mOrder == RowOrder::BottomUp)
            emit headerDataChanged(Qt::Vertical, sourceRow(last), sourceRow(first));
        else
            emit headerDataChanged(Qt::Vertical, first, last);
        emit headerDataChanged(Qt::Horizontal, first, last);
    }
}
