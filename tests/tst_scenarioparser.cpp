#include "scenario/scenarioloader.h"
#include "visiblelength.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

// The scenario parser and validator against malformed files: each fixture under
// tests/fixtures/ must give its expected diagnostic at the expected line and column.
class tst_ScenarioParser : public QObject
{
    Q_OBJECT

private slots:
    void fixture_data();
    void fixture();
    void validFileHasNoDiagnostics();
    void reportsSeveralProblemsInOneRun();
    void languageTag_data();
    void languageTag();
    void contentNoteIsCountedAsPeopleReadIt();
    void pathologicalInput_data();
    void pathologicalInput();
    void mutatedScenariosNeverCrash();
    void missingFile();
};

namespace {
QString fixturePath(const QString &name)
{
    return QStringLiteral(UPSTANDER_FIXTURES "/") + name;
}

QByteArray validScenario()
{
    QFile file(fixturePath(QStringLiteral("valid.yaml")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture valid.yaml is missing");
    return file.readAll();
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines.append(d.toString());
    return lines.join(QLatin1Char('\n'));
}
} // namespace

void tst_ScenarioParser::fixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    const auto row = [](const char *file, bool isError, int line, int column, const char *message) {
        QTest::newRow(file) << QString::fromUtf8(file) << isError << line << column
                            << QString::fromUtf8(message);
    };
    const bool E = true;
    const bool W = false;
#include "fixtures/expectations.inc"
    Q_UNUSED(W);
    Q_UNUSED(E);
}

void tst_ScenarioParser::fixture()
{
    QFETCH(QString, file);
    QFETCH(bool, isError);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const QString path = fixturePath(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const ScenarioLoadResult result = ScenarioLoader::loadFile(path);
    const QString all = describe(result.diagnostics);
    bool found = false;
    for (const Diagnostic &d : result.diagnostics) {
        if (d.message == message) {
            QCOMPARE(d.file, path);
            QCOMPARE(d.isError(), isError);
            QCOMPARE(d.line, line);
            QCOMPARE(d.column, column);
            found = true;
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(message, all)));
    QCOMPARE(bool(result.scenario), !hasErrors(result.diagnostics));
    if (isError)
        QVERIFY(!result.scenario);
}

void tst_ScenarioParser::validFileHasNoDiagnostics()
{
    const ScenarioLoadResult result =
        ScenarioLoader::loadFile(fixturePath(QStringLiteral("valid.yaml")));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QVERIFY(result.scenario);
    QCOMPARE(result.scenario->decisionCount(), 2);
}

void tst_ScenarioParser::reportsSeveralProblemsInOneRun()
{
    QByteArray text = validScenario();
    text.replace("title: ", "titel: ");
    text.replace("stage: advocate", "stage: advocat");
    text.replace("duration: 20", "duration: twenty");
    const ScenarioLoadResult result = ScenarioLoader::loadData(text, QStringLiteral("many.yaml"));
    QVERIFY2(result.diagnostics.size() >= 3, qPrintable(describe(result.diagnostics)));
    // Sorted by position, as a reader goes through the file.
    for (int i = 1; i < result.diagnostics.size(); ++i)
        QVERIFY(result.diagnostics.at(i - 1).line <= result.diagnostics.at(i).line);
}

void tst_ScenarioParser::languageTag_data()
{
    // The "language" key is a BCP 47 tag (RFC 5646): checked for its form, written back in the
    // usual case (tags are case-insensitive), with a suggestion for the usual mistakes.
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("read");    // the scenario's language when there is no error
    QTest::addColumn<QString>("error");   // the message at the value, or empty
    QTest::addColumn<QString>("warning"); // the message at the value, or empty
    const auto valid = [](const char *tag, const char *read, const char *warning = "") {
        QTest::newRow(tag) << QString::fromUtf8(tag) << QString::fromUtf8(read) << QString()
                           << QString::fromUtf8(warning);
    };
    const auto invalid = [](const char *name, const char *tag, const char *problem) {
        QTest::newRow(name) << QString::fromUtf8(tag) << QString()
                            << QStringLiteral("\"%1\" is not a BCP 47 language tag: %2")
                                   .arg(QString::fromUtf8(tag), QString::fromUtf8(problem))
                            << QString();
    };
    valid("en", "en");
    valid("de", "de");
    valid("fil", "fil");
    valid("pt-BR", "pt-BR");
    valid("EN", "en");
    valid("pt-br", "pt-BR");
    valid("zh-Hant-TW", "zh-Hant-TW");
    valid("ZH-HANT-tw", "zh-Hant-TW");
    valid("sr-Latn", "sr-Latn");
    valid("es-419", "es-419");
    valid("de-CH-1996", "de-CH-1996");
    valid("sl-rozaj-biske", "sl-rozaj-biske");
    valid("zh-yue-HK", "zh-yue-HK");
    valid("en-US-u-ca-gregory", "en-US-u-ca-gregory");
    valid("de-x-formal", "de-x-formal");
    valid("english", "english",
          "\"english\" is the name of a language, not its code; did you mean \"en\"?");

    invalid("english!", "english!",
            "\"!\" is not allowed, only letters, digits and \"-\"; did you mean \"en\"?");
    invalid("en_US", "en_US", "subtags are separated by \"-\", not \"_\"; did you mean \"en-US\"?");
    invalid("pt_br", "pt_br", "subtags are separated by \"-\", not \"_\"; did you mean \"pt-BR\"?");
    invalid("en US", "en US",
            "subtags are separated by \"-\", not spaces; did you mean \"en-US\"?");
    invalid("xx-", "xx-", "it ends with \"-\"; did you mean \"xx\"?");
    invalid("-en", "-en", "it starts with \"-\"; did you mean \"en\"?");
    invalid("en--us", "en--us", "\"--\" leaves an empty subtag; did you mean \"en-US\"?");
    invalid("one letter", "e", "the language subtag \"e\" must have 2 or 3 letters (or 5 to 8)");
    invalid("four letters", "abcd",
            "the language subtag \"abcd\" must have 2 or 3 letters (or 5 to 8)");
    invalid("digit in the language", "e1",
            "the language subtag \"e1\" must have 2 or 3 letters (or 5 to 8)");
    invalid("nine letters", "abcdefghi", "the subtag \"abcdefghi\" is longer than 8 characters");
    invalid("subtag out of place", "en-USA1",
            "\"USA1\" is not a script (4 letters), a region (2 letters or 3 digits) or a variant "
            "(5 to 8 letters and digits, or a digit and 3 more) in this place");
    invalid("script after region", "en-US-Latn",
            "\"Latn\" is not a script (4 letters), a region (2 letters or 3 digits) or a variant "
            "(5 to 8 letters and digits, or a digit and 3 more) in this place");
    invalid("variant twice", "de-1996-1996", "the variant \"1996\" is given twice");
    invalid("extension without subtags", "en-u",
            "the extension \"u\" needs at least one subtag of 2 to 8 letters and digits after it");
    invalid("private use without subtags", "en-x",
            "\"x\" needs at least one subtag of 1 to 8 letters and digits after it");
    invalid("extension twice", "en-a-bc-a-de", "the extension \"a\" is given twice");
}

void tst_ScenarioParser::languageTag()
{
    QFETCH(QString, tag);
    QFETCH(QString, read);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    QByteArray text = validScenario();
    QVERIFY(text.contains("\nlanguage: en\n"));
    text.replace("\nlanguage: en\n", "\nlanguage: " + tag.toUtf8() + '\n');
    const ScenarioLoadResult result = ScenarioLoader::loadData(text, QStringLiteral("tag.yaml"));
    if (error.isEmpty() && warning.isEmpty())
        QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    if (error.isEmpty()) {
        QVERIFY2(result.scenario, qPrintable(describe(result.diagnostics)));
        QCOMPARE(result.scenario->language, read);
    } else {
        QVERIFY(!result.scenario);
    }
    const QString expected = error.isEmpty() ? warning : error;
    if (expected.isEmpty())
        return;
    // At the value, like every other problem with a value: line 3, after "language: ".
    QCOMPARE(result.diagnostics.size(), 1);
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.message, expected);
    QCOMPARE(d.isError(), !error.isEmpty());
    QCOMPARE(d.line, 3);
    QCOMPARE(d.column, 11);
}

void tst_ScenarioParser::contentNoteIsCountedAsPeopleReadIt()
{
    // Optional; read as one paragraph; its length limit counts what a person sees, so a note
    // in a script with combining marks or with emoji is not warned about for its UTF-16 size.
    const auto load = [](const QString &note) {
        QByteArray text = validScenario();
        text.replace("\nduration: ", "\ncontent_note: \"" + note.toUtf8() + "\"\nduration: ");
        return ScenarioLoader::loadData(text, QStringLiteral("note.yaml"));
    };
    QByteArray plain = validScenario();
    ScenarioLoadResult result = ScenarioLoader::loadData(plain, QStringLiteral("plain.yaml"));
    QVERIFY(result.scenario);
    QVERIFY(result.scenario->contentNote.isEmpty());

    result = load(QStringLiteral("Shows   a slur\\nbeing used."));
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(result.scenario->contentNote, QStringLiteral("Shows a slur being used."));

    const QString family = QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467");
    const QString accented = QStringLiteral("e\u0301");
    QString note;
    while (visibleLength(note) < Scenario::ContentNoteLength - 2)
        note += family + accented;
    QVERIFY(note.size() > Scenario::ContentNoteLength * 2); // far more UTF-16 units
    result = load(note);
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    result = load(note + QStringLiteral("abc"));
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(!result.diagnostics.first().isError());
    QVERIFY2(result.diagnostics.first().message.contains(
                 QString::number(Scenario::ContentNoteLength + 1)),
             qPrintable(result.diagnostics.first().message));
    QVERIFY(result.scenario); // a warning: the scenario still loads
}

void tst_ScenarioParser::pathologicalInput_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("message");

