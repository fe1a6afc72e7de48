#pragma once

#include "charts/chartstyle.h"

#include <QString>

class ChartView;
class QWidget;
class SessionCharts;

// Makes the chart view for a chart's name: the one place that knows every kind of chart, so
// that the ChartView base class knows none of its subclasses.
namespace ChartFactory {

// One of SessionCharts::chartNames(); questionId as for SessionCharts::model(). Returns nullptr
// for an unknown name.
ChartView *create(SessionCharts *charts, const QString &name, qint64 questionId,
                  ChartPresentation presentation, QWidget *parent = nullptr);

} // namespace ChartFactory
