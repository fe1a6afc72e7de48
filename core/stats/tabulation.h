#pragma once

#include "session/session.h"
#include "spectrum.h"

#include <QHash>
#include <QList>

#include <array>
#include <vector>

// One pass over a session's answers and tallies, the raw material of every statistic in
// statistics.h. Internal to the core: it holds per-token data and must never reach a view.
//
//   answers ──(question, choice, token fingerprint, time)──> entries
//           ──split by fingerprint──> buckets, each small enough to stay in the CPU cache
//           ──per bucket──> each token's answers ─┬─ latest per question  → per-question counts
//                                                 ├─ latest per group     → group counts, stage
//                                                 └─ every decision       → chosen stages
//
// A "group" is a set of self-placement questions in which each person counts once, with their
// latest answer (by Answer::at; on equal times the one later in the list). The session-level
// statistics use one group per phase. Decision questions are not grouped: a person counts once
// per decision question. Answers to unknown questions, to commitment questions, and with a
// choice the question does not list are ignored. An answer with an empty token stands for one
// person who cannot be paired with anything.
//
// Tokens are told apart by a 64-bit fingerprint of their text (a seeded qHash): two different
// tokens are taken for one with a probability of about n²/2^65 for n tokens (10^-14 for a
// thousand, 3·10^-10 for a hundred thousand), and then they count as one person, never as
// more. The loop over a million answers is bound by memory traffic: each answer is reduced to
// 16 bytes (fingerprint, time to the millisecond, question, choice) and filed in a bucket small
// enough to be worked on in the CPU cache; the bucket memory is kept per thread for the next
// tabulation, since fresh memory costs a page fault per 4 KB. At most 4,096 questions and 4,095
// choices per question are considered.
class Tabulation
{
public:
    static constexpr int NoGroup = -1;
    static constexpr int NoStage = -1;

    struct StageCounts
    {
        std::array<int, Spectrum::StageCount> stages{};
        int passes = 0;
        int total() const;
    };

    // groupOfQuestion: for each question (same order), its group in 0 … groupCount-1, or
    // NoGroup. Only self-placement questions may be grouped.
    Tabulation(const QList<Question> &questions, const QList<Answer> &answers,
               const QList<Tally> &tallies, const std::vector<int> &groupOfQuestion,
               int groupCount);

    const QList<Question> &questions() const { return mQuestions; }

    // Per question: counts per listed choice (same order as Question::choices) and passes,
    // answers and tallies together.
    const std::vector<int> &choiceCounts(int question) const { return mChoiceCounts[question]; }
    int passes(int question) const { return mQuestionPasses[question]; }

    const StageCounts &group(int g) const { return mGroups[g]; }

    // The stages of all decision choices, one per person and decision question, plus tallies.
    const StageCounts &chosen() const { return mChosen; }
    // The people behind chosen(): distinct tokens with a non-pass decision answer, answers with
    // no token, and the largest non-pass tally total of any one decision question (the same
    // people are counted by hand at every decision).
    int chosenPeople() const { return mChosenPeople; }

    // Tokens are numbered 0 … tokenCount()-1 in no meaningful order.
    int tokenCount() const { return mTokenCount; }
    // A token's stage in a group (its latest answer there), or NoStage if none or a pass.
    int groupStage(int g, int token) const { return mTokenGroupStage[token * mGroupCount + g]; }
    // Sum of stage positions (1 … 5) and number of a token's non-pass decision answers.
    int decisionSum(int token) const { return mTokenDecisionSum[token]; }
    int decisionCount(int token) const { return mTokenDecisionCount[token]; }

private:
    struct Entry;
    struct Scratch;

    static std::vector<std::vector<Entry>> &reusedBuckets(size_t count, qsizetype answers);
    int questionIndex(qint64 id) const;
    int choiceIndex(int question, const QString &choice) const;
    void countUnpaired(int question, int choice, int people);
    void tabulateBucket(const Entry *entries, int size, Scratch &scratch);
    void tabulateToken(int token, Scratch &scratch);

    QList<Question> mQuestions;
    int mGroupCount = 0;
    std::vector<int> mGroupOf;
    std::vector<char> mIsDecision;
    std::vector<std::vector<signed char>> mChoiceStage;
    std::vector<std::vector<int>> mChoiceCounts;
    std::vector<int> mQuestionPasses;
    qint64 mFirstId = 0;
    std::vector<int> mDenseIndex; // question id - mFirstId → index, when ids are compact
    QHash<qint64, int> mSparseIndex;
    std::vector<StageCounts> mGroups;
    StageCounts mChosen;
    int mChosenPeople = 0;
    int mTokenCount = 0;
    std::vector<signed char> mTokenGroupStage; // token × group
    std::vector<int> mTokenDecisionSum;
    std::vector<int> mTokenDecisionCount;
};
