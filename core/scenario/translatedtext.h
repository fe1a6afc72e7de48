#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTranslator>

// A text marked with QT_TRANSLATE_NOOP, translated by `translator` (a catalogue of another
// language than the UI's, e.g. a session's), falling back to the English source; without a
// translator, in the UI language.
inline QString translatedText(const QTranslator *translator, const char *context,
                              const char *source)
{
    if (!translator)
        return QCoreApplication::translate(context, source);
    const QString translated = translator->translate(context, source);
    return translated.isEmpty() ? QString::fromUtf8(source) : translated;
}
