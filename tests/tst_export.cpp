#include "export/csvexport.h"
#include "export/exportstatistic.h"
#include "export/rawexport.h"
#include "export/sessionexport.h"
#include "programrun.h"
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/resource.h>
#include <unistd.h>

// "upstander demo", "sessions" and "export", run as a user would: the real binary, no display.
// The files it writes are read back with outside tools: Python's csv module (export_csv.py)
// and Ajv against docs/export-schema.json (tests/schema/check-export.mjs).
class tst_Export : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpDocumentsTheCommands();
    void sessionsListsEverySession();
    void sessionsTsv();
    void sessionsEmptyFolder();
    void sessionsRefusals_data();
    void sessionsRefusals();
    void csvAggregateRoundTrip_data();
    void csvAggregateRoundTrip();
    void csvRawRoundTrip_data();
    void csvRawRoundTrip();
    void csvCommitmentsRoundTrip();
    void csvNeutralisesFormulas_data();
    void csvNeutralisesFormulas();
    void jsonAggregate();
    void jsonRaw();
    void kRuleInExports();
    void formatFromExtension();
    void errors_data();
    void errors();
    void usageErrors_data();
    void usageErrors();
    void fullDisk_data();
    void fullDisk();
    void jsonValidatesAgainstSchema();

private:
    using Run = ProgramRun;
    static Run run(const QStringList &arguments, const std::function<void()> &childSetup = {});
    Run exportTo(const QString &file, qint64 session, const QStringList &options);
    struct Mounted
    {
        Run run;
        bool available = false; // false: no private mount namespace here (the caller skips)
        QStringList entries;    // the folder's entries afterwards
        QByteArray exported;    // the folder's export.json afterwards, if any
    };
    static Mounted runOnTmpfs(const QString &folder, const QString &size, const QString &setup,
                              const QStringList &arguments);
    SessionData data(qint64 session) const;
    // The file parsed by Python's csv module: header and rows.
    static std::pair<QStringList, QList<QStringList>> parseCsv(const QString &file);
    static QJsonObject readJson(const QString &file);
    static QStringList entries(const QString &folder);

    QTemporaryDir mDir;
    QString mData; // the data folder all sessions live in
    QString mOut;  // where exports go
    qint64 mDemo = 0;
    qint64 mEdge = 0;  // commitments with quotes, commas, line breaks, emoji; after below k
    qint64 mSmall = 0; // three people: everything below k
    qint64 mLarge = 0; // 300 people: exports of a few hundred kB
    QStringList mJsonFiles;
};

tst_Export::Run tst_Export::run(const QStringList &arguments,
                                const std::function<void()> &childSetup)
{
    return runProgram(QStringLiteral(UPSTANDER_BINARY), arguments, childSetup);
}

tst_Export::Run tst_Export::exportTo(const QString &file, qint64 session,
                                     const QStringList &options)
{
    return run(QStringList{QStringLiteral("export"), QStringLiteral("--data-dir"), mData,
                           QStringLiteral("--session"), QString::number(session),
                           QStringLiteral("--out"), file} +
               options);
}

// Runs the program with `folder` replaced by a fresh tmpfs of `size`, prepared by the shell
// commands `setup` ($DIR is the folder), e.g. to fill it or to make it read-only, which holds
// even for root. The tmpfs lives in a private mount namespace (unshare -Urm): nothing outside
// this one process tree ever sees it, and it vanishes with it.
tst_Export::Mounted tst_Export::runOnTmpfs(const QString &folder, const QString &size,
                                           const QString &setup, const QStringList &arguments)
{
    Mounted m;
    const QString unshare = QStandardPaths::findExecutable(QStringLiteral("unshare"));
    if (unshare.isEmpty())
        return m;
    const QString script =
        QStringLiteral("DIR=\"$1\"; SIZE=\"$2\"; SETUP=\"$3\"; shift 3\n"
                       "mount -t tmpfs -o size=\"$SIZE\" tmpfs \"$DIR\" || exit 99\n"
                       "eval \"$SETUP\" || exit 98\n"
                       "\"$@\"; code=$?\n"
                       "echo '--entries--'; ls -A \"$DIR\"\n"
                       "echo '--content--'; cat \"$DIR/export.json\" 2>/dev/null\n"
                       "exit $code\n");
    m.run = runProgram(unshare, QStringList{QStringLiteral("-Urm"), QStringLiteral("sh"),
                                            QStringLiteral("-c"), script, QStringLiteral("sh"),
                                            folder, size, setup, QStringLiteral(UPSTANDER_BINARY)} +
                                    arguments);
    const QString marker = QStringLiteral("--entries--\n");
    m.available = m.run.exitCode != 99 && m.run.exitCode != 98 && m.run.exitCode != -1 &&
                  m.run.out.contains(marker);
    if (!m.available)
        return m;
    const QString after = m.run.out.section(marker, 1);
    m.run.out = m.run.out.section(marker, 0, 0);
    m.entries = after.section(QStringLiteral("--content--\n"), 0, 0)
                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m.exported = after.section(QStringLiteral("--content--\n"), 1).toUtf8();
    return m;
}

SessionData tst_Export::data(qint64 session) const
{
    SessionStore store;
    QString error;
    if (!store.open(mData, &error))
        qFatal("%s", qPrintable(error));
    const std::optional<SessionData> d = SessionExport::load(store, session);
    if (!d)
        qFatal("no session %lld", session);
    return *d;
}

