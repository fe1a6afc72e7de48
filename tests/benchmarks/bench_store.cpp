// Recording 10,000 answers one by one through SessionModel (validation, memory, group commit
// to SQLite with WAL and synchronous=FULL), against inserting the same rows with one prepared
// statement in one transaction on the same kind of file. Target: within 3x.
#include "session/sessionmodel.h"
#include "store/sessionstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
constexpr int AnswerCount = 10000;
const char *const stages[] = {"bystander", "passive-supporter", "performative-ally", "active-ally",
                              "advocate"};

Question selfPlacement()
{
    Question q;
    for (const char *key : stages)
        q.choices.append({QLatin1String(key), QLatin1String(key)});
    return q;
}

// Through the model, the way answers arrive: one call each, the event loop turning between.
qint64 throughModel()
{
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    store.open(dir.path(), &error);
    Session s;
    s.title = QStringLiteral("Benchmark");
    s.date = QDate::currentDate();
    SessionModel model(&store);
    model.load(store.createSession(s, &error), &error);
    const qint64 question = *model.addQuestion(selfPlacement(), &error);
    QElapsedTimer timer;
    timer.start();
    quint64 last = 0;
    for (int i = 0; i < AnswerCount; ++i) {
        last = model
                   .recordAnswer(question, QStringLiteral("token-%1").arg(i),
                                 QLatin1String(stages[i % 5]))
                   .sequence;
        QCoreApplication::processEvents();
    }
    while (!store.isCommitted(last))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return timer.nsecsElapsed();
}

// The floor: the same rows, one transaction, one prepared statement, no model.
qint64 oneTransaction()
{
    QTemporaryDir dir;
    {
        SessionStore store; // same schema and pragmas
        QString error;
        store.open(dir.path(), &error);
        Session s;
        s.title = QStringLiteral("Benchmark");
        s.date = QDate::currentDate();
        const qint64 session = store.createSession(s, &error);
        Question q = selfPlacement();
        q.sessionId = session;
        store.addQuestion(q, &error);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench"));
    db.setDatabaseName(dir.filePath(SessionStore::fileName()));
    db.open();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    QElapsedTimer timer;
    timer.start();
    db.transaction();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO answers (id, question_id, token, choice, at) VALUES (?, 1, ?, ?, ?)"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (int i = 0; i < AnswerCount; ++i) {
        insert.bindValue(0, i + 1);
        insert.bindValue(1, QStringLiteral("token-%1").arg(i));
        insert.bindValue(2, QLatin1String(stages[i % 5]));
        insert.bindValue(3, now);
        insert.exec();
    }
    db.commit();
    const qint64 elapsed = timer.nsecsElapsed();
    insert = QSqlQuery();
    pragma = QSqlQuery();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bench"));
    return elapsed;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    throughModel(); // warm-up
    oneTransaction();
    std::vector<double> ratios;
    double modelMs = 0;
    double floorMs = 0;
    const int rounds = 5;
    for (int i = 0; i < rounds; ++i) {
        const qint64 m = throughModel();
        const qint64 f = oneTransaction();
        ratios.push_back(double(m) / double(f));
        modelMs += m / 1e6;
        floorMs += f / 1e6;
    }
    std::sort(ratios.begin(), ratios.end());
    std::printf("10,000 answers through SessionModel (group commit): %8.1f ms\n", modelMs / rounds);
    std::printf("10,000 rows in one SQLite transaction:              %8.1f ms\n", floorMs / rounds);
    std::printf("ratio (median of %d): %.2fx  (target: within 3x)\n", rounds,
                ratios[ratios.size() / 2]);
    return 0;
}
