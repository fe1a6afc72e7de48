#include "scenario/scenarioloader.h"
#include "session/scenariowalk.h"

#include <QDir>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <functional>

// The scenario walk without any widget: moves, what each step allows, the timer each step
// starts from. The runner's GUI tests (tst_scenariorunner) check that the console follows it.

namespace {

Scenario loadScenario(const QString &path)
{
    const ScenarioLoadResult result = ScenarioLoader::loadFile(path);
    if (!result.scenario)
        qFatal("could not load %s", qPrintable(path));
    return *result.scenario;
}

QString builtIn(const QString &name)
{
    return QStringLiteral(UPSTANDER_SOURCE_DIR "/resources/scenarios/") + name;
}

// One move, as written in the table: "start", "back", "next", "debrief", "finish", "restart",
// "follow N" (the option's index) or "go SCENE".
bool move(ScenarioWalk &walk, const QString &op)
{
    const QString verb = op.section(QLatin1Char(' '), 0, 0);
    const QString argument = op.section(QLatin1Char(' '), 1);
    if (verb == QLatin1String("start"))
        return walk.start();
    if (verb == QLatin1String("restart"))
        return walk.restart();
    if (verb == QLatin1String("back"))
        return walk.goBack();
    if (verb == QLatin1String("next"))
        return walk.advance();
    if (verb == QLatin1String("debrief"))
        return walk.openDebrief();
    if (verb == QLatin1String("finish"))
        return walk.finish();
    if (verb == QLatin1String("follow"))
        return walk.followOption(argument.toInt());
    if (verb == QLatin1String("go"))
        return walk.goToScene(argument);
    qFatal("unknown move %s", qPrintable(op));
}

} // namespace

class tst_ScenarioWalk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void moves_data();
    void moves();
    void everyPathEndsInTheDebrief_data();
    void everyPathEndsInTheDebrief();

private:
    Scenario mCredit;
};

void tst_ScenarioWalk::initTestCase()
{
    mCredit = loadScenario(builtIn(QStringLiteral("credit-taken.yaml")));
    // The table below is written against this shape of the scenario.
    QCOMPARE(mCredit.scenes.first().id, QStringLiteral("review"));
    QCOMPARE(mCredit.scene(QStringLiteral("review"))->decision->timerSeconds, 90);
    QCOMPARE(mCredit.scene(QStringLiteral("board-version"))->decision->timerSeconds, 120);
    QVERIFY(mCredit.scene(QStringLiteral("one-name"))->ending);
}

