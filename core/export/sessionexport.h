#pragma once

#include "stats/statistics.h"

#include <QDateTime>
#include <QString>

#include <optional>

class Store;

// Data export of one session, for follow-up outside Upstander (docs/export.md):
//
//   Store ──load()──> SessionData ─┬─ CsvExport  ──> bytes (RFC 4180)
//                                         └─ JsonExport ──> bytes (docs/export-schema.json)
//
// Two contents: Aggregate, the group statistics with the k rule applied (a statistic from fewer
// than k people is "suppressed" and carries no numbers), and Raw, every answer with its
// anonymous token and every tally. Commitments are free text and appear only in the aggregate,
// and only when k or more people wrote them. The builders are pure functions: they return
// the bytes, and the caller writes them (FileWriter, atomically).
enum class ExportContent { Aggregate, Raw };

// The data file formats (the charts and the report are the program's, not the core's).
enum class ExportFormat { Csv, Json };

struct ExportInfo
{
    ExportContent content = ExportContent::Aggregate;
    QString generator;    // e.g. "upstander 0.1.0"
    QDateTime exportedAt; // when the export was made
};

namespace SessionExport {

// "upstander-export/2": the marker and version of the JSON format.
QString formatId();
// "aggregate" or "raw", as the exports name their content.
QString contentKey(ExportContent content);

// "csv" or "json".
QString suffix(ExportFormat format);
// A session's export file as the command line and the console both write it.
QByteArray bytes(const SessionData &data, ExportFormat format, const ExportInfo &info);

// Everything of one session, or nothing when there is no session with this id.
std::optional<SessionData> load(const Store &store, qint64 sessionId);

} // namespace SessionExport
