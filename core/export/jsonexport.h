#pragma once

#include "export/sessionexport.h"

#include <QByteArray>
#include <QJsonObject>

// A session as one JSON document of the format "upstander-export/1", described by the JSON
// Schema in docs/export-schema.json and in docs/export.md. The statistics are the same as in
// the aggregate CSV (ExportStatistic), their rows nested by key: "counts.bystander" becomes
// values.counts.bystander, "transitions.bystander.advocate" values.transitions.bystander.advocate.
namespace JsonExport {

QJsonObject document(const SessionData &data, const ExportInfo &info);
QByteArray bytes(const SessionData &data, const ExportInfo &info); // indented UTF-8

} // namespace JsonExport