void tst_ScenarioWalk::moves_data()
{
    using Step = ScenarioWalk::Step;
    QTest::addColumn<QStringList>("ops");
    QTest::addColumn<QString>("moved"); // per op: 1 if it changed the walk, 0 if refused
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<ScenarioWalk::Step>("step");
    QTest::addColumn<int>("timer");
    QTest::addColumn<bool>("canBack");
    QTest::addColumn<bool>("canAdvance");

    const QString review = QStringLiteral("review");
    const QString named = QStringLiteral("named-in-room");
    const QString fiona = QStringLiteral("fiona-to-board");
    const QString board = QStringLiteral("board-version");
    const QString oneName = QStringLiteral("one-name");
    const auto ops = [](const char *text) {
        return QString::fromUtf8(text).split(QLatin1Char(','), Qt::SkipEmptyParts);
    };
    const int debrief = ScenarioWalk::DebriefSeconds;

    QTest::newRow("not started") << ops("") << QString() << QStringList{} << Step::NotStarted << 0
                                 << false << false;
    QTest::newRow("start: the first scene, its decision's timer")
        << ops("start") << QStringLiteral("1") << QStringList{review} << Step::Scene << 90 << false
        << false;
    QTest::newRow("start again changes nothing")
        << ops("start,start") << QStringLiteral("10") << QStringList{review} << Step::Scene << 90
        << false << false;
    QTest::newRow("no next at a decision")
        << ops("start,next") << QStringLiteral("10") << QStringList{review} << Step::Scene << 90
        << false << false;
    QTest::newRow("no back at the first scene")
        << ops("start,back") << QStringLiteral("10") << QStringList{review} << Step::Scene << 90
        << false << false;
    QTest::newRow("follow an option: a scene without a timer")
        << ops("start,follow 3") << QStringLiteral("11") << QStringList{review, named}
        << Step::Scene << 0 << true << true;
    QTest::newRow("follow: no such option")
        << ops("start,follow 9,follow -1") << QStringLiteral("100") << QStringList{review}
        << Step::Scene << 90 << false << false;
    QTest::newRow("next after narration")
        << ops("start,follow 3,next") << QStringLiteral("111") << QStringList{review, named, board}
        << Step::Scene << 120 << true << false;
    QTest::newRow("back takes one scene off the path")
        << ops("start,follow 0,next,back") << QStringLiteral("1111") << QStringList{review, fiona}
        << Step::Scene << 0 << true << true;
    QTest::newRow("an ending: next leads to the debrief")
        << ops("start,follow 0,next,follow 0") << QStringLiteral("1111")
        << QStringList{review, fiona, board, oneName} << Step::Scene << 0 << true << true;
    QTest::newRow("next after an ending opens the debrief")
        << ops("start,follow 0,next,follow 0,next") << QStringLiteral("11111")
        << QStringList{review, fiona, board, oneName} << Step::Debrief << debrief << true << false;
    QTest::newRow("the debrief only after an ending")
        << ops("start,debrief") << QStringLiteral("10") << QStringList{review} << Step::Scene << 90
        << false << false;
    QTest::newRow("the debrief once")
        << ops("start,go one-name,debrief,debrief,next") << QStringLiteral("11100")
        << QStringList{review, oneName} << Step::Debrief << debrief << true << false;
    QTest::newRow("back from the debrief to its ending")
        << ops("start,go one-name,debrief,back") << QStringLiteral("1111")
        << QStringList{review, oneName} << Step::Scene << 0 << true << true;
    QTest::newRow("finish only from the debrief")
        << ops("start,finish,go one-name,finish") << QStringLiteral("1010")
        << QStringList{review, oneName} << Step::Scene << 0 << true << true;
    QTest::newRow("finish: no timer, no way on")
        << ops("start,go one-name,debrief,finish") << QStringLiteral("1111")
        << QStringList{review, oneName} << Step::Finished << 0 << true << false;
    QTest::newRow("nothing moves on after the finish")
        << ops("start,go one-name,debrief,finish,finish,next,debrief,follow 0")
        << QStringLiteral("11110000") << QStringList{review, oneName} << Step::Finished << 0 << true
        << false;
    QTest::newRow("back from the finish to the debrief")
        << ops("start,go one-name,debrief,finish,back") << QStringLiteral("11111")
        << QStringList{review, oneName} << Step::Debrief << debrief << true << false;
    QTest::newRow("restart after the finish")
        << ops("start,go one-name,debrief,finish,restart") << QStringLiteral("11111")
        << QStringList{review} << Step::Scene << 90 << false << false;
    QTest::newRow("restart from the middle")
        << ops("start,follow 3,next,restart") << QStringLiteral("1111") << QStringList{review}
        << Step::Scene << 90 << false << false;
    QTest::newRow("go to: no such scene")
        << ops("start,go nowhere,go ") << QStringLiteral("100") << QStringList{review}
        << Step::Scene << 90 << false << false;
    QTest::newRow("go to before the start starts there")
        << ops("go board-version,start") << QStringLiteral("10") << QStringList{board}
        << Step::Scene << 120 << false << false;
    QTest::newRow("go to from the debrief leaves it")
        << ops("start,go one-name,debrief,go review") << QStringLiteral("1111")
        << QStringList{review, oneName, review} << Step::Scene << 90 << true << false;
    QTest::newRow("go to from the finish leaves it")
        << ops("start,go one-name,debrief,finish,go board-version") << QStringLiteral("11111")
        << QStringList{review, oneName, board} << Step::Scene << 120 << true << false;
}