std::pair<QStringList, QList<QStringList>> tst_Export::parseCsv(const QString &file)
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        qFatal("python3 is needed to read the CSV exports (scripts/run-tests installs it)");
    const Run r =
        runProgram(python, {QStringLiteral(UPSTANDER_SOURCE_DIR "/tests/export_csv.py"), file});
    if (r.exitCode != 0)
        qFatal("export_csv.py: %s", qPrintable(r.err));
    const QJsonObject table = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QStringList header;
    for (const QJsonValue &v : table[QLatin1String("header")].toArray())
        header.append(v.toString());
    QList<QStringList> rows;
    for (const QJsonValue &row : table[QLatin1String("rows")].toArray()) {
        QStringList fields;
        for (const QJsonValue &v : row.toArray())
            fields.append(v.toString());
        rows.append(fields);
    }
    return {header, rows};
}

QJsonObject tst_Export::readJson(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("%s: %s", qPrintable(file), qPrintable(error.errorString()));
    return doc.object();
}

QStringList tst_Export::entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

void tst_Export::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(UPSTANDER_BINARY)));
    QVERIFY(mDir.isValid());
    mData = mDir.filePath(QStringLiteral("data"));
    mOut = mDir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(mOut));

    // The demo, made by the program itself; its id alone on standard output.
    const Run demo = run({QStringLiteral("demo"), QStringLiteral("--data-dir"), mData});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.err.contains(QStringLiteral("Created demo session")), qPrintable(demo.err));
    bool ok = false;
    mDemo = demo.out.trimmed().toLongLong(&ok);
    QVERIFY2(ok && mDemo > 0, qPrintable(demo.out));
    QCOMPARE(demo.out, QString::number(mDemo) + QLatin1Char('\n'));

    // Sessions the demo does not cover, through the same model the program uses.
    SessionStore store;
    QString error;
    QVERIFY2(store.open(mData, &error), qPrintable(error));
    const auto make = [&](const QString &title, int k) {
        Session s;
        s.title = title;
        s.date = QDate(2026, 3, 2);
        s.k = k;
        const qint64 id = store.createSession(s, &error);
        if (id == 0)
            qFatal("%s", qPrintable(error));
        return id;
    };
    const auto selfPlacement = [](Phase phase) {
        Question q;
        q.kind = QuestionKind::SelfPlacement;
        q.phase = phase;
        q.prompt = QStringLiteral("Where are you today?");
        for (const QString &key : Spectrum::keys())
            q.choices.append({key, key});
        return q;
    };
    Question decision;
    decision.kind = QuestionKind::Decision;
    decision.scenarioId = QStringLiteral("credit-taken");
    decision.sceneId = QStringLiteral("review");
    decision.prompt = QStringLiteral("You have the deck open, \"now\" what?");
    decision.choices = {{QStringLiteral("as-asked"), QStringLiteral("bystander")},
                        {QStringLiteral("talk-to-fiona"), QStringLiteral("active-ally")}};
    const auto fill = [&](qint64 session, int baseline, int after, int decided,
                          const QStringList &commitments, bool tallies) {
        SessionModel model(&store);
        QString e;
        QVERIFY2(model.load(session, &e), qPrintable(e));
        const qint64 b = *model.addQuestion(selfPlacement(Phase::Baseline), &e);
        const qint64 d = *model.addQuestion(decision, &e);
        const qint64 a = *model.addQuestion(selfPlacement(Phase::After), &e);
        for (int p = 0; p < std::max({baseline, after, decided}); ++p) {
            const QString token = QStringLiteral("person-%1").arg(p);
            if (p < baseline)
                QVERIFY(model.recordAnswer(b, token, Spectrum::keys().at(p % 5)).ok);
            if (p < decided)
                QVERIFY(model.recordAnswer(d, token, decision.choices.at(p % 3 ? 0 : 1).key).ok);
            if (p < after)
                QVERIFY(
                    model
                        .recordAnswer(a, token,
                                      p == 0 ? SessionKeys::Pass : Spectrum::keys().at(4 - p % 5))
                        .ok);
        }
        if (tallies) {
            model.changeTally(b, QStringLiteral("advocate"), 2);
            model.changeTally(d, QStringLiteral("as-asked"), 3);
            model.changeTally(d, QStringLiteral("talk-to-fiona"), 1);
            model.changeTally(d, QStringLiteral("talk-to-fiona"), -1); // undone: count 0
        }
        for (int c = 0; c < commitments.size(); ++c)
            QVERIFY(model.addCommitment(commitments[c], QStringLiteral("person-%1").arg(c), &e));
        QVERIFY(store.flush());
    };
    mEdge = make(QStringLiteral("Edge cases, \"quoted\"\nand 🙌"), 5);
    fill(mEdge, 7, 4, 6,
         {QStringLiteral("Say \"that was Amara's idea\", out loud"),
          QStringLiteral("Two lines:\nfirst, listen\nthen act"),
          QStringLiteral("Windows line\r\nend"), QStringLiteral("Give credit 🙌🏽 by name"),
          QStringLiteral("\"Quoted from the start\""),
          QStringLiteral("Nguyễn, Zoë; =HYPERLINK(\"x\")  two  spaces")},
         true);
    mSmall = make(QStringLiteral("Small group"), 5);
    fill(mSmall, 3, 3, 2,
         {QStringLiteral("Secret plan A"), QStringLiteral("Secret plan B"),
          QStringLiteral("Secret plan C")},
         false);
    mLarge = make(QStringLiteral("Keynote"), 5);
    fill(mLarge, 300, 300, 300, {}, false);
}

void tst_Export::helpDocumentsTheCommands()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const QString &text :
         {QStringLiteral("sessions [--format table|tsv]"),
          QStringLiteral("export --session ID --format csv|json --out FILE [--raw]"),
          QStringLiteral("  demo  "), QStringLiteral("--data-dir DIR"),
          QStringLiteral("suppressed"), QStringLiteral("docs/export.md")})
        QVERIFY2(r.out.contains(text), qPrintable(text));
}

