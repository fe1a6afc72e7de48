#include "charts/chartview.h"

#include "charts/chartmodel.h"
#include "charts/charttext.h"
#include "charts/exportactions.h"
#include "charts/sessioncharts.h"

#include <QBarCategoryAxis>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QFontInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QMenu>
#include <QTextDocument>

ChartView::ChartView(SessionCharts *charts, const QString &name, qint64 questionId,
                     ChartPresentation presentation, ChartModel *model, QWidget *parent)
    : QChartView(new QChart, parent), mCharts(charts), mName(name), mQuestionId(questionId),
      mPresentation(presentation), mModel(model)
{
    setObjectName(name + QStringLiteral("-chart"));
    QChart *c = chart();
    c->setTheme(QChart::ChartThemeLight);        // the base that style() overrides
    c->setAnimationOptions(QChart::NoAnimation); // live data: animations would never settle
    c->legend()->setAlignment(Qt::AlignTop);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    // Qt Charts touches some items again while painting, which would cost a second repaint
    // for every update; the view repaints when refresh() or restyle() says so instead.
    setViewportUpdateMode(QGraphicsView::NoViewportUpdate);
    setFocusPolicy(Qt::StrongFocus); // so that a screen reader user can reach its description
    setMinimumSize(presentation == ChartPresentation::Projector ? QSize(640, 400)
                                                                : QSize(320, 220));

    mMessage = new QGraphicsTextItem(c);
    mMessage->setVisible(false);
    mNote = new QGraphicsTextItem(c);
    for (QGraphicsTextItem *item : {mMessage, mNote}) {
        QTextOption option = item->document()->defaultTextOption();
        option.setAlignment(Qt::AlignHCenter);
        item->document()->setDefaultTextOption(option);
        item->document()->setDocumentMargin(0);
    }
    connect(c, &QChart::plotAreaChanged, this, &ChartView::placeItems);
}

void ChartView::start()
{
    // Connected after the subclass's mappers, so they have updated the series when the
    // queued refresh runs.
    connect(mModel, &QAbstractItemModel::modelReset, this, &ChartView::scheduleRefresh);
    connect(mModel, &QAbstractItemModel::layoutChanged, this, &ChartView::scheduleRefresh);
    connect(mModel, &QAbstractItemModel::dataChanged, this, &ChartView::scheduleRefresh);
    connect(mModel, &QAbstractItemModel::headerDataChanged, this, &ChartView::scheduleRefresh);
    connect(mModel, &ChartModel::descriptionChanged, this, &ChartView::scheduleRefresh);
    // After a recompute, refresh at once: the series changed in this same turn of the event
    // loop, so the view repaints once for both.
    if (mCharts)
        connect(mCharts, &SessionCharts::recomputed, this, &ChartView::refreshIfQueued);
    mStarted = true;
    restyle();
    refresh();
}

qreal ChartView::categoryWidth(int categories) const
{
    const qreal plot =
        chart()->plotArea().width() > 0 ? chart()->plotArea().width() : width() * 0.85;
    // Qt Charts needs some room around a label (text margins, tick spacing) before it cuts
    // the label short with "...", so wrap well before the category's full width.
    return plot / std::max(categories, 1) * 0.7 - 12;
}

void ChartView::setModelNoteShown(bool shown)
{
    if (mModelNoteShown == shown)
        return;
    mModelNoteShown = shown;
    scheduleRefresh();
}

void ChartView::setTitleShown(bool shown)
{
    if (mTitleShown == shown)
        return;
    mTitleShown = shown;
    scheduleRefresh();
}

QStringList ChartView::fitCategoryLabels(QAbstractAxis *axis, const QStringList &texts, qreal room)
{
    const QFont font = ChartText::fitting(texts, style().axisLabelFont(), room);
    if (axis->labelsFont() != font)
        axis->setLabelsFont(font);
    QStringList labels;
    for (const QString &text : texts)
        labels.append(ChartText::wrapped(text, font, room, 2));
    return labels;
}

