#pragma once

#include <QString>

// The drawn exports of a session (the PDF report and single charts as pdf, png or svg). The
// command line asks for them; the charts library, which links Qt Widgets, draws them. This
// interface sits in the core so that neither side includes the other:
//
//   cli/ExportCommand ──GraphicRequest──> GraphicExporter <──implements── charts/ChartExportCommand
//                     (set by main.cpp)
namespace GraphicExport {

struct Request
{
    QString dataFolder;
    qint64 sessionId = 0;
    QString format; // "pdf", "png" or "svg"
    QString out;
    QString chart;         // empty: the whole report (pdf only)
    qint64 questionId = 0; // 0: the chart's default
};

class Exporter
{
public:
    virtual ~Exporter() = default;
    // A usage error in the request (an unknown chart, png without --chart, …), or empty.
    virtual QString check(const Request &request) const = 0;
    // Writes the file; a translated message on failure, empty on success.
    virtual QString write(const Request &request) = 0;
};

} // namespace GraphicExport
