#pragma once

#include <QFont>
#include <QString>

// Qt Charts draws titles, axis labels and legend entries as rich text: a stage renamed to
// "Ally & friend" or an option text with "<" in it must be escaped, and long texts are better
// broken onto lines by us than cut off with "..." by the chart.
namespace ChartText {

QString html(const QString &plain);
// Word-wrapped to `maxWidth` pixels in `font`, at most `maxLines` lines (the last one elided),
// as HTML with <br> between the lines, centred on each other unless `centred` is false.
QString wrapped(const QString &plain, const QFont &font, qreal maxWidth, int maxLines,
                bool centred = true);

} // namespace ChartText