void ChartView::setRowCategories(QBarCategoryAxis *axis)
{
    QStringList texts;
    for (int r = 0; r < mModel->rowCount(); ++r)
        texts.append(mModel->headerData(r, Qt::Vertical).toString());
    const QStringList labels = fitCategoryLabels(axis, texts, categoryWidth(mModel->rowCount()));
    if (axis->categories() != labels) {
        axis->clear();
        axis->append(labels);
    }
}

ChartStyle ChartView::style() const
{
    return ChartStyle(mPresentation, mPaper ? ChartStyle::paperPalette() : palette(), font(),
                      size());
}

QString ChartView::message() const
{
    return mSuppressed ? mMessage->toPlainText() : QString();
}

QString ChartView::note() const
{
    return mSuppressed ? QString() : mNote->toPlainText();
}

QString ChartView::summary() const
{
    if (mSuppressed)
        return message();
    QStringList parts{describe()};
    if (!note().isEmpty())
        parts.append(note());
    return parts.join(QLatin1Char(' '));
}

void ChartView::setPaperStyle(bool paper)
{
    if (paper == mPaper)
        return;
    mPaper = paper;
    restyle();
}

void ChartView::layoutAt(const QSize &size)
{
    const QSize old = this->size();
    resize(size);
    if (!isVisible()) { // a hidden widget gets its resize event only when shown
        QResizeEvent event(size, old);
        resizeEvent(&event);
    }
    refresh();
    // Let the chart's layout and axes settle, as a shown widget's would before painting.
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (QGraphicsLayout *layout = chart()->layout())
            layout->activate();
    }
    refresh(); // again, now that the plot area has its final size (wrapping, the median line)
    placeItems();
}

void ChartView::renderTo(QPainter *painter, const QRectF &target)
{
    if (mRefreshQueued)
        refresh();
    const QRectF source = chart()->sceneBoundingRect();
    chart()->scene()->render(painter, target, source, Qt::KeepAspectRatio);
}

void ChartView::scheduleRefresh()
{
    if (mRefreshQueued)
        return;
    mRefreshQueued = true;
    QMetaObject::invokeMethod(this, &ChartView::refreshIfQueued, Qt::QueuedConnection);
}

void ChartView::refreshIfQueued()
{
    if (mRefreshQueued)
        refresh();
}

void ChartView::refresh()
{
    mRefreshQueued = false;
    mSuppressed = mModel->rowCount() == 0 || mModel->isSuppressed();
    QChart *c = chart();
    const QString title =
        mModel->title().isEmpty() && mCharts ? SessionCharts::chartTitle(mName) : mModel->title();
    const QString shownTitle =
        mTitleShown ? ChartText::wrapped(title, style().titleFont(), width() * 0.92, 2) : QString();
    if (c->title() != shownTitle)
        c->setTitle(shownTitle);
    refreshChart(mSuppressed);
    QString message, note;
    if (mSuppressed) {
        message = mModel->rowCount() == 0 && mModel->columnCount() == 0
                      ? roomTr("Nothing to show yet")
                      : mModel->withheldText();
    } else {
        QStringList lines;
        for (const QString &line : {mModelNoteShown ? mModel->note() : QString(), extraNote()}) {
            if (!line.isEmpty())
                lines.append(line);
        }
        note = lines.join(QLatin1Char('\n'));
    }
    if (mMessage->toPlainText() != message)
        mMessage->setPlainText(message);
    if (mNote->toPlainText() != note)
        mNote->setPlainText(note);
    setShown(mMessage, mSuppressed);
    setShown(mNote, !mSuppressed);
    const QString name = roomTr("Chart: %1").arg(title);
    if (accessibleName() != name)
        setAccessibleName(name);
    const QString description = summary();
    if (accessibleDescription() != description)
        setAccessibleDescription(description);
    placeItems();
    // Lay the chart out now rather than at a posted LayoutRequest, which would come after the
    // next paint and cost a second one.
    QCoreApplication::sendPostedEvents(chart(), QEvent::LayoutRequest);
    if (QGraphicsLayout *layout = chart()->layout())
        layout->activate();
    placeValueLabels(); // a new axis range moves them without moving the plot area
    viewport()->update();
}

