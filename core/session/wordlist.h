#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

// The offline word list that holds a question from a phone back for the trainer's review
// (resources/wordlists/README.md): one list per language shipped with the program, plus the
// trainer's own additions in a file of the same name in the data folder. A match never deletes
// anything; it only keeps the text out of the queue until the trainer looks.
//
// Texts and entries are compared after the same normalisation (normalised()): Unicode NFKC,
// case folding, accents and other combining marks and the Arabic tatweel removed, common
// character substitutions undone (0→o, 1→i, 3→e, 4→a, 5→s, 7→t, @→a, $→s), everything else
// that is not a letter a word break. An entry matches whole words; "stem*" any word starting
// with the stem.
class WordList
{
public:
    // Every shipped language's list (a slur is held in whatever language the room speaks), and
    // the trainer's files of the same names in `userFolder` (none when empty).
    static WordList shipped(const QString &userFolder = {});
    // From the text of list files (comments and blank lines skipped).
    void addEntries(const QString &fileText);
    bool isEmpty() const { return mWords.isEmpty() && mStems.isEmpty() && mPhrases.isEmpty(); }

    bool flags(const QString &text) const;
    // The words of `text` as the list compares them.
    static QStringList normalised(const QString &text);
    // The languages with a shipped list, by file name: "en", "de", …
    static QStringList languages();

private:
    // Cyrillic and Greek letters that look Latin, read as Latin in a word that mixes them with
    // Latin letters or has no others ("аss" with a Cyrillic "а").
    static void foldLookAlikeScripts(QString &word);

    QSet<QString> mWords;
    QStringList mStems;          // "stem*": words starting with it
    QList<QStringList> mPhrases; // several words in a row
};
