#include "participantfixture.h"
#include "wellbehavedphone.h"

#include <QElapsedTimer>

#include <memory>
#include <vector>

// The participant server under abuse: malformed and oversized requests, wrong secrets, floods,
// idle and byte-at-a-time connections up to the cap. Throughout, a well-behaved phone on
// another address keeps getting prompt answers.
class tst_ParticipantAbuse : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void malformedRequests_data();
    void malformedRequests();
    void tenMegabyteBody();
    void bodyLongerThanDeclared();
    void chunkedFlood();
    void hugeHeader();
    void guessingTheCode();
    void floodFromOneAddress();
    void idleAndSlowConnectionsUpToTheCap();
    void timeoutsSpareLongPolls();
    void busyWhenEveryPlaceHoldsARequest();

private:
    // The well-behaved phone: asks for the state from its own address and must be answered
    // within a generous bound however busy the server is.
    void checkWellBehaved(const char *when);

    std::unique_ptr<ParticipantFixture> f;
    QByteArray mToken;
    qint64 mQuestion = 0;
};

namespace {

ParticipantServer::Limits testLimits()
{
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.maxConnections = 60;
    limits.requestTimeoutMs = 1000;
    limits.idleTimeoutMs = 1500;
    limits.longPollMs = 3000;
    return limits;
}

} // namespace

void tst_ParticipantAbuse::init()
{
    f = std::make_unique<ParticipantFixture>();
    QVERIFY2(f->open() && f->start(testLimits()), qPrintable(f->error));
    mQuestion = f->addSelfPlacement();
    f->ask(mQuestion);
    const HttpResponse joined = exchange(
        f->port(),
        httpRequest(
            "POST", "/api/join",
            QJsonDocument(QJsonObject{{QStringLiteral("code"), f->server->joinCode()}}).toJson()),
        5000, Phone);
    mToken = joined.json().value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(!mToken.isEmpty());
}

void tst_ParticipantAbuse::cleanup()
{
    f.reset();
}

void tst_ParticipantAbuse::checkWellBehaved(const char *when)
{
    const QString problem = wellBehavedPhoneProblem(f->port(), mToken, mQuestion);
    QVERIFY2(problem.isEmpty(), qPrintable(QLatin1String(when) + QStringLiteral(": ") + problem));
}

void tst_ParticipantAbuse::malformedRequests_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("garbage") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11);
    QTest::newRow("no http version") << QByteArray("GET /\r\n\r\n");
    QTest::newRow("bad method") << QByteArray("BREW /api/state HTTP/1.1\r\nHost: x\r\n\r\n");
    QTest::newRow("nul in path") << QByteArray("GET /a\0b HTTP/1.1\r\nHost: x\r\n\r\n", 31);
    QTest::newRow("negative length")
        << QByteArray("POST /api/join HTTP/1.1\r\nContent-Length: -5\r\n\r\n");
    QTest::newRow("two lengths") << QByteArray("POST /api/join HTTP/1.1\r\nContent-Length: 2\r\n"
                                               "Content-Length: 9\r\n\r\n{}");
    QTest::newRow("huge length") << QByteArray(
        "POST /api/join HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n");
    QTest::newRow("websocket upgrade")
        << QByteArray("GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                      "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n");
    QTest::newRow("options preflight")
        << QByteArray("OPTIONS /api/answer HTTP/1.1\r\nHost: x\r\nOrigin: http://evil\r\n\r\n");
    QTest::newRow("absolute url") << QByteArray("GET http://evil/api/state HTTP/1.1\r\n\r\n");
    QTest::newRow("pipelined") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\n"
                                             "GET / HTTP/1.1\r\nHost: x\r\n\r\n"
                                             "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
}

void tst_ParticipantAbuse::malformedRequests()
{
    QFETCH(QByteArray, bytes);
    RawConnection connection(f->port(), Attacker);
    connection.write(bytes);
    // Whatever comes back is an error or a closed connection, never a success for the API.
    const std::optional<HttpResponse> r = connection.read(2000);
    if (r && r->status != 200)
        QVERIFY2(r->status >= 400, QByteArray::number(r->status).constData());
    if (r && r->status == 200)
        QVERIFY(r->header("content-type").startsWith("text/html")); // the page, from "/"
    checkWellBehaved(QTest::currentDataTag());
}

