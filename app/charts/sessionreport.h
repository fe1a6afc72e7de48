#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPainter;
class SessionCharts;

// The follow-up report of a session, several pages: title, date, cohort and k; every chart,
// drawn as vectors; the per-decision tallies as tables; the debrief questions of the scenarios
// played; the commitments (only when k or more people wrote one); each stage's next step; page
// numbers. The same painting serves a PDF file (QPdfWriter) and a printer (QPrinter).
//
//   SessionCharts (models, statistics) ──> blocks (text, charts) ──paginate──> pages
//                                          ──paint──> QPdfWriter ──QBuffer──> QSaveFile
//                                                 └─> QPrinter
//
// Long work reports its progress through a callback (a QProgressDialog in the program, nothing
// on the command line); the callback returns false to cancel, and a cancelled export writes
// nothing.
class SessionReport
{
    Q_DECLARE_TR_FUNCTIONS(SessionReport)

public:
    // done of total steps; return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit SessionReport(SessionCharts *charts);
    ~SessionReport();

    // Paints every page on `device` (a QPdfWriter or a QPrinter, already set up for paper
    // size and margins). False when cancelled or the device cannot be painted on.
    bool paint(QPagedPaintDevice *device, const Progress &progress = {}, QString *error = nullptr);
    // The report as PDF bytes; empty when cancelled.
    QByteArray pdf(const Progress &progress = {}, QString *error = nullptr);
    // Written atomically; no file at all on error or cancel.
    bool exportPdf(const QString &path, const Progress &progress, QString *error);

    int pageCount() const { return mPageCount; }

private:
    struct Block;
    void build();
    QString headerHtml() const;
    void addDecisions();
    void addDebrief();
    void addCommitments();
    void addNextSteps();
    void addText(const QString &html, bool keepWithNext = false);
    void addChart(const QString &name, qint64 questionId, qreal height, bool keepWithNext = false);

    SessionCharts *mCharts;
    QList<Block> mBlocks;
    int mPageCount = 0;
};
