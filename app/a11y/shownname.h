#pragma once

#include <QAbstractButton>

// Speech-input users say what they see (WCAG 2.5.3, label in name): a control's accessible name
// is its visible text, the mnemonic's & taken out; what it does in more words goes in the
// accessible description.
namespace ShownName {

inline QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

// Call again after every setText().
inline void apply(QAbstractButton *button, const QString &description = QString())
{
    button->setAccessibleName(withoutMnemonic(button->text()));
    if (!description.isNull())
        button->setAccessibleDescription(description);
}

} // namespace ShownName