void ChartView::setValueLabels(QAbstractSeries *series, Qt::Orientation bars,
                               const QList<ValueLabel> &labels)
{
    mLabelSeries = series;
    mLabelOrientation = bars;
    mLabels = labels;
    while (mLabelItems.size() > mLabels.size())
        delete mLabelItems.takeLast();
    while (mLabelItems.size() < mLabels.size())
        mLabelItems.append(new QGraphicsSimpleTextItem(chart()));
    placeValueLabels();
}

void ChartView::placeValueLabels()
{
    if (mLabelItems.isEmpty())
        return;
    const ChartStyle s = style();
    const QFont font = s.barLabelFont();
    const qreal gap = s.isProjector() ? 8 : 4;
    for (int i = 0; i < mLabelItems.size(); ++i) {
        QGraphicsSimpleTextItem *item = mLabelItems[i];
        if (item->text() != mLabels[i].text)
            item->setText(mLabels[i].text);
        if (item->font() != font)
            item->setFont(font);
        if (item->brush().color() != s.text())
            item->setBrush(s.text());
        const QPointF p = chart()->mapToPosition(mLabels[i].at, mLabelSeries);
        const QRectF box = item->boundingRect();
        item->setPos(mLabelOrientation == Qt::Vertical
                         ? QPointF(p.x() - box.width() / 2, p.y() - box.height() - gap)
                         : QPointF(p.x() + gap, p.y() - box.height() / 2));
    }
}

void ChartView::restyle()
{
    if (!mStarted)
        return;
    const ChartStyle s = style();
    s.apply(chart());
    setBackgroundBrush(s.background());
    mMessage->setFont(s.messageFont());
    mMessage->setDefaultTextColor(s.text());
    mNote->setFont(s.noteFont());
    mNote->setDefaultTextColor(s.text());
    applyStyle();
    placeItems();
    viewport()->update();
}

void ChartView::placeItems()
{
    QChart *c = chart();
    const QRectF area = c->rect();
    const qreal side = mPresentation == ChartPresentation::Projector ? 24 : 10;
    // The note sits under the plot, inside a bottom margin made for it.
    mNote->setTextWidth(std::max<qreal>(area.width() - 2 * side, 50));
    const qreal noteHeight = mNote->isVisible() && !mNote->toPlainText().isEmpty()
                                 ? mNote->boundingRect().height() + side / 2
                                 : 0;
    const QMargins margins{int(side), int(side), int(side), int(side + noteHeight)};
    if (c->margins() != margins)
        c->setMargins(margins); // lays out again and comes back here through plotAreaChanged
    mNote->setPos(side, area.bottom() - side - noteHeight + side / 2);

    // The message is centred where the plot would be.
    const QRectF plot = c->plotArea().isValid() && !c->plotArea().isEmpty()
                            ? c->plotArea()
                            : area.adjusted(side, side, -side, -side);
    mMessage->setTextWidth(std::max<qreal>(plot.width() * 0.9, 50));
    const QRectF box = mMessage->boundingRect();
    mMessage->setPos(plot.center().x() - box.width() / 2, plot.center().y() - box.height() / 2);
    placeValueLabels();
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::StyleChange)
        restyle();
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    if (mPresentation == ChartPresentation::Projector) {
        const int base = QFontInfo(style().axisLabelFont()).pixelSize();
        if (base != mProjectorType) { // the projector's type follows the chart's size
            mProjectorType = base;
            restyle();
        }
    }
    placeItems();
    if (event->size().width() != event->oldSize().width())
        scheduleRefresh(); // titles and labels are wrapped to the width
    // Laid out once at a transient size (a legend squeezed to nothing asks for a lot of
    // height), the chart may have grown beyond the view; fit it again.
    if (chart()->size() != QSizeF(event->size()))
        QChartView::resizeEvent(event);
}

void ChartView::contextMenuEvent(QContextMenuEvent *event)
{
    if (mPresentation != ChartPresentation::Console || !mCharts)
        return; // the projector has no menus
    QMenu menu(this);
    menu.addAction(roomTr("Export Chart\u2026"), this,
                   [this] { ExportActions::exportChart(this, this); });
    menu.exec(event->globalPos());
}
