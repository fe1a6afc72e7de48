#include "participantfixture.h"
#include "phoneswarm.h"

#include <QHash>
#include <QSet>

// A keynote room: 2,000 phones on loopback, each from an address of its own, speaking the
// page's protocol (a live stream, and answers on a connection of their own) to a server with
// its default limits. Every phone joins and follows the session over its stream; all answer
// the open self-placement question at once, then all change their answer; the reveal reaches
// every stream. What the phones were told must be what the SQLite file holds, and no phone is
// turned away.
class tst_ParticipantLoad : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keynoteRoom();
};

namespace {

constexpr int Phones = 2000;
constexpr int RunTimeoutMs = 30000; // a hung run fails well inside the test's time

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
    // Both ends of two connections per phone live in this process.
    QVERIFY2(PhoneSwarm::raiseFileLimit(5 * Phones), "cannot raise the open-file limit");
}

// Every exchange of every phone in the last run was a 200 (a refusal names the phone).
#define VERIFY_ALL_OK(swarm, expectedEach)                                                         \
    for (int i = 0; i < Phones; ++i) {                                                             \
        const QList<PhoneSwarm::Exchange> &done = (swarm).exchanges(i);                            \
        QCOMPARE(done.size(), (expectedEach));                                                     \
        for (const PhoneSwarm::Exchange &e : done)                                                 \
            QVERIFY2(e.status == 200, qPrintable(QStringLiteral("phone %1: %2 %3")                 \
                                                     .arg(i)                                       \
                                                     .arg(e.status)                                \
                                                     .arg(QString::fromUtf8(e.body))));            \
    }

