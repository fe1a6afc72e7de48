#pragma once

#include <QLabel>

// A one-line label that gives up width when the window is narrow: it then shows the start of its
// text with an ellipsis (…). text(), the tooltip and the accessible name keep the whole text.
class ElidingLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidingLabel(QWidget *parent = nullptr);

    QString shownText() const; // what is drawn at the present width

    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};
