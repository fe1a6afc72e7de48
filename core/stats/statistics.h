#pragma once

#include "session/session.h"
#include "stats/statisticvalues.h"

#include <QDate>
#include <QList>

#include <optional>

// Group statistics for the charts, the report and the exports: pure functions over a session's
// plain values, no database and no QObject. Every number leaves here inside a Suppressible<T>
// (suppressible.h), shown only when built from at least k people (Session::k, never below 3).
//
//   SessionData ──> Statistics::compute() ──> SessionStatistics
//                                               ├─ beforeAfter     Distribution × 2–3, transitions
//                                               ├─ perceptionGap   aggregates of per-token gaps
//                                               ├─ selfVsChosen    two Distributions, unpaired
//                                               ├─ decisions[]     option counts per decision
//                                               ├─ commitments     texts
//                                               └─ checkIn         a follow-up's done-rate
//
// Who counts, and how often:
// - A distribution of self-placements counts people: each participant token once, with its
//   latest answer among the questions (by Answer::at; on equal times the one later in the list),
//   plus every tallied count. A participant whose latest answer is a pass counts as a pass.
// - Decisions count one choice per person and decision question (latest answer), plus tallies.
// - Answers to unknown questions, or with a choice their question does not list, are ignored.
//   Answers without a token count as one person each and are never paired.
//
// The k base (the number compared with k) of each statistic:
// - a distribution or a decision tally: its total, the non-pass answers and tallies it counts;
// - the distribution of chosen stages: the distinct people behind it (tokens with a non-pass
//   decision answer, answers without a token, and the largest tally of any one decision);
// - the transition matrix: the number of pairs; the perception gap: the participants with both
//   a self-placement and a decision; commitments: the distinct tokens with a non-empty text,
//   plus each commitment without a token; a check-in: the people who had made a commitment
//   (yes, partly, not yet), neither "I did not make one" nor passes.
// Passes never count towards k: they say nothing about anyone's stage.
//
// Positions are 1 (bystander) … 5 (advocate). The median is the ordinary median of the
// positions: with an even number of answers, the midpoint of the two middle ones, so it is
// always a whole or half position (2.5 = "between passive supporter and performative ally").

struct BeforeAfter
{
    Distribution baseline;
    Distribution after;
    Transitions transitions; // baseline → after
    // Present when the session has a follow-up self-placement question.
    std::optional<Distribution> followUp;
    std::optional<Transitions> followUpTransitions; // baseline → follow-up
};

// See PerceptionGapValues for the gap's sign and buckets.
struct PerceptionGap
{
    Phase selfPhase = Phase::Baseline;
    Suppressible<PerceptionGapValues> values;
};

// The same comparison without pairing anyone: all self-placements of a phase against all
// decision choices.
struct SelfVsChosen
{
    Distribution self;
    Distribution chosen;
};

struct DecisionTally
{
    qint64 questionId = 0;
    QString scenarioId;
    QString sceneId;
    QString prompt;
    QList<Choice> options; // key and stage of each option
    Suppressible<DecisionCounts> counts;
};

// One session, as the store hands it over.
struct SessionData
{
    Session session;
    QList<Question> questions;
    QList<Answer> answers;
    QList<Tally> tallies;
    QList<Commitment> commitments;
    // Questions sent from phones: only how many reach a report, never their text.
    int roomQuestionCount = 0;
};

struct TrendPoint
{
    qint64 sessionId = 0;
    QDate date;
    QString title;
    Distribution baseline;
    Distribution after;
    std::optional<Distribution> followUp;
    std::optional<CheckIn> checkIn; // present when the session asked the check-in
};

struct SessionStatistics
{
    BeforeAfter beforeAfter;
    PerceptionGap perceptionGap;
    SelfVsChosen selfVsChosen;
    QList<DecisionTally> decisions; // in question order
    Suppressible<CommitmentTexts> commitments;
    std::optional<CheckIn> checkIn; // present when the session asked the check-in
};

namespace Statistics {

// Where the people answering these self-placement questions placed themselves (other kinds of
// question in the list are ignored).
Distribution distribution(const QList<Question> &questions, const QList<Answer> &answers,
                          const QList<Tally> &tallies, int k);
// The stages of the options chosen at these decision questions (other kinds are ignored).
Distribution choiceDistribution(const QList<Question> &questions, const QList<Answer> &answers,
                                const QList<Tally> &tallies, int k);

BeforeAfter beforeAfter(const SessionData &data);
PerceptionGap perceptionGap(const SessionData &data, Phase selfPhase = Phase::Baseline);
SelfVsChosen selfVsChosen(const SessionData &data, Phase selfPhase = Phase::Baseline);
QList<DecisionTally> decisionTallies(const SessionData &data);
// The answers to the session's check-in (SessionRules::checkInQuestion), if it asked one:
// each person's latest answer plus the hands counted, shown once at least k of them had made
// a commitment.
std::optional<CheckIn> checkIn(const SessionData &data);
Suppressible<CommitmentTexts> commitmentTexts(const QList<Commitment> &commitments, int k);
// How many people wrote these commitments (distinct tokens, plus each one without a token):
// what commitmentTexts() compares with k.
int commitmentWriters(const QList<Commitment> &commitments);
// How many more people must write one before the texts may be shown (0: they may).
int commitmentsStillNeeded(const QList<Commitment> &commitments, int k);

// Everything above for one session, from a single pass over its answers.
// The gap is between the choices and the self-placement of `gapPhase`; by default the one the
// session asks first (SessionRules::selfViewPhase): the baseline, or a follow-up's own.
SessionStatistics compute(const SessionData &data, std::optional<Phase> gapPhase = std::nullopt);

// A cohort across its sessions, in date order (then creation time, then id). Each session
// keeps its own k.
QList<TrendPoint> cohortTrend(const QList<SessionData> &sessions);

} // namespace Statistics