void tst_Export::sessionsListsEverySession()
{
    const Run r = run({QStringLiteral("sessions"), QStringLiteral("--data-dir"), mData});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5); // header + 4 sessions
    QVERIFY(lines.at(0).startsWith(QStringLiteral("ID")));
    for (const QString &column : {QStringLiteral("DATE"), QStringLiteral("TITLE"),
                                  QStringLiteral("COHORT"), QStringLiteral("ANSWERS")})
        QVERIFY(lines.at(0).contains(column));
    // The columns are aligned: every row has its date where the header has DATE.
    const qsizetype dateColumn = lines.at(0).indexOf(QStringLiteral("DATE"));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.mid(dateColumn, 10)
                     .contains(QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"))),
                 qPrintable(line));
    const SessionData demo = data(mDemo);
    const QString demoLine = lines.filter(QStringLiteral("Demo: leadership team")).value(0);
    QVERIFY2(demoLine.contains(QStringLiteral("demo-cohort")), qPrintable(r.out));
    QVERIFY(demoLine.contains(QDate::currentDate().toString(Qt::ISODate)));
    QVERIFY(demoLine.trimmed().startsWith(QString::number(mDemo) + QLatin1Char(' ')));
    QVERIFY(demoLine.endsWith(QLatin1Char(' ') + QString::number(demo.answers.size())));
    // A line break in a title does not break the table.
    QVERIFY(lines.filter(QStringLiteral("Edge cases, \"quoted\" and")).size() == 1);
}

void tst_Export::sessionsTsv()
{
    // --data-dir before the command works as well as after it.
    const Run r = run({QStringLiteral("--data-dir"), mData, QStringLiteral("sessions"),
                       QStringLiteral("--format=tsv")});
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.at(0), QStringLiteral("id\tdate\ttitle\tcohort\tanswers"));
    QCOMPARE(lines.size(), 5);
    for (const QString &line : lines)
        QCOMPARE(line.count(QLatin1Char('\t')), 4);
    const QString expected = QStringLiteral("%1\t%2\tDemo: leadership team allyship workshop\t"
                                            "demo-cohort\t%3")
                                 .arg(mDemo)
                                 .arg(QDate::currentDate().toString(Qt::ISODate))
                                 .arg(data(mDemo).answers.size());
    QVERIFY2(lines.contains(expected), qPrintable(r.out));
}

void tst_Export::sessionsEmptyFolder()
{
    const QString empty = mDir.filePath(QStringLiteral("empty"));
    const Run r = run({QStringLiteral("sessions"), QStringLiteral("--data-dir"), empty});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("No sessions in ")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("upstander demo")));
    QVERIFY2(!QFileInfo::exists(empty), "listing must not create a store");
    // An existing but empty store says the same.
    const QString fresh = mDir.filePath(QStringLiteral("fresh"));
    SessionStore store;
    QString error;
    QVERIFY(store.open(fresh, &error));
    store.close();
    QCOMPARE(run({QStringLiteral("sessions"), QStringLiteral("--data-dir"), fresh}).out.left(15),
             QStringLiteral("No sessions in "));
}

void tst_Export::sessionsRefusals_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("corrupt") << QStringLiteral("corrupt")
                             << QStringLiteral("is not an Upstander database");
    QTest::newRow("newer") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("read-only folder")
        << QStringLiteral("read-only") << QStringLiteral("is read-only");
}

void tst_Export::sessionsRefusals()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    // Root writes into folders without write permission, so for root the folder is a
    // read-only file system instead (runOnTmpfs), holding a copy of the store.
    const bool readOnlyMount = kind == QLatin1String("read-only") && ::geteuid() == 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(SessionStore::fileName());
    if (kind == QLatin1String("corrupt")) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the sessions you are looking for");
    } else {
        SessionStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        if (kind == QLatin1String("newer"))
            QVERIFY(QSqlQuery(store.database()).exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    if (readOnlyMount) {
        const QString folder = dir.filePath(QStringLiteral("mounted"));
        QVERIFY(QDir().mkpath(folder));
        const Mounted m = runOnTmpfs(
            folder, QStringLiteral("16m"),
            QStringLiteral("cp '%1' \"$DIR/\" && mount -o remount,ro \"$DIR\"").arg(path),
            {QStringLiteral("sessions"), QStringLiteral("--data-dir"), folder});
        if (!m.available)
            QSKIP("root can write into read-only folders, and no read-only mount is possible here");
        QCOMPARE(m.run.exitCode, 1);
        QVERIFY2(m.run.err.contains(message), qPrintable(m.run.err));
        QCOMPARE(m.entries, QStringList{SessionStore::fileName()});
        return;
    }
    if (kind == QLatin1String("read-only"))
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    const Run r = run({QStringLiteral("sessions"), QStringLiteral("--data-dir"), dir.path()});
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.out, QString());
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void tst_Export::csvAggregateRoundTrip_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("demo") << 0;
    QTest::newRow("edge cases") << 1;
    QTest::newRow("small group") << 2;
}

