#include "export/filewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>

bool FileWriter::write(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir()) {
        *error = tr("%1 is a folder; give the name of a file to write.").arg(path);
        return false;
    }
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir()) {
        *error = tr("The folder %1 does not exist; nothing was written.")
                     .arg(QDir::toNativeSeparators(folder));
        return false;
    }
    QSaveFile file(path);
    // Unbuffered: a failing write() reports its own reason (a full disk, a size limit); a
    // buffered one would fail later, in commit(), where Qt loses the reason.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = tr("%1 cannot be written: %2. Nothing was written.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QString reason;
    // A short write (the disk filled up part-way) reports no error; the next write does.
    for (qint64 written = 0; written < bytes.size() && reason.isEmpty();) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            reason = file.errorString();
        written += std::max<qint64>(n, 0);
    }
    if (reason.isEmpty() && !file.commit())
        reason = file.error() == QFileDevice::RenameError
                     ? tr("it could not replace the file already there")
                     : file.errorString();
    if (!reason.isEmpty()) {
        // QSaveFile removes its temporary file; the path keeps whatever it held before.
        file.cancelWriting();
        *error = tr("%1 cannot be written: %2. Is the disk full? Nothing was written, and a file "
                    "already there was left unchanged.")
                     .arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}
