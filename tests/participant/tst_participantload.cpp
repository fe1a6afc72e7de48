#include "participantfixture.h"
#include "phoneswarm.h"

#include <QHash>
#include <QSet>

// A room of 500 phones on loopback: every phone joins, reads the state and answers the open
// self-placement question, all at once, then every phone changes its answer. What the phones
// were told must be what the SQLite file holds.
class tst_ParticipantLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fiveHundredPhones();
};

namespace {

constexpr int Phones = 500;
constexpr int RoundBudgetMs = 5000; // the whole room, joining and answering
constexpr int RunTimeoutMs = 20000; // a hung run fails well inside the test's 60 s

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString choiceFor(int phone, int round)
{
    return Spectrum::keys().at((phone + round) % Spectrum::keys().size());
}

// The device id is the part of a token before its signature (what the store records).
QString deviceOf(const QByteArray &token)
{
    return QString::fromLatin1(token.left(token.indexOf('.')));
}

// The question's answers as the file has them, read by a store and model of their own.
QHash<QString, QString> answersOnDisk(const QString &folder, qint64 sessionId, qint64 question,
                                      int *count)
{
    SessionStore store;
    SessionModel model(&store);
    QString error;
    QHash<QString, QString> byDevice;
    *count = -1;
    if (!store.open(folder, &error) || !model.load(sessionId, &error)) {
        qWarning("%s", qPrintable(error));
        return byDevice;
    }
    const QList<Answer> answers = model.answers(question);
    *count = int(answers.size());
    for (const Answer &a : answers)
        byDevice.insert(a.token, a.choice);
    return byDevice;
}

} // namespace

void tst_ParticipantLoad::initTestCase()
{
    // Both ends of 500 connections live in this process.
    QVERIFY2(PhoneSwarm::raiseFileLimit(4 * Phones), "cannot raise the open-file limit");
}

void tst_ParticipantLoad::fiveHundredPhones()
{
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    // In a room every phone has an address of its own; here all 500 share 127.0.0.1, so the
    // per-address limits must let a whole room through: 500 joins at once (the join bucket
    // holds joinsPerAddressPerMinute), and 500 × 3 requests in the first second (the request
    // bucket holds twice requestsPerAddressPerSecond). The per-device limit stays as it is:
    // each phone sends only a few requests. Each phone keeps its own connection open between
    // requests, so the cap must leave room for 500 at once; past it the server would close idle
    // phones' connections to admit new ones.
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.joinsPerAddressPerMinute = 2 * Phones;
    limits.requestsPerAddressPerSecond = 4 * Phones;
    limits.maxConnections = Phones + 100;
    QVERIFY2(f.start(limits), qPrintable(f.error));
    const qint64 question = f.addSelfPlacement();
    f.ask(question);
    const QString code = f.server->joinCode();

    PhoneSwarm swarm(f.port(), Phones);

    // Round 1: join, read the state, answer.
    const bool ran = swarm.run(
        [code, question](int phone, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
            if (!done.isEmpty() && done.last().status != 200)
                return {}; // a refused phone stops; the checks below say which step failed
            const QByteArray token =
                done.isEmpty()
                    ? QByteArray()
                    : done.first().json().value(QLatin1String("token")).toString().toLatin1();
            switch (done.size()) {
            case 0:
                return httpRequest("POST", "/api/join", json({{QStringLiteral("code"), code}}));
            case 1:
                return httpRequest("GET", "/api/state", {}, token);
            case 2:
                return httpRequest("POST", "/api/answer",
                                   json({{QStringLiteral("question"), question},
                                         {QStringLiteral("choice"), choiceFor(phone, 0)}}),
                                   token);
            default:
                return {};
            }
        },
        RunTimeoutMs);
    QVERIFY2(ran, "the phones did not finish");
    qInfo("%d phones joined, read the state and answered in %.0f ms", Phones, swarm.lastRunMs());

    QList<QByteArray> tokens;
    QSet<QByteArray> distinct;
    for (int i = 0; i < Phones; ++i) {
        const QList<PhoneSwarm::Exchange> &done = swarm.exchanges(i);
        QCOMPARE(done.size(), 3);
        for (const PhoneSwarm::Exchange &e : done)
            QVERIFY2(e.status == 200, qPrintable(QStringLiteral("phone %1: %2 %3")
                                                     .arg(i)
                                                     .arg(e.status)
                                                     .arg(QString::fromUtf8(e.body))));
        const QByteArray token =
            done.at(0).json().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        tokens.append(token);
        distinct.insert(token);
        const QJsonObject prompt = done.at(1).json().value(QLatin1String("prompt")).toObject();
        QCOMPARE(prompt.value(QLatin1String("kind")).toString(), QStringLiteral("self-placement"));
        QCOMPARE(prompt.value(QLatin1String("question")).toInteger(), question);
        QVERIFY(prompt.value(QLatin1String("open")).toBool());
        QCOMPARE(done.at(2).json(), (QJsonObject{{QStringLiteral("question"), question},
                                                 {QStringLiteral("choice"), choiceFor(i, 0)}}));
    }
    QCOMPARE(distinct.size(), Phones);
    QVERIFY2(swarm.lastRunMs() <= RoundBudgetMs,
             qPrintable(QStringLiteral("%1 ms for the room, over the %2 ms budget")
                            .arg(swarm.lastRunMs())
                            .arg(RoundBudgetMs)));

    // Every 200 is in the file: one answer per device, the one the phone was told was saved.
    int count = 0;
    QHash<QString, QString> onDisk = answersOnDisk(f.dir.path(), f.sessionId, question, &count);
    QCOMPARE(count, Phones);
    QCOMPARE(onDisk.size(), Phones);
    for (int i = 0; i < Phones; ++i)
        QCOMPARE(onDisk.value(deviceOf(tokens.at(i))), choiceFor(i, 0));
    QCOMPARE(f.model.answers(question).size(), Phones);

    // Round 2: every phone changes its answer, on the connection it kept.
    const bool changed = swarm.run(
        [tokens, question](int phone, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
            if (!done.isEmpty())
                return {};
            return httpRequest("POST", "/api/answer",
                               json({{QStringLiteral("question"), question},
                                     {QStringLiteral("choice"), choiceFor(phone, 1)}}),
                               tokens.at(phone));
        },
        RunTimeoutMs);
    QVERIFY2(changed, "the phones did not finish changing their answers");
    qInfo("%d phones changed their answers in %.0f ms", Phones, swarm.lastRunMs());
    for (int i = 0; i < Phones; ++i) {
        const QList<PhoneSwarm::Exchange> &done = swarm.exchanges(i);
        QCOMPARE(done.size(), 1);
        QVERIFY2(done.first().status == 200,
                 qPrintable(QStringLiteral("phone %1: %2 %3")
                                .arg(i)
                                .arg(done.first().status)
                                .arg(QString::fromUtf8(done.first().body))));
    }
    QVERIFY2(swarm.lastRunMs() <= RoundBudgetMs,
             qPrintable(QStringLiteral("%1 ms for the changes, over the %2 ms budget")
                            .arg(swarm.lastRunMs())
                            .arg(RoundBudgetMs)));
    onDisk = answersOnDisk(f.dir.path(), f.sessionId, question, &count);
    QCOMPARE(count, Phones);
    QCOMPARE(onDisk.size(), Phones);
    for (int i = 0; i < Phones; ++i)
        QCOMPARE(onDisk.value(deviceOf(tokens.at(i))), choiceFor(i, 1));
}

QTEST_GUILESS_MAIN(tst_ParticipantLoad)
#include "tst_participantload.moc"
