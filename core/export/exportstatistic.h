#pragma once

#include "stats/statistics.h"

#include <QList>
#include <QString>

// One statistic of a session as both exports list it (docs/export.md): what it describes, and
// its numbers as (key, value) rows unless the k rule suppressed it. Made only from the
// Suppressible results of Statistics::compute(), so a suppressed statistic has no rows to
// write: the exporters cannot leak what they were never given.
struct ExportStatistic
{
    QString statistic; // "distribution", "transitions", "perception-gap", "chosen-stages",
                       // "decision", "check-in" or "commitments"
    QString phase;     // a phase key, or empty; transitions: from the baseline to this phase
    // Decisions only: the question and the options it offered.
    qint64 questionId = 0;
    QString scenarioId;
    QString sceneId;
    QString prompt;
    QList<Choice> options;

    int k = Session::DefaultK;
    bool suppressed = true;
    QList<StatisticRow> rows; // empty while suppressed

    // The stage a row is about, if any: "counts.<stage>", "shares.<stage>", and for decisions
    // "options.<key>" (the option's stage).
    QString stageOf(const StatisticRow &row) const;
    // The decision option a row is about ("options.<key>"), or empty.
    QString choiceOf(const StatisticRow &row) const;

    // The statistics of a session, in a fixed order: distributions per phase, transitions,
    // perception gap, chosen stages, each decision in question order, the check-in, commitments. A statistic
    // is listed when the session has the questions it is built from; commitments always are.
    static QList<ExportStatistic> collect(const SessionData &data);
};
