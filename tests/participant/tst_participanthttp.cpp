#include "participantfixture.h"
#include "rawhttp.h"
#include "wellbehavedphone.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>
#include <vector>

// The phone server at the edge of the network, as the room sees it at keynote scale and as a
// hostile laptop on the Wi-Fi sees it: HTTP/1.1 parsed strictly (RFC 9112), only the hosts the
// server was started for, pipelined requests answered in order, HEAD, canonical device tokens
// only; over the connection cap no request that has arrived is dropped, long polls do not
// crowd out answers, a join counts only once its token is sent; clients that never read cost
// bounded memory; a suppressed result shows phones nothing until it crosses k.
class tst_ParticipantHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void strictRefusals_data();
    void strictRefusals();
    void wellFormedVariants_data();
    void wellFormedVariants();
    void pipelinedRequestsAreAnsweredInOrder_data();
    void pipelinedRequestsAreAnsweredInOrder();
    void head_data();
    void head();
    void tokenVariantsAreRefused_data();
    void tokenVariantsAreRefused();
    void choiceOverSixtyFourCharactersIsTooLong();
    void busyRefusalSaysWhenToRetry();
    void overTheCapNoRequestIsDropped();
    void longPollsDoNotCrowdOutAnswers();
    void joinWithoutReplyIsNotCounted_data();
    void joinWithoutReplyIsNotCounted();
    void clientsThatNeverReadKeepMemoryBounded();
    void suppressedResultShowsNoNewAnswers_data();
    void suppressedResultShowsNoNewAnswers();
    void chunkFramingIsBounded_data();
    void chunkFramingIsBounded();
    void refusalAfterHeadCarriesItsBody();
    void streamNeedsHttp11();
    void emptyLinesBeforeARequestAreIgnored();

private:
    // The well-behaved phone: asks for the state and answers from its own address, on new
    // connections, and must be answered promptly whatever came before.
    void checkWellBehaved(const char *when);
    bool restart(const ParticipantServer::Limits &limits);
    // Until the server counts `count` connected phones (capLimits). Used to let earlier requests
    // age out (0) and then to know the long polls have arrived; false after timeoutMs.
    bool waitForPhones(int count, int timeoutMs = 3000);
    // A request of a test table with its placeholders filled in: TOKEN, QUESTION, PORT,
    // OTHERPORT (a port the server does not listen on), LENGTH and HEXLENGTH (the body's).
    QByteArray fill(QByteArray head, QByteArray body, bool chunked = false) const;
    QByteArray joinFrom(const QHostAddress &from);
    // `cap` devices joined from addresses of their own, each with a kept-alive connection that
    // has had one answer (the page's script): every place taken by an idle connection.
    void fillTheCap(int cap, QList<QByteArray> *tokens,
                    std::vector<std::unique_ptr<RawHttpConnection>> *connections);
    QByteArray answerRequest(const QByteArray &token, const QString &choice) const;
    QByteArray longPollRequest(const QByteArray &token) const;

    std::unique_ptr<ParticipantFixture> f;
    QByteArray mToken;
    qint64 mQuestion = 0;
};

