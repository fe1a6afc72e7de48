#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The allyship spectrum: five stages in a fixed order, from doing nothing to changing systems.
//
//   Spectrum ──owns──> 5 × Stage (key, label, texts, colour)
//
// Keys, order and colours are fixed; a workshop may rename the labels (some groups find
// "performative" shaming), which is what withLabels() is for.
struct Stage
{
    QString key;         // stable: "bystander", "passive-supporter", …
    QString label;       // translated, or the workshop's own name for the stage
    QString summary;     // one line
    QString description; // a paragraph
    QStringList behaviours;
    QString inMeeting; // what this stage looks like in an ordinary meeting
    QString nextStep;  // what moves someone on to the next stage
    quint32 rgb = 0;   // colour-blind-safe (Okabe–Ito), as 0xRRGGBB
    int index = 0;     // 0 … 4

    QString colorName() const; // "#rrggbb"
};

class Catalogue;

class Spectrum
{
    Q_DECLARE_TR_FUNCTIONS(Spectrum)

public:
    static constexpr int StageCount = 5;

    // The standard spectrum, texts in the room's language (RoomLanguage: the open session's,
    // which may not be the console's).
    static Spectrum standard();
    // The same in `language` (e.g. a phone's own); a text it does not hold stays in English.
    // nullptr: the room's language.
    static Spectrum standard(const Catalogue *language);
    static QStringList keys();
    static bool isKey(const QString &key);

    // A copy with some labels replaced (key → label). Unknown keys and empty labels are ignored.
    Spectrum withLabels(const QHash<QString, QString> &labels) const;

    const QList<Stage> &stages() const { return mStages; }
    const Stage &at(int index) const { return mStages.at(index); }
    int indexOf(const QString &key) const; // -1 when unknown
    const Stage *stage(const QString &key) const;

private:
    QList<Stage> mStages;
};
