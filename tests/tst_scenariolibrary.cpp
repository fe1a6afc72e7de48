#include "scenario/scenariolibrary.h"
#include "scenario/scenarioloader.h"
#include "spectrum.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Every built-in scenario loads without error or warning and meets the library's own bar.
class tst_ScenarioLibrary : public QObject
{
    Q_OBJECT

private slots:
    void builtInScenario_data();
    void builtInScenario();
    void coversEveryPractice();
    void userFolderAddsAndReplaces();
    void brokenUserFileIsReportedNotDropped();

private:
    static QStringList builtInFiles();
};

QStringList tst_ScenarioLibrary::builtInFiles()
{
    const QDir dir(QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files.append(dir.filePath(name));
    return files;
}

void tst_ScenarioLibrary::builtInScenario_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &file : builtInFiles())
        QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
}

void tst_ScenarioLibrary::builtInScenario()
{
    QFETCH(QString, path);
    const ScenarioLoadResult result = ScenarioLoader::loadFile(path);
    for (const Diagnostic &d : result.diagnostics)
        qWarning().noquote() << d.toString();
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.scenario);
    const Scenario &s = *result.scenario;

    QCOMPARE(QFileInfo(path).completeBaseName(), s.id);
    QVERIFY2(s.decisionCount() >= 2, "at least two decision points");
    QVERIFY2(s.roles.size() >= 2, "roles with briefs");
    bool observer = false;
    for (const ScenarioRole &role : s.roles) {
        QVERIFY(!role.brief.isEmpty());
        observer = observer || role.observer;
    }
    QVERIFY2(observer, "an observer role");
    QVERIFY(!s.observerChecklist.isEmpty());
    QVERIFY(!s.debrief.what.isEmpty() && !s.debrief.soWhat.isEmpty() &&
            !s.debrief.nowWhat.isEmpty());
    for (const Scene &scene : s.scenes) {
        if (!scene.decision)
            continue;
        QVERIFY2(scene.decision->stagesSpanned().size() >= 3,
                 qPrintable(QStringLiteral("decision in %1 spans three stages").arg(scene.id)));
        // Consequences differ by choice: one decision leads to more than one scene.
        QSet<QString> targets;
        for (const DecisionOption &option : scene.decision->options)
            targets.insert(option.next);
        QVERIFY2(targets.size() >= 2,
                 qPrintable(QStringLiteral("decision in %1 branches").arg(scene.id)));
    }
}

void tst_ScenarioLibrary::coversEveryPractice()
{
    ScenarioLibrary library;
    library.load(QString());
    QVERIFY(library.problems().isEmpty());
    QCOMPARE(library.entries().size(), builtInFiles().size());
    const QStringList practices{QStringLiteral("amplify-overlooked-idea"),
                                QStringLiteral("credit-taken"),
                                QStringLiteral("banter-joke"),
                                QStringLiteral("mispronounced-name"),
                                QStringLiteral("pronouns-and-language"),
                                QStringLiteral("biased-shortlist"),
                                QStringLiteral("stretch-project"),
                                QStringLiteral("erg-no-budget"),
                                QStringLiteral("rainbow-logo"),
                                QStringLiteral("promotion-criteria"),
                                QStringLiteral("ask-what-support"),
                                QStringLiteral("owning-a-mistake"),
                                QStringLiteral("nobody-in-the-room"),
                                QStringLiteral("client-introduction")};
    for (const QString &id : practices)
        QVERIFY2(library.find(id), qPrintable(id));
    for (const ScenarioLibrary::Entry &entry : library.entries())
        QVERIFY(entry.builtIn);
}

void tst_ScenarioLibrary::userFolderAddsAndReplaces()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile source(QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios/credit-taken.yaml"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray text = source.readAll();
    // Same id, new title: replaces the built-in one.
    QByteArray replaced = text;
    replaced.replace("\ntitle:", "\ntitle: Our own version #");
    QFile own(dir.filePath(QStringLiteral("mine.yaml")));
    QVERIFY(own.open(QIODevice::WriteOnly));
    own.write(replaced);
    own.close();
    // A new id: added.
    QByteArray added = text;
    added.replace("\nid: credit-taken", "\nid: credit-taken-local");
    QFile extra(dir.filePath(QStringLiteral("extra.yml")));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write(added);
    extra.close();

    ScenarioLibrary library;
    library.load(dir.path());
    QVERIFY(library.problems().isEmpty());
    QCOMPARE(library.entries().size(), builtInFiles().size() + 1);
    const ScenarioLibrary::Entry *entry = library.find(QStringLiteral("credit-taken"));
    QVERIFY(entry);
    QVERIFY(!entry->builtIn);
    QVERIFY(entry->scenario.title.startsWith(QStringLiteral("Our own version")));
    QVERIFY(library.find(QStringLiteral("credit-taken-local")));
}

void tst_ScenarioLibrary::brokenUserFileIsReportedNotDropped()
{
    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.yaml")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("format: upstander-scenario/1\nid: [oops\n");
    broken.close();
    ScenarioLibrary library;
    library.load(dir.path());
    QCOMPARE(library.entries().size(), builtInFiles().size());
    QVERIFY(!library.problems().isEmpty());
    QCOMPARE(library.problems().first().file, broken.fileName());
    QVERIFY(library.problems().first().line > 0);
}

QTEST_GUILESS_MAIN(tst_ScenarioLibrary)
#include "tst_scenariolibrary.moc"
