#pragma once

#include "roomlanguage.h"

#include "charts/chartview.h"

class DecisionTallyModel;
class DiagonalModel;
class QBarCategoryAxis;
class QHorizontalStackedBarSeries;
class QVBarModelMapper;
class QValueAxis;

// The votes at one decision point: a horizontal bar per option, top to bottom in the
// scenario's order, each in the colour of the stage it stands for and labelled with the
// option's text and that stage's name; the number of votes is written on the bar.
//
//   DecisionTallyModel ──DiagonalModel──QVBarModelMapper──> QHorizontalStackedBarSeries
class DecisionChart : public ChartView
{
    Q_OBJECT
    UPSTANDER_ROOM_TR_FUNCTIONS(DecisionChart) // its texts are for the room

public:
    // questionId 0: the latest decision of the session.
    DecisionChart(SessionCharts *charts, qint64 questionId, ChartPresentation presentation,
                  QWidget *parent = nullptr);

    QHorizontalStackedBarSeries *bars() const { return mBars; }

protected:
    void applyStyle() override;
    void refreshChart(bool suppressed) override;
    QString describe() const override;
    QString extraNote() const override;

private:
    void styleBarSets();
    QString optionLabel(int row) const;

    DiagonalModel *mDiagonal;
    QHorizontalStackedBarSeries *mBars;
    QVBarModelMapper *mMapper;
    QBarCategoryAxis *mOptions;
    QValueAxis *mVotes;
};
