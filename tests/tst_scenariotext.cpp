#include "scenario/linguistfile.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenariotext.h"

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Scenario texts for translation: stable ids, the Linguist file round trip, and the runtime
// lookup through an installed translator, end to end with the real lrelease.
class tst_ScenarioText : public QObject
{
    Q_OBJECT

private slots:
    void idsAreStableAndUnique();
    void translatedReplacesEveryText();
    void commentsTellTranslatorsWhereAndHowLong();
    void mergeKeepsAndFlagsTranslations();
    void malformedTsFileIsAnError();
    void endToEndWithLrelease();

private:
    static Scenario valid();
};

Scenario tst_ScenarioText::valid()
{
    ScenarioLoadResult r =
        ScenarioLoader::loadFile(QStringLiteral(UPSTANDER_FIXTURES "/valid.yaml"));
    if (!r.scenario)
        qFatal("valid.yaml does not load");
    return *r.scenario;
}

void tst_ScenarioText::idsAreStableAndUnique()
{
    const QList<ScenarioText::Entry> entries = ScenarioText::entries(valid());
    QSet<QString> ids;
    for (const ScenarioText::Entry &e : entries) {
        QVERIFY2(!ids.contains(e.id), qPrintable(e.id));
        ids.insert(e.id);
        QVERIFY(e.id.startsWith(QStringLiteral("fixture-valid.")));
        QVERIFY(!e.source.isEmpty());
    }
    QCOMPARE(entries.first().id, QStringLiteral("fixture-valid.title"));
    QVERIFY(ids.contains(QStringLiteral("fixture-valid.scenes.standup.narration")));
    QVERIFY(
        ids.contains(QStringLiteral("fixture-valid.scenes.standup.decision.options.credit.why")));
    QVERIFY(ids.contains(QStringLiteral("fixture-valid.roles.amara.brief")));
    QVERIFY(ids.contains(QStringLiteral("fixture-valid.debrief.now_what.1")));
    QVERIFY(ids.contains(QStringLiteral("fixture-valid.sources.1.note")));
}

void tst_ScenarioText::translatedReplacesEveryText()
{
    const Scenario s = valid();
    const Scenario t = ScenarioText::translated(
        s, [](const QString &, const QString &source) { return QStringLiteral("DE:") + source; });
    for (const ScenarioText::Entry &e : ScenarioText::entries(t))
        QVERIFY2(e.source.startsWith(QStringLiteral("DE:")), qPrintable(e.id));
    // Ids, stages and structure are not texts.
    QCOMPARE(t.id, s.id);
    QCOMPARE(t.scenes.first().decision->options.first().stage,
             s.scenes.first().decision->options.first().stage);
    QCOMPARE(ScenarioText::entries(t).size(), ScenarioText::entries(s).size());
}

// Each text carries a note for translators: what it is, which scene or role, and for answers
// on phone buttons a length to aim for; the note survives the Linguist file's round trip.
void tst_ScenarioText::commentsTellTranslatorsWhereAndHowLong()
{
    const Scenario s = valid();
    QHash<QString, QString> comments;
    for (const ScenarioText::Entry &e : ScenarioText::entries(s)) {
        QVERIFY2(!e.comment.isEmpty(), qPrintable(e.id));
        comments.insert(e.id, e.comment);
    }
    const DecisionOption &option = s.scenes.first().decision->options.first();
    const QString optionComment =
        comments.value(s.id + QStringLiteral(".scenes.") + s.scenes.first().id +
                       QStringLiteral(".decision.options.") + option.id + QStringLiteral(".text"));
    QVERIFY2(optionComment.contains(QStringLiteral("phone button")), qPrintable(optionComment));
    QVERIFY2(optionComment.contains(QString::number(option.text.size())),
             qPrintable(optionComment));
    QVERIFY2(optionComment.contains(QStringLiteral("scene ") + s.scenes.first().id),
             qPrintable(optionComment));
    QVERIFY(comments.value(QStringLiteral("fixture-valid.roles.amara.brief"))
                .contains(QStringLiteral("role amara")));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scenarios_fr.ts"));
    LinguistFile file;
    file.language = QStringLiteral("fr");
    file = file.merged({{QStringLiteral("a"), QStringLiteral("Hello"), {}, false, optionComment}});
    QString error;
    QVERIFY(file.write(path, &error));
    LinguistFile back;
    QVERIFY(LinguistFile::read(path, &back, &error));
    QCOMPARE(back.messages.value(0).comment, optionComment);
}

