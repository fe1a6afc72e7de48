#pragma once

#include "roomlanguage.h"

#include "session/session.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

// The base of the chart models: a small table of numbers that SessionCharts refills after
// every coalesced recompute. Refilling with a table of the same shape emits one dataChanged
// over the cells that changed (and headerDataChanged for changed headers); only a change of
// shape resets the model, so views and chart mappers keep their state while votes arrive.
//
//   SessionCharts ──setTable()──> ChartModel ──dataChanged──> QVBarModelMapper ──> series
//                                            └─────────────> QTableView, exports
//
// A withheld cell (fewer than k people behind it) has no DisplayRole at all, only
// ChartRoles::SuppressedRole and ThresholdRole.
class ChartModel : public QAbstractTableModel
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(ChartModel) // its texts are for the room

public:
    struct Cell
    {
        QVariant value; // ignored when suppressed
        bool suppressed = false;
        friend bool operator==(const Cell &a, const Cell &b)
        {
            return a.suppressed == b.suppressed && (a.suppressed || a.value == b.value);
        }
        friend bool operator!=(const Cell &a, const Cell &b) { return !(a == b); }
    };

    struct Table
    {
        QStringList rowLabels;
        QStringList rowStages;      // stage key per row, or empty strings
        QStringList rowStageLabels; // the session's label of that stage
        QList<QColor> rowColors;    // per row, invalid when the row has no stage
        QStringList columnLabels;
        QList<QList<Cell>> cells; // [row][column]
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the chart is about, e.g. the question's prompt.
    QString title() const { return mTitle; }
    // One line under the chart (e.g. "9 moved up, 3 moved down"), or empty.
    QString note() const { return mNote; }
    int threshold() const { return mThreshold; }
    // True when there is nothing to show: no cell holds a number.
    virtual bool isSuppressed() const;
    bool isColumnSuppressed(int column) const;
    // "Needs at least k answers", the only thing a view shows for a withheld statistic.
    QString thresholdText() const { return thresholdText(mThreshold); }
    // What a withheld chart says instead of numbers: the threshold, unless a model knows
    // better (a decision the group made together is not a count of people).
    virtual QString withheldText() const { return thresholdText(); }
    static QString thresholdText(int k);

signals:
    // title(), note(), threshold() or withheldText() changed.
    void descriptionChanged();

protected:
    void setTable(const Table &table);
    void setDescription(const QString &title, const QString &note, int threshold);

private:
    Table mTable;
    QString mTitle;
    QString mNote;
    int mThreshold = Session::DefaultK;
};
