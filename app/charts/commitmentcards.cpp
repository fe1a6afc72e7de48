#include "charts/commitmentcards.h"

#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace {

constexpr int PdfResolution = 300;
constexpr qreal LargestPoints = 22;
constexpr qreal SmallestPoints = 9;

} // namespace

bool CommitmentCards::paint(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF page(0, 0, device->width(), device->height());
    const qreal cardWidth = page.width() / Columns;
    const qreal cardHeight = page.height() / Rows;
    const qreal padding = device->logicalDpiX() * 0.35;
    const qreal hairline = device->logicalDpiX() / 96.0;
    const QColor cutLines(0x77, 0x77, 0x77);

    for (int i = 0; i < mTexts.size(); ++i) {
        const int slot = i % PerPage;
        if (slot == 0) {
            if (i > 0 && !device->newPage()) {
                painter.end();
                return false;
            }
            // Dashed lines to cut along: round the page's cards and between them.
            painter.setPen(QPen(cutLines, hairline, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            const int onPage = int(qMin<qsizetype>(PerPage, mTexts.size() - i));
            const int rowsUsed = (onPage + Columns - 1) / Columns;
            for (int r = 0; r <= rowsUsed; ++r)
                painter.drawLine(QPointF(page.left(), page.top() + r * cardHeight),
                                 QPointF(page.right(), page.top() + r * cardHeight));
            for (int c = 0; c <= Columns; ++c)
                painter.drawLine(
                    QPointF(page.left() + c * cardWidth, page.top()),
                    QPointF(page.left() + c * cardWidth, page.top() + rowsUsed * cardHeight));
        }
        const QRectF card(page.left() + (slot % Columns) * cardWidth,
                          page.top() + (slot / Columns) * cardHeight, cardWidth, cardHeight);
        const QRectF inner = card.adjusted(padding, padding, -padding, -padding);
        const int flags = Qt::AlignCenter | Qt::TextWordWrap;
        // As large as the card allows: a short promise reads from across a desk.
        QFont font = painter.font();
        for (qreal points = LargestPoints;; points -= 1) {
            font.setPointSizeF(points);
            painter.setFont(font);
            const QRectF needed = painter.boundingRect(inner, flags, mTexts.at(i));
            if ((needed.height() <= inner.height() && needed.width() <= inner.width()) ||
                points <= SmallestPoints)
                break;
        }
        painter.setPen(Qt::black);
        painter.drawText(inner, flags, mTexts.at(i));
    }
    return painter.end();
}

bool CommitmentCards::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = roomTr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(PdfResolution);
        writer.setTitle(roomTr("Commitments"));
        writer.setCreator(QStringLiteral("Upstander"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        painted = paint(&writer);
    } // the writer finishes the PDF when it goes
    if (!painted) {
        file.cancelWriting();
        *error = roomTr("Could not draw the commitment cards into %1.").arg(path);
        return false;
    }
    if (!file.commit()) {
        *error = roomTr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