void tst_ScenarioText::mergeKeepsAndFlagsTranslations()
{
    LinguistFile old;
    old.language = QStringLiteral("de");
    old.messages = {
        {QStringLiteral("a"), QStringLiteral("Hello"), QStringLiteral("Hallo"), true},
        {QStringLiteral("b"), QStringLiteral("Old text"), QStringLiteral("Alter Text"), true},
        {QStringLiteral("gone"), QStringLiteral("Gone"), QStringLiteral("Weg"), true}};
    const LinguistFile merged =
        old.merged({{QStringLiteral("a"), QStringLiteral("Hello"), {}, false},
                    {QStringLiteral("b"), QStringLiteral("New text"), {}, false},
                    {QStringLiteral("c"), QStringLiteral("Added"), {}, false}});
    QCOMPARE(merged.messages.size(), 3);
    QVERIFY(merged.messages.at(0).finished);
    QCOMPARE(merged.messages.at(0).translation, QStringLiteral("Hallo"));
    QVERIFY(!merged.messages.at(1).finished); // source changed: needs a look
    QCOMPARE(merged.messages.at(1).translation, QStringLiteral("Alter Text"));
    QVERIFY(!merged.messages.at(2).finished);
    QCOMPARE(merged.unfinishedCount(), 2);
}

void tst_ScenarioText::malformedTsFileIsAnError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad_de.ts"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<TS><context><message id='x'><source>a</source></TS>");
    f.close();
    LinguistFile file;
    QString error;
    QVERIFY(!LinguistFile::read(path, &file, &error));
    QVERIFY2(error.contains(QStringLiteral("not a valid .ts file")), qPrintable(error));
}

void tst_ScenarioText::endToEndWithLrelease()
{
    QTemporaryDir dir;
    const QString ts = dir.filePath(QStringLiteral("scenarios_de.ts"));
    // 1. The command writes the Linguist file.
    QProcess command;
    command.start(QStringLiteral(UPSTANDER_BINARY),
                  {QStringLiteral("scenario-strings"), QStringLiteral("--ts"), ts,
                   QStringLiteral(UPSTANDER_FIXTURES "/valid.yaml")});
    QVERIFY(command.waitForFinished(30000));
    QCOMPARE(command.exitCode(), 0);
    LinguistFile file;
    QString error;
    QVERIFY(LinguistFile::read(ts, &file, &error));
    QCOMPARE(file.language, QStringLiteral("de"));
    QCOMPARE(file.messages.size(), ScenarioText::entries(valid()).size());
    QCOMPARE(file.unfinishedCount(), file.messages.size());

    // 2. A translator fills in one message.
    for (LinguistFile::Message &m : file.messages) {
        if (m.id == QLatin1String("fixture-valid.title")) {
            m.translation = QStringLiteral("Ein kleines gültiges Szenario");
            m.finished = true;
        }
    }
    QVERIFY(file.write(ts, &error));

    // 3. lrelease compiles it, and the program's lookup finds it.
    const QString qm = dir.filePath(QStringLiteral("scenarios_de.qm"));
    QProcess lrelease;
    lrelease.start(QStringLiteral(UPSTANDER_LRELEASE),
                   {QStringLiteral("-idbased"), ts, QStringLiteral("-qm"), qm});
    QVERIFY(lrelease.waitForFinished(30000));
    QCOMPARE(lrelease.exitCode(), 0);
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    const Scenario t = ScenarioText::translated(valid(), ScenarioText::installedTranslation);
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(t.title, QStringLiteral("Ein kleines gültiges Szenario"));
    QCOMPARE(t.summary, valid().summary); // untranslated texts stay English

    // 4. Running the command again keeps the translation.
    command.start(QStringLiteral(UPSTANDER_BINARY),
                  {QStringLiteral("scenario-strings"), QStringLiteral("--ts"), ts,
                   QStringLiteral(UPSTANDER_FIXTURES "/valid.yaml")});
    QVERIFY(command.waitForFinished(30000));
    QVERIFY(LinguistFile::read(ts, &file, &error));
    QCOMPARE(file.unfinishedCount(), file.messages.size() - 1);
}

QTEST_GUILESS_MAIN(tst_ScenarioText)
#include "tst_scenariotext.moc"
