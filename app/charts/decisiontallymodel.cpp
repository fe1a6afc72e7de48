#include "charts/decisiontallymodel.h"

#include <cmath>

void DecisionTallyModel::setDecision(const DecisionTally &tally, const QStringList &optionTexts,
                                     const Spectrum &spectrum, int k)
{
    const DecisionCounts *counts = tally.counts.values();
    Table table;
    table.columnLabels = {roomTr("Votes"), roomTr("Share (%)")};
    for (int i = 0; i < tally.options.size(); ++i) {
        const Choice &option = tally.options.at(i);
        const Stage *stage = spectrum.stage(option.stage);
        QString label = optionTexts.value(i, option.key);
        // Category axes need distinct labels; two options with the same text are rare.
        while (table.rowLabels.contains(label))
            label.append(QChar(0x2009)); // thin space
        table.rowLabels.append(label);
        table.rowStages.append(option.stage);
        table.rowStageLabels.append(stage ? stage->label : option.stage);
        table.rowColors.append(stage ? QColor::fromRgb(stage->rgb) : QColor());
        if (counts) {
            const int count = counts->counts.value(i);
            const double share = counts->total > 0 ? double(count) / counts->total : 0.0;
            table.cells.append(QList<Cell>{Cell{count}, Cell{std::round(share * 1000.0) / 10.0}});
        } else {
            table.cells.append(QList<Cell>{Cell{{}, true}, Cell{{}, true}});
        }
    }
    QString note;
    if (counts) {
        note = roomTr("%n votes", nullptr, counts->total);
        if (counts->passes > 0)
            note = roomTr("%1, %2", "votes, passes")
                       .arg(note, roomTr("%n passed", nullptr, counts->passes));
    }
    mQuestionId = tally.questionId;
    setTable(table);
    setDescription(tally.prompt, note, k);
}

void DecisionTallyModel::clear(const QString &title, int k)
{
    mQuestionId = 0;
    setTable({});
    setDescription(title, {}, k);
}

void DecisionTallyModel::setGroupChoice(const QString &optionText, bool hasVotes)
{
    if (optionText == mGroupChoice && hasVotes == mHasVotes)
        return;
    mGroupChoice = optionText;
    mHasVotes = hasVotes;
    emit descriptionChanged(); // what a withheld chart says, the note under a shown one
}

QString DecisionTallyModel::groupChoiceSentence() const
{
    return mGroupChoice.isEmpty() ? QString()
                                  : roomTr("The group chose together: “%1”").arg(mGroupChoice);
}

QString DecisionTallyModel::withheldText() const
{
    if (mGroupChoice.isEmpty())
        return ChartModel::withheldText();
    if (!mHasVotes)
        return groupChoiceSentence();
    return ChartModel::withheldText() + QLatin1Char('\n') + groupChoiceSentence();
}