void tst_Export::csvAggregateRoundTrip()
{
    QFETCH(int, which);
    const qint64 session = QList<qint64>{mDemo, mEdge, mSmall}.at(which);
    const QString file = mOut + QStringLiteral("/aggregate-%1.csv").arg(session);
    const Run r = exportTo(file, session, {QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString());
    QVERIFY2(r.err.contains(QStringLiteral("exported to")), qPrintable(r.err));
    const auto [header, rows] = parseCsv(file);
    QCOMPARE(header, CsvExport::aggregateColumns());

    // What Python read is what the core computed, row by row.
    const SessionData d = data(session);
    const QString id = QString::number(session);
    QList<QStringList> expected{{id,
                                 QStringLiteral("session"),
                                 {},
                                 {},
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("title"),
                                 {},
                                 {},
                                 d.session.title},
                                {id,
                                 QStringLiteral("session"),
                                 {},
                                 {},
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("date"),
                                 {},
                                 {},
                                 d.session.date.toString(Qt::ISODate)},
                                {id,
                                 QStringLiteral("session"),
                                 {},
                                 {},
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("cohort"),
                                 {},
                                 {},
                                 d.session.cohort},
                                {id,
                                 QStringLiteral("session"),
                                 {},
                                 {},
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("language"),
                                 {},
                                 {},
                                 d.session.language},
                                {id,
                                 QStringLiteral("session"),
                                 {},
                                 {},
                                 {},
                                 {},
                                 {},
                                 QStringLiteral("k"),
                                 {},
                                 {},
                                 QString::number(d.session.k)}};
    for (const ExportStatistic &e : ExportStatistic::collect(d)) {
        const QStringList identity{
            id,           e.statistic,
            e.phase,      e.questionId ? QString::number(e.questionId) : QString(),
            e.scenarioId, e.sceneId,
            e.prompt};
        if (e.suppressed)
            expected.append(identity + QStringList{{}, {}, {}, QStringLiteral("suppressed")});
        for (const StatisticRow &row : e.rows)
            expected.append(identity + QStringList{row.key, e.stageOf(row), e.choiceOf(row),
                                                   CsvExport::value(row.value)});
    }
    QCOMPARE(rows.size(), expected.size());
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows.at(i), expected.at(i));

    // Numbers read back as numbers: the baseline counts add up to its total.
    int counted = 0;
    int total = -1;
    for (const QStringList &row : rows) {
        if (row[1] != QLatin1String("distribution") || row[2] != QLatin1String("baseline"))
            continue;
        if (row[7].startsWith(QLatin1String("counts.")))
            counted += row[10].toInt();
        else if (row[7] == QLatin1String("total"))
            total = row[10].toInt();
    }
    if (session != mSmall)
        QCOMPARE(counted, total);
}

void tst_Export::csvRawRoundTrip_data()
{
    csvAggregateRoundTrip_data();
}

void tst_Export::csvRawRoundTrip()
{
    QFETCH(int, which);
    const qint64 session = QList<qint64>{mDemo, mEdge, mSmall}.at(which);
    const QString file = mOut + QStringLiteral("/raw-%1.csv").arg(session);
    QCOMPARE(
        exportTo(file, session, {QStringLiteral("--raw"), QStringLiteral("--format=csv")}).exitCode,
        0);
    const auto [header, rows] = parseCsv(file);
    QCOMPARE(header, CsvExport::rawColumns());

    const SessionData d = data(session);
    QHash<qint64, Question> questions;
    for (const Question &q : d.questions)
        questions.insert(q.id, q);
    QList<QStringList> expected;
    const auto describe = [&](qint64 questionId) {
        const Question &q = questions[questionId];
        return QStringList{QString::number(session),
                           QString::number(questionId),
                           SessionKeys::kind(q.kind),
                           SessionKeys::phase(q.phase),
                           q.scenarioId,
                           q.sceneId};
    };
    // The rows RawExport gives (random keys, a canonical order), as Python read them; the keys
    // are this file's own, so each stands for one token, the same one throughout.
    const RawExport raw = RawExport::of(d);
    for (const RawAnswer &a : raw.answers) {
        expected.append(QStringList{QStringLiteral("answer")} + describe(a.questionId) +
                        QStringList{QString(), a.choice, a.stage, QString()});
    }
    int tallies = 0;
    for (const RawTally &t : raw.tallies) {
        ++tallies;
        expected.append(QStringList{QStringLiteral("tally")} + describe(t.questionId) +
                        QStringList{QString(), t.choice, t.stage, QString::number(t.count)});
    }
    QCOMPARE(rows.size(), expected.size());
    QMultiHash<qint64, QString> keysOfQuestion;
    for (int i = 0; i < rows.size(); ++i) {
        QStringList row = rows.at(i);
        if (row[0] == QLatin1String("answer")) {
            QVERIFY(!row[7].isEmpty());
            keysOfQuestion.insert(row[2].toLongLong(), row[7]);
            row[7].clear();
        }
        QCOMPARE(row, expected.at(i));
    }
    // Every stored answer is there once, and a key never stands for two tokens' answers: the
    // keys of one question are distinct, as many as the question's answers.
    for (const qint64 question : keysOfQuestion.uniqueKeys()) {
        const QList<QString> keys = keysOfQuestion.values(question);
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
        int answers = 0;
        for (const Answer &a : d.answers)
            answers += a.questionId == question;
        QCOMPARE(keys.size(), answers);
    }
    QCOMPARE(rows.size() - tallies, d.answers.size());
    // No device's token is in the file.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    for (const Answer &a : d.answers)
        QVERIFY2(!bytes.contains(a.token.toUtf8()), qPrintable(a.token));
    QVERIFY(d.answers.size() > 0);
    if (session == mEdge)
        QCOMPARE(tallies, 2); // the undone tally (count 0) is left out
    // Passes have no stage; answers with a stage have a known one.
    for (const QStringList &row : rows) {
        if (row[8] == SessionKeys::Pass)
            QCOMPARE(row[9], QString());
        else
            QVERIFY(Spectrum::isKey(row[9]));
    }
}

void tst_Export::csvCommitmentsRoundTrip()
{
    const QString file = mOut + QStringLiteral("/commitments.csv");
    QCOMPARE(exportTo(file, mEdge, {}).exitCode, 0);
    QStringList read;
    for (const QStringList &row : parseCsv(file).second) {
        if (row[1] == QLatin1String("commitments"))
            read.append(row[10]);
    }
    QStringList stored;
    for (const Commitment &c : data(mEdge).commitments)
        stored.append(c.text);
    stored.sort();
    QCOMPARE(stored.size(), 6);
    QCOMPARE(read, stored); // quotes, commas, LF, CRLF, emoji and all
    QVERIFY(read.contains(QStringLiteral("Windows line\r\nend")));
    QVERIFY(read.contains(QStringLiteral("Give credit 🙌🏽 by name")));
}

