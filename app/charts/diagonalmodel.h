#pragma once

#include <QAbstractTableModel>
#include <QPointer>

// Spreads one column of a chart model over the diagonal of a square table: cell (r, r) holds
// the source's cell (r, column), every other cell 0. A stacked bar series mapped onto it gets
// one bar set per source row with one visible bar each, so every bar can have its own colour
// (its stage's) while the categories stay the source's rows. While the source column is
// withheld (ChartRoles::SuppressedRole on its header) the table is empty: no bars at all.
//
//   ChartModel ──(r, column)──> DiagonalModel ──QVBarModelMapper──> QStackedBarSeries
//
// It holds no numbers of its own; every value is read from the source when asked for.
//
// RowOrder::BottomUp turns the rows (the categories) upside down, the bar sets staying the
// source's rows in order: a horizontal bar chart draws category 0 at the bottom, and
// QBarCategoryAxis::setReverse() does not move the bars (Qt 6.4), so the first source row is
// given the last category to be drawn on top, as in the list beside the chart.
class DiagonalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class RowOrder { TopDown, BottomUp };

    DiagonalModel(QAbstractItemModel *source, int column, QObject *parent = nullptr);
    DiagonalModel(QAbstractItemModel *source, int column, RowOrder order,
                  QObject *parent = nullptr);

    // The source row shown as this model's row (and category) `row`.
    int sourceRow(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool sourceShown() const;
    int sourceRows() const;
    void reset();
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                           const QList<int> &roles);
    void sourceHeaderChanged(Qt::Orientation orientation, int first, int last);

    QPointer<QAbstractItemModel> mSource;
    int mColumn;
    RowOrder mOrder = RowOrder::TopDown;
    int mSize = 0; // rows = columns, as last announced
};
