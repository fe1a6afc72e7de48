#pragma once

#include "roomlanguage.h"

#include "spectrum.h"
#include "stats/statistics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// A session said in a few sentences, for the first page of its report: how many took part,
// the path the group took through each scenario, where people placed themselves before and
// after, and the gap between how they see themselves and what they chose. The report only lays
// these out; every rule about what may be said lives here.
//
//   SessionData + SessionStatistics + scenario titles ──> ReportSummary::compute()
//       ──> headcount, scenarios[] (decisions[] in words), beforeAfter, perceptionGap, anonymity
//
// The k rule holds in every sentence: a number is said only when the statistic behind it is
// shown (stats/suppressible.h); a withheld one is said in words ("fewer than 5 people …"),
// naming k and never the count that fell short.
class ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)
    UPSTANDER_ROOM_TR_FUNCTIONS(ReportSummary) // its texts are for the room

public:
    struct Decision
    {
        qint64 questionId = 0;
        int number = 0; // 1 … of, within its scenario
        int of = 0;
        QString heading;  // "Credit taken, decision 1 of 2"
        QString sentence; // "At decision 1, the most common choice was …"
    };

    struct ScenarioPath
    {
        QString scenarioId;
        QString title;
        QList<Decision> decisions; // in the order the group reached them
        QString sentence;          // the decisions' sentences, or that none was reached
    };

    QString title;
    QString headcount;      // "25 people took part."
    QString scenariosIntro; // "The group worked through 2 scenarios."
    QList<ScenarioPath> scenarios;
    QString beforeAfter;   // the headline, in words
    QString perceptionGap; // one sentence
    QString roomQuestions; // how many questions phones sent, or empty when none
    QString checkIn;       // a follow-up's check-in: how many did what they committed to
    QString anonymity;     // "Groups smaller than 5 are not shown, to keep answers anonymous."
    // The number of people who took part, when at least k did; otherwise empty.
    std::optional<int> people;

    // scenarios: the scenarios the session ran, in order (their ids and titles); a decision of
    // a scenario not listed is put under its id. Option texts are the decision questions'
    // Choice::label (the key when empty). `spectrum` carries the session's stage labels.
    static ReportSummary compute(const SessionData &data, const SessionStatistics &statistics,
                                 const QList<ScenarioSnapshot> &scenarios,
                                 const Spectrum &spectrum);

    // The check-in in words: of those who had made a commitment, how many did it, partly or not
    // yet; below k, that too few answered (naming k only).
    static QString checkInSentence(const CheckIn &checkIn);
    // The share who did what they committed to, as the room writes a percentage ("40%"), or
    // "fewer than k" while withheld: a cell of the cohort's check-in table.
    static QString doneRate(const CheckIn &checkIn);
    // The sentence that explains k, in words.
    static QString anonymityRule(int k);
    // Who moved between before and after: "Of the 20 people who answered both times, 2 moved
    // further along, 12 stayed where they were and 6 moved back." (the report and the chart).
    static QString whoMoved(const TransitionValues &transitions);
    // The heading of a decision: its scenario and where it came in the scenario.
    static QString decisionHeading(const QString &scenarioTitle, int number, int of);
    // People who took part: distinct tokens (answers and commitments), or the most people any
    // one question heard from (hands counted, answers without a token), whichever is larger.
    static int headcountOf(const SessionData &data);
    // An option's text shortened to about `length` characters, quotes removed: its first
    // sentence when that is long enough to say something, else cut at a word; "…" marks a cut.
    static QString shortText(const QString &text, int length = 60);
};
