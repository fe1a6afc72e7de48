#include "audience/commitmentwall.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyle>

namespace {

constexpr qreal Scales[] = {1.0, 0.86, 0.72};
constexpr int TextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

CommitmentWall::CommitmentWall(QWidget *parent) : PagedView(parent)
{
    setObjectName(QStringLiteral("commitmentWall"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    mFont = font(1.0);
    describe();
}

void CommitmentWall::setTexts(const QStringList &texts)
{
    if (texts == mTexts)
        return;
    if (texts.size() < mTexts.size())
        mPage = 0;
    mTexts = texts;
    relayout();
}

void CommitmentWall::setUnit(int unit)
{
    if (unit == mUnit)
        return;
    mUnit = unit;
    relayout();
}

QFont CommitmentWall::font(qreal scale) const
{
    // 1.4 units at full size; the smallest is still the projector's body size (one unit).
    QFont f = QWidget::font();
    f.setPixelSize(qMax(12, int(mUnit * 1.4 * scale)));
    return f;
}

int CommitmentWall::padding(const QFont &font) const
{
    return font.pixelSize() * 2 / 3;
}

int CommitmentWall::footerHeight() const
{
    QFont note = QWidget::font();
    note.setPixelSize(qMax(10, int(mUnit * 0.9)));
    return QFontMetrics(note).lineSpacing() + mUnit / 2;
}

int CommitmentWall::cardHeight(const QString &text, int width, const QFont &font) const
{
    const int pad = padding(font);
    const QRect needed =
        QFontMetrics(font).boundingRect(QRect(0, 0, width - 2 * pad, 100000), TextFlags, text);
    return needed.height() + 2 * pad;
}

QList<QList<CommitmentWall::Card>> CommitmentWall::pack(const QFont &font, int columns,
                                                        int room) const
{
    const int gap = mUnit;
    const int columnWidth = (width() - (columns - 1) * gap) / columns;
    QList<QList<Card>> pages;
    QList<Card> current;
    int y = 0;
    for (int first = 0; first < mTexts.size(); first += columns) {
        const int last = int(qMin<qsizetype>(first + columns, mTexts.size()));
        int rowHeight = 0;
        for (int i = first; i < last; ++i)
            rowHeight = qMax(rowHeight, cardHeight(mTexts.at(i), columnWidth, font));
        if (!current.isEmpty() && y + rowHeight > room) {
            pages.append(current);
            current.clear();
            y = 0;
        }
        for (int i = first; i < last; ++i)
            current.append(
                {i, QRect((i - first) * (columnWidth + gap), y, columnWidth, rowHeight)});
        y += rowHeight + gap;
    }
    if (!current.isEmpty())
        pages.append(current);
    return pages;
}

void CommitmentWall::relayout()
{
    mPages.clear();
    if (mTexts.isEmpty() || width() <= 0 || height() <= 0) {
        update();
        describe();
        return;
    }
    // Columns no narrower than about twenty words of body type, at most four.
    const int minColumn = mUnit * 14;
    const int maxColumns = qBound(1, (width() + mUnit) / (minColumn + mUnit), 4);
    QList<int> order;
    for (int c = int(qMin<qsizetype>(mTexts.size(), 3)); c <= maxColumns; ++c)
        order.append(c);
    for (int c = qMin(int(qMin<qsizetype>(mTexts.size(), 3)), maxColumns); c >= 1; --c) {
        if (!order.contains(c))
            order.append(c);
    }
    // The largest type that holds every card on one screen; then the same with pages.
    for (const qreal scale : Scales) {
        const QFont f = font(scale);
        for (const int columns : std::as_const(order)) {
            const QList<QList<Card>> pages = pack(f, columns, height());
            if (pages.size() == 1 && pages.first().last().rect.bottom() < height()) {
                mFont = f;
                mPages = pages;
                mPage = 0;
                update();
                describe();
                return;
            }
        }
    }
    mFont = font(Scales[std::size(Scales) - 1]);
    mPages = pack(mFont, maxColumns, height() - footerHeight());
    mPage = qBound(0, mPage, int(mPages.size()) - 1);
    update();
    describe();
}

QVariantList CommitmentWall::placedCards() const
{
    QVariantList cards;
    if (mPages.isEmpty())
        return cards;
    for (const Card &card : mPages.at(mPage)) {
        cards.append(QVariantMap{
            {QStringLiteral("index"), card.index},
            {QStringLiteral("rect"), card.rect},
            {QStringLiteral("elided"), !rect().contains(card.rect)},
        });
    }
    return cards;
}

void CommitmentWall::paintEvent(QPaintEvent *)
{
    if (mPages.isEmpty())
        return;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette().color(QPalette::WindowText);
    // A card: a pale fill and a dark edge, so it reads as a card on a washed-out projector too.
    const QColor card(0xF2, 0xF0, 0xE6);
    const QColor edge(0x55, 0x55, 0x55);
    p.setFont(mFont);
    const int pad = padding(mFont);
    for (const Card &c : mPages.at(mPage)) {
        // The cards fill the wall from the right in a right-to-left room.
        const QRect r = QStyle::visualRect(layoutDirection(), rect(), c.rect);
        p.setPen(QPen(edge, qMax(1, mUnit / 10)));
        p.setBrush(card);
        p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), pad / 2.0, pad / 2.0);
        p.setPen(ink);
        // Each card's text in its own direction (a French card on an Arabic wall reads left to
        // right), aligned to where its direction starts.
        const QString &text = mTexts.at(c.index);
        const int start = text.isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
        p.drawText(r.adjusted(pad, pad, -pad, -pad),
                   (TextFlags & ~int(Qt::AlignHorizontal_Mask)) | start | int(Qt::AlignAbsolute),
                   text);
    }
    if (pageCount() > 1) {
        QFont note = QWidget::font();
        note.setPixelSize(qMax(10, int(mUnit * 0.9)));
        p.setFont(note);
        p.setPen(ink);
        const int line = QFontMetrics(note).lineSpacing();
        p.drawText(QRect(0, height() - line, width(), line), Qt::AlignRight | Qt::AlignVCenter,
                   roomTr("Page %1 of %2").arg(mPage + 1).arg(pageCount()));
    }
}

void CommitmentWall::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CommitmentWall::describe()
{
    setAccessibleName(roomTr("Commitments"));
    QStringList lines;
    if (!mPages.isEmpty()) {
        for (const Card &c : mPages.at(mPage))
            lines.append(mTexts.at(c.index));
        if (pageCount() > 1)
            lines.append(roomTr("Page %1 of %2").arg(mPage + 1).arg(pageCount()));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
}