namespace {

// Groups of addresses 127.0.GROUP.x (rawhttp.h, loopbackHost), one per role in a test.
constexpr int Holders = 10;
constexpr int Newcomers = 20;
constexpr int Room = 30;
constexpr int Joiners = 40;
constexpr int Fillers = 41;
constexpr int NonReaders = 50;

ParticipantServer::Limits testLimits()
{
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.maxConnections = 60;
    limits.requestTimeoutMs = 1000;
    limits.idleTimeoutMs = 1500;
    limits.longPollMs = 3000;
    limits.joinsPerAddressPerMinute = 1000;
    return limits;
}

// For the tests at the cap: no timer closes a connection while the test looks at it.
ParticipantServer::Limits capLimits(int maxConnections)
{
    ParticipantServer::Limits limits = testLimits();
    limits.maxConnections = maxConnections;
    limits.requestTimeoutMs = 10000;
    limits.idleTimeoutMs = 30000;
    limits.longPollMs = 2000;
    // A device counts as connected while its long poll is open, and this long after its last
    // request: connectedPhones() then tells when the long polls have arrived (waitForPhones).
    limits.connectedWindowMs = 300;
    return limits;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A refusal for lack of a free connection: 503 busy, with a whole number of seconds to wait.
bool isBusyWithRetryAfter(const HttpResponse &r, QString *why)
{
    bool ok = false;
    const int seconds = r.header("retry-after").toInt(&ok);
    if (r.status == 503 && r.error() == QLatin1String("busy") && ok && seconds >= 1)
        return true;
    *why = QStringLiteral("status %1, error \"%2\", Retry-After \"%3\"")
               .arg(r.status)
               .arg(r.error(), QString::fromLatin1(r.header("retry-after")));
    return false;
}

const QByteArray SmuggledRequest =
    "GET /api/state HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Upstander-Token: TOKEN\r\n\r\n";
const QByteArray AnswerHead = "POST /api/answer HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                              "X-Upstander-Token: TOKEN\r\nContent-Type: application/json\r\n";
const QByteArray AnswerBody = "{\"question\":QUESTION,\"choice\":\"advocate\"}";
const QByteArray StateLine = "GET /api/state HTTP/1.1\r\n";
const QByteArray TokenLine = "X-Upstander-Token: TOKEN\r\n";

} // namespace

void tst_ParticipantHttp::init()
{
    f = std::make_unique<ParticipantFixture>();
    QVERIFY2(f->open() && f->start(testLimits()), qPrintable(f->error));
    mQuestion = f->addSelfPlacement();
    f->ask(mQuestion);
    mToken = joinFrom(Phone);
    QVERIFY(!mToken.isEmpty());
}

void tst_ParticipantHttp::cleanup()
{
    f.reset();
}

void tst_ParticipantHttp::checkWellBehaved(const char *when)
{
    const QString problem = wellBehavedPhoneProblem(f->port(), mToken, mQuestion);
    QVERIFY2(problem.isEmpty(), qPrintable(QLatin1String(when) + QStringLiteral(": ") + problem));
}

bool tst_ParticipantHttp::restart(const ParticipantServer::Limits &limits)
{
    f->server->stop();
    if (!f->start(limits))
        return false;
    f->ask(mQuestion);
    return true;
}

bool tst_ParticipantHttp::waitForPhones(int count, int timeoutMs)
{
    return waitUntil([&] { return f->server->connectedPhones() == count; }, timeoutMs);
}

QByteArray tst_ParticipantHttp::fill(QByteArray head, QByteArray body, bool chunked) const
{
    body.replace("TOKEN", mToken);
    body.replace("QUESTION", QByteArray::number(mQuestion));
    if (chunked)
        body = QByteArray::number(body.size(), 16) + "\r\n" + body + "\r\n0\r\n\r\n";
    const quint16 port = f->port();
    head.replace("TOKEN", mToken);
    head.replace("OTHERPORT", QByteArray::number(port == 65535 ? port - 1 : port + 1));
    head.replace("PORT", QByteArray::number(port));
    head.replace("HEXLENGTH", QByteArray::number(body.size(), 16));
    head.replace("LENGTH", QByteArray::number(body.size()));
    return head + body;
}

void tst_ParticipantHttp::fillTheCap(int cap, QList<QByteArray> *tokens,
                                     std::vector<std::unique_ptr<RawHttpConnection>> *connections)
{
    for (int i = 0; i < cap; ++i) {
        tokens->append(joinFrom(loopbackHost(Holders, i)));
        QVERIFY(!tokens->last().isEmpty());
    }
    for (int i = 0; i < cap; ++i) {
        connections->push_back(
            std::make_unique<RawHttpConnection>(f->port(), loopbackHost(Holders, i)));
        connections->back()->write(httpRequest("GET", "/app.js"));
        const std::optional<HttpResponse> r = connections->back()->read(3000);
        QVERIFY(r && r->status == 200);
    }
}

QByteArray tst_ParticipantHttp::joinFrom(const QHostAddress &from)
{
    const HttpResponse r = exchange(
        f->port(),
        httpRequest("POST", "/api/join", json({{QStringLiteral("code"), f->server->joinCode()}})),
        5000, from);
    return r.json().value(QLatin1String("token")).toString().toLatin1();
}

QByteArray tst_ParticipantHttp::answerRequest(const QByteArray &token, const QString &choice) const
{
    return httpRequest(
        "POST", "/api/answer",
        json({{QStringLiteral("question"), mQuestion}, {QStringLiteral("choice"), choice}}), token);
}

QByteArray tst_ParticipantHttp::longPollRequest(const QByteArray &token) const
{
    return httpRequest("GET", "/api/state?since=" + QByteArray::number(f->server->version()), {},
                       token);
}

// --- strict HTTP -------------------------------------------------------------------------------

void tst_ParticipantHttp::strictRefusals_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const QString malformed = QStringLiteral("malformed-request");

    // Both framings at once: whichever a proxy in front believes, the request behind must not
    // be answered.
    const QByteArray smuggling = "0\r\n\r\n" + SmuggledRequest;
    QTest::newRow("content-length, then chunked")
        << AnswerHead + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
        << smuggling << 400 << malformed;
    QTest::newRow("chunked, then content-length")
        << AnswerHead + "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n"
        << smuggling << 400 << malformed;

    // Only the one coding "chunked"; anything else has no framing the server knows.
    const QString unsupported = QStringLiteral("unsupported-transfer-coding");
    for (const char *coding : {"gzip", "gzip, chunked", "chunked, gzip", "identity"}) {
        QTest::addRow("transfer-encoding %s", coding)
            << AnswerHead + "Transfer-Encoding: " + coding + "\r\n\r\n"
            << smuggling << 501 << unsupported;
    }

    // Content-Length is digits and nothing else.
    QTest::newRow("content-length +N") << AnswerHead + "Content-Length: +LENGTH\r\n\r\n"
                                       << AnswerBody << 400 << malformed;
    QTest::newRow("content-length in hex") << AnswerHead + "Content-Length: 0xHEXLENGTH\r\n\r\n"
                                           << AnswerBody << 400 << malformed;
    QTest::newRow("content-length twice in one")
        << AnswerHead + "Content-Length: LENGTH LENGTH\r\n\r\n"
        << AnswerBody << 400 << malformed;
    QTest::newRow("content-length -1") << AnswerHead + "Content-Length: -1\r\n\r\n"
                                       << QByteArray() << 400 << malformed;
    QTest::newRow("content-length empty") << AnswerHead + "Content-Length: \r\n\r\n"
                                          << AnswerBody << 400 << malformed;

