#pragma once

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

public:
    enum Column { CountColumn, ShareColumn, ColumnCount };

    using ChartModel::ChartModel;

    // optionTexts: per option of tally.options, its text (the option key when unknown).
    void setDecision(const DecisionTally &tally, const QStringList &optionTexts,
                     const Spectrum &spectrum, int k);
    // No decision (yet): an empty table.
    void clear(const QString &title, int k);

    qint64 questionId() const { return mQuestionId; }

    // The option the whole group chose together, when that is all there is at this decision
    // (no votes): said in words instead of "needs at least k answers". Empty otherwise.
    void setGroupChoice(const QString &optionText);
    QString groupChoice() const { return mGroupChoice; }
    QString withheldText() const override;

private:
    qint64 mQuestionId = 0;
    QString mGroupChoice;
};
