#pragma once

#include "roomlanguage.h"

#include "charts/chartstyle.h"

#include <QChartView>
#include <QPointer>

class ChartModel;
class QAbstractAxis;
class QBarCategoryAxis;
class QAbstractSeries;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;
class SessionCharts;

// A chart of the open session: a QChartView whose series are bound, through model mappers, to
// one of SessionCharts' models, so the chart is a view of the same numbers a table would show.
// The subclasses build the series and axes; this base class does what every chart shares:
//
//   SessionCharts ──model──> ChartView ─┬─ subclass: series + mappers + axes
//                                        ├─ title, note under the plot
//                                        ├─ "Needs at least k answers" instead of everything
//                                        │  else while the statistic is withheld
//                                        └─ accessible name and description (the numbers as text)
//
// Create one with ChartFactory::create(charts, "before-after", 0, ChartPresentation::Projector).
class ChartView : public QChartView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(ChartView) // its texts are for the room

public:
    SessionCharts *charts() const { return mCharts; }
    QString name() const { return mName; }
    qint64 questionId() const { return mQuestionId; }
    ChartPresentation presentation() const { return mPresentation; }
    ChartModel *model() const { return mModel; }

    // True while the chart shows only the "needs at least k answers" message.
    bool isSuppressed() const { return mSuppressed; }
    QString message() const; // the centred message, or empty
    QString note() const;    // the line under the chart, or empty
    // The chart's content as text, for screen readers and tests: the numbers when shown,
    // only the message when withheld.
    QString summary() const;

    // Paper style: black on white whatever the palette (exports, print).
    void setPaperStyle(bool paper);
    bool isPaperStyle() const { return mPaper; }
    // The audience window shows its own heading above the chart: the chart leaves its title out.
    void setTitleShown(bool shown);
    // The summary line under the plot (who moved, say): off where the page says it already.
    void setModelNoteShown(bool shown);
    // Lays the chart out at `size` (logical pixels) without showing it, for exports.
    void layoutAt(const QSize &size);
    // Draws the chart, as vectors where the device allows, into `target`.
    void renderTo(QPainter *painter, const QRectF &target);

protected:
    ChartView(SessionCharts *charts, const QString &name, qint64 questionId,
              ChartPresentation presentation, ChartModel *model, QWidget *parent);

    ChartStyle style() const;
    // The width a category label may take on a horizontal axis with this many categories.
    qreal categoryWidth(int categories) const;
    // Category labels wrapped to `room` pixels on two lines at most, in the style's axis label
    // font or, when a single word would not fit, a smaller one, which goes on the axis too.
    QStringList fitCategoryLabels(QAbstractAxis *axis, const QStringList &texts, qreal room);
    // The model's row headers (one per stage) as the categories of `axis`, fitted as above.
    void setRowCategories(QBarCategoryAxis *axis);
    // Subclasses: colours and fonts of series and axes (after a palette or font change).
    virtual void applyStyle() = 0;
    // Subclasses: categories, ranges and markers after the model changed, and visibility of
    // what they own (hidden while suppressed).
    virtual void refreshChart(bool suppressed) = 0;
    // Subclasses: the numbers as text, called only while the statistic is shown.
    virtual QString describe() const = 0;
    // Subclasses: extra text under the chart (e.g. which compared group is withheld).
    virtual QString extraNote() const { return {}; }
    // Call at the end of a subclass constructor, once its mappers are connected.
    void start();
    // Queues a refresh for the next turn of the event loop (coalesced).
    void scheduleRefresh();
    // A number written just beyond the end of a bar, `at` in the series' coordinates (category
    // index and value). Qt Charts cannot put the labels of stacked bars outside, and inside a
    // short bar they would not fit; these sit above (or beside) every bar, 0 included.
    struct ValueLabel
    {
        QPointF at;
        QString text;
    };
    void setValueLabels(QAbstractSeries *series, Qt::Orientation bars,
                        const QList<ValueLabel> &labels);

    // Sets visibility only when it changes: every call, even a redundant one, can cost a new
    // layout of the whole chart, and refreshes come up to 60 times a second.
    template <typename T> static void setShown(T *item, bool shown)
    {
        if (item->isVisible() != shown)
            item->setVisible(shown);
    }

    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void refreshIfQueued();
    void restyle();
    void placeItems();
    void placeValueLabels();

    QPointer<SessionCharts> mCharts;
    QString mName;
    qint64 mQuestionId;
    ChartPresentation mPresentation;
    ChartModel *mModel;
    QGraphicsTextItem *mMessage;
    QGraphicsTextItem *mNote;
    bool mSuppressed = false;
    bool mPaper = false;
    bool mTitleShown = true;
    bool mModelNoteShown = true;
    bool mRefreshQueued = false;
    bool mStarted = false;
    int mProjectorType = 0; // the projector's label size in pixels, as last styled
    QAbstractSeries *mLabelSeries = nullptr;
    Qt::Orientation mLabelOrientation = Qt::Vertical;
    QList<ValueLabel> mLabels;
    QList<QGraphicsSimpleTextItem *> mLabelItems;
};
