#pragma once

#include "charts/chartview.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

#include <optional>

// One chart to a file: PNG at twice the resolution (device pixel ratio 2), SVG (QSvgGenerator)
// or PDF (QPdfWriter), the last two as vectors. The chart is drawn from a fresh view of the
// same model in paper style (black on white), so a console in dark mode still exports a
// printable chart, and the live view is left alone. Files are written atomically (FileWriter,
// QSaveFile): an unwritable path or a full disk gives a message and leaves no file behind,
// not even a partial one.
//
//   ChartView ──clone, paper style──> QImage / QSvgGenerator / QPdfWriter ──QBuffer──>
//   FileWriter::write()
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    enum class Format { Png, Svg, Pdf };
    static constexpr qreal PngScale = 2.0;

    // "png", "svg", "pdf" (any case); nothing for anything else.
    static std::optional<Format> formatFromName(const QString &name);
    static QString suffix(Format format);
    // The size a chart is drawn at when there is no widget to take it from.
    static QSize defaultSize(ChartPresentation presentation);

    // The file's bytes. size: the chart's size in logical pixels (a PNG has twice as many).
    static QByteArray render(SessionCharts *charts, const QString &name, qint64 questionId,
                             ChartPresentation presentation, const QSize &size, Format format);
    // As shown in `view`, at its size.
    static QByteArray render(const ChartView *view, Format format);

    static bool exportChart(const ChartView *view, Format format, const QString &path,
                            QString *error);
    static bool exportChart(SessionCharts *charts, const QString &name, qint64 questionId,
                            ChartPresentation presentation, const QSize &size, Format format,
                            const QString &path, QString *error);

    // Writes all of `bytes` or nothing (FileWriter); a translated message on failure.
    static bool writeFile(const QString &path, const QByteArray &bytes, QString *error);

private:
    static QByteArray render(ChartView *view, const QSize &size, Format format);
};
