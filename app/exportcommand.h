#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander export --session ID --format csv|json --out FILE [--raw]": one session's data,
// aggregate by default (the k rule applied), every answer and tally with --raw. The bytes come
// from the core (CsvExport, JsonExport) and are written atomically (FileWriter): an error
// leaves no partial file. Formats and columns: docs/export.md.
//
// "upstander export --session ID --format pdf|png|svg --out FILE [--chart NAME [--question ID]]":
// the PDF report, or one chart. Charts are drawn with Qt Widgets, which this library does not
// link: the program plugs in a GraphicExporter (app/charts/chartexportcommand.h) and runs
// these on the offscreen platform, so they too work without a display.
//
// Exit codes: 0 written; 1 no such session, store or file error; 2 usage error.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    struct GraphicRequest
    {
        QString dataFolder;
        qint64 sessionId = 0;
        QString format; // "pdf", "png" or "svg"
        QString out;
        QString chart;         // empty: the whole report (pdf only)
        qint64 questionId = 0; // 0: the chart's default
    };

    class GraphicExporter
    {
    public:
        virtual ~GraphicExporter() = default;
        // A usage error in the request (an unknown chart, png without --chart, …), or empty.
        virtual QString check(const GraphicRequest &request) const = 0;
        // Writes the file; a translated message on failure, empty on success.
        virtual QString write(const GraphicRequest &request) = 0;
    };

    // Formats pdf, png and svg are refused as unavailable until one is set.
    static void setGraphicExporter(GraphicExporter *exporter);
    static bool isGraphicFormat(const QString &format);

    static int run(const QStringList &arguments, const QString &dataFolder);
};
