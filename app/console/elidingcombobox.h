#pragma once

#include <QComboBox>

// A combo box that asks for little width and, when its choice is longer than the room it gets,
// shows the start of it with an ellipsis (…) rather than cutting it off; the whole text is its
// tooltip and stays in the accessible value and the drop-down list.
class ElidingComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ElidingComboBox(QWidget *parent = nullptr);

    // The text shown for the current item at the present width.
    QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QRect textRect() const;
};
