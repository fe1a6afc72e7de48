#pragma once

#include "chartmodel.h"
#include "spectrum.h"
#include "statistics.h"

// The votes at one decision point: one row per option (in the scenario's order), labelled
// with the option's text and carrying the stage it stands for.
//
//   DecisionTally (core) + option texts ──setDecision()──> DecisionTallyModel ──> DecisionChart
class DecisionTallyModel : public ChartModel
{
    Q_OBJECT

public:
    enum Column { CountColumn, ShareColumn, ColumnCount };

    using ChartModel::ChartModel;

    // optionTexts: per option of tally.options, its text (the option key when unknown).
    void setDecision(const DecisionTally &tally, const QStringList &optionTexts,
                     const Spectrum &spectrum, int k);
    // No decision (yet): an empty table.
    void clear(const QString &title, int k);

    qint64 questionId() const { return mQuestionId; }

private:
    qint64 mQuestionId = 0;
};