    // Header lines.
    QTest::newRow("space before a colon")
        << QByteArray("POST /api/answer HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Upstander-Token: TOKEN\r\n"
                      "Content-Type : application/json\r\nContent-Length: LENGTH\r\n\r\n")
        << AnswerBody << 400 << malformed;
    QTest::newRow("bare CR in a header line")
        << StateLine + "Host: 127.0.0.1\r\n" + TokenLine + "X-Note: one\rtwo\r\n\r\n"
        << QByteArray() << 400 << malformed;
    QTest::newRow("NUL in a header value")
        << StateLine + "Host: 127.0.0.1\r\n" + TokenLine + "X-Note: one" + '\0' + "two\r\n\r\n"
        << QByteArray() << 400 << malformed;

    // Host: required in HTTP/1.1, and only the server's own.
    QTest::newRow("no host") << StateLine + TokenLine + "\r\n"
                             << QByteArray() << 400 << QStringLiteral("missing-host");
    const QString wrongHost = QStringLiteral("wrong-host");
    for (const char *host : {"evil.example", "evil.example:PORT", "10.9.8.7", "10.9.8.7:PORT",
                             "127.0.0.1:OTHERPORT", "localhost:OTHERPORT"}) {
        QTest::addRow("host %s", host) << StateLine + "Host: " + host + "\r\n" + TokenLine + "\r\n"
                                       << QByteArray() << 421 << wrongHost;
    }

    // Versions other than 1.0 and 1.1.
    const QString version = QStringLiteral("unsupported-version");
    for (const char *v : {"HTTP/9.9", "HTTP/2.0", "HTTP/1.2"}) {
        QTest::addRow("version %s", v)
            << QByteArray("GET /api/state ") + v + "\r\nHost: 127.0.0.1\r\n" + TokenLine + "\r\n"
            << QByteArray() << 505 << version;
    }
    QTest::newRow("no version (HTTP/0.9)")
        << QByteArray("GET /\r\n\r\n") << QByteArray() << 400 << malformed;

    // The body limit counts the decoded body, whatever the framing.
    QByteArray chunks;
    for (int i = 0; i < 12; ++i)
        chunks += "3e8\r\n" + QByteArray(1000, 'x') + "\r\n";
    chunks += "0\r\n\r\n";
    QTest::newRow("chunked body of 12,000 bytes")
        << QByteArray("POST /api/commitment HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "X-Upstander-Token: TOKEN\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n")
        << chunks << 413 << QStringLiteral("too-large");
}

void tst_ParticipantHttp::strictRefusals()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    RawHttpConnection connection(f->port(), Attacker);
    connection.write(fill(head, body));
    const std::optional<HttpResponse> r = connection.read(3000);
    QVERIFY2(r, "no response (the connection closed, or nothing came)");
    QCOMPARE(r->status, status);
    QCOMPARE(r->error(), error);
    QVERIFY2(r->header("connection").toLower() == "close", r->header("connection").constData());
    // Closed after the refusal, and nothing after it: no request behind it was answered.
    QVERIFY(connection.waitClosed(3000));
    QCOMPARE(connection.unparsed(), QByteArray());
    QVERIFY(f->model.answers(mQuestion).isEmpty());
    checkWellBehaved(QTest::currentDataTag());
}

void tst_ParticipantHttp::wellFormedVariants_data()
{
    // What strictness must not refuse: the server's own address as Host, and chunked in any
    // case (one coding, names compared without case, whitespace around the value allowed).
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("chunked");
    for (const char *host : {"127.0.0.1", "127.0.0.1:PORT", "localhost:PORT"}) {
        QTest::addRow("host %s", host) << StateLine + "Host: " + host + "\r\n" + TokenLine + "\r\n"
                                       << QByteArray() << false;
    }
    QTest::newRow("chunked in capitals") << AnswerHead + "Transfer-Encoding: CHUNKED\r\n\r\n"
                                         << AnswerBody << true;
    QTest::newRow("chunked in odd case, with a space after it")
        << AnswerHead + "Transfer-Encoding: ChUnKeD \r\n\r\n"
        << AnswerBody << true;
}

void tst_ParticipantHttp::wellFormedVariants()
{
    QFETCH(QByteArray, head);
    QFETCH(QByteArray, body);
    QFETCH(bool, chunked);
    RawHttpConnection connection(f->port(), Phone);
    connection.write(fill(head, body, chunked));
    const std::optional<HttpResponse> r = connection.read(3000);
    QVERIFY(r);
    QVERIFY2(r->status == 200, qPrintable(QStringLiteral("%1 %2").arg(r->status).arg(r->error())));
    if (head.startsWith("POST"))
        QCOMPARE(f->model.answers(mQuestion).size(), 1);
    // Kept alive: the next request on the same connection is answered too.
    connection.write(httpRequest("GET", "/app.js"));
    const std::optional<HttpResponse> next = connection.read(3000);
    QVERIFY(next);
    QCOMPARE(next->status, 200);
}

// --- pipelining and HEAD -----------------------------------------------------------------------

void tst_ParticipantHttp::pipelinedRequestsAreAnsweredInOrder_data()
{
    // Each request: "answer:CHOICE", "state" or "script".
    QTest::addColumn<QStringList>("requests");
    QTest::addColumn<QString>("stored"); // the device's answer afterwards
    QTest::newRow("answer, state, script")
        << QStringList{QStringLiteral("answer:advocate"), QStringLiteral("state"),
                       QStringLiteral("script")}
        << QStringLiteral("advocate");
    QTest::newRow("two answers") << QStringList{QStringLiteral("answer:bystander"),
                                                QStringLiteral("answer:active-ally")}
                                 << QStringLiteral("active-ally");
}

