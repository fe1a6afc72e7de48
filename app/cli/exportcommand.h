#pragma once

#include "export/graphicexport.h"

#include <QCoreApplication>
#include <QStringList>

// "upstander export --session ID --format csv|json --out FILE [--raw]": one session's data,
// aggregate by default (the k rule applied), every answer and tally with --raw. The bytes come
// from the core (CsvExport, JsonExport) and are written atomically (FileWriter): an error
// leaves no partial file. Formats and columns: docs/export.md.
//
// "upstander export --session ID --format pdf|png|svg --out FILE [--chart NAME [--question ID]]":
// the PDF report, or one chart. Charts are drawn with Qt Widgets, which this library does not
// link: the program plugs in a GraphicExport::Exporter (app/charts/chartexportcommand.h) and runs
// these on the offscreen platform, so they too work without a display.
//
// Exit codes: 0 written; 1 no such session, store or file error; 2 usage error.
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // Formats pdf, png and svg are refused as unavailable until one is set.
    static void setGraphicExporter(GraphicExport::Exporter *exporter);
    static bool isGraphicFormat(const QString &format);

    static int run(const QStringList &arguments, const QString &dataFolder);
    // What "upstander export --help" prints.
    static QString usage();
};
