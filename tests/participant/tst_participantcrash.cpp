#include "phoneswarm.h"
#include "session/sessionmodel.h"
#include "spectrum.h"
#include "store/sessionstore.h"

#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Phones follow the session over their live streams and answer back to back while the server
// (participant_harness, a process of its own) is killed with SIGKILL at random moments and
// started again on the same session and port. Every answer a phone was told was saved must be
// in the file: the device's stored answer is its last acknowledged one, or one it sent after
// that and never heard back about. The phones' tokens and streams work again after each start.
class tst_ParticipantCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedServerLosesNoAcknowledgedAnswer();
};

namespace {

constexpr int Phones = 40;
constexpr int Kills = 20;
constexpr int AnswersPerRound = 18; // within a device's burst of 20 requests

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString choiceFor(int phone, int n)
{
    return Spectrum::keys().at((phone + n) % Spectrum::keys().size());
}

struct Server
{
    QProcess process;
    QJsonObject started;

    bool start(const QString &folder, qint64 session, quint16 port)
    {
        QStringList arguments{QStringLiteral("--data-dir"), folder};
        if (session != 0) {
            arguments << QStringLiteral("--session") << QString::number(session)
                      << QStringLiteral("--port") << QString::number(port);
        }
        process.start(QStringLiteral(UPSTANDER_HARNESS), arguments);
        if (!process.waitForStarted(5000) ||
            !waitUntil([this] { return process.canReadLine(); }, 10000))
            return false;
        started = QJsonDocument::fromJson(process.readLine()).object();
        return started.contains(QLatin1String("url"));
    }
    quint16 port() const
    {
        return quint16(QUrl(started.value(QLatin1String("url")).toString()).port());
    }
    void kill()
    {
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(5000);
    }
};

struct PhoneRecord
{
    QString lastAcknowledged;    // empty: nothing acknowledged yet
    QSet<QString> sentSinceThen; // sent after it, fate unknown
};

} // namespace

void tst_ParticipantCrash::initTestCase()
{
    QVERIFY2(PhoneSwarm::raiseFileLimit(8 * Phones), "cannot raise the open-file limit");
}

void tst_ParticipantCrash::killedServerLosesNoAcknowledgedAnswer()
{
    QTemporaryDir dir;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    Server first;
    QVERIFY2(first.start(dir.path(), 0, 0), "the server did not start");
    const qint64 session = first.started.value(QLatin1String("session")).toInteger();
    const quint16 port = first.port();
    const QString code = first.started.value(QLatin1String("code")).toString();

    QList<QByteArray> tokens;
    {
        PhoneSwarm joining(port, Phones);
        QVERIFY(joining.run(
            [code](int, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
                return done.isEmpty() ? httpRequest("POST", "/api/join",
                                                    json({{QStringLiteral("code"), code}}))
                                      : QByteArray();
            },
            10000));
        for (int i = 0; i < Phones; ++i) {
            tokens.append(joining.exchanges(i)
                              .value(0)
                              .json()
                              .value(QLatin1String("token"))
                              .toString()
                              .toLatin1());
            QVERIFY(!tokens.last().isEmpty());
        }
    }

    QList<PhoneRecord> records(Phones);
    qint64 question = 0;
    int acknowledged = 0;
    std::unique_ptr<Server> restarted;
    for (int round = 0; round < Kills; ++round) {
        Server *current = &first;
        if (round > 0) {
            restarted = std::make_unique<Server>();
            QVERIFY2(
                restarted->start(dir.path(), session, port),
                qPrintable(QStringLiteral("round %1: the server did not start again").arg(round)));
            current = restarted.get();
        }
        QProcess *process = &current->process;
        PhoneSwarm swarm(port, Phones);
        // The streams open with the tokens from before the kills, and bring the open question.
        QVERIFY2(swarm.openStreams(tokens, 10000),
                 qPrintable(QStringLiteral("round %1: not every stream opened").arg(round)));
        const QJsonObject prompt = swarm.lastState(0).value(QLatin1String("prompt")).toObject();
        QVERIFY(prompt.value(QLatin1String("open")).toBool());
        question = prompt.value(QLatin1String("question")).toInteger();

        // Back-to-back answers until the server is killed under them.
        const int base = round * AnswersPerRound;
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, this,
                [process] { ::kill(pid_t(process->processId()), SIGKILL); });
        killer.start(10 + int(random.bounded(150)));
        swarm.run(
            [tokens, question, base](int phone,
                                     const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
                if (done.size() >= AnswersPerRound || (!done.isEmpty() && done.last().status == 0))
                    return {};
                return httpRequest(
                    "POST", "/api/answer",
                    json({{QStringLiteral("question"), question},
                          {QStringLiteral("choice"), choiceFor(phone, base + int(done.size()))}}),
                    tokens.at(phone));
            },
            20000);
        // Every phone may have finished first: then the kill comes after the last answer.
        killer.stop();
        if (process->state() == QProcess::Running)
            ::kill(pid_t(process->processId()), SIGKILL);
        QVERIFY(process->state() == QProcess::NotRunning || process->waitForFinished(5000));
        QCOMPARE(process->exitStatus(), QProcess::CrashExit);
        QHash<int, int> statuses;
        for (int i = 0; i < Phones; ++i) {
            for (const PhoneSwarm::Exchange &e : swarm.exchanges(i))
                ++statuses[e.status];
        }
        qInfo("round %d: responses by status %s", round,
              qPrintable(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantHash([&] {
                                               QVariantHash h;
                                               for (auto it = statuses.cbegin();
                                                    it != statuses.cend(); ++it)
                                                   h.insert(QString::number(it.key()), it.value());
                                               return h;
                                           }()))
                                               .toJson(QJsonDocument::Compact))));
        for (int i = 0; i < Phones; ++i) {
            const QList<PhoneSwarm::Exchange> &done = swarm.exchanges(i);
            for (int n = 0; n < done.size(); ++n) {
                const QString choice = choiceFor(i, base + n);
                if (done.at(n).status == 200) {
                    records[i].lastAcknowledged = choice;
                    records[i].sentSinceThen.clear();
                    ++acknowledged;
                } else if (done.at(n).status == 0 || done.at(n).status >= 500) {
                    records[i].sentSinceThen.insert(choice); // may have reached the disk
                }
            }
        }

        SessionStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QSqlQuery check(store.database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        QHash<QString, QString> stored;
        for (const Answer &a : store.answers(session)) {
            if (a.questionId == question)
                stored.insert(a.token, a.choice);
        }
        for (int i = 0; i < Phones; ++i) {
            const PhoneRecord &r = records.at(i);
            if (r.lastAcknowledged.isEmpty())
                continue;
            const QString device =
                QString::fromLatin1(tokens.at(i).left(tokens.at(i).indexOf('.')));
            const QString onDisk = stored.value(device);
            QVERIFY2(onDisk == r.lastAcknowledged || r.sentSinceThen.contains(onDisk),
                     qPrintable(QStringLiteral("round %1, phone %2: told %3 was saved, the file "
                                               "holds \"%4\"")
                                    .arg(round)
                                    .arg(i)
                                    .arg(r.lastAcknowledged, onDisk)));
        }
    }
    QVERIFY2(acknowledged > Phones, "too few answers were acknowledged to tell anything");
    qInfo("%d kills, %d answers acknowledged over live-stream phones, none lost", Kills,
          acknowledged);
}

QTEST_GUILESS_MAIN(tst_ParticipantCrash)
#include "tst_participantcrash.moc"
