#include "charts/exportactions.h"

#include "charts/chartexporter.h"
#include "charts/chartview.h"
#include "charts/sessioncharts.h"
#include "charts/sessionreport.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

} // namespace

QString ExportActions::suggestedName(SessionCharts *charts, const QString &what,
                                     const QString &suffix)
{
    const Session &s = charts->session()->session();
    QString base = s.title.isEmpty() ? QStringLiteral("upstander") : s.title;
    if (s.date.isValid())
        base += QLatin1Char(' ') + s.date.toString(Qt::ISODate);
    if (!what.isEmpty())
        base += QLatin1Char(' ') + what;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\-]+")), QStringLiteral("-"));
    return base.toLower() + QLatin1Char('.') + suffix;
}

bool ExportActions::exportChart(QWidget *parent, const ChartView *view)
{
    const QString png = tr("PNG image, 2\u00d7 resolution (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    const QString suggested =
        QDir(documentsFolder())
            .filePath(suggestedName(view->charts(), view->name(), QStringLiteral("png")));
    QString path =
        QFileDialog::getSaveFileName(parent, tr("Export Chart"), suggested,
                                     QStringList{png, svg, pdf}.join(QLatin1String(";;")), &filter);
    if (path.isEmpty())
        return false;
    std::optional<ChartExporter::Format> format =
        ChartExporter::formatFromName(QFileInfo(path).suffix());
    if (!format) { // no or an unknown suffix: take the filter's, and add it
        format = filter == svg   ? ChartExporter::Format::Svg
                 : filter == pdf ? ChartExporter::Format::Pdf
                                 : ChartExporter::Format::Png;
        path += QLatin1Char('.') + ChartExporter::suffix(*format);
    }
    QString error;
    if (!ChartExporter::exportChart(view, *format, path, &error)) {
        showError(parent, tr("Export Chart"), error);
        return false;
    }
    return true;
}

bool ExportActions::exportReport(QWidget *parent, SessionCharts *charts)
{
    const QString suggested =
        QDir(documentsFolder())
            .filePath(suggestedName(charts, tr("report"), QStringLiteral("pdf")));
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Report"), suggested,
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    return exportReportTo(parent, charts, path);
}

bool ExportActions::exportReportTo(QWidget *parent, SessionCharts *charts, const QString &path)
{
    QProgressDialog progress(tr("Writing the report\u2026"), tr("Cancel"), 0, 100, parent);
    progress.setWindowTitle(tr("Export Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    SessionReport report(charts);
    QString error;
    const bool ok = report.exportPdf(
        path,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done); // a modal dialog processes events here
            return !progress.wasCanceled();
        },
        &error);
    progress.reset();
    if (!ok && !progress.wasCanceled())
        showError(parent, tr("Export Report"), error);
    return ok;
}

bool ExportActions::printReport(QWidget *parent, SessionCharts *charts)
{
    // Screen resolution: the report is laid out in logical pixels and drawn as vectors.
    QPrinter printer(QPrinter::ScreenResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 16, 18, 14), QPageLayout::Millimeter);
    printer.setDocName(tr("Report: %1").arg(charts->session()->session().title));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QProgressDialog progress(tr("Printing the report\u2026"), tr("Cancel"), 0, 100, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    SessionReport report(charts);
    QString error;
    const bool ok = report.paint(
        &printer,
        [&progress](int done, int total) {
            progress.setMaximum(total);
            progress.setValue(done);
            return !progress.wasCanceled();
        },
        &error);
    if (!ok && !progress.wasCanceled())
        showError(parent, tr("Print Report"), error);
    return ok;
}
