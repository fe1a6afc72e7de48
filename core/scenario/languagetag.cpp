#include "scenario/languagetag.h"

#include <QLocale>
#include <QSet>
#include <QStringList>

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool all(const QString &text, bool (*test)(QChar))
{
    for (const QChar c : text) {
        if (!test(c))
            return false;
    }
    return true;
}

bool isLetters(const QString &s)
{
    return all(s, isAsciiLetter);
}

bool isDigits(const QString &s)
{
    return all(s, isAsciiDigit);
}

bool isScript(const QString &s)
{
    return s.size() == 4 && isLetters(s);
}

bool isRegion(const QString &s)
{
    return (s.size() == 2 && isLetters(s)) || (s.size() == 3 && isDigits(s));
}

bool isVariant(const QString &s)
{
    return (s.size() >= 5 && s.size() <= 8) || (s.size() == 4 && isAsciiDigit(s.front()));
}

// The language a word names, in English or in the language itself ("english", "Deutsch"),
// as its code; empty when it names none.
QString codeOfLanguageName(const QString &word)
{
    if (word.size() < 3)
        return {};
    for (int l = QLocale::C + 1; l <= QLocale::LastLanguage; ++l) {
        const auto language = QLocale::Language(l);
        if (QLocale::languageToString(language).compare(word, Qt::CaseInsensitive) == 0)
            return QLocale::languageToCode(language);
    }
    for (const QLocale &locale : QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript,
                                                          QLocale::AnyTerritory)) {
        if (locale.nativeLanguageName().compare(word, Qt::CaseInsensitive) == 0)
            return QLocale::languageToCode(locale.language());
    }
    return {};
}

QString excerpt(const QString &text)
{
    QString result = text.left(80);
    for (QChar &c : result) {
        if (c == u'\n' || c == u'\r')
            c = u' ';
    }
    return result;
}

} // namespace

LanguageTag::Check LanguageTag::check(const QString &text)
{
    Check result;
    const auto refuse = [&](const QString &problem, const QString &suggestion = QString()) {
        result.error = tr("\"%1\" is not a BCP 47 language tag: %2").arg(excerpt(text), problem);
        if (!suggestion.isEmpty() && suggestion != text)
            result.error = tr("%1; did you mean \"%2\"?").arg(result.error, suggestion);
        return result;
    };
    // The plain fix for separators: hyphens for underscores and spaces, no empty subtags.
    const auto repaired = [&text] {
        QStringList parts =
            QString(text).replace(u'_', u'-').replace(u' ', u'-').split(u'-', Qt::SkipEmptyParts);
        const QString tag = parts.join(u'-');
        const bool plain = !tag.isEmpty() && all(tag, [](QChar c) {
            return isAsciiLetter(c) || isAsciiDigit(c) || c == u'-';
        });
        if (plain) { // checking it cannot come back here: it has nothing left to repair
            const Check fixed = check(tag);
            if (fixed.isValid())
                return fixed.tag;
        }
        // A language's name with other characters around it: "english!".
        QString letters;
        for (const QChar c : text) {
            if (c.isLetter())
                letters += c;
        }
        return codeOfLanguageName(letters);
    };

    for (const QChar c : text) {
        if (isAsciiLetter(c) || isAsciiDigit(c) || c == u'-')
            continue;
        if (c == u'_')
            return refuse(tr("subtags are separated by \"-\", not \"_\""), repaired());
        if (c == u' ')
            return refuse(tr("subtags are separated by \"-\", not spaces"), repaired());
        const QString shown =
            c.isPrint() ? QString(c)
                        : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        return refuse(tr("\"%1\" is not allowed, only letters, digits and \"-\"").arg(shown),
                      repaired());
    }
    if (text.startsWith(u'-'))
        return refuse(tr("it starts with \"-\""), repaired());
    if (text.endsWith(u'-'))
        return refuse(tr("it ends with \"-\""), repaired());
    if (text.contains(QLatin1String("--")))
        return refuse(tr("\"--\" leaves an empty subtag"), repaired());

    const QStringList subtags = text.split(u'-');
    for (const QString &s : subtags) {
        if (s.size() > 8)
            return refuse(tr("the subtag \"%1\" is longer than 8 characters").arg(s));
    }
    QStringList out;
    qsizetype i = 0;
    const QString &language = subtags.at(i++);
    const bool shortLanguage = language.size() == 2 || language.size() == 3;
    if (!isLetters(language) || !(shortLanguage || language.size() >= 5)) {
        return refuse(
            tr("the language subtag \"%1\" must have 2 or 3 letters (or 5 to 8)").arg(language));
    }
    out.append(language.toLower());
    for (int extended = 0; shortLanguage && extended < 3 && i < subtags.size(); ++extended) {
        if (subtags.at(i).size() != 3 || !isLetters(subtags.at(i)))
            break;
        out.append(subtags.at(i++).toLower());
    }
    if (i < subtags.size() && isScript(subtags.at(i))) {
        const QString &script = subtags.at(i++);
        out.append(script.left(1).toUpper() + script.mid(1).toLower());
    }
    if (i < subtags.size() && isRegion(subtags.at(i)))
        out.append(subtags.at(i++).toUpper());
    QSet<QString> variants;
    for (; i < subtags.size() && isVariant(subtags.at(i)); ++i) {
        const QString variant = subtags.at(i).toLower();
        if (variants.contains(variant))
            return refuse(tr("the variant \"%1\" is given twice").arg(subtags.at(i)));
        variants.insert(variant);
        out.append(variant);
    }
    QSet<QString> singletons;
    while (i < subtags.size() && subtags.at(i).size() == 1) {
        const QString singleton = subtags.at(i++).toLower();
        const bool privateUse = singleton == QLatin1String("x");
        const int shortest = privateUse ? 1 : 2;
        out.append(singleton);
        qsizetype taken = 0;
        for (; i < subtags.size(); ++i, ++taken) {
            const QString &s = subtags.at(i);
            if (s.size() < shortest)
                break;
            out.append(s.toLower());
        }
        if (taken == 0) {
            if (privateUse) {
                return refuse(
                    tr("\"x\" needs at least one subtag of 1 to 8 letters and digits after it"));
            }
            return refuse(tr("the extension \"%1\" needs at least one subtag of 2 to 8 letters "
                             "and digits after it")
                              .arg(singleton));
        }
        if (privateUse)
            break; // everything after x belongs to it
        if (singletons.contains(singleton))
            return refuse(tr("the extension \"%1\" is given twice").arg(singleton));
        singletons.insert(singleton);
    }
    if (i < subtags.size()) {
        return refuse(tr("\"%1\" is not a script (4 letters), a region (2 letters or 3 digits) "
                         "or a variant (5 to 8 letters and digits, or a digit and 3 more) in "
                         "this place")
                          .arg(subtags.at(i)));
    }
    result.tag = out.join(u'-');
    if (!shortLanguage) {
        const QString code = codeOfLanguageName(language);
        if (!code.isEmpty()) {
            QStringList suggested = out;
            suggested.first() = code;
            result.warning = tr("\"%1\" is the name of a language, not its code; did you mean "
                                "\"%2\"?")
                                 .arg(language, suggested.join(u'-'));
        }
    }
    return result;
}