void tst_ParticipantHttp::pipelinedRequestsAreAnsweredInOrder()
{
    QFETCH(QStringList, requests);
    QFETCH(QString, stored);
    QByteArray bytes;
    for (const QString &request : requests) {
        if (request.startsWith(QLatin1String("answer:")))
            bytes += answerRequest(mToken, request.mid(7));
        else if (request == QLatin1String("state"))
            bytes += httpRequest("GET", "/api/state", {}, mToken);
        else
            bytes += httpRequest("GET", "/app.js");
    }
    RawHttpConnection connection(f->port(), Phone);
    connection.write(bytes); // all in one write, on one kept-alive connection
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QString &request = requests.at(i);
        const std::optional<HttpResponse> r = connection.read(3000);
        QVERIFY2(r, qPrintable(
                        QStringLiteral("no response to request %1 (%2)").arg(i + 1).arg(request)));
        QCOMPARE(r->status, 200);
        if (request.startsWith(QLatin1String("answer:"))) {
            QCOMPARE(r->json().value(QLatin1String("choice")).toString(), request.mid(7));
        } else if (request == QLatin1String("state")) {
            QVERIFY(r->json().contains(QLatin1String("version")));
        } else {
            QVERIFY(r->header("content-type").startsWith("text/javascript"));
        }
    }
    const QString device = QString::fromLatin1(mToken.left(mToken.indexOf('.')));
    const std::optional<Answer> answer = f->model.answer(mQuestion, device);
    QVERIFY(answer);
    QCOMPARE(answer->choice, stored);
}

void tst_ParticipantHttp::head_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("page") << QByteArray("/");
    QTest::newRow("script") << QByteArray("/app.js");
}

void tst_ParticipantHttp::head()
{
    QFETCH(QByteArray, path);
    const HttpResponse full = f->get(path);
    QCOMPARE(full.status, 200);
    RawHttpConnection connection(f->port(), Phone);
    connection.write("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const std::optional<HttpResponse> r = connection.read(3000, true);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QCOMPARE(r->header("content-length").toLongLong(), full.body.size());
    // No body came: the next response on the connection starts right where the head ended.
    connection.write(httpRequest("GET", "/i18n/en.json"));
    const std::optional<HttpResponse> next = connection.read(3000);
    QVERIFY(next);
    QCOMPARE(next->status, 200);
    QVERIFY(QJsonDocument::fromJson(next->body).isObject());
}

// --- tokens and choices ------------------------------------------------------------------------

void tst_ParticipantHttp::tokenVariantsAreRefused_data()
{
    QTest::addColumn<bool>("otherAlphabet");
    QTest::newRow("one character more") << false;
    QTest::newRow("+/ alphabet") << true;
}

void tst_ParticipantHttp::tokenVariantsAreRefused()
{
    QFETCH(bool, otherAlphabet);
    QByteArray token = mToken;
    QByteArray variant = token + 'A';
    if (otherAlphabet) {
        // A token whose signature holds '-' or '_' while its id holds neither, so the two
        // spellings differ in the signature alone. About one token in three; 60 tries.
        token.clear();
        for (int i = 0; i < 60 && token.isEmpty(); ++i) {
            const QByteArray candidate = joinFrom(Phone);
            QVERIFY(!candidate.isEmpty());
            const QByteArray id = candidate.left(candidate.indexOf('.'));
            const QByteArray signature = candidate.mid(id.size() + 1);
            if (!id.contains('-') && !id.contains('_') &&
                (signature.contains('-') || signature.contains('_')))
                token = candidate;
        }
        QVERIFY(!token.isEmpty());
        variant = token;
        variant.replace('-', '+').replace('_', '/');
    }
    QCOMPARE(f->get("/api/state", token).status, 200);
    QVERIFY(variant != token);

    const HttpResponse state = f->get("/api/state", variant);
    QCOMPARE(state.status, 401);
    QCOMPARE(state.error(), QStringLiteral("bad-token"));

    // Joining with the variant never hands the variant back: the canonical token or a new one.
    const HttpResponse joined =
        f->post("/api/join", {{QStringLiteral("code"), f->server->joinCode()},
                              {QStringLiteral("token"), QString::fromLatin1(variant)}});
    QCOMPARE(joined.status, 200);
    const QByteArray handed = joined.json().value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(!handed.isEmpty());
    QVERIFY2(handed != variant, handed.constData());
    if (handed != token)
        QCOMPARE(f->get("/api/state", handed).status, 200);
}

void tst_ParticipantHttp::choiceOverSixtyFourCharactersIsTooLong()
{
    const HttpResponse r = f->answer(mToken, mQuestion, QString(65, QLatin1Char('x')));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("too-long"));
    QVERIFY(f->model.answers(mQuestion).isEmpty());
}

// --- the connection cap ------------------------------------------------------------------------

