#pragma once

#include "roomlanguage.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

#include "session/session.h"
#include "stats/reportsummary.h"

class QPagedPaintDevice;
class QPainter;
class SessionCharts;

// The report of a session, for the people who sponsored the workshop: first a summary a
// sponsor reads in two minutes (ReportSummary: who took part, the path through each scenario,
// before and after, the perception gap, what k means), then the details: the before-and-after
// and perception-gap charts, drawn as vectors; each decision, named with its scenario, as a
// table with its votes drawn as bars; the cohort's trend (when it has more than one session);
// the debrief questions of the scenarios played; the commitments (only when k or more people
// wrote one); each stage's next step; page numbers. Each heading is printed once: the charts
// leave their own titles out. The same painting serves a PDF file (QPdfWriter) and a printer
// (QPrinter).
//
//   SessionCharts (models, statistics) ──ReportSummary──> blocks (text, charts)
//                                                          ──paginate──> pages
//                                          ──paint──> QPdfWriter ──QBuffer──> QSaveFile
//                                                 └─> QPrinter
//
// Long work reports its progress through a callback (a QProgressDialog in the program, nothing
// on the command line); the callback returns false to cancel, and a cancelled export writes
// nothing.
class SessionReport
{
    Q_DECLARE_TR_FUNCTIONS(SessionReport)
    UPSTANDER_ROOM_TR_FUNCTIONS(SessionReport) // in the session's language (RoomLanguage)

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
    QList<ScenarioSnapshot> scenariosRun() const;
    ReportSummary summary() const;
    void addSummary(const ReportSummary &summary);
    void addHeading(int level, const QString &text);
    void addDecisions(const ReportSummary &summary);
    void addDebrief();
    void addCommitments();
    void addCheckIns();
    void addNextSteps();
    // spaceAfter: logical pixels below the block; negative: the usual space.
    // Places the blocks on pages (a page also ends before each index in breakBefore); returns
    // the number of pages.
    int paginate(qreal pageHeight, const QSet<int> &breakBefore);
    void addText(const QString &html, bool keepWithNext = false, qreal spaceAfter = -1);
    void addChart(const QString &name, qint64 questionId, qreal height, bool keepWithNext = false);

    SessionCharts *mCharts;
    QList<Block> mBlocks;
    int mPageCount = 0;
};
