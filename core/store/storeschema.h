#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The database schema and its history. Version 1 was the first release's; each migration
// takes the file one version further inside one transaction, so a failed upgrade leaves the
// file exactly as it was.
class StoreSchema
{
    Q_DECLARE_TR_FUNCTIONS(StoreSchema)

public:
    static constexpr int CurrentVersion = 11;

    // Brings an empty database (version 0) or an older one up to CurrentVersion.
    // Refuses, without writing, a database from a newer version.
    static bool upgrade(QSqlDatabase &db, QString *error);
    static int version(QSqlDatabase &db);

    // The exact schemas of versions 2, 3 and 5, for tests that need an older database (version 1
    // comes as a real file, tests/fixtures/store-v1.sqlite).
    static bool createVersion2(QSqlDatabase &db, QString *error);
    static bool createVersion3(QSqlDatabase &db, QString *error);
    static bool createVersion5(QSqlDatabase &db, QString *error);
};
