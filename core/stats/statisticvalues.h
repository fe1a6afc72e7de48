#pragma once

#include "spectrum.h"
#include "stats/suppressible.h"

#include <QList>
#include <QStringList>

#include <array>

// The numbers of each statistic, as they are when shown. They only ever reach a caller inside
// a Suppressible<T>; see statistics.h for how they are computed and who counts towards k.

// Counts over the five stages, in spectrum order, with passes counted apart.
struct DistributionValues
{
    std::array<int, Spectrum::StageCount> counts{};
    std::array<double, Spectrum::StageCount> shares{}; // counts / total, 0 … 1
    int total = 0;                                     // non-pass answers and tallies
    int passes = 0;
    double median = 0; // position 1 … 5, a multiple of 0.5
    double mean = 0;   // position 1 … 5

    // counts.<stage>, shares.<stage>, total, passes, median, mean
    QList<StatisticRow> rows() const;
};
using Distribution = Suppressible<DistributionValues>;

// Paired participants: where each stood before (rows) and after (columns).
struct TransitionValues
{
    std::array<std::array<int, Spectrum::StageCount>, Spectrum::StageCount> counts{};
    int pairs = 0;
    int movedUp = 0; // to a later stage
    int unchanged = 0;
    int movedDown = 0;
    double meanChange = 0; // mean of (after − before) positions

    // pairs, moved-up, unchanged, moved-down, mean-change, transitions.<from>.<to>
    QList<StatisticRow> rows() const;
};
using Transitions = Suppressible<TransitionValues>;

// Self-placement against the stages of the options a participant chose. The gap is
// self − chosen, in positions; a positive gap means people see themselves further along than
// their choices suggest.
struct PerceptionGapValues
{
    int participants = 0;
    double meanSelf = 0;
    double meanChosen = 0;
    double meanGap = 0;
    int seesSelfHigher = 0; // gap >= 1
    int aboutTheSame = 0;   // |gap| < 1
    int seesSelfLower = 0;  // gap <= -1

    // participants, mean-self, mean-chosen, mean-gap, gap.higher, gap.same, gap.lower
    QList<StatisticRow> rows() const;
};

struct DecisionCounts
{
    QStringList optionKeys; // as in DecisionTally::options
    QList<int> counts;      // per option, in the same order
    int total = 0;          // non-pass answers and tallies
    int passes = 0;

    // options.<option key>, total, passes
    QList<StatisticRow> rows() const;
};

// A follow-up's check-in ("Did you do what you committed to?"): how many did, partly or not
// yet. Its k base is `committed`, the people who had made a commitment: "I did not make one"
// and passes never count towards k, and are shown only with the rest.
struct CheckInValues
{
    int done = 0;
    int partly = 0;
    int notYet = 0;
    int noCommitment = 0;
    int passes = 0;
    int committed = 0;     // done + partly + not yet
    double doneRate = 0;   // done / committed, 0 … 1
    double partlyRate = 0; // partly / committed

    // The count of a check-in answer by its key (SessionKeys::CheckIn…); 0 for any other key.
    int count(const QString &key) const;
    // done, partly, not-yet, no-commitment, committed, passes, done-rate, partly-rate
    QList<StatisticRow> rows() const;
};
using CheckIn = Suppressible<CheckInValues>;

struct CommitmentTexts
{
    QStringList texts; // trimmed, sorted, so the order says nothing about who wrote when

    // commitments.1 … commitments.N
    QList<StatisticRow> rows() const;
};
