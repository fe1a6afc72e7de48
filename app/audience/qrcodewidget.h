#pragma once

#include "roomlanguage.h"

#include <QWidget>

// A QR code drawn from libqrencode's module matrix: black squares on white with the quiet zone
// the standard asks for, scaled to whole pixels per module so phone cameras read it from the
// back of the room. Accessible by the text it holds.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(QrCodeWidget) // its texts are for the room

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    bool isDark(int x, int y) const;
    // The side nearest `target` at which every module is a whole number of pixels, at least
    // three (a blurred module is what a phone fails to read from the back row).
    int wholeSide(int target) const;

    // The code is drawn as the largest whole square that fits the widget, so it is always
    // whole wherever a layout puts it; no height-for-width, which a window's layout may only
    // honour after a resize (the code then ran off the bottom of a freshly opened projector).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int QuietZone = 4; // modules of white around the code

    QString mText;
    int mModules = 0;
    QByteArray mMatrix; // mModules × mModules, 1 = dark
};
