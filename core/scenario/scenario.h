#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A role-play scenario as read from a scenario file (format upstander-scenario/1).
// Plain values; positions are kept so that later checks can point at the right line.
//
//   Scenario ─┬─ roles[]    (private briefs, one observer)
//             ├─ scenes[] ──┬─ next            → another scene
//             │             ├─ decision ─ options[] (stage, why, next)
//             │             └─ ending
//             └─ debrief (what / so what / now what), sources[]

struct SourcePosition
{
    int line = 0;
    int column = 0;
};

struct ScenarioRole
{
    QString id;
    QString name;
    QString brief;
    bool observer = false;
    SourcePosition position;
};

struct DecisionOption
{
    QString id;
    QString text;
    QString stage; // a Spectrum key
    QString why;
    QString next; // a scene id
    SourcePosition position;
    SourcePosition stagePosition;
    SourcePosition nextPosition;
};

struct Decision
{
    QString prompt;
    int timerSeconds = 0; // 0: no timer
    QList<DecisionOption> options;
    SourcePosition position;

    QStringList stagesSpanned() const; // distinct stage keys, in spectrum order
};

struct Scene
{
    QString id;
    QString title;
    QString narration;
    QString notes; // facilitator only
    QString next;
    std::optional<Decision> decision;
    bool ending = false;
    SourcePosition position;
    SourcePosition nextPosition;

    QStringList successors() const; // the scene ids this scene can lead to
};

struct Debrief
{
    QStringList what;
    QStringList soWhat;
    QStringList nowWhat;
};

struct ScenarioSource
{
    QString title;
    QString note;
};

struct Scenario
{
    static constexpr int ContentNoteLength = 300; // characters a person sees; more: a warning

    QString filePath; // where it was read from (":/scenarios/…" for built-in ones)
    QString id;
    QString language;
    QString title;
    QString theme;
    QString summary;
    // What difficult content the role-play holds, read on the phones (and by the trainer)
    // before it starts, so that anyone can choose to sit it out; empty: none given.
    QString contentNote;
    int durationMinutes = 0;
    int groupMin = 0;
    int groupMax = 0;
    QList<ScenarioRole> roles;
    QStringList observerChecklist;
    QList<Scene> scenes;
    Debrief debrief;
    QList<ScenarioSource> sources;

    const Scene *scene(const QString &id) const;
    int decisionCount() const;
};
