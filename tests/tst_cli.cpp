#include "programrun.h"

#include <QDir>
#include <QFileInfo>
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
    void version_data();
    void version();
    void verbHelp_data();
    void verbHelp();
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

void tst_Cli::version_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
    QTest::newRow("-v") << QStringList{QStringLiteral("-v")};
    QTest::newRow("after --lang") << QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                                 QStringLiteral("--version")};
}

void tst_Cli::version()
{
    // The version is the CMake project's (project(... VERSION ...)), the one source for the
    // program and this test alike.
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("upstander " UPSTANDER_VERSION "\n"));
    QCOMPARE(r.err, QString());
}

void tst_Cli::verbHelp_data()
{
    // One row per verb (CommandLine's table), and a few with --help among other arguments: the
    // verb's own usage on standard output, exit 0, and the verb not run.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");        // the first line
    QTest::addColumn<QStringList>("mentions"); // every option of the verb
    const auto row = [](const char *name, const QStringList &arguments, const QString &usage,
                        const QStringList &mentions) {
        QTest::newRow(name) << arguments << usage << mentions;
    };
    const QString help = QStringLiteral("--help");
    row("validate", {QStringLiteral("validate"), help},
        QStringLiteral("Usage: upstander validate [-q|--quiet] [--] FILE..."),
        {QStringLiteral("--quiet"), QStringLiteral("Exit codes")});
    row("scenario-strings", {QStringLiteral("scenario-strings"), help},
        QStringLiteral("Usage: upstander scenario-strings --ts FILE.ts SCENARIO..."),
        {QStringLiteral("--ts FILE.ts"), QStringLiteral("docs/translations.md")});
    row("sessions", {QStringLiteral("sessions"), help},
        QStringLiteral("Usage: upstander sessions [--format table|tsv]"),
        {QStringLiteral("--format table|tsv"), QStringLiteral("--delete ID"),
         QStringLiteral("--older-than N"), QStringLiteral("--data-dir DIR")});
    row("export", {QStringLiteral("export"), help},
        QStringLiteral("Usage: upstander export --session ID --format csv|json --out FILE [--raw]"),
        {QStringLiteral("--session ID"), QStringLiteral("--format"), QStringLiteral("--out FILE"),
         QStringLiteral("--raw"), QStringLiteral("--chart NAME"), QStringLiteral("--question ID"),
         QStringLiteral("cohort-trend")});
    row("demo", {QStringLiteral("demo"), help},
        QStringLiteral("Usage: upstander demo [--data-dir DIR] [--follow-up ID]"),
        {QStringLiteral("--data-dir DIR"), QStringLiteral("--follow-up ID")});
    row("validate -h", {QStringLiteral("validate"), QStringLiteral("-h")},
        QStringLiteral("Usage: upstander validate [-q|--quiet] [--] FILE..."), {});
    row("export with other options",
        {QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("1"),
         QStringLiteral("--format"), QStringLiteral("pdf"), help},
        QStringLiteral("Usage: upstander export --session ID --format csv|json --out FILE [--raw]"),
        {});
    row("sessions --delete --help",
        {QStringLiteral("sessions"), QStringLiteral("--delete"), QStringLiteral("1"), help},
        QStringLiteral("Usage: upstander sessions [--format table|tsv]"), {});
}

void tst_Cli::verbHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    QFETCH(QStringList, mentions);
    // A data folder of its own: asking for help must not create or touch a database.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    const Run r = run(arguments + QStringList{QStringLiteral("--data-dir"), folder});
    // (Qt itself may warn on stderr when drawing offscreen: "export --format pdf".)
    QVERIFY2(!r.err.contains(QStringLiteral("upstander:")), qPrintable(r.err));
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.section(QLatin1Char('\n'), 0, 0), usage);
    for (const QString &option : mentions)
        QVERIFY2(r.out.contains(option), qPrintable(option));
    QVERIFY2(r.out.contains(QStringLiteral("-h, --help")), qPrintable(r.out));
    QVERIFY2(!QFileInfo::exists(folder), "help ran the command");

    // "upstander --help" lists the verb and says how to get its own usage.
    const QString verb = arguments.first();
    const Run all = run({QStringLiteral("--help")});
    QVERIFY2(all.out.contains(QStringLiteral("\n  ") + verb + QLatin1Char(' ')), qPrintable(verb));
    QVERIFY(all.out.contains(QStringLiteral("upstander COMMAND --help")));
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
