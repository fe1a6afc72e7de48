#pragma once

#include "a11y/contrast.h"
#include "darkpalette.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QGroupBox>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QPalette>
#include <QRegularExpression>
#include <QWidget>

// The accessibility rules the GUI tests check, in one place: what a speech-input user says
// must be the start of the accessible name (WCAG 2.5.3), and text contrast measured on
// rendered pixels (WCAG 1.4.3, the maths in app/a11y/contrast.h).
namespace A11yCheck {

// The words a person reads on a control: the mnemonic's & gone, symbols (arrows, "…", "⚠",
// "−") and a trailing colon dropped, spaces collapsed, lower case.
inline QString words(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    QString kept;
    for (const QChar c : std::as_const(text))
        kept.append(c.isLetterOrNumber() || c == QLatin1Char('\'') ? c : QLatin1Char(' '));
    return kept.simplified().toLower();
}

// The text a control shows as its label: a button's text (its first line: a second line in
// smaller words explains, as a description does), a checkable group box's title, or the text
// of the label whose buddy it is; empty when it shows none.
inline QString visibleLabel(QWidget *w, const QHash<QWidget *, QLabel *> &buddies)
{
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        return button->text().section(QLatin1Char('\n'), 0, 0);
    if (auto *box = qobject_cast<QGroupBox *>(w); box && box->isCheckable())
        return box->title();
    if (QLabel *label = buddies.value(w))
        return label->text();
    return {};
}

inline QHash<QWidget *, QLabel *> buddiesIn(QWidget *root)
{
    QHash<QWidget *, QLabel *> buddies;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy())
            buddies.insert(label->buddy(), label);
    }
    return buddies;
}

// Empty when `w`'s accessible name starts with the words it shows; else what is wrong.
inline QString nameProblem(QWidget *w, const QHash<QWidget *, QLabel *> &buddies)
{
    const QString shown = words(visibleLabel(w, buddies));
    if (shown.isEmpty())
        return {};
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    const QString name = iface ? iface->text(QAccessible::Name) : QString();
    if (words(name).startsWith(shown))
        return {};
    // On Linux Qt names a combo box or spin box by its value and ties its label to it with a
    // "labelled by" relation (the buddy), which is what AT-SPI clients read as its label.
    if (QLabel *label = buddies.value(w); label && iface) {
        for (const auto &relation : iface->relations(QAccessible::Label)) {
            if (relation.first->object() == label)
                return {};
        }
    }
    return QStringLiteral("%1#%2 shows \"%3\" but is named \"%4\"")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), visibleLabel(w, buddies),
             name);
}

// The contrast of the text inside `rect` of a rendered image: the background is the most
// common colour there, the text its pixel that differs most from it (anti-aliasing only
// lightens the edges of a glyph, so the extreme pixel is the colour the text was drawn in).
// 0 when there is no text at all.
inline double textContrast(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> counts;
    const QRect r = rect.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y) {
        for (int x = r.left(); x <= r.right(); ++x)
            ++counts[image.pixel(x, y) | 0xff000000u];
    }
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > most) {
            most = it.value();
            background = it.key();
        }
    }
    double best = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.key() != background)
            best = std::max(best, Contrast::ratio(QColor(it.key()), QColor(background)));
    }
    return best;
}

// What a screen reader would be told: every accessibility event, kept as plain values (the
// objects may be gone by the time a test looks).
struct Event
{
    QAccessible::Event type;
    QObject *object;
    QString name;  // the object's accessible name when the event was sent
    QString value; // a value change's new value
};

inline QList<Event> &recordedEvents()
{
    static QList<Event> events;
    return events;
}

inline void recordEvent(QAccessibleEvent *event)
{
    Event e{event->type(), event->object(), {}, {}};
    if (QAccessibleInterface *iface = event->accessibleInterface())
        e.name = iface->text(QAccessible::Name);
    if (event->type() == QAccessible::ValueChanged)
        e.value = static_cast<QAccessibleValueChangeEvent *>(event)->value().toString();
    recordedEvents().append(e);
}

} // namespace A11yCheck
