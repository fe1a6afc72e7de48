#include "session/triadrotation.h"

#include "scenario/scenario.h"

#include <QRegularExpression>

TriadRotation::Round TriadRotation::round(const Scenario &scenario, int number)
{
    QStringList characters;
    for (const ScenarioRole &role : scenario.roles) {
        if (!role.observer)
            characters.append(characterName(role.name));
    }
    characters.removeAll(QString());
    return round(characters, number);
}

TriadRotation::Round TriadRotation::round(const QStringList &characters, int number)
{
    const QString people[] = {roomTr("A", "a person in a group of three"),
                              roomTr("B", "a person in a group of three"),
                              roomTr("C", "a person in a group of three")};
    Round r;
    r.number = qMax(1, number);
    const int first = (r.number - 1) % 3;
    r.plays = people[first];
    r.responds = people[(first + 1) % 3];
    r.observes = people[(first + 2) % 3];
    r.characters = characters;
    return r;
}

QString TriadRotation::heading(const Round &round)
{
    return roomTr("Round %1").arg(round.number);
}

namespace {
// "Marisol", "Marisol and Fiona", "Marisol, Fiona and Seun"; more than three: the first two and
// how many others.
QString listOf(const QStringList &names)
{
    if (names.size() == 1)
        return names.first();
    if (names.size() == 2)
        return TriadRotation::roomTr("%1 and %2", "two names").arg(names.at(0), names.at(1));
    if (names.size() == 3)
        return TriadRotation::roomTr("%1, %2 and %3", "three names")
            .arg(names.at(0), names.at(1), names.at(2));
    return TriadRotation::roomTr("%1, %2 and %n other(s)", "names", int(names.size() - 2))
        .arg(names.at(0), names.at(1));
}
} // namespace

QStringList TriadRotation::tasks(const Round &round)
{
    const QString plays = round.characters.isEmpty()
                              ? roomTr("%1 speaks").arg(round.plays)
                              : roomTr("%1 plays %2").arg(round.plays, listOf(round.characters));
    return {plays, roomTr("%1 responds").arg(round.responds),
            roomTr("%1 observes").arg(round.observes)};
}

QString TriadRotation::summary(const Round &round)
{
    return tasks(round).join(QStringLiteral(" · "));
}

QString TriadRotation::characterName(const QString &roleName)
{
    static const QRegularExpression aside(QStringLiteral("\\s*\\([^)]*\\)"));
    QString name = roleName;
    name.remove(aside);
    const int comma = name.indexOf(QLatin1Char(','));
    if (comma >= 0)
        name.truncate(comma);
    return name.simplified();
}