void tst_ScenarioWalk::moves()
{
    QFETCH(QStringList, ops);
    QFETCH(QString, moved);
    QFETCH(QStringList, path);
    QFETCH(ScenarioWalk::Step, step);
    QFETCH(int, timer);
    QFETCH(bool, canBack);
    QFETCH(bool, canAdvance);

    ScenarioWalk walk(mCredit);
    QSignalSpy changed(&walk, &ScenarioWalk::changed);
    QSignalSpy finished(&walk, &ScenarioWalk::finished);
    QString result;
    int finishes = 0;
    for (const QString &op : std::as_const(ops)) {
        const int before = int(changed.size());
        const bool ok = move(walk, op);
        result += ok ? QLatin1Char('1') : QLatin1Char('0');
        // One notification per move that changed the walk, none for a refused one.
        QCOMPARE(changed.size(), before + (ok ? 1 : 0));
        finishes += ok && op == QLatin1String("finish") ? 1 : 0;
    }
    QCOMPARE(result, moved);
    QCOMPARE(finished.size(), finishes);

    QCOMPARE(walk.path(), path);
    QCOMPARE(walk.currentSceneId(), path.isEmpty() ? QString() : path.last());
    QCOMPARE(walk.step(), step);
    QCOMPARE(walk.isStarted(), !ops.isEmpty());
    QCOMPARE(walk.isInDebrief(), step == ScenarioWalk::Step::Debrief);
    QCOMPARE(walk.isFinished(), step == ScenarioWalk::Step::Finished);
    QCOMPARE(walk.timerSeconds(), timer);
    QCOMPARE(walk.canGoBack(), canBack);
    QCOMPARE(walk.canAdvance(), canAdvance);
    QCOMPARE(walk.canFinish(), step == ScenarioWalk::Step::Debrief);
    const Scene *scene = walk.currentScene();
    QCOMPARE(scene ? scene->id : QString(), walk.currentSceneId());
    QCOMPARE(walk.canOpenDebrief(), step == ScenarioWalk::Step::Scene && scene->ending);
    QCOMPARE(walk.currentDecision() != nullptr,
             step == ScenarioWalk::Step::Scene && scene->decision.has_value());
}

void tst_ScenarioWalk::everyPathEndsInTheDebrief_data()
{
    QTest::addColumn<QString>("path");
    const QDir folder(builtIn(QString()));
    for (const QString &name : folder.entryList({QStringLiteral("*.yaml")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << folder.filePath(name);
}

void tst_ScenarioWalk::everyPathEndsInTheDebrief()
{
    // Every way through every built-in scenario, option by option and back again: each scene
    // starts the timer its decision sets, each ending leads to the debrief and the finish.
    QFETCH(QString, path);
    const Scenario scenario = loadScenario(path);
    ScenarioWalk walk(scenario);
    QVERIFY(walk.start());
    QSet<QString> seen;
    int endings = 0;

    const std::function<void(int)> explore = [&](int depth) {
        QVERIFY2(depth < 40, qPrintable(walk.path().join(QStringLiteral(" › "))));
        const Scene *scene = walk.currentScene();
        QVERIFY(scene);
        seen.insert(scene->id);
        const QStringList here = walk.path();
        QCOMPARE(walk.step(), ScenarioWalk::Step::Scene);
        QCOMPARE(walk.timerSeconds(), scene->decision ? scene->decision->timerSeconds : 0);
        const auto descend = [&] {
            explore(depth + 1);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(walk.goBack());
            QCOMPARE(walk.path(), here);
        };
        if (scene->ending) {
            ++endings;
            QVERIFY(!walk.followOption(0));
            QVERIFY(walk.advance());
            QCOMPARE(walk.step(), ScenarioWalk::Step::Debrief);
            QCOMPARE(walk.timerSeconds(), ScenarioWalk::DebriefSeconds);
            QVERIFY(walk.finish());
            QCOMPARE(walk.timerSeconds(), 0);
            QVERIFY(!walk.advance());
            QVERIFY(walk.goBack());
            QVERIFY(walk.goBack());
            QCOMPARE(walk.path(), here);
        } else if (scene->decision) {
            QVERIFY(!walk.advance());
            for (int i = 0; i < scene->decision->options.size() && !QTest::currentTestFailed();
                 ++i) {
                if (walk.path().count(scene->decision->options.at(i).next) > 1)
                    continue; // a loop taken twice already
                QVERIFY(walk.followOption(i));
                descend();
            }
        } else {
            QVERIFY(walk.advance());
            descend();
        }
    };
    explore(0);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(walk.path(), QStringList{scenario.scenes.first().id});
    QVERIFY(endings > 0);
    QSet<QString> all;
    for (const Scene &scene : scenario.scenes)
        all.insert(scene.id);
    QCOMPARE(seen, all);
}

QTEST_APPLESS_MAIN(tst_ScenarioWalk)
#include "tst_scenariowalk.moc"
