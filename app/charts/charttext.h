#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

// Qt Charts draws titles, axis labels and legend entries as rich text: a stage renamed to
// "Ally & friend" or an option text with "<" in it must be escaped, and long texts are better
// broken onto lines by us than cut off with "..." by the chart.
namespace ChartText {

QString html(const QString &plain);
// Word-wrapped to `maxWidth` pixels in `font`, at most `maxLines` lines (the last one elided),
// as HTML with <br> between the lines, centred on each other unless `centred` is false.
QString wrapped(const QString &plain, const QFont &font, qreal maxWidth, int maxLines,
                bool centred = true);

// `font`, or a smaller size of it (down to `minScale` of its size) in which every word of
// every text fits `maxWidth` pixels, so that wrapping never has to cut a word such as
// "Performative" short on a narrow category.
QFont fitting(const QStringList &texts, const QFont &font, qreal maxWidth, qreal minScale = 0.6);

} // namespace ChartText
