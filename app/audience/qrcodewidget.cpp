#include "audience/qrcodewidget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

QrCodeWidget::QrCodeWidget(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void QrCodeWidget::setText(const QString &text)
{
    if (text == mText)
        return;
    mText = text;
    mModules = 0;
    mMatrix.clear();
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        // Level M survives a smudged or partly lit projection; the URL is short, so the code
        // stays small enough to read from a distance.
        const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
        if (code) {
            mModules = code->width;
            mMatrix.resize(qsizetype(mModules) * mModules);
            for (int i = 0; i < mMatrix.size(); ++i)
                mMatrix[i] = char(code->data[i] & 1);
        }
    }
    setAccessibleName(text.isEmpty() ? QString() : roomTr("QR code for %1").arg(text));
    updateGeometry();
    update();
}

bool QrCodeWidget::isDark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= mModules || y >= mModules)
        return false;
    return mMatrix.at(qsizetype(y) * mModules + x) != 0;
}

int QrCodeWidget::wholeSide(int target) const
{
    if (mModules == 0)
        return target;
    const int total = mModules + 2 * QuietZone;
    return total * std::max(3, (target + total / 2) / total);
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (mModules + 2 * QuietZone) * 8;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (mModules + 2 * QuietZone) * 3;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent *)
{
    if (mModules == 0)
        return;
    QPainter painter(this);
    const int total = mModules + 2 * QuietZone;
    const int unit = std::max(1, std::min(width(), height()) / total);
    const int side = unit * total;
    const QPoint origin((width() - side) / 2, (height() - side) / 2);
    // Always black on white, whatever the palette: a dark-mode inversion confuses many readers.
    painter.fillRect(QRect(origin, QSize(side, side)), Qt::white);
    for (int y = 0; y < mModules; ++y) {
        for (int x = 0; x < mModules; ++x) {
            if (isDark(x, y))
                painter.fillRect(origin.x() + (x + QuietZone) * unit,
                                 origin.y() + (y + QuietZone) * unit, unit, unit, Qt::black);
        }
    }
}
