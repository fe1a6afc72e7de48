#include "programrun.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command line, run as a user would: the real binary, no display, output and exit codes.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validateBuiltInLibrary();
    void validateBrokenFile();
    void validateMixedFiles();
    void warningsAloneExitZero();
    void validateSuggestsALanguageTag();
    void usageErrors_data();
    void usageErrors();
    void helpAndVersion();
    void germanHelp();

private:
    using Run = ProgramRun;
    static Run run(const QStringList &arguments);
};

tst_Cli::Run tst_Cli::run(const QStringList &arguments)
{
    return runProgram(QStringLiteral(UPSTANDER_BINARY), arguments);
}

void tst_Cli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(UPSTANDER_BINARY)));
}

void tst_Cli::validateBuiltInLibrary()
{
    const QDir dir(QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files))
        files.append(dir.filePath(name));
    QVERIFY(files.size() >= 14);
    const Run r = run(QStringList{QStringLiteral("validate")} + files);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains(QStringLiteral("no errors")));
}

void tst_Cli::validateBrokenFile()
{
    const QString file = QStringLiteral(UPSTANDER_FIXTURES "/unknown-stage.yaml");
    const Run r = run({QStringLiteral("validate"), file});
    QCOMPARE(r.exitCode, 1);
    // The warning comes first: diagnostics are sorted by position in the file.
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(file +
                                   QStringLiteral(":51:7: warning: the options of this decision")));
    QCOMPARE(lines.at(1), file + QStringLiteral(":65:18: error: unknown stage \"advocat\"; did you "
                                                "mean \"advocate\"?"));
}

void tst_Cli::validateMixedFiles()
{
    const QString good = QStringLiteral(UPSTANDER_FIXTURES "/valid.yaml");
    const QString bad = QStringLiteral(UPSTANDER_FIXTURES "/duplicate-key.yaml");
    const QString missing = QStringLiteral(UPSTANDER_FIXTURES "/no-such-file.yaml");
    const Run r = run({QStringLiteral("validate"), good, bad, missing});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), bad + QStringLiteral(":5:1: error: duplicate key \"title\" (first given "
                                               "on line 4)"));
    QVERIFY(lines.at(1).startsWith(missing + QStringLiteral(":1:1: error: cannot read the file")));
    QVERIFY(r.err.contains(QStringLiteral("3 files checked, 2 with errors")));
}

void tst_Cli::warningsAloneExitZero()
{
    QTemporaryDir dir;
    QFile source(QStringLiteral(UPSTANDER_FIXTURES "/valid.yaml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    text.replace("stage: passive-supporter", "stage: bystander");
    text.replace("stage: active-ally", "stage: bystander");
    const QString path = dir.filePath(QStringLiteral("narrow.yaml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    const Run r = run({QStringLiteral("validate"), path});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(path + QStringLiteral(":24:7: warning: the options of this decision "
                                                    "span only 1 of the five stages")),
             qPrintable(r.out));
}

void tst_Cli::validateSuggestsALanguageTag()
{
    // "en_US" is how locales are often written, but a scenario's language is a BCP 47 tag.
    const QString file = QStringLiteral(UPSTANDER_FIXTURES "/language-underscore.yaml");
    const Run r = run({QStringLiteral("validate"), file});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, file + QStringLiteral(":3:11: error: \"en_US\" is not a BCP 47 language tag: "
                                          "subtags are separated by \"-\", not \"_\"; did you "
                                          "mean \"en-US\"?\n"));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("validate without files")
        << QStringList{QStringLiteral("validate")} << QStringLiteral("validate needs at least one");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("unknown command \"frobnicate\"");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("validate"), QStringLiteral("--strict"),
                       QStringLiteral("x.yaml")}
        << QStringLiteral("unknown option --strict");
    QTest::newRow("--lang without value")
        << QStringList{QStringLiteral("validate"), QStringLiteral("x.yaml"),
                       QStringLiteral("--lang")}
        << QStringLiteral("unknown option --lang for validate");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("upstander --help")));
}

void tst_Cli::helpAndVersion()
{
    const Run help = run({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("validate FILE...")));
    const Run version = run({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("upstander 0.")));
}

void tst_Cli::germanHelp()
{
    const Run help =
        run({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Befehle")), qPrintable(help.out));
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
