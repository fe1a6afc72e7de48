#pragma once

#include <QWidget>

// A QR code drawn from libqrencode's module matrix: black squares on white with the quiet zone
// the standard asks for, scaled to whole pixels per module so phone cameras read it from the
// back of the room. Accessible by the text it holds.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget *parent = nullptr);

    void setText(const QString &text);
    bool isDark(int x, int y) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    static constexpr int QuietZone = 4; // modules of white around the code

    QString mText;
    int mModules = 0;
    QByteArray mMatrix; // mModules × mModules, 1 = dark
};
