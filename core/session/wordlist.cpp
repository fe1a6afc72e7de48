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

QStringList WordList::normalised(const QString &text)
{
    // Compatibility forms (full-width letters, ligatures) become plain ones; then the marks go.
    const QString decomposed = text.normalized(QString::NormalizationForm_KC)
                                   .toCaseFolded()
                                   .normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_Enclosing ||
            c.category() == QChar::Mark_SpacingCombining || c == QChar(0x0640)) // tatweel
            continue;
        switch (c.unicode()) {
        case '0':
            plain += QLatin1Char('o');
            break;
        case '1':
            plain += QLatin1Char('i');
            break;
        case '3':
            plain += QLatin1Char('e');
            break;
        case '4':
            plain += QLatin1Char('a');
            break;
        case '5':
            plain += QLatin1Char('s');
            break;
        case '7':
            plain += QLatin1Char('t');
            break;
        case '@':
            plain += QLatin1Char('a');
            break;
        case '$':
            plain += QLatin1Char('s');
            break;
        case 0x0649:
            plain += QChar(0x064A);
            break; // alef maqsura, written for ya
        default:
            plain += c.isLetter() ? c : QLatin1Char(' ');
        }
    }
    return plain.normalized(QString::NormalizationForm_C)
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