void tst_ParticipantHttp::busyRefusalSaysWhenToRetry()
{
    constexpr int Cap = 40;
    QVERIFY(restart(capLimits(Cap)));
    // Every slot holds a long poll of a device of its own. (The devices join first: a join's
    // connection must be gone before the slots are filled.)
    QList<QByteArray> tokens;
    std::vector<std::unique_ptr<RawHttpConnection>> polls;
    fillTheCap(Cap, &tokens, &polls);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(waitForPhones(0));
    for (int i = 0; i < Cap; ++i) {
        QVERIFY2(polls.at(i)->isConnected(), "a connection under the cap was closed");
        polls.at(i)->write(longPollRequest(tokens.at(i)));
    }
    QVERIFY2(waitForPhones(Cap), qPrintable(QStringLiteral("the long polls were not counted: %1")
                                                .arg(f->server->connectedPhones())));
    // A newcomer: given a slot, or told to come back later, never dropped.
    RawHttpConnection newcomer(f->port(), Attacker);
    newcomer.write(httpRequest("GET", "/app.js"));
    const std::optional<HttpResponse> r = newcomer.read(3000);
    QVERIFY2(r, "the newcomer's connection closed without a response");
    if (r->status != 200) {
        QString why;
        QVERIFY2(isBusyWithRetryAfter(*r, &why), qPrintable(why));
        QVERIFY(newcomer.waitClosed(2000));
    }
    // Every long poll is answered (after longPollMs at the latest), none dropped.
    for (int i = 0; i < Cap; ++i) {
        const std::optional<HttpResponse> answered = polls.at(i)->read(4000);
        QVERIFY2(answered,
                 qPrintable(QStringLiteral("long poll %1 closed without a response").arg(i)));
        QCOMPARE(answered->status, 200);
    }
}

void tst_ParticipantHttp::overTheCapNoRequestIsDropped()
{
    constexpr int Cap = 40;
    QVERIFY(restart(capLimits(Cap)));
    // The cap filled with kept-alive connections, each of which then sends a complete request:
    // an answer (even) or a long poll (odd).
    QList<QByteArray> tokens;
    std::vector<std::unique_ptr<RawHttpConnection>> holders;
    fillTheCap(Cap, &tokens, &holders);
    if (QTest::currentTestFailed())
        return;
    // A second round on every one of them: all are still open and kept alive (no join's
    // connection was left over to push one out), so what follows is the only thing at the cap.
    for (int i = 0; i < Cap; ++i) {
        holders.at(i)->write(httpRequest("GET", "/app.js"));
        const std::optional<HttpResponse> r = holders.at(i)->read(3000);
        QVERIFY2(r && r->status == 200, "a connection under the cap was closed");
    }
    for (int i = 0; i < Cap; ++i) {
        holders.at(i)->write(i % 2 == 0 ? answerRequest(tokens.at(i), QStringLiteral("advocate"))
                                        : longPollRequest(tokens.at(i)));
    }
    // Twice as many newcomers at once, each sending a request as soon as it is connected.
    std::vector<std::unique_ptr<RawHttpConnection>> newcomers;
    for (int i = 0; i < 2 * Cap; ++i) {
        newcomers.push_back(
            std::make_unique<RawHttpConnection>(f->port(), loopbackHost(Newcomers, i), false));
    }
    std::vector<bool> sent(newcomers.size(), false);
    waitUntil(
        [&] {
            bool all = true;
            for (size_t i = 0; i < newcomers.size(); ++i) {
                if (sent[i])
                    continue;
                if (newcomers[i]->isConnected()) {
                    newcomers[i]->write(httpRequest("GET", "/app.js"));
                    sent[i] = true;
                } else if (newcomers[i]->isConnecting()) {
                    all = false;
                }
            }
            return all;
        },
        5000);

    std::vector<std::optional<HttpResponse>> held(holders.size());
    std::vector<std::optional<HttpResponse>> came(newcomers.size());
    const auto collect = [](std::unique_ptr<RawHttpConnection> &connection,
                            std::optional<HttpResponse> &response) {
        if (!response)
            response = connection->next();
        return response.has_value() || connection->isClosed();
    };
    waitUntil(
        [&] {
            bool done = true;
            for (size_t i = 0; i < holders.size(); ++i)
                done = collect(holders[i], held[i]) && done;
            for (size_t i = 0; i < newcomers.size(); ++i)
                done = collect(newcomers[i], came[i]) && done;
            return done;
        },
        10000);

    // A request that has arrived is answered, whatever comes after it.
    for (int i = 0; i < Cap; ++i) {
        const QString what = i % 2 == 0 ? QStringLiteral("answer") : QStringLiteral("long poll");
        QVERIFY2(
            held[i],
            qPrintable(
                QStringLiteral("connection %1 (%2) closed without a response").arg(i).arg(what)));
        QVERIFY2(
            held[i]->status >= 200,
            qPrintable(QStringLiteral("connection %1 (%2): no HTTP response").arg(i).arg(what)));
        if (i % 2 == 0 && held[i]->status == 200) {
            const QString device =
                QString::fromLatin1(tokens.at(i).left(tokens.at(i).indexOf('.')));
            QVERIFY(f->model.answer(mQuestion, device)); // acknowledged, so stored
        }
    }
    // Newcomers are served or refused with 503 busy and Retry-After. Only one closed before it
    // could send anything may go without a response.
    for (size_t i = 0; i < newcomers.size(); ++i) {
        if (!came[i]) {
            QVERIFY2(!sent[i], qPrintable(QStringLiteral("newcomer %1 sent its request and was "
                                                         "closed without a response")
                                              .arg(i)));
            continue;
        }
        if (came[i]->status == 200)
            continue;
        QString why;
        QVERIFY2(isBusyWithRetryAfter(*came[i], &why),
                 qPrintable(QStringLiteral("newcomer %1: %2").arg(i).arg(why)));
        QVERIFY(newcomers[i]->waitClosed(2000));
    }
}

