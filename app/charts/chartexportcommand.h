#pragma once

#include "exportcommand.h"

#include <QCoreApplication>

// The pdf, png and svg formats of "upstander export", plugged into ExportCommand by the
// program (the command-line library links no widgets). Without --chart, pdf is the session's
// report; with --chart NAME, one chart in the console presentation on paper.
//
//   ExportCommand ──GraphicRequest──> ChartExportCommand ──> SessionModel ──> SessionCharts
//                                                             ──> ChartExporter / SessionReport
class ChartExportCommand : public ExportCommand::GraphicExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportCommand)

public:
    QString check(const ExportCommand::GraphicRequest &request) const override;
    QString write(const ExportCommand::GraphicRequest &request) override;
};
