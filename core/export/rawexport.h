#pragma once

#include "stats/statistics.h"

#include <QList>
#include <QString>

// What a raw export may say about the people who answered (docs/export.md, "Raw"): every
// answer and tally, but nothing that leads from an answer back to a person through the order
// in which people answered, a clock, or another file. On the hot seat the laptop goes round
// the room in an order everyone saw, so any of those would name the person behind each answer.
//
//   SessionData ──RawExport::of()──> RawExport ─┬─ CsvExport::raw  ──> bytes
//                                               └─ JsonExport      ──> bytes
//
// - No time finer than the session's date: answers carry no time, questions no time they were
//   asked, the session no time it was created.
// - Every device token is replaced by a key made for this export alone, from the system's
//   random source: two exports of the same session share no key, so they cannot be joined;
//   within one export a person's answers keep one key and still line up.
// - Answers in a canonical order: by question (in the order asked), then by choice (in the
//   order the question lists them; a pass, then unknown keys, after), then by key. Never in
//   the order they arrived. Tallies by question, then choice.
// The writers are given only this, so they cannot write what it leaves out.
struct RawAnswer
{
    qint64 questionId = 0;
    QString key;    // this export's own random key for the person
    QString choice; // a choice key or SessionKeys::Pass
    QString stage;  // the stage the choice stands for; empty for a pass
};

struct RawTally
{
    qint64 questionId = 0;
    QString choice;
    QString stage;
    int count = 0; // above zero: tallies of 0 are left out
};

struct RawExport
{
    Session session;           // createdAt left out
    QList<Question> questions; // in the order asked; askedAt left out
    QList<RawAnswer> answers;
    QList<RawTally> tallies;

    static RawExport of(const SessionData &data);

    // A new key: 22 letters and digits (about 131 random bits) from QRandomGenerator::system().
    // Letters and digits only, so that a key never begins like a spreadsheet formula.
    static QString newKey();
};