void tst_ParticipantAbuse::tenMegabyteBody()
{
    RawConnection connection(f->port(), Attacker);
    connection.write("POST /api/answer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     "X-Upstander-Token: " +
                     mToken + "\r\nContent-Length: 10485760\r\n\r\n");
    // Refused from the header alone, before any of the body is read.
    const std::optional<HttpResponse> r = connection.read(2000);
    QVERIFY(r);
    QCOMPARE(r->status, 413);
    QCOMPARE(r->error(), QStringLiteral("too-large"));
    // Pushing the body anyway: the connection is cut long before 10 MB get through.
    const QByteArray chunk(64 * 1024, 'x');
    qint64 accepted = 0;
    QElapsedTimer clock;
    clock.start();
    while (connection.isConnected() && accepted < 10 * 1024 * 1024 && clock.elapsed() < 5000) {
        connection.socket().write(chunk);
        QTest::qWait(1);
        accepted += chunk.size();
        if (connection.socket().bytesToWrite() > 8 * 1024 * 1024)
            break;
    }
    QVERIFY(connection.waitClosed(3000));
    checkWellBehaved("after a 10 MB body");
}

void tst_ParticipantAbuse::bodyLongerThanDeclared()
{
    RawConnection connection(f->port(), Attacker);
    QByteArray request = httpRequest("POST", "/api/answer", "{}", mToken);
    connection.write(request + QByteArray(200 * 1024, 'z'));
    QVERIFY(connection.waitClosed(3000));
    checkWellBehaved("after a body longer than declared");
}

