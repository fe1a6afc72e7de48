#pragma once

#include <QFrame>

class QLabel;

// The facilitator's private notes, drawn so that nobody mistakes them for audience content:
// a tinted card with an accent bar and a heading that says where they are seen. Colours come
// from the palette, so the card follows light and dark mode.
class NotesPanel : public QFrame
{
    Q_OBJECT

public:
    explicit NotesPanel(QWidget *parent = nullptr);

    void setNotes(const QString &notes); // an empty text shows a placeholder

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyFonts();
    void applyMargins();

    QLabel *mHeading;
    QLabel *mWhere;
    QLabel *mBody;
    QString mNotes;
};