void tst_Export::csvNeutralisesFormulas_data()
{
    QTest::addColumn<bool>("raw");
    QTest::newRow("aggregate") << false;
    QTest::newRow("raw") << true;
}

void tst_Export::csvNeutralisesFormulas()
{
    // Text that a spreadsheet would run as a formula (OWASP's list for CSV injection), typed on
    // a phone (commitments, a device token) or into the session's details, in every CSV the
    // program writes. It must open as text; numbers, negative ones too, stay numbers.
    QFETCH(bool, raw);
    const QStringList planted{QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                              QStringLiteral("+cmd|' /C calc'!A0"),
                              QStringLiteral("-2+3"),
                              QStringLiteral("@SUM(1)"),
                              QStringLiteral("\tx"),
                              QStringLiteral("\rx")};
    const QString folder = mDir.filePath(QStringLiteral("formulas"));
    SessionStore store;
    QString error;
    QVERIFY2(store.open(folder, &error), qPrintable(error));
    Session s;
    s.title = planted.at(0);
    s.cohort = planted.at(4);
    s.date = QDate(2026, 3, 2);
    s.k = 5;
    const qint64 session = store.createSession(s, &error);
    QVERIFY2(session > 0, qPrintable(error));
    {
        SessionModel model(&store);
        QVERIFY2(model.load(session, &error), qPrintable(error));
        const auto selfPlacement = [&](Phase phase) {
            Question q;
            q.kind = QuestionKind::SelfPlacement;
            q.phase = phase;
            q.prompt = QStringLiteral("Where are you?");
            for (const QString &key : Spectrum::keys())
                q.choices.append({key, key});
            return *model.addQuestion(q, &error);
        };
        const qint64 before = selfPlacement(Phase::Baseline);
        Question decision;
        decision.kind = QuestionKind::Decision;
        decision.scenarioId = QStringLiteral("credit-taken");
        decision.sceneId = QStringLiteral("review");
        decision.prompt = planted.at(5);
        decision.choices = {{QStringLiteral("as-asked"), QStringLiteral("bystander")},
                            {QStringLiteral("talk-to-fiona"), QStringLiteral("active-ally")}};
        const qint64 decided = *model.addQuestion(decision, &error);
        const qint64 after = selfPlacement(Phase::After);
        // Everyone moves down from advocate to bystander: a negative mean change.
        for (int p = 0; p < planted.size(); ++p) {
            const QString token = p < 4 ? planted.at(p) : QStringLiteral("person-%1").arg(p);
            QVERIFY(model.recordAnswer(before, token, QStringLiteral("advocate")).ok);
            QVERIFY(model.recordAnswer(decided, token, decision.choices.at(p % 2).key).ok);
            QVERIFY(model.recordAnswer(after, token, QStringLiteral("bystander")).ok);
            QVERIFY2(model.addCommitment(planted.at(p), token, &error), qPrintable(error));
        }
        QVERIFY(store.flush());
    }
    store.close();

    const QString file = mOut + (raw ? QStringLiteral("/formulas-raw.csv")
                                     : QStringLiteral("/formulas-aggregate.csv"));
    QStringList arguments{
        QStringLiteral("export"), QStringLiteral("--data-dir"), folder, QStringLiteral("--session"),
        QString::number(session), QStringLiteral("--out"),      file};
    if (raw)
        arguments.append(QStringLiteral("--raw"));
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const auto [header, rows] = parseCsv(file);
    QVERIFY(!rows.isEmpty());

    // No field that a spreadsheet would take for a formula, but for numbers the program wrote.
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?(e[+-]?[0-9]+)?$"));
    static const QRegularExpression formula(QStringLiteral("^[=+\\-@\t\r]"));
    for (const QStringList &row : rows) {
        for (const QString &field : row) {
            QVERIFY2(
                number.match(field).hasMatch() || !formula.match(field).hasMatch(),
                qPrintable(
                    QStringLiteral("a formula in %1: %2").arg(row.join(QLatin1Char(',')), field)));
        }
    }
    if (raw)
        return;
    // Every planted text is there, as text: with one leading apostrophe and otherwise intact.
    QStringList commitments;
    QString title;
    QString cohort;
    QString meanChange;
    QStringList prompts;
    for (const QStringList &row : rows) {
        if (row[1] == QLatin1String("commitments"))
            commitments.append(row[10]);
        else if (row[1] == QLatin1String("session") && row[7] == QLatin1String("title"))
            title = row[10];
        else if (row[1] == QLatin1String("session") && row[7] == QLatin1String("cohort"))
            cohort = row[10];
        else if (row[1] == QLatin1String("transitions") && row[7] == QLatin1String("mean-change"))
            meanChange = row[10];
        else if (row[1] == QLatin1String("decision"))
            prompts.append(row[6]);
    }
    // A commitment is trimmed when it is written, so a leading tab or CR never reaches a file
    // that way; the cohort and a prompt carry them.
    QStringList expected{QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"),
                         QStringLiteral("'+cmd|' /C calc'!A0"),
                         QStringLiteral("'-2+3"),
                         QStringLiteral("'@SUM(1)"),
                         QStringLiteral("x"),
                         QStringLiteral("x")};
    expected.sort();
    commitments.sort();
    QCOMPARE(commitments, expected);
    QCOMPARE(title, QStringLiteral("'=HYPERLINK(\"http://x\",\"y\")"));
    QCOMPARE(cohort, QStringLiteral("'\tx"));
    QVERIFY(!prompts.isEmpty());
    for (const QString &prompt : std::as_const(prompts))
        QCOMPARE(prompt, QStringLiteral("'\rx"));
    QCOMPARE(meanChange, QStringLiteral("-4")); // a number, not text
}

