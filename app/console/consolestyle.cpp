#include "console/consolestyle.h"

#include "languages.h"

#include <QApplication>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOptionButton>

void ConsoleStyle::applyFor(const QString &languageCode)
{
    const Languages::Language *language = Languages::find(languageCode);
    auto *style = qobject_cast<ConsoleStyle *>(QApplication::style());
    if (!style) {
        style = new ConsoleStyle(QStyleFactory::create(QApplication::style()->name()));
        QApplication::setStyle(style);
    }
    const bool hide = language && language->joinsLetters();
    if (style->mHideMnemonics == hide)
        return;
    style->mHideMnemonics = hide;
    // Widgets lay out their texts again with the new hint.
    for (QWidget *widget : QApplication::allWidgets())
        widget->update();
}

int ConsoleStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                            QStyleHintReturn *returnData) const
{
    if (hint == SH_UnderlineShortcut && mHideMnemonics)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

void ConsoleStyle::drawControl(ControlElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (element != CE_PushButtonLabel || !button || button->direction != Qt::RightToLeft ||
        button->icon.isNull() || button->text.isEmpty()) {
        QProxyStyle::drawControl(element, option, painter, widget);
        return;
    }
    // Icon and text side by side, centred as a pair; the icon at the start of the line (the
    // right), as the same button shows it left to right at the left.
    const QRect area = subElementRect(SE_PushButtonContents, button, widget);
    const QIcon::Mode mode = !(button->state & State_Enabled)   ? QIcon::Disabled
                             : (button->state & State_HasFocus) ? QIcon::Active
                                                                : QIcon::Normal;
    const QPixmap pixmap = button->icon.pixmap(
        button->iconSize, painter->device()->devicePixelRatio(), mode, QIcon::Off);
    const QSize iconSize = pixmap.deviceIndependentSize().toSize();
    int flags = Qt::AlignVCenter | Qt::TextShowMnemonic;
    if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget))
        flags |= Qt::TextHideMnemonic;
    const int gap = 4;
    const int textWidth = button->fontMetrics.size(flags, button->text).width();
    const int width = std::min(area.width(), iconSize.width() + gap + textWidth);
    const int left = area.left() + (area.width() - width) / 2;
    const QRect icon(left + width - iconSize.width(), area.center().y() - iconSize.height() / 2,
                     iconSize.width(), iconSize.height());
    const QRect text(left, area.top(), width - iconSize.width() - gap, area.height());
    painter->drawPixmap(icon, pixmap);
    proxy()->drawItemText(painter, text, flags | Qt::AlignHCenter, button->palette,
                          button->state & State_Enabled, button->text, QPalette::ButtonText);
}