void tst_ParticipantLoad::keynoteRoom()
{
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    QVERIFY2(f.start(ParticipantServer::Limits()), qPrintable(f.error)); // the defaults
    const qint64 question = f.addSelfPlacement();
    f.ask(question);
    const QString code = f.server->joinCode();

    PhoneSwarm swarm(f.port(), Phones);

    // Everyone joins at once.
    QVERIFY2(
        swarm.run(
            [code](int, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
                if (!done.isEmpty())
                    return {};
                return httpRequest("POST", "/api/join", json({{QStringLiteral("code"), code}}));
            },
            RunTimeoutMs),
        "the phones did not finish joining");
    qInfo("%d phones joined in %.0f ms", Phones, swarm.lastRunMs());
    VERIFY_ALL_OK(swarm, 1)
    QList<QByteArray> tokens;
    QSet<QByteArray> distinct;
    for (int i = 0; i < Phones; ++i) {
        const QByteArray token =
            swarm.exchanges(i).first().json().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
        tokens.append(token);
        distinct.insert(token);
    }
    QCOMPARE(distinct.size(), Phones);

    // Everyone follows the session over a stream of their own; the first state is the question.
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(swarm.openStreams(tokens, RunTimeoutMs),
             qPrintable(QStringLiteral("%1 of %2 phones got their stream")
                            .arg(swarm.streamsReady())
                            .arg(Phones)));
    qInfo("%d streams opened and sent their first state in %lld ms", Phones, clock.elapsed());
    QCOMPARE(f.server->connectedPhones(), Phones);
    for (int i = 0; i < Phones; ++i) {
        const QJsonObject prompt = swarm.lastState(i).value(QLatin1String("prompt")).toObject();
        QCOMPARE(prompt.value(QLatin1String("kind")).toString(), QStringLiteral("self-placement"));
        QCOMPARE(prompt.value(QLatin1String("question")).toInteger(), question);
        QVERIFY(prompt.value(QLatin1String("open")).toBool());
    }

    // Everyone answers at once, then everyone changes their answer, on the connection they
    // joined on, while the streams stay open; while answering, every fourth phone (500) also
    // sends an anonymous question right after its answer, and while changing, another fourth
    // asks for a pause.
    const auto asksForPause = [](int phone, int round) { return round == 1 && phone % 4 == 0; };
    const auto asksAQuestion = [](int phone, int round) { return round == 0 && phone % 4 == 1; };
    for (int round = 0; round < 2; ++round) {
        QVERIFY2(
            swarm.run(
                [tokens, question, round, asksForPause,
                 asksAQuestion](int phone, const QList<PhoneSwarm::Exchange> &done) -> QByteArray {
                    if (done.size() == 1 && asksForPause(phone, round))
                        return httpRequest("POST", "/api/pause",
                                           json({{QStringLiteral("asked"), true}}),
                                           tokens.at(phone));
                    if (done.size() == 1 && asksAQuestion(phone, round))
                        return httpRequest(
                            "POST", "/api/question",
                            json({{QStringLiteral("text"),
                                   QStringLiteral("Question %1: what if it is my manager?")
                                       .arg(phone)}}),
                            tokens.at(phone));
                    if (!done.isEmpty())
                        return {};
                    return httpRequest("POST", "/api/answer",
                                       json({{QStringLiteral("question"), question},
                                             {QStringLiteral("choice"), choiceFor(phone, round)}}),
                                       tokens.at(phone));
                },
                RunTimeoutMs),
            "the phones did not finish answering");
        qInfo("round %d: %d answers acknowledged in %.0f ms", round + 1, Phones, swarm.lastRunMs());
        for (int i = 0; i < Phones; ++i) {
            const QList<PhoneSwarm::Exchange> &done = swarm.exchanges(i);
            QCOMPARE(done.size(), asksForPause(i, round) || asksAQuestion(i, round) ? 2 : 1);
            for (const PhoneSwarm::Exchange &e : done)
                QVERIFY2(e.status == 200, qPrintable(QStringLiteral("phone %1: %2 %3")
                                                         .arg(i)
                                                         .arg(e.status)
                                                         .arg(QString::fromUtf8(e.body))));
        }
        QCOMPARE(f.server->pauseRequests(), round == 1 ? Phones / 4 : 0);
        // Every question told "sent" is in the file, in the trainer's queue.
        QCOMPARE(f.store.roomQuestions(f.sessionId).size(), Phones / 4);
        for (int i = 0; i < Phones; ++i) {
            QCOMPARE(swarm.exchanges(i).first().json(),
                     (QJsonObject{{QStringLiteral("question"), question},
                                  {QStringLiteral("choice"), choiceFor(i, round)}}));
        }
        // Every 200 is in the file: one answer per device, the one the phone was told was saved.
        int count = 0;
        const QHash<QString, QString> onDisk =
            answersOnDisk(f.dir.path(), f.sessionId, question, &count);
        QCOMPARE(count, Phones);
        QCOMPARE(onDisk.size(), Phones);
        for (int i = 0; i < Phones; ++i)
            QCOMPARE(onDisk.value(deviceOf(tokens.at(i))), choiceFor(i, round));
    }

    // The reveal reaches every stream, with the counts.
    const qint64 before = f.server->version();
    QVERIFY(f.model.setRevealed(question, true, &f.error));
    clock.restart();
    QVERIFY2(swarm.waitForVersion(before + 1, RunTimeoutMs),
             qPrintable(QStringLiteral("%1 of %2 streams saw the reveal")
                            .arg(swarm.streamsReady())
                            .arg(Phones)));
    qInfo("the reveal reached %d streams in %lld ms", Phones, clock.elapsed());
    for (int i = 0; i < Phones; ++i) {
        const QJsonObject results = swarm.lastState(i).value(QLatin1String("results")).toObject();
        QCOMPARE(results.value(QLatin1String("question")).toInteger(), question);
        QVERIFY(!results.value(QLatin1String("suppressed")).toBool());
        int counted = 0;
        for (const QJsonValue &entry : results.value(QLatin1String("counts")).toArray())
            counted += entry.toObject().value(QLatin1String("count")).toInt();
        QCOMPARE(counted, Phones);
    }
}

QTEST_GUILESS_MAIN(tst_ParticipantLoad)
#include "tst_participantload.moc"
