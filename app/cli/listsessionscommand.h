#pragma once

#include <QCoreApplication>
#include <QStringList>

// "upstander sessions [--format table|tsv]": the sessions in the data folder, newest first,
// with id, date, title, cohort and answer count (docs/export.md). An empty or missing store
// is not an error; a store that cannot be opened is (exit 1, the store's message).
// "sessions --delete ID" and "sessions --older-than N" are DeleteSessionsCommand's.
class ListSessionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ListSessionsCommand)

public:
    // What "upstander sessions --help" prints.
    static QString usage();
    static int run(const QStringList &arguments, const QString &dataFolder);
};
