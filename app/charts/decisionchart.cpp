#include "charts/decisionchart.h"
#include "stats/shareformat.h"

#include "charts/chartaxes.h"
#include "charts/chartroles.h"
#include "charts/charttext.h"
#include "charts/decisiontallymodel.h"
#include "charts/diagonalmodel.h"
#include "charts/sessioncharts.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QVBarModelMapper>
#include <QValueAxis>

DecisionChart::DecisionChart(SessionCharts *charts, qint64 questionId,
                             ChartPresentation presentation, QWidget *parent)
    : ChartView(charts, QStringLiteral("decisions"), questionId, presentation,
                charts->decision(questionId), parent),
      mDiagonal(new DiagonalModel(model(), DecisionTallyModel::CountColumn,
                                  DiagonalModel::RowOrder::BottomUp, this)),
      mBars(new QHorizontalStackedBarSeries(this)), mMapper(new QVBarModelMapper(this)),
      mOptions(new QBarCategoryAxis(this)), mVotes(new QValueAxis(this))
{
    mBars->setLabelsVisible(false); // the view writes the votes beside the bars instead
    connect(mBars, &QAbstractBarSeries::barsetsAdded, this, &DecisionChart::styleBarSets);
    mMapper->setFirstBarSetColumn(0);
    mMapper->setLastBarSetColumn(99); // as many options as the decision has
    mMapper->setFirstRow(0);
    mMapper->setSeries(mBars);
    mMapper->setModel(mDiagonal);

    mVotes->setTitleText(roomTr("Votes"));
    chart()->addSeries(mBars);
    chart()->addAxis(mOptions, Qt::AlignLeft);
    chart()->addAxis(mVotes, Qt::AlignBottom);
    mBars->attachAxis(mOptions);
    mBars->attachAxis(mVotes);
    setShown(chart()->legend(), false); // every bar is named on the axis
    start();
}

void DecisionChart::applyStyle()
{
    const ChartStyle s = style();
    s.apply(mOptions);
    s.apply(mVotes);
    mOptions->setGridLineVisible(false);
    mBars->setBarWidth(s.barWidth());
    styleBarSets();
}

void DecisionChart::styleBarSets()
{
    const ChartStyle s = style();
    const QList<QBarSet *> sets = mBars->barSets();
    for (int i = 0; i < sets.size(); ++i) {
        QColor color =
            mDiagonal->headerData(i, Qt::Horizontal, ChartRoles::StageColorRole).value<QColor>();
        if (!color.isValid())
            color = s.grid();
        sets[i]->setColor(color);
        sets[i]->setBorderColor(s.outline());
        sets[i]->setPen(s.outlinePen());
    }
}

QString DecisionChart::optionLabel(int row) const
{
    // The option's number and a short form of its text (two lines at most), then its stage:
    // two options of one stage are still told apart. The full text is in the description.
    const QString text =
        roomTr("%1. %2").arg(row + 1).arg(model()->headerData(row, Qt::Vertical).toString());
    const QString stage =
        model()->headerData(row, Qt::Vertical, ChartRoles::StageLabelRole).toString();
    const QString option =
        ChartText::wrapped(text, style().axisLabelFont(), width() * 0.34, 2, false);
    return stage.isEmpty() ? option
                           : QStringLiteral("%1<br>%2")
                                 .arg(option, RoomLanguage::emphasised(ChartText::html(stage)));
}

void DecisionChart::refreshChart(bool suppressed)
{
    // Categories run bottom-up: the first option last, so that it is drawn on top, as in the
    // scenario (see DiagonalModel::RowOrder).
    QStringList options;
    for (int r = model()->rowCount() - 1; r >= 0; --r)
        options.append(optionLabel(r));
    if (mOptions->categories() != options) {
        mOptions->clear();
        mOptions->append(options);
    }
    double max = 0;
    QList<ValueLabel> labels;
    const QLocale locale;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const QVariant votes = model()->index(r, DecisionTallyModel::CountColumn).data();
        if (!votes.isValid())
            continue; // withheld: no number, not even a 0
        max = std::max(max, votes.toDouble());
        labels.append({QPointF(votes.toDouble(), model()->rowCount() - 1 - r),
                       locale.toString(votes.toInt())});
    }
    setValueLabels(mBars, Qt::Horizontal, labels);
    ChartAxes::fitCounts(mVotes, max, style().isProjector() ? 4 : 6, 0.15);
    setShown(mOptions, !suppressed);
    setShown(mVotes, !suppressed);
}

QString DecisionChart::extraNote() const
{
    return static_cast<const DecisionTallyModel *>(model())->groupChoiceSentence();
}

QString DecisionChart::describe() const
{
    const QLocale locale;
    QStringList parts;
    for (int r = 0; r < model()->rowCount(); ++r) {
        const int votes = model()->index(r, DecisionTallyModel::CountColumn).data().toInt();
        const double share = model()->index(r, DecisionTallyModel::ShareColumn).data().toDouble();
        parts.append(
            roomTr("%1 (%2): %n votes (%3)", nullptr, votes)
                .arg(model()->headerData(r, Qt::Vertical).toString(),
                     model()->headerData(r, Qt::Vertical, ChartRoles::StageLabelRole).toString(),
                     ShareFormat::fromPercent(share, locale)));
    }
    return parts.join(QLatin1String(". ")) + QLatin1Char('.');
}
