#include "charts/stagecomparisonmodel.h"

#include <cmath>

void StageComparisonModel::setColumns(const QList<Column> &columns, const Spectrum &spectrum,
                                      const QString &title, const QString &note, int k)
{
    Table table;
    mNames.clear();
    QStringList sizes;
    for (const Column &column : columns) {
        mNames.append(column.label);
        // The group sizes go under the chart, not into the legend: a legend whose text changes
        // with every answer would lay the whole chart out again each time.
        table.columnLabels.append(column.label);
        if (const DistributionValues *values = column.distribution.values())
            sizes.append(column.countsChoices
                             ? roomTr("%1: %n choices", nullptr, values->total).arg(column.label)
                             : roomTr("%1: %n people", nullptr, values->total).arg(column.label));
    }
    for (int s = 0; s < Spectrum::StageCount; ++s) {
        const Stage &stage = spectrum.at(s);
        table.rowLabels.append(stage.label);
        table.rowStages.append(stage.key);
        table.rowStageLabels.append(stage.label);
        table.rowColors.append(QColor::fromRgb(stage.rgb));
        QList<Cell> row;
        for (const Column &column : columns) {
            if (const DistributionValues *values = column.distribution.values())
                row.append(Cell{std::round(values->shares[s] * 1000.0) / 10.0});
            else
                row.append(Cell{{}, true});
        }
        table.cells.append(row);
    }
    setTable(table);
    QStringList lines{sizes.join(QStringLiteral(" \u00b7 "))};
    if (!note.isEmpty())
        lines.append(note);
    setDescription(title, sizes.isEmpty() ? QString() : lines.join(QLatin1Char('\n')), k);
}
