#include "a11y/announce.h"

#include <QAccessible>
#include <QApplication>
#include <QWidget>

namespace Announce {

namespace {
Observer observer = nullptr;

void send(QAccessibleEvent *event)
{
    QAccessible::updateAccessibility(event);
    if (observer)
        observer(event);
}
} // namespace

void setObserver(Observer newObserver)
{
    observer = newObserver;
}

void countChanged(QWidget *display, const QString &text)
{
    display->setAccessibleName(text);
    QAccessibleEvent named(display, QAccessible::NameChanged);
    send(&named);
    QAccessibleValueChangeEvent shown(display, text);
    send(&shown);
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus != display && focus->window() == display->window()) {
        QAccessibleValueChangeEvent spoken(focus, text);
        send(&spoken);
    }
}

} // namespace Announce
