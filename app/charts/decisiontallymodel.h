#pragma once

#include "roomlanguage.h"

#include "charts/chartmodel.h"
#include "spectrum.h"
#include "stats/statistics.h"

// The votes at one decision point: one row per option (in the scenario's order), labelled
// with the option's text and carrying the stage it stands for.
//
//   DecisionTally (core) + option texts ──setDecision()──> DecisionTallyModel ──> DecisionChart
class DecisionTallyModel : public ChartModel
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(DecisionTallyModel) // its texts are for the room

public:
    enum Column { CountColumn, ShareColumn };

    using ChartModel::ChartModel;

    // optionTexts: per option of tally.options, its text (the option key when unknown).
    void setDecision(const DecisionTally &tally, const QStringList &optionTexts,
                     const Spectrum &spectrum, int k);
    // No decision (yet): an empty table.
    void clear(const QString &title, int k);

    qint64 questionId() const { return mQuestionId; }

    // The option the whole group settled on together (empty: none). Never a vote: it is said
    // in words, under the chart or, while the votes are withheld, in the message; with no
    // votes at all it is the whole message instead of "needs at least k answers".
    void setGroupChoice(const QString &optionText, bool hasVotes);
    QString groupChoice() const { return mGroupChoice; }
    QString groupChoiceSentence() const; // "The group chose together: …", or empty
    QString withheldText() const override;

private:
    qint64 mQuestionId = 0;
    QString mGroupChoice;
    bool mHasVotes = false;
};
