#include "audience/pagedview.h"

#include <QMouseEvent>

void PagedView::nextPage()
{
    if (mPage + 1 < pageCount())
        showPage(mPage + 1);
}

void PagedView::previousPage()
{
    if (mPage > 0)
        showPage(mPage - 1);
}

void PagedView::showPage(int page)
{
    mPage = page;
    update();
    describe();
}

void PagedView::mousePressEvent(QMouseEvent *event)
{
    // A click steps through the pages and from the last back to the first.
    if (event->button() == Qt::LeftButton && pageCount() > 1)
        showPage((mPage + 1) % pageCount());
    QWidget::mousePressEvent(event);
}