void tst_Export::jsonAggregate()
{
    const QString file = mOut + QStringLiteral("/aggregate-demo.json");
    QCOMPARE(exportTo(file, mDemo, {QStringLiteral("--format"), QStringLiteral("json")}).exitCode,
             0);
    mJsonFiles.append(file);
    const QJsonObject doc = readJson(file);
    QCOMPARE(doc[QLatin1String("format")].toString(), QStringLiteral("upstander-export/2"));
    QCOMPARE(doc[QLatin1String("content")].toString(), QStringLiteral("aggregate"));
    QVERIFY(doc[QLatin1String("generator")].toString().startsWith(QStringLiteral("upstander ")));
    QCOMPARE(doc[QLatin1String("session")][QLatin1String("id")].toInteger(), mDemo);
    QVERIFY(!doc.contains(QLatin1String("answers")));

    const SessionData d = data(mDemo);
    const QList<ExportStatistic> expected = ExportStatistic::collect(d);
    const QJsonArray statistics = doc[QLatin1String("statistics")].toArray();
    QCOMPARE(statistics.size(), expected.size());
    for (int i = 0; i < statistics.size(); ++i) {
        const QJsonObject o = statistics.at(i).toObject();
        QCOMPARE(o[QLatin1String("statistic")].toString(), expected[i].statistic);
        QCOMPARE(o[QLatin1String("status")].toString(), QStringLiteral("shown"));
    }
    const SessionStatistics s = Statistics::compute(d);
    const QJsonObject baseline = statistics.at(0)[QLatin1String("values")].toObject();
    for (int stage = 0; stage < Spectrum::StageCount; ++stage) {
        QCOMPARE(baseline[QLatin1String("counts")][Spectrum::keys()[stage]].toInt(),
                 s.beforeAfter.baseline.values()->counts[stage]);
        QCOMPARE(baseline[QLatin1String("shares")][Spectrum::keys()[stage]].toDouble(),
                 s.beforeAfter.baseline.values()->shares[stage]);
    }
    QCOMPARE(baseline[QLatin1String("median")].toDouble(), s.beforeAfter.baseline.values()->median);
    const QJsonArray texts =
        statistics.last()[QLatin1String("values")][QLatin1String("texts")].toArray();
    QCOMPARE(texts.size(), 8);
    QCOMPARE(texts.at(0).toString(), s.commitments.values()->texts.at(0));
}

void tst_Export::jsonRaw()
{
    for (const qint64 session : {mDemo, mEdge}) {
        const QString file = mOut + QStringLiteral("/raw-%1.json").arg(session);
        QCOMPARE(
            exportTo(file, session,
                     {QStringLiteral("--raw"), QStringLiteral("--format"), QStringLiteral("json")})
                .exitCode,
            0);
        mJsonFiles.append(file);
        const QJsonObject doc = readJson(file);
        QCOMPARE(doc[QLatin1String("content")].toString(), QStringLiteral("raw"));
        QVERIFY(!doc.contains(QLatin1String("statistics")));
        const SessionData d = data(session);
        const QJsonArray answers = doc[QLatin1String("answers")].toArray();
        QCOMPARE(answers.size(), d.answers.size());
        // RawExport's answers, in its order, with keys of this file's own and no time.
        const RawExport raw = RawExport::of(d);
        QSet<QString> tokens;
        for (const Answer &a : d.answers)
            tokens.insert(a.token);
        for (int i = 0; i < answers.size(); ++i) {
            const QJsonObject a = answers.at(i).toObject();
            QCOMPARE(a[QLatin1String("question")].toInteger(), raw.answers[i].questionId);
            QCOMPARE(a[QLatin1String("choice")].toString(), raw.answers[i].choice);
            QVERIFY(!tokens.contains(a[QLatin1String("token")].toString()));
            QVERIFY(!a.contains(QLatin1String("time")));
        }
        QCOMPARE(doc[QLatin1String("questions")].toArray().size(), d.questions.size());
        QVERIFY(!QJsonDocument(doc).toJson().contains("Amara")); // no commitments in raw
    }
}

void tst_Export::kRuleInExports()
{
    // Everything in the small group is below k = 5: each statistic is one "suppressed" entry,
    // and neither its numbers nor the commitments appear anywhere.
    const QString csvFile = mOut + QStringLiteral("/small.csv");
    const QString jsonFile = mOut + QStringLiteral("/small.json");
    QCOMPARE(exportTo(csvFile, mSmall, {}).exitCode, 0);
    QCOMPARE(exportTo(jsonFile, mSmall, {}).exitCode, 0);
    mJsonFiles.append(jsonFile);
    const QList<QStringList> rows = parseCsv(csvFile).second;
    QStringList statistics;
    for (const QStringList &row : rows) {
        if (row[1] == QLatin1String("session"))
            continue;
        statistics.append(row[1] + QLatin1Char('/') + row[2]);
        QCOMPARE(row.mid(7), (QStringList{{}, {}, {}, QStringLiteral("suppressed")}));
    }
    QCOMPARE(
        statistics,
        (QStringList{QStringLiteral("distribution/baseline"), QStringLiteral("distribution/after"),
                     QStringLiteral("transitions/after"), QStringLiteral("perception-gap/baseline"),
                     QStringLiteral("chosen-stages/"), QStringLiteral("decision/baseline"),
                     QStringLiteral("commitments/")}));
    for (const QString &file : {csvFile, jsonFile}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("Secret plan"), qPrintable(file));
    }
    for (const QJsonValue &v : readJson(jsonFile)[QLatin1String("statistics")].toArray()) {
        QCOMPARE(v[QLatin1String("status")].toString(), QStringLiteral("suppressed"));
        QVERIFY(!v.toObject().contains(QLatin1String("values")));
    }

    // In the edge session only the after phase (4 people) is below k.
    QStringList suppressed;
    const QString edgeFile = mOut + QStringLiteral("/edge.json");
    QCOMPARE(exportTo(edgeFile, mEdge, {}).exitCode, 0);
    mJsonFiles.append(edgeFile);
    for (const QJsonValue &v : readJson(edgeFile)[QLatin1String("statistics")].toArray()) {
        if (v[QLatin1String("status")].toString() == QLatin1String("suppressed"))
            suppressed.append(v[QLatin1String("statistic")].toString());
    }
    QCOMPARE(suppressed,
             (QStringList{QStringLiteral("distribution"), QStringLiteral("transitions")}));
}

