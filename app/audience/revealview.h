#pragma once

#include "roomlanguage.h"

#include "audience/audiencestate.h"
#include "audience/pagedview.h"

#include <QFont>

// A revealed decision on the projector: one row per option with its number, a short form of its
// text, the stage it stands for (colour and name), its votes once k people voted, and why.
//
//   rows ──fit()──> the largest type that fits in one column
//                   └─ else in two columns ─ else a page at a time (nextPage(), "1 / 2")
//
// Nothing is ever cut: a long option text is shortened to two lines with "…" on purpose, the
// "why" to four, and a row is placed only where it fits whole.
class RevealView : public PagedView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(RevealView) // its texts are for the room

public:
    explicit RevealView(QWidget *parent = nullptr);

    void setReveal(const QList<AudienceState::RevealOption> &options, int withheldBelow);
    void setUnit(int unit); // the projector's type unit in pixels (height / 40)

    int pageCount() const override { return int(mPages.size()); }
    int columns() const { return mColumns; }
    qreal scale() const { return mScale; }
    // Where each option of the current page is drawn, by its number: for tests and the accessible
    // description (every rectangle lies inside the widget).
    QList<std::pair<int, QRect>> placedOptions() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Fonts
    {
        QFont number;
        QFont text;
        QFont stage;
        QFont why;
        QFont note;
    };
    Fonts fonts(qreal scale) const;
    int rowHeight(const AudienceState::RevealOption &option, int width, const Fonts &f) const;
    int footerHeight(const Fonts &f) const;
    void relayout();
    void describe() override;

    QList<AudienceState::RevealOption> mOptions;
    int mWithheldBelow = 0;
    int mUnit = 18;
    qreal mScale = 1.0;
    int mColumns = 1;
    // Per page, per column: the indexes of the options, top to bottom.
    QList<QList<QList<int>>> mPages;
};
