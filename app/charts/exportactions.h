#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

#include "export/sessionexport.h"

class ChartView;
class QWidget;
class SessionCharts;
class SessionModel;
struct Session;

// The desktop side of exporting: file dialogs, a progress dialog for the report, the print
// dialog, and a message box when something cannot be written. The console's menus call these;
// the work itself is ChartExporter's, SessionReport's, CommitmentCards' and, for CSV and JSON,
// the core's SessionExport, the same code the command line's export runs.
//
//   menu / chart context menu ──> ExportActions ──> ChartExporter / SessionReport / SessionExport
//                                      └── file chooser, QProgressDialog, QPrintDialog, QMessageBox
//
// Every save dialog suggests a readable name from the session ("Team Leads 2026-12-02 -
// report.pdf") in the folder last used for that kind of file (QSettings "exportFolders/KIND").
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(ExportActions)

public:
    // Asks where to save: a QFileDialog unless a test put another chooser in its place. Returns
    // the chosen path, or an empty string when the user cancelled.
    using FileChooser = std::function<QString(QWidget *parent, const QString &caption,
                                              const QString &suggestedPath, const QString &filter)>;
    static void setFileChooser(FileChooser chooser); // an empty one: the file dialog again

    // Asks where (PNG, SVG or PDF, by the chosen filter or the name's suffix) and exports.
    static bool exportChart(QWidget *parent, const ChartView *view);
    // Asks where and writes the PDF report, with a progress dialog that can cancel.
    static bool exportReport(QWidget *parent, SessionCharts *charts);
    // Writes the report to `path` with a progress dialog, no file dialog.
    static bool exportReportTo(QWidget *parent, SessionCharts *charts, const QString &path);
    // The print dialog, then the report on the chosen printer.
    static bool printReport(QWidget *parent, SessionCharts *charts);
    // Asks where and writes the session's data as CSV or JSON: the group's statistics with the
    // k rule (aggregate) or every answer and tally (raw), exactly as "upstander export" does.
    // Raw answers first ask, with rawWarning() and Cancel as the default (confirmRawExport).
    static bool exportData(QWidget *parent, SessionModel *model, ExportContent content,
                           ExportFormat format);
    // The one sentence that comes with raw answers, in the menu and before their export.
    static QString rawWarning();
    // Asks whether to go on with a raw export; false when the user cancels.
    static bool confirmRawExport(QWidget *parent);
    // Asks where and writes these commitments as take-away cards (a PDF to print).
    static bool printCommitmentCards(QWidget *parent, const Session &session,
                                     const QStringList &texts);

    // A file name to suggest: "TITLE DATE - WHAT.SUFFIX", without the characters file systems
    // refuse ("Team Leads 2026-12-02 - aggregate.csv").
    static QString suggestedName(const Session &session, const QString &what,
                                 const QString &suffix);
    // The QSettings key under which the folder last used for a kind of file is kept.
    static QString folderKey(const QString &kind);
};