void tst_Export::formatFromExtension()
{
    const QString file = mOut + QStringLiteral("/by-extension.JSON");
    QCOMPARE(exportTo(file, mDemo, {}).exitCode, 0);
    QCOMPARE(readJson(file)[QLatin1String("content")].toString(), QStringLiteral("aggregate"));
}

void tst_Export::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("@out/result.csv");
    QTest::newRow("missing session")
        << QStringList{QStringLiteral("--session"), QStringLiteral("9999"), QStringLiteral("--out"),
                       out}
        << QStringLiteral("There is no session 9999 in");
    QTest::newRow("missing folder")
        << QStringList{QStringLiteral("--session"), QStringLiteral("@demo"),
                       QStringLiteral("--out"), QStringLiteral("@out/no/such/folder/result.csv")}
        << QStringLiteral("does not exist; nothing was written");
    QTest::newRow("a folder") << QStringList{QStringLiteral("--session"), QStringLiteral("@demo"),
                                             QStringLiteral("--format"),  QStringLiteral("csv"),
                                             QStringLiteral("--out"),     QStringLiteral("@out")}
                              << QStringLiteral("is a folder");
    QTest::newRow("no database") << QStringList{QStringLiteral("--session"),
                                                QStringLiteral("1"),
                                                QStringLiteral("--out"),
                                                out,
                                                QStringLiteral("--data-dir"),
                                                QStringLiteral("@out/nowhere")}
                                 << QStringLiteral("There are no sessions in");
    QTest::newRow("read-only folder")
        << QStringList{QStringLiteral("--session"), QStringLiteral("@demo"),
                       QStringLiteral("--out"), QStringLiteral("@out/locked/result.csv")}
        << QStringLiteral("cannot be written");
}

void tst_Export::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const bool locked =
        QString::fromLatin1(QTest::currentDataTag()) == QLatin1String("read-only folder");
    QTemporaryDir out;
    QVERIFY(QDir(out.path()).mkdir(QStringLiteral("locked")));
    const QString lockedFolder = out.filePath(QStringLiteral("locked"));
    if (locked)
        QFile::setPermissions(lockedFolder, QFile::ReadOwner | QFile::ExeOwner);
    for (QString &a : arguments) {
        a.replace(QStringLiteral("@out"), out.path());
        a.replace(QStringLiteral("@demo"), QString::number(mDemo));
    }
    if (!arguments.contains(QStringLiteral("--data-dir")))
        arguments << QStringLiteral("--data-dir") << mData;
    Run r;
    QStringList left;
    if (locked && ::geteuid() == 0) {
        // Root writes into folders without write permission: use a read-only file system.
        const Mounted m = runOnTmpfs(lockedFolder, QStringLiteral("64k"),
                                     QStringLiteral("mount -o remount,ro \"$DIR\""),
                                     QStringList{QStringLiteral("export")} + arguments);
        if (!m.available)
            QSKIP("root can write into read-only folders, and no read-only mount is possible here");
        r = m.run;
        left = m.entries;
        QVERIFY2(r.err.contains(QStringLiteral("Read-only file system")), qPrintable(r.err));
    } else {
        r = run(QStringList{QStringLiteral("export")} + arguments);
        QFile::setPermissions(lockedFolder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        left = entries(lockedFolder);
    }
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one clear line
    QCOMPARE(entries(out.path()), QStringList{QStringLiteral("locked")});
    QCOMPARE(left, QStringList());
}

void tst_Export::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString s = QStringLiteral("--session");
    const QString o = QStringLiteral("--out");
    const QString f = QStringLiteral("--format");
    const QString file = QStringLiteral("@out/result.csv");
    QTest::newRow("no --out") << QStringList{s, QStringLiteral("1"), f, QStringLiteral("csv")}
                              << QStringLiteral("export needs --out FILE");
    QTest::newRow("--out without value")
        << QStringList{s, QStringLiteral("1"), o} << QStringLiteral("option --out needs a value");
    QTest::newRow("no --session") << QStringList{o, file}
                                  << QStringLiteral("export needs --session ID");
    QTest::newRow("non-numeric id") << QStringList{s, QStringLiteral("demo"), o, file}
                                    << QStringLiteral("whole number above 0, not \"demo\"");
    QTest::newRow("id 0") << QStringList{s, QStringLiteral("0"), o, file}
                          << QStringLiteral("whole number above 0");
    QTest::newRow("bad --format") << QStringList{s, QStringLiteral("1"),
                                                 f, QStringLiteral("xlsx"),
                                                 o, file}
                                  << QStringLiteral("unknown export format \"xlsx\"");
    QTest::newRow("format not in the extension")
        << QStringList{s, QStringLiteral("1"), o, QStringLiteral("@out/result.txt")}
        << QStringLiteral("unknown export format \"txt\"");
    // The graphic formats' own usage errors (tst_charts runs them for real).
    QTest::newRow("png without --chart")
        << QStringList{s, QStringLiteral("1"), f, QStringLiteral("png"), o, file}
        << QStringLiteral("--format png needs --chart NAME");
    QTest::newRow("unknown chart") << QStringList{s,
                                                  QStringLiteral("1"),
                                                  f,
                                                  QStringLiteral("svg"),
                                                  QStringLiteral("--chart"),
                                                  QStringLiteral("pie"),
                                                  o,
                                                  file}
                                   << QStringLiteral("unknown chart \"pie\"");
    QTest::newRow("pdf with --raw") << QStringList{s,
                                                   QStringLiteral("1"),
                                                   f,
                                                   QStringLiteral("pdf"),
                                                   QStringLiteral("--raw"),
                                                   o,
                                                   file}
                                    << QStringLiteral("--raw goes with --format csv or json");
    QTest::newRow("csv with --chart")
        << QStringList{s,
                       QStringLiteral("1"),
                       f,
                       QStringLiteral("csv"),
                       QStringLiteral("--chart"),
                       QStringLiteral("distribution"),
                       o,
                       file}
        << QStringLiteral("--chart and --question go with --format pdf, png or svg");
    QTest::newRow("unknown option")
        << QStringList{s, QStringLiteral("1"), o, file, QStringLiteral("--everything")}
        << QStringLiteral("unknown argument --everything for export");
    QTest::newRow("--data-dir without value")
        << QStringList{s, QStringLiteral("1"), o, file, QStringLiteral("--data-dir")}
        << QStringLiteral("option --data-dir needs a value");
    QTest::newRow("--data-dir empty")
        << QStringList{s, QStringLiteral("1"), o, file, QStringLiteral("--data-dir=")}
        << QStringLiteral("option --data-dir needs a folder");
}

