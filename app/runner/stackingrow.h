#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;

// Two groups of controls side by side when the width allows, one above the other when it does
// not. Its minimum width is that of the wider group alone, so a window with large type on a
// small screen never has to grow past the screen for the row to fit.
class StackingRow : public QWidget
{
    Q_OBJECT

public:
    explicit StackingRow(QWidget *parent = nullptr);

    QHBoxLayout *leading() const { return mLeading; }   // left (right in right-to-left)
    QHBoxLayout *trailing() const { return mTrailing; } // right, or below when stacked
    // Room the leading group wants beside the trailing one before the row stacks.
    void setLeadingRoom(int pixels);
    bool isStacked() const;

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fit();

    QBoxLayout *mRows;
    QHBoxLayout *mLeading;
    QHBoxLayout *mTrailing;
    int mLeadingRoom = 0;
};
