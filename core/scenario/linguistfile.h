#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A Qt Linguist .ts file of id-based messages (one context), as used for scenario texts.
// Merging keeps a translation while its English source is unchanged and marks it unfinished
// when the source changed, so translators see exactly what needs their attention.
class LinguistFile
{
    Q_DECLARE_TR_FUNCTIONS(LinguistFile)

public:
    struct Message
    {
        QString id;
        QString source;
        QString translation;
        bool finished = false;
        QString comment; // for translators (Linguist's "developer comments")
    };

    QString language; // e.g. "de"
    QList<Message> messages;

    // Reads `path`; a missing file is an empty LinguistFile, a malformed one an error.
    static bool read(const QString &path, LinguistFile *out, QString *error);
    // Writes atomically (QSaveFile).
    bool write(const QString &path, QString *error) const;

    // Messages in `sources` order; translations carried over from this file where the id and
    // the source text still match, kept but unfinished where the source changed.
    LinguistFile merged(const QList<Message> &sources) const;
    int unfinishedCount() const;
};
