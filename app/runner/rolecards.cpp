#include "runner/rolecards.h"

#include <QAbstractTextDocumentLayout>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

#include <algorithm>

namespace {
constexpr int PdfResolution = 300;
constexpr qreal LargePoints = 22; // one card to a page
constexpr qreal SmallPoints = 15; // two cards to a page
constexpr qreal MinimumPoints = 9;

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}
} // namespace

RoleCards::RoleCards(const Scenario &scenario) : mScenarioTitle(scenario.title.simplified())
{
    bool observerSeen = false;
    // Observers last, as they are handed out last.
    QList<ScenarioRole> roles = scenario.roles;
    std::stable_partition(roles.begin(), roles.end(),
                          [](const ScenarioRole &r) { return !r.observer; });
    for (const ScenarioRole &role : roles) {
        Card card;
        card.title = role.name.simplified();
        card.kind = role.observer ? roomTr("Observer card") : roomTr("Role card");
        card.brief = role.brief.simplified();
        if (role.observer && !observerSeen) {
            card.checklist = scenario.observerChecklist;
            observerSeen = true;
        }
        mCards.append(card);
    }
    if (!observerSeen && !scenario.observerChecklist.isEmpty()) {
        Card card;
        card.title = roomTr("Observer");
        card.kind = roomTr("Observer card");
        card.checklist = scenario.observerChecklist;
        mCards.append(card);
    }
    for (Card &card : mCards) {
        for (QString &item : card.checklist)
            item = item.simplified();
    }
}

QString RoleCards::cardHtml(const Card &card, const QString &mutedColor) const
{
    QString h;
    h += QStringLiteral("<p style='color:%1'>%2</p>")
             .arg(mutedColor, esc(roomTr("%1 · %2").arg(mScenarioTitle, card.kind)));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(card.title));
    h += QStringLiteral("<p>%1</p>")
             .arg(RoomLanguage::emphasised(
                 esc(roomTr("Private: read this to yourself and keep it to yourself."))));
    if (!card.brief.isEmpty())
        h += QStringLiteral("<p>%1</p>").arg(esc(card.brief));
    if (!card.checklist.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(roomTr("Observer checklist")));
        for (const QString &item : card.checklist)
            h += QStringLiteral("<li>%1</li>").arg(esc(item));
        h += QStringLiteral("</ul>");
    }
    return h;
}

QString RoleCards::html(const QString &mutedColor) const
{
    QString h;
    for (int i = 0; i < mCards.size(); ++i) {
        if (i > 0)
            h += QStringLiteral("<hr/>");
        h += cardHtml(mCards.at(i), mutedColor);
    }
    return h;
}

bool RoleCards::paint(QPagedPaintDevice *device, int cardsPerPage) const
{
    cardsPerPage = cardsPerPage == 2 ? 2 : 1;
    QPainter painter;
    if (!painter.begin(device))
        return false;
    const QRectF page(0, 0, device->width(), device->height());
    const qreal gap = device->logicalDpiY() * 0.4; // between two cards: room to cut
    const qreal cardHeight = (page.height() - gap * (cardsPerPage - 1)) / cardsPerPage;
    const qreal padding = device->logicalDpiX() * 0.3;
    const QColor ink(Qt::black);
    const QColor muted(0x55, 0x55, 0x55);

    for (int i = 0; i < mCards.size(); ++i) {
        const int slot = i % cardsPerPage;
        if (i > 0 && slot == 0 && !device->newPage()) {
            painter.end();
            return false;
        }
        const QRectF box(page.left(), page.top() + slot * (cardHeight + gap), page.width(),
                         cardHeight);
        painter.setPen(QPen(muted, device->logicalDpiX() / 96.0, Qt::SolidLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(box, padding / 3, padding / 3);
        if (cardsPerPage == 2 && slot == 0) {
            painter.setPen(QPen(muted, device->logicalDpiX() / 96.0, Qt::DashLine));
            const qreal y = box.bottom() + gap / 2;
            painter.drawLine(QPointF(page.left(), y), QPointF(page.right(), y));
        }

        const QRectF inner = box.adjusted(padding, padding, -padding, -padding);
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(device);
        doc.setDocumentMargin(0);
        doc.setHtml(cardHtml(mCards.at(i), muted.name()));
        doc.setTextWidth(inner.width());
        // Large type first; smaller only if a long brief would not fit on its card.
        for (qreal points = cardsPerPage == 1 ? LargePoints : SmallPoints;; points -= 1) {
            QFont font = doc.defaultFont();
            font.setPointSizeF(points);
            doc.setDefaultFont(font);
            if (doc.size().height() <= inner.height() || points <= MinimumPoints)
                break;
        }
        painter.save();
        painter.translate(inner.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette.setColor(QPalette::Text, ink);
        context.clip = QRectF(0, 0, inner.width(), inner.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return painter.end();
}

bool RoleCards::writePdf(const QString &path, int cardsPerPage, QString *error) const
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
        writer.setTitle(roomTr("Role cards: %1").arg(mScenarioTitle));
        writer.setCreator(QStringLiteral("Upstander"));
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        painted = paint(&writer, cardsPerPage);
    } // the writer finishes the PDF when it goes
    if (!painted) {
        file.cancelWriting();
        *error = roomTr("Could not draw the role cards into %1.").arg(path);
        return false;
    }
    if (!file.commit()) {
        *error = roomTr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
