#include "charts/exportactions.h"

#include "charts/chartexporter.h"
#include "charts/chartview.h"
#include "charts/commitmentcards.h"
#include "charts/sessioncharts.h"
#include "charts/sessionreport.h"
#include "export/filewriter.h"
#include "session/sessionmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>

namespace {

ExportActions::FileChooser &fileChooser()
{
    static ExportActions::FileChooser chooser;
    return chooser;
}

QString documentsFolder()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return folder.isEmpty() ? QDir::homePath() : folder;
}

void showError(QWidget *parent, const QString &title, const QString &message)
{
    QMessageBox::warning(parent, title, message);
}

// The save dialog (or a test's chooser) in the folder last used for `kind`, suggesting `name`.
// The chosen folder is remembered for the next file of that kind; a name without a suffix gets
// `suffix`. Empty when cancelled.
QString askWhere(QWidget *parent, const QString &kind, const QString &caption, const QString &name,
                 const QString &filter, const QString &suffix, QString *selectedFilter = nullptr)
{
    QSettings settings;
    QString folder = settings.value(ExportActions::folderKey(kind)).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = documentsFolder();
    const QString suggested = QDir(folder).filePath(name);
    QString path = fileChooser() ? fileChooser()(parent, caption, suggested, filter)
                                 : QFileDialog::getSaveFileName(parent, caption, suggested, filter,
                                                                selectedFilter);
    if (path.isEmpty())
        return path;
    if (!suffix.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    settings.setValue(ExportActions::folderKey(kind), QFileInfo(path).absolutePath());
    return path;
}

} // namespace

void ExportActions::setFileChooser(FileChooser chooser)
{
    fileChooser() = std::move(chooser);
}

QString ExportActions::folderKey(const QString &kind)
{
    return QStringLiteral("exportFolders/") + kind;
}

QString ExportActions::suggestedName(const Session &s, const QString &what, const QString &suffix)
{
    QString base = s.title.simplified();
    if (base.isEmpty())
        base = QStringLiteral("Upstander");
    if (s.date.isValid())
        base += QLatin1Char(' ') + s.date.toString(Qt::ISODate);
    if (!what.isEmpty())
        base += QStringLiteral(" - ") + what;
    // What Windows, macOS or Linux refuse or misread in a name: separators, reserved marks,
    // control characters; and no leading or trailing dots or spaces.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f\\x7f]+"));
    base.replace(unsafe, QStringLiteral(" "));
    base = base.simplified();
    while (base.startsWith(QLatin1Char('.')) || base.endsWith(QLatin1Char('.')))
        base = (base.startsWith(QLatin1Char('.')) ? base.mid(1) : base.chopped(1)).trimmed();
    if (base.isEmpty())
        base = QStringLiteral("Upstander");
    return base.left(150) + QLatin1Char('.') + suffix;
}

bool ExportActions::exportChart(QWidget *parent, const ChartView *view)
{
    const QString png = tr("PNG image, 2\u00d7 resolution (*.png)");
    const QString svg = tr("SVG drawing (*.svg)");
    const QString pdf = tr("PDF document (*.pdf)");
    QString filter = png;
    QString path = askWhere(
        parent, QStringLiteral("chart"), tr("Export Chart"),
        suggestedName(view->charts()->session()->session(), view->name(), QStringLiteral("png")),
        QStringList{png, svg, pdf}.join(QLatin1String(";;")), QString(), &filter);
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
    const QString path =
        askWhere(parent, QStringLiteral("report"), tr("Export Report"),
                 suggestedName(charts->session()->session(), tr("report"), QStringLiteral("pdf")),
                 tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    return exportReportTo(parent, charts, path);
}

bool ExportActions::exportData(QWidget *parent, SessionModel *model, ExportContent content,
                               ExportFormat format)
{
    const bool raw = content == ExportContent::Raw;
    if (raw && !confirmRawExport(parent))
        return false;
    const QString caption = raw ? tr("Export Raw Answers") : tr("Export Group Statistics");
    const QString suffix = SessionExport::suffix(format);
    const QString filter =
        format == ExportFormat::Json ? tr("JSON file (*.json)") : tr("CSV table (*.csv)");
    // The name says which: "aggregate" or "raw", as the files themselves call their content.
    const QString path =
        askWhere(parent, suffix, caption,
                 suggestedName(model->session(), SessionExport::contentKey(content), suffix),
                 filter, suffix);
    if (path.isEmpty())
        return false;
    const std::optional<SessionData> data = model->storedData();
    if (!data) {
        showError(parent, caption,
                  tr("The session's latest answers are not saved yet, so they cannot be "
                     "exported; try again in a moment."));
        return false;
    }
    ExportInfo info;
    info.content = content;
    info.generator = QStringLiteral("upstander %1").arg(QCoreApplication::applicationVersion());
    info.exportedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!FileWriter::write(path, SessionExport::bytes(*data, format, info), &error)) {
        showError(parent, caption, error);
        return false;
    }
    return true;
}

QString ExportActions::rawWarning()
{
    return tr("Raw answers keep each person's answers linked; share the file with care.");
}

bool ExportActions::confirmRawExport(QWidget *parent)
{
    // Cancel is the default: Enter alone never writes every answer to a file.
    QMessageBox box(QMessageBox::Warning, tr("Export Raw Answers"), rawWarning(),
                    QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("rawExportWarning"));
    QPushButton *go = box.addButton(tr("&Export Raw Answers\u2026"), QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("exportRaw"));
    go->setAccessibleName(tr("Export Raw Answers"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

bool ExportActions::printCommitmentCards(QWidget *parent, const Session &session,
                                         const QStringList &texts)
{
    const QString path = askWhere(parent, QStringLiteral("cards"), tr("Print Commitment Cards"),
                                  suggestedName(session, tr("cards"), QStringLiteral("pdf")),
                                  tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!CommitmentCards(texts).writePdf(path, &error)) {
        showError(parent, tr("Print Commitment Cards"), error);
        return false;
    }
    return true;
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