void tst_ParticipantHttp::longPollsDoNotCrowdOutAnswers()
{
    // A room larger than the connection cap: every phone holds a long poll and answers on a
    // second connection. Each answer is taken on its first try.
    constexpr int Phones = 150;
    ParticipantServer::Limits limits = capLimits(100);
    limits.longPollMs = 15000; // held for the whole test
    QVERIFY(restart(limits));
    QList<QByteArray> tokens;
    for (int i = 0; i < Phones; ++i) {
        tokens.append(joinFrom(loopbackHost(Room, i)));
        QVERIFY(!tokens.last().isEmpty());
    }
    std::vector<std::unique_ptr<RawHttpConnection>> polls;
    for (int i = 0; i < Phones; ++i)
        polls.push_back(
            std::make_unique<RawHttpConnection>(f->port(), loopbackHost(Room, i), false));
    waitUntil(
        [&] {
            return std::none_of(polls.begin(), polls.end(),
                                [](const auto &poll) { return poll->isConnecting(); });
        },
        5000);
    for (int i = 0; i < Phones; ++i)
        polls.at(i)->write(longPollRequest(tokens.at(i)));
    // One round trip of the server's loop: the long polls have arrived.
    exchange(f->port(), httpRequest("GET", "/app.js"), 3000, Attacker);

    // Every phone answers at once, each on a connection of its own. The room is larger than
    // the cap: an answer is taken at once, or refused with 503 busy and a Retry-After (never
    // dropped), and taken when it is sent again after that wait. The long polls never hold
    // more than a quarter of the places, so most answers get in on the first try.
    const QStringList keys = Spectrum::keys();
    QList<int> waiting;
    for (int i = 0; i < Phones; ++i)
        waiting.append(i);
    int firstTry = 0;
    for (int attempt = 0; attempt < 4 && !waiting.isEmpty(); ++attempt) {
        std::vector<std::unique_ptr<RawHttpConnection>> answers;
        for (const int i : std::as_const(waiting)) {
            answers.push_back(
                std::make_unique<RawHttpConnection>(f->port(), loopbackHost(Room, i), false));
        }
        std::vector<bool> sent(answers.size(), false);
        std::vector<std::optional<HttpResponse>> replies(answers.size());
        waitUntil(
            [&] {
                bool done = true;
                for (size_t n = 0; n < answers.size(); ++n) {
                    const int i = waiting.at(qsizetype(n));
                    if (!sent[n] && answers[n]->isConnected()) {
                        answers[n]->write(answerRequest(tokens.at(i), keys.at(i % keys.size())));
                        sent[n] = true;
                    }
                    if (!replies[n])
                        replies[n] = answers[n]->next();
                    done = done && (replies[n] || answers[n]->isClosed());
                }
                return done;
            },
            10000);
        QList<int> again;
        int retryAfterMs = 0;
        for (size_t n = 0; n < answers.size(); ++n) {
            const int i = waiting.at(qsizetype(n));
            QVERIFY2(replies[n],
                     qPrintable(QStringLiteral("phone %1's answer: closed without a response (%2)")
                                    .arg(i)
                                    .arg(sent[n] ? QLatin1String("after its request was sent")
                                                 : QLatin1String("before it could send it"))));
            if (replies[n]->status == 200) {
                firstTry += attempt == 0 ? 1 : 0;
                continue;
            }
            QString why;
            QVERIFY2(isBusyWithRetryAfter(*replies[n], &why),
                     qPrintable(QStringLiteral("phone %1's answer: %2").arg(i).arg(why)));
            retryAfterMs = std::max(retryAfterMs, replies[n]->header("retry-after").toInt() * 1000);
            again.append(i);
        }
        waiting = again;
        if (!waiting.isEmpty())
            QTest::qWait(retryAfterMs);
    }
    QVERIFY2(waiting.isEmpty(), qPrintable(QStringLiteral("%1 answers never got in after three "
                                                          "waits")
                                               .arg(waiting.size())));
    QVERIFY2(firstTry >= Phones / 2,
             qPrintable(QStringLiteral("only %1 of %2 answers got in on the first try")
                            .arg(firstTry)
                            .arg(Phones)));
    QCOMPARE(f->model.answers(mQuestion).size(), Phones);
}

void tst_ParticipantHttp::joinWithoutReplyIsNotCounted_data()
{
    // The join's connection: opened while every slot holds a long poll, or opened (and used)
    // before, while there was room, with a newcomer arriving right behind its join.
    QTest::addColumn<bool>("keptAlive");
    QTest::newRow("new connection at the cap") << false;
    QTest::newRow("kept-alive connection at the cap") << true;
}

