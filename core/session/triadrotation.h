#pragma once

#include "roomlanguage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct Scenario;

// Who does what in a round of a role-play in threes (triads): one person plays the scenario's
// characters, one responds as the colleague who has to decide, one observes with the
// checklist. Each round moves every task on by one person, so that after three rounds everyone
// has done each. The people are A, B and C; the characters are named from the scenario when it
// has any.
class TriadRotation
{
    Q_DECLARE_TR_FUNCTIONS(TriadRotation)
    UPSTANDER_ROOM_TR_FUNCTIONS(TriadRotation) // its texts are for the room

public:
    struct Round
    {
        int number = 1;
        QString plays;          // the person who plays the characters ("A" in round 1)
        QString responds;       // the person who responds ("B")
        QString observes;       // the person who observes ("C")
        QStringList characters; // the scenario's speaking roles, by the names people say
    };

    static Round round(const Scenario &scenario, int number);
    static Round round(const QStringList &characters, int number);

    static QString heading(const Round &round); // "Round 2"
    // One line each for the one who plays, responds and observes: what the projector lists.
    static QStringList tasks(const Round &round);
    // All of it in one line, for the console: "A plays … · B responds · C observes".
    static QString summary(const Round &round);

    // A role's name as people say it: "Marisol Ortega, senior analyst (works Monday to
    // Wednesday)" is "Marisol Ortega".
    static QString characterName(const QString &roleName);
};
