#pragma once

#include <QList>
#include <QLocale>
#include <QString>

// The languages Upstander speaks, written once: the session dialog offers them, the phone page
// learns them from the participant server (/i18n/languages.json), and a test checks that each
// has its console catalogue and its phone page texts. A new language is one line here and its
// translation files.
namespace Languages {

struct Language
{
    QString code;       // BCP 47 as the files name it: "en", "de", later "pt-BR"
    QString nativeName; // in the language itself, as people look for it in a list
    bool rightToLeft = false;
    // The locale its numbers and dates are written in, when the code alone would pick another
    // than the one its texts use; empty: QLocale(code).
    QString localeName = {};

    QLocale locale() const;

    // Rich text `html` set off as an aside, in this language: in italics, or upright in a
    // script that has none. Fonts have no slanted Arabic, and Qt's fallback for a slanted face
    // draws empty boxes in its place.
    QString emphasised(const QString &html) const;

    // Whether its script joins letters into words (Arabic): a mnemonic's underline, drawn as a
    // run of its own, would break such a word apart.
    bool joinsLetters() const;
};

// English (the source language) first.
const QList<Language> &all();
const Language *find(const QString &code);
// The language `locale` asks for first among ours (its UI languages in order, "de-AT" finding
// "de"), or English. For QLocale() this is the console's language: Translations::install makes
// the locale it loaded the default.
const Language &forLocale(const QLocale &locale);

} // namespace Languages
