#include "export/filewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// Atomic file writes: the whole new file or the old one, never a part, and a clear message.
class tst_FileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces();
    void refuses_data();
    void refuses();
    void readOnlyFolder();

private:
    static QByteArray contents(const QString &path);
};

QByteArray tst_FileWriter::contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_FileWriter::writesAndReplaces()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QString error;
    QVERIFY2(FileWriter::write(path, "first\r\n", &error), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("first\r\n"));
    QVERIFY2(FileWriter::write(path, "second\r\n", &error), qPrintable(error));
    QCOMPARE(contents(path), QByteArray("second\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), {QStringLiteral("out.csv")});
}

void tst_FileWriter::refuses_data()
{
    QTest::addColumn<QString>("relativePath");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder") << QStringLiteral("no/such/folder/out.json")
                                    << QStringLiteral("does not exist; nothing was written");
    QTest::newRow("a folder") << QStringLiteral("existing") << QStringLiteral("is a folder");
    QTest::newRow("empty path") << QString() << QStringLiteral("is a folder");
}

void tst_FileWriter::refuses()
{
    QFETCH(QString, relativePath);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("existing")));
    const QString path = relativePath.isEmpty() ? QString() : dir.filePath(relativePath);
    QString error;
    QVERIFY(!FileWriter::write(path, "data", &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             {QStringLiteral("existing")});
}

void tst_FileWriter::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root can write into read-only folders");
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("locked"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("locked")));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
    QString error;
    const bool written = FileWriter::write(folder + QStringLiteral("/out.csv"), "data", &error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(!written);
    QVERIFY2(error.contains(QStringLiteral("cannot be written")), qPrintable(error));
    QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

QTEST_GUILESS_MAIN(tst_FileWriter)
#include "tst_filewriter.moc"