void tst_Export::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    QTemporaryDir out;
    for (QString &a : arguments)
        a.replace(QStringLiteral("@out"), out.path());
    const Run r =
        run(QStringList{QStringLiteral("export"), QStringLiteral("--data-dir"), mData} + arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("upstander --help")));
    QCOMPARE(entries(out.path()), QStringList());

    // The other commands' usage errors, once.
    if (QString::fromLatin1(QTest::currentDataTag()) != QLatin1String("no --out"))
        return;
    const Run sessions = run({QStringLiteral("sessions"), QStringLiteral("--format"),
                              QStringLiteral("xml"), QStringLiteral("--data-dir"), mData});
    QCOMPARE(sessions.exitCode, 2);
    QVERIFY(sessions.err.contains(QStringLiteral("unknown format \"xml\" for sessions")));
    const Run demo =
        run({QStringLiteral("demo"), QStringLiteral("twice"), QStringLiteral("--data-dir"), mData});
    QCOMPARE(demo.exitCode, 2);
    QVERIFY(demo.err.contains(QStringLiteral("demo takes no arguments")));
}

void tst_Export::fullDisk_data()
{
    QTest::addColumn<bool>("tmpfs");
    QTest::addColumn<bool>("existing");
    QTest::newRow("file size limit, new file") << false << false;
    QTest::newRow("file size limit, file already there") << false << true;
    QTest::newRow("full file system, new file") << true << false;
    QTest::newRow("full file system, file already there") << true << true;
}

// A disk that fills up during the write, simulated two ways:
// - a file size limit (RLIMIT_FSIZE, like "ulimit -f") set in the child before it starts:
//   write() fails with EFBIG once the file reaches 64 KiB; the program ignores SIGXFSZ;
// - a real 64 KiB tmpfs, mounted in a private mount namespace (unshare) so that nothing
//   outside the test sees it; skipped where user namespaces are not allowed.
// Either way: exit 1, a clear message, and no partial file (or the earlier file unchanged).
void tst_Export::fullDisk()
{
    QFETCH(bool, tmpfs);
    QFETCH(bool, existing);
    const QByteArray old = "an earlier export\r\n";
    const QStringList exportArguments{
        QStringLiteral("export"),    QStringLiteral("--data-dir"), mData,
        QStringLiteral("--session"), QString::number(mLarge),      QStringLiteral("--raw"),
        QStringLiteral("--format"),  QStringLiteral("json"),       QStringLiteral("--out")};
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("disk"));
    QVERIFY(QDir().mkpath(folder));
    const QString out = folder + QStringLiteral("/export.json");
    Run r;
    QStringList left;
    QByteArray content;
    if (!tmpfs) {
        if (existing) {
            QFile file(out);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        r = run(exportArguments + QStringList{out}, [] {
            const rlimit limit{64 * 1024, 64 * 1024};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        left = entries(folder);
        QFile file(out);
        if (file.open(QIODevice::ReadOnly))
            content = file.readAll();
    } else {
        const Mounted m = runOnTmpfs(
            folder, QStringLiteral("64k"),
            existing ? QStringLiteral("printf 'an earlier export\\r\\n' > \"$DIR/export.json\"")
                     : QString(),
            exportArguments + QStringList{out});
        if (!m.available)
            QSKIP("cannot mount a tmpfs in a private mount namespace here");
        r = m.run;
        left = m.entries;
        content = m.exported;
    }
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be written")), qPrintable(r.err));
    QVERIFY2(r.err.contains(tmpfs ? QStringLiteral("No space left on device")
                                  : QStringLiteral("File too large")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("Nothing was written")));
    QCOMPARE(left, existing ? QStringList{QStringLiteral("export.json")} : QStringList());
    QCOMPARE(content, existing ? old : QByteArray());
}

void tst_Export::jsonValidatesAgainstSchema()
{
    const QString schemaDir = QStringLiteral(UPSTANDER_SOURCE_DIR "/tests/schema");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty() || !QFileInfo::exists(schemaDir + QStringLiteral("/node_modules/ajv")))
        QSKIP("needs node and tests/schema/node_modules (npm ci); scripts/run-tests runs the "
              "same check after installing them");
    QVERIFY(mJsonFiles.size() >= 4);
    const Run r =
        runProgram(node, QStringList{schemaDir + QStringLiteral("/check-export.mjs")} + mJsonFiles);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    for (const QString &file : std::as_const(mJsonFiles))
        QVERIFY2(r.out.contains(file + QStringLiteral(": ok")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_Export)
#include "tst_export.moc"