    QTest::newRow("over 1 MiB")
        << (QByteArray("format: upstander-scenario/1\nsummary: >\n") +
            QByteArray(ScenarioLoader::MaxFileSize, 'a'))
        << QStringLiteral("the file is larger than 1 MiB; scenario files are a few kilobytes");
    QTest::newRow("100k nested flow lists")
        << (QByteArray(100000, '[') + QByteArray(100000, ']'))
        << QStringLiteral("nested more than 64 levels deep; scenario files need only a few levels");
    QByteArray blocks;
    for (int i = 0; i < 1000; ++i)
        blocks += QByteArray(i, ' ') + "k:\n";
    QTest::newRow("1000 nested block maps")
        << blocks
        << QStringLiteral("nested more than 64 levels deep; scenario files need only a few levels");
    QByteArray laughs = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char c = 'b'; c <= 'z'; ++c) {
        const char p = char(c - 1);
        laughs += QByteArray(1, c) + ": &" + QByteArray(1, c) + " [";
        for (int i = 0; i < 9; ++i)
            laughs += QByteArray("*") + QByteArray(1, p) + (i < 8 ? "," : "]\n");
    }
    QTest::newRow("billion laughs")
        << laughs << QStringLiteral("YAML anchors (&name) are not allowed in scenario files");
    QByteArray wide = "roles:\n";
    for (int i = 0; i < 60000; ++i)
        wide += "  - x\n";
    // Not too deep, not too many nodes: must simply be refused as the wrong shape, fast.
    QTest::newRow("60k list items") << wide << QString();
}

