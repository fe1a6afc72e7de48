#pragma once

#include <QFont>
#include <QVariantList>
#include <QWidget>

// The group's commitments on the projector, one card each, whole and readable from the back row.
//
//   texts ──relayout()──> the largest type and the most columns that hold every card on one
//                         screen ─ else a page at a time (nextPage(), "Page 1 of 3")
//
// A card is never cut and its text never shortened: type shrinks only down to the projector's
// body size (height / 40), and what does not fit then goes to the next page. The console gives
// it texts only from k commitments on (AudienceState::Mode::CommitmentWall).
class CommitmentWall : public QWidget
{
    Q_OBJECT
    Q_PROPERTY(int pageCount READ pageCount)
    Q_PROPERTY(int page READ page)
    Q_PROPERTY(int textPixelSize READ textPixelSize)
    Q_PROPERTY(QVariantList placedCards READ placedCards)

public:
    explicit CommitmentWall(QWidget *parent = nullptr);

    void setTexts(const QStringList &texts);
    void setUnit(int unit); // the projector's type unit in pixels (height / 40)

    int pageCount() const { return int(mPages.size()); }
    int page() const { return mPage; }
    int textPixelSize() const { return mFont.pixelSize(); }
    // The cards of the current page: {index, rect, elided} for tests and the description.
    QVariantList placedCards() const;

public slots:
    void nextPage();
    void previousPage();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

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
    void describe();

    QStringList mTexts;
    int mUnit = 18;
    QFont mFont;
    QList<QList<Card>> mPages;
    int mPage = 0;
};
