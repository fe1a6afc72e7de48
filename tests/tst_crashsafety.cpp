#include "store/sessionstore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// A killed process never loses a recorded answer: a child records answers and is killed with
// SIGKILL at random moments; every answer it reported as recorded must be in the database,
// and the database must pass PRAGMA integrity_check.
class tst_CrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedChildLosesNothing();
};

void tst_CrashSafety::killedChildLosesNothing()
{
    QTemporaryDir dir;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    QSet<QString> recorded;
    int kills = 0;
    for (int round = 0; round < 25; ++round) {
        QProcess child;
        child.setProgram(QStringLiteral(UPSTANDER_CRASH_CHILD));
        child.setArguments({dir.path()});
        child.start();
        QVERIFY(child.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() != QProcess::Running, 10000);
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
        // Kill it somewhere mid-write, once it has recorded something: on a loaded machine the
        // first commit can take longer than the shortest wait.
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT((out += child.readAllStandardOutput()).contains("recorded ") ||
                                     child.state() != QProcess::Running,
                                 10000);
        QTest::qWait(int(random.bounded(400)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        ++kills;
        out += child.readAllStandardOutput();
        const QList<QByteArray> lines = out.split('\n');
        int reported = 0;
        for (const QByteArray &line : lines) {
            if (line.startsWith("recorded ")) {
                recorded.insert(QString::fromLatin1(line.mid(9)));
                ++reported;
            }
        }
        QVERIFY2(reported > 0, "the child recorded something before it was killed");

        SessionStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QSqlQuery check(store.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QSet<QString> inDatabase;
        for (const Answer &a : store.answers(store.sessions().first().id))
            inDatabase.insert(a.token);
        for (const QString &token : std::as_const(recorded))
            QVERIFY2(inDatabase.contains(token), qPrintable(token + QStringLiteral(" was lost")));
    }
    QVERIFY(kills >= 20);
    qInfo("%d kills, %lld answers reported recorded, none lost", kills, qint64(recorded.size()));
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