void tst_ParticipantAbuse::chunkedFlood()
{
    RawConnection connection(f->port(), Attacker);
    connection.write("POST /api/join HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray chunk = "1000\r\n" + QByteArray(0x1000, 'a') + "\r\n";
    for (int i = 0; i < 64 && connection.isConnected(); ++i) {
        connection.write(chunk);
        QTest::qWait(1);
    }
    const std::optional<HttpResponse> r = connection.read(2000);
    if (r)
        QCOMPARE(r->status, 413);
    QVERIFY(connection.waitClosed(3000));
    checkWellBehaved("after a chunked flood");
}

void tst_ParticipantAbuse::hugeHeader()
{
    RawConnection connection(f->port(), Attacker);
    connection.write("GET /api/state HTTP/1.1\r\nHost: x\r\nCookie: " +
                     QByteArray(100 * 1024, 'c') + "\r\n\r\n");
    const std::optional<HttpResponse> r = connection.read(2000);
    QVERIFY(r);
    QCOMPARE(r->status, 431);
    QVERIFY(connection.waitClosed(3000));
    checkWellBehaved("after a huge header");
}

void tst_ParticipantAbuse::guessingTheCode()
{
    int wrong = 0;
    int limited = 0;
    for (int i = 0; i < 40; ++i) {
        const HttpResponse r = exchange(
            f->port(),
            httpRequest(
                "POST", "/api/join",
                QStringLiteral("{\"code\":\"GUES%1\"}").arg(i, 2, 10, QLatin1Char('0')).toLatin1()),
            2000, Attacker);
        wrong += r.status == 403;
        limited += r.status == 429;
    }
    QCOMPARE(wrong + limited, 40);
    QVERIFY2(limited >= 10, QByteArray::number(limited).constData()); // 30 a minute at most
    // Forged tokens get nowhere either.
    const HttpResponse forged = exchange(
        f->port(), httpRequest("GET", "/api/state", {}, mToken.left(23) + "AAAA"), 2000, Attacker);
    QCOMPARE(forged.status, 401);
    checkWellBehaved("while the code is being guessed");
}

void tst_ParticipantAbuse::floodFromOneAddress()
{
    // Requests as fast as one keep-alive connection allows, from one address.
    RawConnection connection(f->port(), Attacker);
    int limited = 0;
    QByteArray retryAfter;
    for (int i = 0; i < 400 && connection.isConnected(); ++i) {
        connection.write(httpRequest("GET", "/api/nothing"));
        const std::optional<HttpResponse> r = connection.read(2000);
        QVERIFY(r);
        if (r->status == 429) {
            ++limited;
            retryAfter = r->header("retry-after");
        }
        if (i % 100 == 0)
            checkWellBehaved("during a flood");
    }
    QVERIFY2(limited > 100, QByteArray::number(limited).constData());
    QVERIFY(retryAfter.toInt() >= 1);
    // One device flooding is limited too, even from several addresses' worth of budget.
    int deviceLimited = 0;
    for (int i = 0; i < 40; ++i) {
        const HttpResponse r =
            exchange(f->port(), httpRequest("GET", "/api/state", {}, mToken), 2000,
                     QHostAddress(QStringLiteral("127.0.0.%1").arg(10 + i)));
        deviceLimited += r.status == 429;
    }
    QVERIFY(deviceLimited > 0);
}

void tst_ParticipantAbuse::idleAndSlowConnectionsUpToTheCap()
{
    const int cap = testLimits().maxConnections;
    std::vector<std::unique_ptr<RawConnection>> idle;
    std::vector<std::unique_ptr<RawConnection>> slow;
    for (int i = 0; i < cap / 2; ++i)
        idle.push_back(std::make_unique<RawConnection>(f->port(), Attacker));
    const QByteArray request = httpRequest("GET", "/api/state", {}, mToken);
    for (int i = 0; i < cap / 2; ++i) {
        slow.push_back(std::make_unique<RawConnection>(f->port(), Attacker));
        slow.back()->write(request.left(1));
    }
    // Byte-at-a-time for longer than the request timeout, with the phone asking all along.
    QElapsedTimer clock;
    clock.start();
    int sent = 1;
    while (clock.elapsed() < 1600) {
        for (auto &connection : slow) {
            if (connection->isConnected())
                connection->socket().write(request.mid(sent, 1));
        }
        ++sent;
        checkWellBehaved("with the connection slots full of idle and slow clients");
        QTest::qWait(100);
    }
    // No request came through complete, and every slow client was cut off.
    for (auto &connection : slow)
        QVERIFY(connection->waitClosed(2000));
    for (auto &connection : idle)
        QVERIFY(connection->waitClosed(2000));
    checkWellBehaved("after the slow clients");
}

void tst_ParticipantAbuse::timeoutsSpareLongPolls()
{
    const qint64 version = f->state(mToken).value(QLatin1String("version")).toInteger();
    RawConnection poll(f->port(), Phone);
    poll.write(httpRequest("GET", "/api/state?since=" + QByteArray::number(version), {}, mToken));
    RawConnection idle(f->port(), Phone);
    idle.write(httpRequest("GET", "/"));
    QVERIFY(idle.read(2000));
    // The idle keep-alive connection is closed after idleTimeoutMs (1.5 s) …
    QVERIFY(idle.waitClosed(2500));
    // … but the long poll, older than both timeouts, is still open and answered after 3 s.
    const std::optional<HttpResponse> r = poll.read(3000);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY2(r->elapsedMs > 500, QByteArray::number(r->elapsedMs).constData());
    QVERIFY(poll.isConnected());
}

void tst_ParticipantAbuse::busyWhenEveryPlaceHoldsARequest()
{
    ParticipantServer::Limits limits = testLimits();
    limits.maxConnections = 5;
    f->server->stop();
    QVERIFY(f->start(limits));
    f->ask(mQuestion);
    // Five requests on their way (each half sent): every place holds a request in progress,
    // and none of them may be closed for a newcomer. (Long polls cannot fill the places: at
    // most a quarter of them wait, the rest are answered at once.)
    const QByteArray request = httpRequest("GET", "/api/state", {}, mToken);
    std::vector<std::unique_ptr<RawConnection>> halfway;
    for (int i = 0; i < 5; ++i) {
        halfway.push_back(std::make_unique<RawConnection>(f->port(), Phone));
        halfway.back()->write(request.left(request.size() / 2));
    }
    QTest::qWait(100);
    const HttpResponse r = exchange(f->port(), httpRequest("GET", "/"), 2000, Attacker);
    QCOMPARE(r.status, 503);
    QCOMPARE(r.error(), QStringLiteral("busy"));
    QCOMPARE(r.header("retry-after"), QByteArray("1"));
    // The requests arrive in full and are answered; the places are free again.
    for (auto &connection : halfway) {
        connection->write(request.mid(request.size() / 2));
        const std::optional<HttpResponse> answered = connection->read(2000);
        QVERIFY(answered);
        QCOMPARE(answered->status, 200);
    }
    checkWellBehaved("after the requests on their way");
}

QTEST_GUILESS_MAIN(tst_ParticipantAbuse)
#include "tst_participantabuse.moc"
