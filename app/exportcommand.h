#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander export --session ID --format csv|json --out FILE [--raw]": one session's data,
// aggregate by default (the k rule applied), every answer and tally with --raw. The bytes come
// from the core (CsvExport, JsonExport) and are written atomically (FileWriter): an error
// leaves no partial file. Formats and columns: docs/export.md.
//
// Exit codes: 0 written; 1 no such session, store or file error; 2 usage error (including a
// format that is planned but not available yet: pdf, png, svg).
class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static int run(const QStringList &arguments, const QString &dataFolder);
};
