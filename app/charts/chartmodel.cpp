#include "charts/chartmodel.h"

#include "charts/chartroles.h"

int ChartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTable.rowLabels.size());
}

int ChartModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mTable.columnLabels.size());
}

QVariant ChartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell &cell = mTable.cells.at(index.row()).at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cell.suppressed ? QVariant() : cell.value;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ChartRoles::SuppressedRole:
        return cell.suppressed;
    case ChartRoles::ThresholdRole:
        return mThreshold;
    case ChartRoles::StageKeyRole:
        return mTable.rowStages.value(index.row());
    case ChartRoles::StageLabelRole:
        return mTable.rowStageLabels.value(index.row());
    case ChartRoles::StageColorRole: {
        const QColor color = mTable.rowColors.value(index.row());
        return color.isValid() ? QVariant(color) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ChartModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const bool horizontal = orientation == Qt::Horizontal;
    if (section < 0 || section >= (horizontal ? columnCount() : rowCount()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return horizontal ? mTable.columnLabels.at(section) : mTable.rowLabels.at(section);
    case ChartRoles::SuppressedRole:
        return horizontal ? isColumnSuppressed(section) : QVariant();
    case ChartRoles::ThresholdRole:
        return mThreshold;
    case ChartRoles::StageKeyRole:
        return horizontal ? QVariant() : QVariant(mTable.rowStages.value(section));
    case ChartRoles::StageLabelRole:
        return horizontal ? QVariant() : QVariant(mTable.rowStageLabels.value(section));
    case ChartRoles::StageColorRole: {
        const QColor color = horizontal ? QColor() : mTable.rowColors.value(section);
        return color.isValid() ? QVariant(color) : QVariant();
    }
    default:
        return {};
    }
}

bool ChartModel::isSuppressed() const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (!isColumnSuppressed(c))
            return false;
    }
    return true;
}

bool ChartModel::isColumnSuppressed(int column) const
{
    for (const QList<Cell> &row : mTable.cells) {
        if (!row.at(column).suppressed)
            return false;
    }
    return true;
}

QString ChartModel::thresholdText(int k)
{
    return roomTr("Needs at least %n answers", nullptr, k);
}

void ChartModel::setTable(const Table &table)
{
    Q_ASSERT(table.cells.size() == table.rowLabels.size());
    const int rows = int(table.rowLabels.size());
    const int columns = int(table.columnLabels.size());
    if (rows != rowCount() || columns != columnCount()) {
        beginResetModel();
        mTable = table;
        endResetModel();
        return;
    }

    const bool rowHeaders =
        table.rowLabels != mTable.rowLabels || table.rowStages != mTable.rowStages ||
        table.rowStageLabels != mTable.rowStageLabels || table.rowColors != mTable.rowColors;
    const bool columnHeaders = table.columnLabels != mTable.columnLabels;
    // The bounding rectangle of the cells that changed, for a single dataChanged.
    int top = rows, left = columns, bottom = -1, right = -1;
    for (int r = 0; r < rows; ++r) {
        const bool rowChanged = table.rowStages.value(r) != mTable.rowStages.value(r) ||
                                table.rowStageLabels.value(r) != mTable.rowStageLabels.value(r) ||
                                table.rowColors.value(r) != mTable.rowColors.value(r);
        for (int c = 0; c < columns; ++c) {
            if (rowChanged || table.cells.at(r).at(c) != mTable.cells.at(r).at(c)) {
                top = std::min(top, r);
                bottom = std::max(bottom, r);
                left = std::min(left, c);
                right = std::max(right, c);
            }
        }
    }
    QList<bool> wasSuppressed;
    for (int c = 0; c < columns; ++c)
        wasSuppressed.append(isColumnSuppressed(c));

    mTable = table;
    if (bottom >= 0)
        emit dataChanged(index(top, left), index(bottom, right));
    if (rowHeaders)
        emit headerDataChanged(Qt::Vertical, 0, rows - 1);
    bool suppressionChanged = false;
    for (int c = 0; c < columns; ++c)
        suppressionChanged |= wasSuppressed.at(c) != isColumnSuppressed(c);
    if (columnHeaders || suppressionChanged)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
}

void ChartModel::setDescription(const QString &title, const QString &note, int threshold)
{
    if (title == mTitle && note == mNote && threshold == mThreshold)
        return;
    const bool thresholdChanged = threshold != mThreshold;
    mTitle = title;
    mNote = note;
    mThreshold = threshold;
    if (thresholdChanged && rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1),
                         {ChartRoles::ThresholdRole});
    emit descriptionChanged();
}
