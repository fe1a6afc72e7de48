#pragma once

#include <QCoreApplication>
#include <QString>

class ChartView;
class QWidget;
class SessionCharts;

// The desktop side of exporting: file dialogs, a progress dialog for the report, the print
// dialog, and a message box when something cannot be written. The console's menus call these;
// the work itself is ChartExporter's and SessionReport's, which need no dialogs.
//
//   menu / chart context menu ──> ExportActions ──> ChartExporter / SessionReport
//                                      └── QFileDialog, QProgressDialog, QPrintDialog, QMessageBox
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(ExportActions)

public:
    // Asks where (PNG, SVG or PDF, by the chosen filter or the name's suffix) and exports.
    static bool exportChart(QWidget *parent, const ChartView *view);
    // Asks where and writes the PDF report, with a progress dialog that can cancel.
    static bool exportReport(QWidget *parent, SessionCharts *charts);
    // Writes the report to `path` with a progress dialog, no file dialog.
    static bool exportReportTo(QWidget *parent, SessionCharts *charts, const QString &path);
    // The print dialog, then the report on the chosen printer.
    static bool printReport(QWidget *parent, SessionCharts *charts);

    // A file name to suggest: the session's title and date, made safe for file systems.
    static QString suggestedName(SessionCharts *charts, const QString &what, const QString &suffix);
};
