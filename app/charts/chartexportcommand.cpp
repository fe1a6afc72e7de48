#include "charts/chartexportcommand.h"

#include "charts/chartexporter.h"
#include "charts/sessioncharts.h"
#include "charts/sessionreport.h"
#include "roomlanguage.h"
#include "store/sessionstore.h"

QString ChartExportCommand::check(const GraphicExport::Request &request) const
{
    const QStringList names = SessionCharts::chartNames();
    const QString list = names.join(QLatin1String(", "));
    if (!request.chart.isEmpty() && !names.contains(request.chart))
        return tr("unknown chart \"%1\"; the charts are %2").arg(request.chart, list);
    if (request.chart.isEmpty() && request.format != QLatin1String("pdf"))
        return tr("--format %1 needs --chart NAME (%2); only pdf without --chart writes the whole "
                  "report")
            .arg(request.format, list);
    if (request.questionId != 0 && request.chart != QLatin1String("distribution") &&
        request.chart != QLatin1String("decisions"))
        return tr("--question goes with --chart distribution or decisions");
    return {};
}

QString ChartExportCommand::write(const GraphicExport::Request &request)
{
    SessionStore store;
    QString error;
    if (!store.open(request.dataFolder, &error))
        return error;
    SessionModel session(&store);
    if (!session.load(request.sessionId, &error))
        return error;
    if (request.questionId != 0) {
        const Question *q = session.question(request.questionId);
        const QuestionKind kind = request.chart == QLatin1String("decisions")
                                      ? QuestionKind::Decision
                                      : QuestionKind::SelfPlacement;
        if (!q || (q->kind != kind && request.chart == QLatin1String("decisions")) ||
            q->kind == QuestionKind::Commitment || q->kind == QuestionKind::CheckIn)
            return tr("Session %1 has no question %2 for the %3 chart.")
                .arg(request.sessionId)
                .arg(request.questionId)
                .arg(request.chart);
    }
    // Charts and the report speak the session's language, whatever the command line speaks.
    const RoomLanguage::Scope room(session.session().language);
    SessionCharts charts(&session);
    if (request.chart.isEmpty()) {
        SessionReport report(&charts);
        return report.exportPdf(request.out, {}, &error) ? QString() : error;
    }
    const ChartExporter::Format format = *ChartExporter::formatFromName(request.format);
    const bool ok = ChartExporter::exportChart(
        &charts, request.chart, request.questionId, ChartPresentation::Console,
        ChartExporter::defaultSize(ChartPresentation::Console), format, request.out, &error);
    return ok ? QString() : error;
}