void tst_ScenarioParser::pathologicalInput()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, message);
    QElapsedTimer timer;
    timer.start();
    const ScenarioLoadResult result = ScenarioLoader::loadData(data, QStringLiteral("evil.yaml"));
    const qint64 elapsed = timer.elapsed();
    QVERIFY(!result.scenario);
    QVERIFY(hasErrors(result.diagnostics));
    if (!message.isEmpty())
        QCOMPARE(result.diagnostics.first().message, message);
    QVERIFY2(elapsed < 3000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
}

void tst_ScenarioParser::mutatedScenariosNeverCrash()
{
    // A cheap, deterministic cousin of the fuzzer that runs with every test run.
    const QByteArray original = validScenario();
    QRandomGenerator random(20261122);
    const QByteArray alphabet = "-:[]{}&*!|>'\"#%@`,? \n\tab0\xc3\xa9";
    for (int round = 0; round < 3000; ++round) {
        QByteArray text = original;
        const int edits = 1 + int(random.bounded(8));
        for (int e = 0; e < edits; ++e) {
            const int at = int(random.bounded(text.size()));
            switch (random.bounded(3)) {
            case 0:
                text.remove(at, 1 + int(random.bounded(20)));
                break;
            case 1:
                text.insert(at, alphabet.at(int(random.bounded(alphabet.size()))));
                break;
            default:
                text[at] = alphabet.at(int(random.bounded(alphabet.size())));
            }
        }
        const ScenarioLoadResult result = ScenarioLoader::loadData(text, QStringLiteral("m.yaml"));
        QCOMPARE(bool(result.scenario), !hasErrors(result.diagnostics));
        for (const Diagnostic &d : result.diagnostics) {
            QVERIFY(!d.message.isEmpty());
            QVERIFY(d.line >= 1);
            QVERIFY(d.column >= 1);
        }
    }
}

void tst_ScenarioParser::missingFile()
{
    const QString path = fixturePath(QStringLiteral("does-not-exist.yaml"));
    const ScenarioLoadResult result = ScenarioLoader::loadFile(path);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics.first().message.startsWith(QStringLiteral("cannot read the file")));
    QVERIFY(
        result.diagnostics.first().toString().startsWith(path + QStringLiteral(":1:1: error: ")));
}

QTEST_GUILESS_MAIN(tst_ScenarioParser)
#include "tst_scenarioparser.moc"