void tst_ParticipantHttp::joinWithoutReplyIsNotCounted()
{
    QFETCH(bool, keptAlive);
    constexpr int Cap = 10;
    ParticipantServer::Limits limits = capLimits(Cap);
    limits.devicesPerAddress = 1;
    limits.longPollMs = 3000;
    QVERIFY(restart(limits));
    const QHostAddress joiner = loopbackHost(Joiners, 0);
    const QByteArray joinRequest =
        httpRequest("POST", "/api/join", json({{QStringLiteral("code"), f->server->joinCode()}}));

    // The other slots hold long polls of devices of their own (joined first: a join's
    // connection must be gone before the slots are filled).
    const int fillers = keptAlive ? Cap - 1 : Cap;
    QList<QByteArray> tokens;
    for (int i = 0; i < fillers; ++i) {
        tokens.append(joinFrom(loopbackHost(Fillers, i)));
        QVERIFY(!tokens.last().isEmpty());
    }
    std::unique_ptr<RawHttpConnection> join;
    if (keptAlive) {
        join = std::make_unique<RawHttpConnection>(f->port(), joiner);
        join->write(httpRequest("GET", "/app.js"));
        const std::optional<HttpResponse> r = join->read(3000);
        QVERIFY(r && r->status == 200);
    }
    std::vector<std::unique_ptr<RawHttpConnection>> polls;
    for (int i = 0; i < fillers; ++i) {
        polls.push_back(std::make_unique<RawHttpConnection>(f->port(), loopbackHost(Fillers, i)));
        polls.back()->write(httpRequest("GET", "/app.js"));
        const std::optional<HttpResponse> r = polls.back()->read(3000);
        QVERIFY(r && r->status == 200);
    }
    QVERIFY(waitForPhones(0));
    for (int i = 0; i < fillers; ++i) {
        QVERIFY2(polls.at(i)->isConnected(), "a connection under the cap was closed");
        polls.at(i)->write(longPollRequest(tokens.at(i)));
    }
    QVERIFY2(waitForPhones(fillers),
             qPrintable(QStringLiteral("the long polls were not counted: %1")
                            .arg(f->server->connectedPhones())));

    if (!keptAlive)
        join = std::make_unique<RawHttpConnection>(f->port(), joiner);
    QVERIFY(join->isConnected());
    join->write(joinRequest);
    std::unique_ptr<RawHttpConnection> newcomer;
    if (keptAlive) {
        newcomer = std::make_unique<RawHttpConnection>(f->port(), loopbackHost(Joiners, 1), false);
        waitUntil([&] { return !newcomer->isConnecting(); }, 3000);
        if (newcomer->isConnected())
            newcomer->write(httpRequest("GET", "/app.js"));
    }
    // The join is answered: with a token (counted, and the phone has it) or 503 busy.
    const std::optional<HttpResponse> reply = join->read(5000);
    QVERIFY2(reply, "the join's connection closed without a response");
    QByteArray token;
    if (reply->status == 200) {
        token = reply->json().value(QLatin1String("token")).toString().toLatin1();
        QVERIFY(!token.isEmpty());
    } else {
        QString why;
        QVERIFY2(isBusyWithRetryAfter(*reply, &why), qPrintable(why));
    }

    // A change answers every long poll; the slots are free again.
    f->server->setPrompt({});
    f->ask(mQuestion);
    for (int i = 0; i < fillers; ++i) {
        const std::optional<HttpResponse> r = polls.at(i)->read(4000);
        QVERIFY2(r, qPrintable(QStringLiteral("long poll %1 closed without a response").arg(i)));
    }
    polls.clear();
    join.reset();
    newcomer.reset();

    // The phone joins again (with its token if it got one) and gets in: a join whose token
    // never reached it did not use up its address's one device.
    QJsonObject body{{QStringLiteral("code"), f->server->joinCode()}};
    if (!token.isEmpty())
        body.insert(QStringLiteral("token"), QString::fromLatin1(token));
    const HttpResponse again =
        exchange(f->port(), httpRequest("POST", "/api/join", json(body)), 5000, joiner);
    QVERIFY2(again.status == 200,
             qPrintable(QStringLiteral("%1 %2").arg(again.status).arg(again.error())));
    QVERIFY(!again.json().value(QLatin1String("token")).toString().isEmpty());
}

// --- memory ------------------------------------------------------------------------------------

void tst_ParticipantHttp::clientsThatNeverReadKeepMemoryBounded()
{
    // Five clients ask for the page's script 90 times a second each, pipelined, within every
    // rate limit, and never read. What they do not read waits in the kernel's socket buffers
    // (the clients read at most 4 KiB), not in this process, which is also the server's.
    constexpr int Clients = 5;
    constexpr int PerSecond = 90;
    constexpr int DurationMs = 6000;
    constexpr qint64 AllowedKiB = 50 * 1024;
    ParticipantServer::Limits limits = testLimits();
    limits.requestsPerAddressPerSecond = 100000;
    limits.requestTimeoutMs = 10000;
    limits.idleTimeoutMs = 30000;
    QVERIFY(restart(limits));
    std::vector<std::unique_ptr<RawHttpConnection>> clients;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(
            std::make_unique<RawHttpConnection>(f->port(), loopbackHost(NonReaders, i)));
        clients.back()->socket().setReadBufferSize(4096);
        QVERIFY(clients.back()->isConnected());
    }
    const QByteArray request = "GET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    const qint64 startKiB = residentKiB();
    QVERIFY(startKiB > 0);
    qint64 peakKiB = startKiB;
    QElapsedTimer clock;
    clock.start();
    qint64 sent = 0;
    const auto due = [&] { return clock.elapsed() * PerSecond / 1000 + 1; };
    while (clock.elapsed() < DurationMs && peakKiB - startKiB <= AllowedKiB) {
        for (; sent < due(); ++sent) {
            for (auto &client : clients) {
                if (client->isConnected())
                    client->socket().write(request);
            }
        }
        waitUntil([&] { return due() > sent; }, 100);
        peakKiB = std::max(peakKiB, residentKiB());
    }
    QVERIFY2(peakKiB - startKiB <= AllowedKiB,
             qPrintable(QStringLiteral("resident memory grew by %1 MiB within %2 ms (%3 requests "
                                       "a client)")
                            .arg((peakKiB - startKiB) / 1024.0, 0, 'f', 1)
                            .arg(clock.elapsed())
                            .arg(sent)));
    clients.clear();
    checkWellBehaved("after clients that never read");
}

// --- privacy -----------------------------------------------------------------------------------

