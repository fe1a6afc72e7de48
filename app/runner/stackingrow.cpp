#include "runner/stackingrow.h"

#include <QBoxLayout>
#include <QResizeEvent>

StackingRow::StackingRow(QWidget *parent) : QWidget(parent)
{
    mLeading = new QHBoxLayout;
    mTrailing = new QHBoxLayout;
    mRows = new QBoxLayout(QBoxLayout::LeftToRight, this);
    mRows->setContentsMargins(0, 0, 0, 0);
    mRows->addLayout(mLeading, 1);
    mRows->addLayout(mTrailing);
}

void StackingRow::setLeadingRoom(int pixels)
{
    mLeadingRoom = pixels;
    fit();
}

bool StackingRow::isStacked() const
{
    return mRows->direction() == QBoxLayout::TopToBottom;
}

namespace {
// The least room a row of controls needs, worked out from its items each time: a nested
// layout's own figure may still count a control that has just been hidden.
QSize rowMinimum(const QBoxLayout *row)
{
    int width = 0;
    int height = 0;
    int shown = 0;
    for (int i = 0; i < row->count(); ++i) {
        QLayoutItem *item = row->itemAt(i);
        if (item->isEmpty())
            continue;
        const QSize size = item->minimumSize();
        width += size.width();
        height = qMax(height, size.height());
        ++shown;
    }
    width += qMax(0, shown - 1) * qMax(0, row->spacing());
    const QMargins margins = row->contentsMargins();
    return QSize(width + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}
} // namespace

QSize StackingRow::minimumSizeHint() const
{
    // As stacked: the wider of the two groups, and both groups' heights.
    const QSize leading = rowMinimum(mLeading);
    const QSize trailing = rowMinimum(mTrailing);
    const QMargins margins = contentsMargins();
    const int height = isStacked() ? leading.height() + mRows->spacing() + trailing.height()
                                   : qMax(leading.height(), trailing.height());
    return QSize(qMax(leading.width(), trailing.width()) + margins.left() + margins.right(),
                 height + margins.top() + margins.bottom());
}

void StackingRow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fit();
}

void StackingRow::fit()
{
    const int oneRow = rowMinimum(mLeading).width() + mLeadingRoom + mRows->spacing() +
                       rowMinimum(mTrailing).width() + contentsMargins().left() +
                       contentsMargins().right();
    const auto direction = width() >= oneRow ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (mRows->direction() == direction)
        return;
    mRows->setDirection(direction);
    updateGeometry(); // the height changes with the direction
}
