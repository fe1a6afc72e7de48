#pragma once

#include "export/graphicexport.h"

#include <QCoreApplication>

// The pdf, png and svg formats of "upstander export", plugged into ExportCommand by the
// program (the command-line library links no widgets). Without --chart, pdf is the session's
// report; with --chart NAME, one chart in the console presentation on paper.
//
//   ExportCommand ──GraphicExport::Request──> ChartExportCommand ──> SessionModel ──> SessionCharts
//                                                             ──> ChartExporter / SessionReport
class ChartExportCommand : public GraphicExport::Exporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportCommand)

public:
    QString check(const GraphicExport::Request &request) const override;
    QString write(const GraphicExport::Request &request) override;
};
