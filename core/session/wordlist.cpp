#include "session/wordlist.h"

#include <QDir>
#include <QFile>

WordList WordList::shipped(const QString &userFolder)
{
    WordList list;
    for (const QString &language : languages()) {
        const QString name = language + QStringLiteral(".txt");
        for (const QString &path :
             {QStringLiteral(":/wordlists/") + name,
              userFolder.isEmpty() ? QString() : QDir(userFolder).filePath(name)}) {
            QFile file(path);
            if (!path.isEmpty() && file.open(QIODevice::ReadOnly))
                list.addEntries(QString::fromUtf8(file.readAll()));
        }
    }
    return list;
}

QStringList WordList::languages()
{
    QStringList codes;
    for (const QString &file :
         QDir(QStringLiteral(":/wordlists")).entryList({QStringLiteral("*.txt")}))
        codes.append(file.chopped(4));
    return codes;
}

void WordList::addEntries(const QString &fileText)
{
    for (QString line : fileText.split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool stem = line.endsWith(QLatin1Char('*'));
        const QStringList words = normalised(stem ? line.chopped(1) : line);
        if (words.isEmpty())
            continue;
        if (words.size() > 1)
            mPhrases.append(words);
        else if (stem)
            mStems.append(words.first());
        else
            mWords.insert(words.first());
    }
}

void WordList::foldLookAlikeScripts(QString &word)
{
    // Cyrillic and Greek small letters (after case folding, without their marks) that a reader
    // takes for Latin ones, each followed by that Latin letter.
    static const QString lookAlike = QStringLiteral(
        "\u0430a\u0435e\u0456i\u0458j\u043Ak\u043Cm\u043Eo\u0440p\u0441c\u0443y\u0445x"
        "\u0455s\u0501d\u04BBh\u051Bq\u051Dw\u04AFy\u0491r"
        "\u03B1a\u03B2b\u03B5e\u03B9i\u03BAk\u03BDv\u03BFo\u03C1p\u03C4t\u03C5u\u03C7x"
        "\u03C9w\u0131i\u0261g");
    // Only a word that mixes them with Latin letters, or is made of nothing else: a Russian or
    // Greek word keeps its own letters (it is in its language's list, if anywhere).
    bool latin = false;
    bool other = false;
    bool allLookAlike = true;
    for (const QChar c : std::as_const(word)) {
        if (!c.isLetter())
            continue;
        const int at = lookAlike.indexOf(c);
        const bool folds = at >= 0 && at % 2 == 0;
        latin = latin || (c.script() == QChar::Script_Latin && !folds);
        other = other || folds;
        allLookAlike = allLookAlike && (folds || c.script() == QChar::Script_Latin);
    }
    if (!other || (!latin && !allLookAlike))
        return;
    for (QChar &c : word) {
        const int at = lookAlike.indexOf(c);
        if (at >= 0 && at % 2 == 0)
            c = lookAlike.at(at + 1);
    }
}

QStringList WordList::normalised(const QString &text)
{
    // Compatibility forms (full-width letters, ligatures) become plain ones; then the marks go,
    // and so do invisible characters (joiners, direction marks, fillers): dropped, not read as
    // a break, so a word cannot hide behind one.
    const QString decomposed = text.normalized(QString::NormalizationForm_KC)
                                   .toCaseFolded()
                                   .normalized(QString::NormalizationForm_D);
    QString kept;
    kept.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Mark_SpacingCombining || category == QChar::Other_Format ||
            c == QChar(0x0640) /* tatweel */ || c == QChar(0x115F) || c == QChar(0x1160) ||
            c == QChar(0x3164) || c == QChar(0xFFA0) /* Hangul fillers */)
            continue;
        kept += c == QChar(0x0649) ? QChar(0x064A) : c; // alef maqsura, written for ya
    }
    // Words: runs of letters, digits and the look-alike symbols; a look-alike digit or symbol
    // is read as its letter only in a word that has a letter, so "455" stays a number.
    static const QString lookAlike = QStringLiteral("0o1i3e4a5s7t@a$s");
    QStringList words;
    QString word;
    bool hasLetter = false;
    const auto flush = [&] {
        if (hasLetter) {
            for (QChar &c : word) {
                const int at = lookAlike.indexOf(c);
                if (at >= 0 && at % 2 == 0)
                    c = lookAlike.at(at + 1);
            }
            foldLookAlikeScripts(word);
            words.append(word.normalized(QString::NormalizationForm_C));
        }
        word.clear();
        hasLetter = false;
    };
    for (const QChar c : std::as_const(kept)) {
        const bool letter = c.isLetter();
        if (letter || lookAlike.indexOf(c) % 2 == 0) {
            word += c;
            hasLetter = hasLetter || letter;
        } else {
            flush();
        }
    }
    flush();
    return words;
}

bool WordList::flags(const QString &text) const
{
    const QStringList words = normalised(text);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (mWords.contains(word))
            return true;
        for (const QString &stem : mStems) {
            if (word.startsWith(stem))
                return true;
        }
        for (const QStringList &phrase : mPhrases) {
            if (i + phrase.size() <= words.size() &&
                std::equal(phrase.cbegin(), phrase.cend(), words.cbegin() + i))
                return true;
        }
    }
    return false;
}
