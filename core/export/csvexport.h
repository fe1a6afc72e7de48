#pragma once

#include "export/csvwriter.h"
#include "export/rawexport.h"
#include "export/sessionexport.h"

#include <QByteArray>
#include <QStringList>

// A session as one RFC 4180 table (CsvWriter), columns as in docs/export.md:
// - aggregate: one row per number of each statistic, one row saying "suppressed" for a
//   statistic below k, and a few rows describing the session;
// - raw: one row per answer (record "answer") and per tally (record "tally"), as RawExport
//   gives them: random keys, no times, a canonical order.
// Ids, counts and statistics are number fields; everything else is text, which CsvWriter keeps
// from being read as a formula.
namespace CsvExport {

QStringList aggregateColumns();
QStringList rawColumns();

QByteArray aggregate(const SessionData &data);
QByteArray raw(const SessionData &data); // RawExport::of(data): new keys each time
QByteArray raw(const RawExport &raw);

// A statistic's value as written: whole numbers as they are, other numbers in the shortest
// form that reads back to the same double, with a '.' whatever the locale.
QString value(const QVariant &value);
// The same as a field: a number field for a number, a text field otherwise.
CsvWriter::Cell cell(const QVariant &value);

} // namespace CsvExport