void tst_ParticipantHttp::suppressedResultShowsNoNewAnswers_data()
{
    // What reaches a revealed question with fewer than k answers: a device's answer, its pass,
    // a hand the facilitator counts.
    QTest::addColumn<QString>("arrival");
    QTest::newRow("a device answers") << QStringLiteral("advocate");
    QTest::newRow("a device passes") << QStringLiteral("pass");
    QTest::newRow("a hand counted") << QStringLiteral("tally");
}

void tst_ParticipantHttp::suppressedResultShowsNoNewAnswers()
{
    QFETCH(QString, arrival);
    ParticipantServer::Limits limits = testLimits();
    limits.longPollMs = 1500;
    QVERIFY(restart(limits));
    const QByteArray a = f->join();
    const QByteArray watcher = f->join();
    const QByteArray late = f->join();
    QCOMPARE(f->answer(a, mQuestion, QStringLiteral("advocate")).status, 200);
    QVERIFY(f->model.setRevealed(mQuestion, true, &f->error)); // 1 < k = 3: suppressed

    const QJsonObject before = f->state(watcher);
    QVERIFY(before.value(QLatin1String("results"))[QLatin1String("suppressed")].toBool());
    const qint64 version = before.value(QLatin1String("version")).toInteger();
    RawHttpConnection poll(f->port(), Phone);
    QElapsedTimer clock;
    clock.start();
    poll.write(httpRequest("GET", "/api/state?since=" + QByteArray::number(version), {}, watcher));
    // A round trip of the server's loop on another connection: the long poll has arrived.
    exchange(f->port(), httpRequest("GET", "/app.js"), 3000, Attacker);
    if (arrival == QLatin1String("tally"))
        f->model.changeTally(mQuestion, QStringLiteral("advocate"), 1); // 2 < k: still hidden
    else
        f->answer(late, mQuestion, arrival); // refused or taken: either way nothing to see

    const std::optional<HttpResponse> r = poll.read(4000);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    QVERIFY2(clock.elapsed() >= 1400,
             qPrintable(QStringLiteral("the long poll returned after %1 ms").arg(clock.elapsed())));
    QCOMPARE(r->json().value(QLatin1String("version")).toInteger(), version);
    QVERIFY(r->json().value(QLatin1String("results"))[QLatin1String("suppressed")].toBool());
}

// --- framing that no limit of the parser itself counts -----------------------------------------

void tst_ParticipantHttp::chunkFramingIsBounded_data()
{
    // After a valid chunked head: a chunk's size line that never ends (its extension runs on),
    // and fields after the last chunk (trailers), which no check of the head sees.
    QTest::addColumn<QByteArray>("framing");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("endless chunk extension")
        << ("1;" + QByteArray(200 * 1024, 'a')) << 413 << QStringLiteral("too-large");
    QTest::newRow("trailer fields") << QByteArray("2\r\n{}\r\n0\r\nX-Upstander-Token: x\r\n\r\n")
                                    << 400 << QStringLiteral("malformed-request");
    QTest::newRow("a flood of trailer fields")
        << ("0\r\n" + QByteArray("a:b\r\n").repeated(40000)) << 413 << QStringLiteral("too-large");
}

void tst_ParticipantHttp::chunkFramingIsBounded()
{
    QFETCH(QByteArray, framing);
    QFETCH(int, status);
    QFETCH(QString, error);
    RawHttpConnection connection(f->port(), Attacker);
    connection.write("POST /api/commitment HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                     "Content-Type: application/json\r\nX-Upstander-Token: " +
                     mToken + "\r\nTransfer-Encoding: chunked\r\n\r\n");
    for (qsizetype at = 0; at < framing.size() && !connection.isClosed(); at += 16384)
        connection.write(framing.mid(at, 16384));
    const std::optional<HttpResponse> r = connection.read(3000);
    QVERIFY2(r, "no answer: the server kept reading");
    QCOMPARE(r->status, status);
    QCOMPARE(r->error(), error);
    QVERIFY(connection.waitClosed(2000));
    checkWellBehaved(QTest::currentDataTag());
}

void tst_ParticipantHttp::refusalAfterHeadCarriesItsBody()
{
    // A refusal on a connection whose last request was HEAD still carries its body: it is not
    // the answer to a HEAD request, and a client reads as many bytes as it announces.
    RawHttpConnection connection(f->port(), Phone);
    connection.write("HEAD /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const std::optional<HttpResponse> head = connection.read(3000, true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    connection.write("GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n");
    const std::optional<HttpResponse> refused = connection.read(3000);
    QVERIFY2(refused, "the refusal did not arrive whole");
    QCOMPARE(refused->status, 421);
    QCOMPARE(refused->error(), QStringLiteral("wrong-host"));
}

void tst_ParticipantHttp::streamNeedsHttp11()
{
    RawHttpConnection connection(f->port(), Phone);
    connection.write("GET /api/live HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Upstander-Token: " + mToken +
                     "\r\n\r\n");
    const std::optional<HttpResponse> r = connection.read(3000);
    QVERIFY(r);
    QCOMPARE(r->status, 505);
    QCOMPARE(r->error(), QStringLiteral("unsupported-version"));
}

void tst_ParticipantHttp::emptyLinesBeforeARequestAreIgnored()
{
    RawHttpConnection connection(f->port(), Phone);
    connection.write("\r\n\r\nGET /app.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    const std::optional<HttpResponse> r = connection.read(3000);
    QVERIFY(r);
    QCOMPARE(r->status, 200);
}

QTEST_GUILESS_MAIN(tst_ParticipantHttp)
#include "tst_participanthttp.moc"
