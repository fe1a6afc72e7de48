#pragma once

#include "roomlanguage.h"

#include "audience/pagedview.h"

#include <QFont>
#include <QVariantList>

// The group's commitments on the projector, one card each, whole and readable from the back row.
//
//   texts ──relayout()──> the largest type and the most columns that hold every card on one
//                         screen ─ else a page at a time (nextPage(), "Page 1 of 3")
//
// A card is never cut and its text never shortened: type shrinks only down to the projector's
// body size (height / 40), and what does not fit then goes to the next page. The console gives
// it texts only from k commitments on (AudienceState::Mode::CommitmentWall).
class CommitmentWall : public PagedView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(CommitmentWall) // its texts are for the room
    Q_PROPERTY(int pageCount READ pageCount)
    Q_PROPERTY(int page READ page)
    Q_PROPERTY(int textPixelSize READ textPixelSize)
    Q_PROPERTY(QVariantList placedCards READ placedCards)

public:
    explicit CommitmentWall(QWidget *parent = nullptr);

    void setTexts(const QStringList &texts);
    void setUnit(int unit); // the projector's type unit in pixels (height / 40)

    int pageCount() const override { return int(mPages.size()); }
    int textPixelSize() const { return mFont.pixelSize(); }
    // The cards of the current page: {index, rect, elided} for tests and the description.
    QVariantList placedCards() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Card
    {
        int index;
        QRect rect;
    };
    QFont font(qreal scale) const;
    int cardHeight(const QString &text, int width, const QFont &font) const;
    int padding(const QFont &font) const;
    int footerHeight() const;
    // The cards as they fall into pages at this type and number of columns.
    QList<QList<Card>> pack(const QFont &font, int columns, int room) const;
    void relayout();
    void describe() override;

    QStringList mTexts;
    int mUnit = 18;
    QFont mFont;
    QList<QList<Card>> mPages;
};
