#pragma once

#include "export/rawexport.h"
#include "export/sessionexport.h"

#include <QByteArray>
#include <QJsonObject>

// A session as one JSON document of the format "upstander-export/2", described by the JSON
// Schema in docs/export-schema.json and in docs/export.md. The statistics are the same as in
// the aggregate CSV (ExportStatistic), their rows nested by key: "counts.bystander" becomes
// values.counts.bystander, "transitions.bystander.advocate" values.transitions.bystander.advocate.
// A raw document is written from RawExport alone: random keys, no time finer than a day (its
// exportedAt is a date), answers in a canonical order.
namespace JsonExport {

QJsonObject document(const SessionData &data, const ExportInfo &info); // raw: RawExport::of()
QJsonObject document(const RawExport &raw, const ExportInfo &info);    // always raw
QByteArray bytes(const SessionData &data, const ExportInfo &info);     // indented UTF-8

} // namespace JsonExport
