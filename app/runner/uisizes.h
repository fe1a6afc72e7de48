#pragma once

#include <QAbstractButton>
#include <QFont>
#include <QFontMetrics>

// Sizes derived from the widget's own (system) font, so everything follows the user's setting:
// larger type, and buttons big enough to hit on a laptop's touchpad or touch screen.
namespace UiSizes {

inline QFont scaledFont(QFont font, qreal factor, bool bold = false)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    if (bold)
        font.setBold(true);
    return font;
}

// At least two lines of text high, with room either side of the label: a line's height at
// most, less with large type so that a row of buttons still fits a laptop's screen.
inline void makeRoomy(QAbstractButton *button)
{
    const QFontMetrics metrics(button->font());
    const int line = metrics.height();
    button->setMinimumHeight(line * 2 + 8);
    QString text = button->text();
    text.remove(QLatin1Char('&'));
    const int padding = qMin(line, 18);
    button->setMinimumWidth(metrics.horizontalAdvance(text) + padding * 2);
}

} // namespace UiSizes
