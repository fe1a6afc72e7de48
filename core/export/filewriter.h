#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a whole file atomically (QSaveFile): afterwards the path holds either all of the new
// bytes or exactly what it held before, never a part. A folder that is missing or read-only,
// a path that is a folder, a full disk or a file size limit are refused with a translated
// message saying so.
class FileWriter
{
    Q_DECLARE_TR_FUNCTIONS(FileWriter)

public:
    static bool write(const QString &path, const QByteArray &bytes, QString *error);
};
