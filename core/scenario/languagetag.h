#pragma once

#include <QCoreApplication>
#include <QString>

// The form of a BCP 47 language tag (RFC 5646, section 2.1), as a scenario's "language" gives
// it: a language subtag of 2 or 3 letters (with up to three 3-letter extended language subtags)
// or of 5 to 8 letters; then, each optional and in this order, a script (4 letters), a region
// (2 letters or 3 digits), variants (5 to 8 letters and digits, or a digit and 3 more, none
// twice), extensions (a singleton other than x and subtags of 2 to 8, none twice) and a private
// use part (x and subtags of 1 to 8). Subtags are separated by single hyphens. Only the form
// is checked, not the IANA registry; the irregular grandfathered tags (i-klingon) are refused.
//
// Tags are case-insensitive: "EN" and "pt-br" are fine, and come back in the usual case
// ("en", "pt-BR", "zh-Hant-TW") so that they match the program's own language codes.
class LanguageTag
{
    Q_DECLARE_TR_FUNCTIONS(LanguageTag)

public:
    struct Check
    {
        QString tag;     // in the usual case, when well-formed
        QString error;   // why it is not a tag, with "did you mean …?" where a fix is plain
        QString warning; // well-formed, but a language's name ("english") rather than its code
        bool isValid() const { return error.isEmpty(); }
    };

    static Check check(const QString &text);
};
