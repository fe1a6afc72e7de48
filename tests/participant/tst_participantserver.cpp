#include "catalogue.h"
#include "languages.h"
#include "participant/participantaccess.h"
#include "participantfixture.h"
#include "scenario/scenariolibrary.h"
#include "session/sessionrules.h"
#include "session/starteractions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

// The participant API over real loopback HTTP, as docs/participant-api.md describes it.
class tst_ParticipantServer : public QObject
{
    Q_OBJECT

private slots:
    void joinCodeIsPersistentAndWellFormed();
    void pageLearnsTheLanguagesFromTheRegistry();
    void join_data();
    void join();
    void resumeToken();
    void tokenOfAnotherSessionIsRefused();
    void state();
    void stateInTheSessionsLanguage();
    void unknownPhoneLanguageGetsTheRoomsLanguage();
    void answerChangeAndClose();
    void answerIsAcknowledgedOnlyOnceStored();
    void storageFailureIsNotAcknowledged();
    void repeatedRequestsAreAcknowledgedOnlyOnceStored();
    void revealHonoursK();
    void decisionRevealNeverShowsStages();
    void commitments();
    void checkInIsAnsweredAndRevealedFromK();
    void checkInAndStartersInThePhonesLanguage();
    void pauseSignalIsCountedAndPrivate();
    void sittingOutIsPrivateAndKept();
    void roomQuestionsAreTheTrainersAlone();
    void roomQuestionSentAgainIsQueuedOnce();
    void refusals_data();
    void refusals();
    void rateLimitedJoins();
    void devicesPerAddressAreLimited();
    void wrongCodesHaveABudgetForTheRoom();
    void longPollsPerAddressAreLimited();
    void longPoll();
    void headersAndStaticFiles_data();
    void headersAndStaticFiles();
    void restartKeepsCodeAndTokens();
    void stopsWhenTheSessionChanges();
    void connectedPhones();
};

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

namespace {
// A German session (k = 3) served with the program's built catalogues: what the server words
// itself reaches the phones translated.
bool openGerman(ParticipantFixture &f)
{
    if (!f.open(3, QStringLiteral("de")))
        return false;
    Catalogue::setFolder(
        QFileInfo(QStringLiteral(UPSTANDER_BINARY)).dir().filePath(QStringLiteral("../app")));
    f.server = std::make_unique<ParticipantServer>(&f.model);
    return f.start();
}
} // namespace

void tst_ParticipantServer::joinCodeIsPersistentAndWellFormed()
{
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    ParticipantServer server(&f.model);
    const QString code = server.joinCode();
    QCOMPARE(code.size(), 6);
    for (const QChar c : code)
        QVERIFY(ParticipantAccess::codeAlphabet().contains(c));
    QCOMPARE(server.joinCode(), code);
    // Kept in the session's database, one per session.
    QCOMPARE(f.store.participantAccess(f.sessionId)->joinCode, code);
    // Made on the participant side, one per session; the store only keeps it.
    const qint64 other = f.createSession();
    QVERIFY(!f.store.participantAccess(other));
    QVERIFY(
        f.store.saveParticipantAccess(other, ParticipantAccessMaker::make(), &f.error)->tokenKey !=
        f.store.participantAccess(f.sessionId)->tokenKey);
    QVERIFY(!f.store.participantAccess(999));
    QVERIFY(!f.store.saveParticipantAccess(999, ParticipantAccessMaker::make(), &f.error));
}

void tst_ParticipantServer::pageLearnsTheLanguagesFromTheRegistry()
{
    // The phone page has no language list of its own: the program's registry, and for each of
    // its languages the page's texts.
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const HttpResponse r = f.get("/i18n/languages.json");
    QCOMPARE(r.status, 200);
    const QJsonArray list = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(list.size(), Languages::all().size());
    for (int i = 0; i < list.size(); ++i) {
        const QString code = list.at(i)[QLatin1String("code")].toString();
        QCOMPARE(code, Languages::all().at(i).code);
        QCOMPARE(f.get(QStringLiteral("/i18n/%1.json").arg(code).toUtf8()).status, 200);
    }
}

void tst_ParticipantServer::join_data()
{
    QTest::addColumn<QString>("typed"); // "CODE" is replaced by the session's code
    QTest::addColumn<int>("status");
    QTest::newRow("exact") << QStringLiteral("CODE") << 200;
    QTest::newRow("lower case with dash") << QStringLiteral("code-lower-dash") << 200;
    QTest::newRow("wrong") << QStringLiteral("ZZZZZZ") << 403;
    QTest::newRow("empty") << QString() << 403;
    QTest::newRow("too long") << QStringLiteral("CODECODECODECODECODECODECODECODECODE") << 403;
}

void tst_ParticipantServer::join()
{
    QFETCH(QString, typed);
    QFETCH(int, status);
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const QString code = f.server->joinCode();
    if (typed == QLatin1String("CODE"))
        typed = code;
    else if (typed == QLatin1String("code-lower-dash"))
        typed = code.left(3).toLower() + QLatin1Char('-') + code.mid(3).toLower();
    else if (typed == QLatin1String("ZZZZZZ") && code == typed)
        typed = QStringLiteral("YYYYYY");
    const HttpResponse r = f.post("/api/join", {{QStringLiteral("code"), typed}});
    QCOMPARE(r.status, status);
    if (status == 200) {
        const QString token = r.json().value(QLatin1String("token")).toString();
        QVERIFY(!token.isEmpty() && token.size() <= 64);
        QCOMPARE(r.json().value(QLatin1String("language")).toString(), QStringLiteral("en"));
    } else {
        QCOMPARE(r.error(), QStringLiteral("wrong-code"));
    }
}

void tst_ParticipantServer::resumeToken()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const QByteArray token = f.join();
    QVERIFY(!token.isEmpty());
    const QJsonObject again =
        f.post("/api/join", {{QStringLiteral("code"), f.server->joinCode()},
                             {QStringLiteral("token"), QString::fromLatin1(token)}})
            .json();
    QCOMPARE(again.value(QLatin1String("token")).toString().toLatin1(), token);
    // A forged token is replaced by a new one, not echoed back.
    QByteArray forged = token;
    forged[forged.size() - 1] = forged.endsWith('A') ? 'B' : 'A';
    const QJsonObject replaced =
        f.post("/api/join", {{QStringLiteral("code"), f.server->joinCode()},
                             {QStringLiteral("token"), QString::fromLatin1(forged)}})
            .json();
    const QByteArray fresh = replaced.value(QLatin1String("token")).toString().toLatin1();
    QVERIFY(!fresh.isEmpty() && fresh != forged && fresh != token);
    QCOMPARE(f.get("/api/state", forged).error(), QStringLiteral("bad-token"));
    QCOMPARE(f.get("/api/state", fresh).status, 200);
}

void tst_ParticipantServer::tokenOfAnotherSessionIsRefused()
{
    ParticipantFixture a;
    QVERIFY2(a.open() && a.start(), qPrintable(a.error));
    const QByteArray tokenA = a.join();
    // Another session, even in the same database.
    const qint64 other = a.createSession();
    SessionModel otherModel(&a.store);
    QVERIFY(otherModel.load(other, &a.error));
    ParticipantServer b(&otherModel);
    QVERIFY(b.start(QHostAddress::LocalHost, 0, &a.error));
    const HttpResponse state = exchange(b.port(), httpRequest("GET", "/api/state", {}, tokenA));
    QCOMPARE(state.status, 401);
    QCOMPARE(state.error(), QStringLiteral("bad-token"));
    const HttpResponse joined = exchange(
        b.port(), httpRequest("POST", "/api/join",
                              json({{QStringLiteral("code"), b.joinCode()},
                                    {QStringLiteral("token"), QString::fromLatin1(tokenA)}})));
    QCOMPARE(joined.status, 200);
    QVERIFY(joined.json().value(QLatin1String("token")).toString().toLatin1() != tokenA);
}

void tst_ParticipantServer::state()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const QByteArray token = f.join();

    QJsonObject s = f.state(token);
    QCOMPARE(s.value(QLatin1String("prompt"))[QLatin1String("kind")].toString(),
             QStringLiteral("waiting"));
    QVERIFY(s.value(QLatin1String("results")).isNull());
    QCOMPARE(s.value(QLatin1String("language")).toString(), QStringLiteral("en"));
    const qint64 v0 = s.value(QLatin1String("version")).toInteger();

    const qint64 self = f.addSelfPlacement();
    f.ask(self);
    s = f.state(token);
    QVERIFY(s.value(QLatin1String("version")).toInteger() > v0);
    QJsonObject prompt = s.value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("kind")).toString(), QStringLiteral("self-placement"));
    QCOMPARE(prompt.value(QLatin1String("question")).toInteger(), self);
    QCOMPARE(prompt.value(QLatin1String("text")).toString(),
             QStringLiteral("Where are you today?"));
    QVERIFY(prompt.value(QLatin1String("open")).toBool());
    QVERIFY(prompt.value(QLatin1String("answer")).isNull());
    const QJsonArray stages = prompt.value(QLatin1String("choices")).toArray();
    QCOMPARE(stages.size(), 5);
    QCOMPARE(stages.at(0)[QLatin1String("key")].toString(), QStringLiteral("bystander"));
    QVERIFY(!stages.at(0)[QLatin1String("summary")].toString().isEmpty());
    // The workshop's own label for a stage.
    QCOMPARE(stages.at(2)[QLatin1String("label")].toString(), QStringLiteral("Visible ally"));

    const qint64 decision = f.addDecision();
    f.ask(decision);
    prompt = f.state(token).value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("kind")).toString(), QStringLiteral("decision"));
    const QJsonArray options = prompt.value(QLatin1String("choices")).toArray();
    QCOMPARE(options.size(), 3);
    QCOMPARE(options.at(1).toObject(),
             (QJsonObject{{QStringLiteral("key"), QStringLiteral("credit")},
                          {QStringLiteral("label"), QStringLiteral("Credit her, out loud")}}));

    f.server->setPrompt({ParticipantPrompt::Kind::Commitment, 0, {}});
    prompt = f.state(token).value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt, (QJsonObject{{QStringLiteral("kind"), QStringLiteral("commitment")},
                                  {QStringLiteral("maxLength"), 280},
                                  {QStringLiteral("submitted"), false},
                                  {QStringLiteral("starters"),
                                   QJsonArray::fromStringList(StarterActions::texts())}}));
    QCOMPARE(StarterActions::texts().size(), 14);

    f.ask(self);
    QVERIFY(f.model.setOpen(self, false, &f.error));
    prompt = f.state(token).value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("open")).toBool(true), false);

    // A prompt naming no question of the session is shown as waiting.
    f.ask(4242);
    QCOMPARE(f.state(token).value(QLatin1String("prompt"))[QLatin1String("kind")].toString(),
             QStringLiteral("waiting"));
}

void tst_ParticipantServer::unknownPhoneLanguageGetsTheRoomsLanguage()
{
    // ?lang= is whatever a phone sends: a language outside the registry, a path, a long or
    // broken value is answered in the room's language, never an error and never another file.
    ParticipantFixture f;
    QVERIFY2(openGerman(f), qPrintable(f.error));
    const QByteArray token = f.join();
    f.ask(f.addSelfPlacement(Phase::After));
    const QJsonObject room = f.state(token);
    const QString roomText = room.value(QLatin1String("prompt"))[QLatin1String("text")].toString();
    QCOMPARE(roomText, QStringLiteral("Wo stehen Sie jetzt, nach den Szenarien?"));
    const int answersBefore = f.model.recordedCount();
    for (const QByteArray &lang :
         {QByteArray("xx"), QByteArray("..%2F..%2Fetc%2Fpasswd"), QByteArray("%00"),
          QByteArray("pt_BR%0D%0AX:1"), QByteArray(300, 'a'), QByteArray("")}) {
        const HttpResponse r = f.get("/api/state?lang=" + lang, token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(QLatin1String("language")).toString(), QStringLiteral("de"));
        QCOMPARE(r.json().value(QLatin1String("prompt"))[QLatin1String("text")].toString(),
                 roomText);
    }
    // A language of the registry is honoured; nothing was recorded by asking.
    const HttpResponse french = f.get("/api/state?lang=fr", token);
    QCOMPARE(french.status, 200);
    QVERIFY(french.json().value(QLatin1String("prompt"))[QLatin1String("text")].toString() !=
            roomText);
    QCOMPARE(f.model.recordedCount(), answersBefore);
}

void tst_ParticipantServer::stateInTheSessionsLanguage()
{
    // The console runs in English (no translator installed here); the session is German: what
    // the server words itself reaches the phones in German, the workshop's own label as it is.
    ParticipantFixture f;
    QVERIFY2(openGerman(f), qPrintable(f.error));
    const QByteArray token = f.join();
    f.ask(f.addSelfPlacement(Phase::After));
    QJsonObject s = f.state(token);
    QCOMPARE(s.value(QLatin1String("language")).toString(), QStringLiteral("de"));
    const QJsonObject prompt = s.value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("text")).toString(),
             QStringLiteral("Wo stehen Sie jetzt, nach den Szenarien?"));
    const QJsonArray stages = prompt.value(QLatin1String("choices")).toArray();
    QCOMPARE(stages.at(0)[QLatin1String("label")].toString(), QStringLiteral("Zuschauend"));
    QVERIFY(stages.at(0)[QLatin1String("summary")].toString() !=
            Spectrum::standard().at(0).summary); // not the English one
    QCOMPARE(stages.at(2)[QLatin1String("label")].toString(), QStringLiteral("Visible ally"));

    // The session switches to English: so do the phones.
    Session english = f.model.session();
    english.language = QStringLiteral("en");
    QVERIFY(f.model.updateSession(english, &f.error));
    s = f.state(token);
    QCOMPARE(s.value(QLatin1String("prompt"))[QLatin1String("text")].toString(),
             QStringLiteral("Where are you now, after the scenarios?"));
    QCOMPARE(s.value(QLatin1String("prompt"))[QLatin1String("choices")][0][QLatin1String("label")]
                 .toString(),
             QStringLiteral("Bystander"));
}

void tst_ParticipantServer::checkInIsAnsweredAndRevealedFromK()
{
    ParticipantFixture f; // k = 3
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const std::optional<qint64> id =
        f.model.addQuestion(SessionRules::newCheckInQuestion(nullptr), &f.error);
    QVERIFY2(id, qPrintable(f.error));
    f.ask(*id);
    QList<QByteArray> phones;
    for (int i = 0; i < 5; ++i)
        phones.append(f.join());

    QJsonObject prompt = f.state(phones[0]).value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("kind")).toString(), QStringLiteral("check-in"));
    QCOMPARE(prompt.value(QLatin1String("text")).toString(),
             QStringLiteral("Did you do what you committed to?"));
    QJsonArray choices = prompt.value(QLatin1String("choices")).toArray();
    QCOMPARE(choices.size(), 4);
    QCOMPARE(choices.at(0).toObject(),
             (QJsonObject{{QStringLiteral("key"), QStringLiteral("done")},
                          {QStringLiteral("label"), QStringLiteral("Yes, I did")}}));
    QCOMPARE(choices.at(3)[QLatin1String("key")].toString(), QStringLiteral("no-commitment"));

    // Two who had committed, one who had not, one pass: too few who had committed to show.
    QCOMPARE(f.answer(phones[0], *id, QStringLiteral("done")).status, 200);
    QCOMPARE(f.answer(phones[1], *id, QStringLiteral("partly")).status, 200);
    QCOMPARE(f.answer(phones[2], *id, QStringLiteral("no-commitment")).status, 200);
    QCOMPARE(f.answer(phones[3], *id, QStringLiteral("pass")).status, 200);
    QCOMPARE(f.answer(phones[4], *id, QStringLiteral("bystander")).status, 400); // not a choice
    QCOMPARE(f.state(phones[0]).value(QLatin1String("prompt"))[QLatin1String("answer")].toString(),
             QStringLiteral("done"));
    QVERIFY(f.model.setRevealed(*id, true, &f.error));
    QJsonObject results = f.state(phones[0]).value(QLatin1String("results")).toObject();
    QCOMPARE(results, (QJsonObject{{QStringLiteral("question"), *id},
                                   {QStringLiteral("suppressed"), true},
                                   {QStringLiteral("k"), 3}}));

    // A third who had committed: now the counts, in the question's order.
    QVERIFY(f.model.setRevealed(*id, false, &f.error));
    QCOMPARE(f.answer(phones[4], *id, QStringLiteral("not-yet")).status, 200);
    QVERIFY(f.model.setRevealed(*id, true, &f.error));
    results = f.state(phones[4]).value(QLatin1String("results")).toObject();
    QCOMPARE(results.value(QLatin1String("suppressed")).toBool(true), false);
    QList<int> counts;
    for (const QJsonValue &c : results.value(QLatin1String("counts")).toArray())
        counts.append(c[QLatin1String("count")].toInt());
    QCOMPARE(counts, (QList<int>{1, 1, 1, 1}));
    QCOMPARE(results.value(QLatin1String("counts"))[1][QLatin1String("label")].toString(),
             QStringLiteral("Partly"));
}

void tst_ParticipantServer::checkInAndStartersInThePhonesLanguage()
{
    // A German room: the check-in and the starter actions reach the phones in German, and a
    // phone that picked French gets them in French.
    ParticipantFixture f;
    QVERIFY2(openGerman(f), qPrintable(f.error));
    const QByteArray token = f.join();
    const std::optional<qint64> id = f.model.addQuestion(
        SessionRules::newCheckInQuestion(Catalogue::forLanguage(QStringLiteral("de")).get()),
        &f.error);
    QVERIFY2(id, qPrintable(f.error));
    f.ask(*id);
    QJsonObject prompt = f.state(token).value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("text")).toString(),
             QStringLiteral("Haben Sie getan, was Sie sich vorgenommen hatten?"));
    QCOMPARE(prompt.value(QLatin1String("choices"))[0][QLatin1String("label")].toString(),
             QStringLiteral("Ja, habe ich"));
    prompt = f.get("/api/state?lang=fr", token).json().value(QLatin1String("prompt")).toObject();
    QCOMPARE(prompt.value(QLatin1String("choices"))[1][QLatin1String("label")].toString(),
             QStringLiteral("En partie"));

    f.server->setPrompt({ParticipantPrompt::Kind::Commitment, 0, {}});
    const QJsonArray german =
        f.state(token).value(QLatin1String("prompt"))[QLatin1String("starters")].toArray();
    QCOMPARE(german.size(), 14);
    const QStringList english = StarterActions::texts();
    for (int i = 0; i < german.size(); ++i)
        QVERIFY2(german.at(i).toString() != english.at(i), qPrintable(english.at(i)));
}

void tst_ParticipantServer::answerChangeAndClose()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const qint64 self = f.addSelfPlacement();
    const qint64 other = f.addSelfPlacement(Phase::After);
    f.ask(self);
    const QByteArray token = f.join();

    HttpResponse r = f.answer(token, self, QStringLiteral("active-ally"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("question"), self},
                                    {QStringLiteral("choice"), QStringLiteral("active-ally")}}));
    QCOMPARE(f.state(token).value(QLatin1String("prompt"))[QLatin1String("answer")].toString(),
             QStringLiteral("active-ally"));
    // A second answer replaces the first.
    QCOMPARE(f.answer(token, self, QStringLiteral("pass")).status, 200);
    QCOMPARE(f.model.answers(self).size(), 1);
    QCOMPARE(f.model.answers(self).first().choice, QStringLiteral("pass"));
    // Only the question on the prompt takes answers.
    r = f.answer(token, other, QStringLiteral("advocate"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error(), QStringLiteral("closed"));
    QVERIFY(f.model.setOpen(self, false, &f.error));
    r = f.answer(token, self, QStringLiteral("advocate"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error(), QStringLiteral("closed"));
    QCOMPARE(f.model.answers(self).first().choice, QStringLiteral("pass"));
    // No names, and no usable token, in what is recorded: only the device id.
    const QString recorded = f.model.answers(self).first().token;
    QVERIFY(token.startsWith(recorded.toLatin1() + '.'));
}

void tst_ParticipantServer::answerIsAcknowledgedOnlyOnceStored()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const qint64 self = f.addSelfPlacement();
    f.ask(self);
    const QByteArray token = f.join();
    QSignalSpy committed(&f.store, &SessionStore::committed);
    RawConnection connection(f.port());
    connection.write(httpRequest("POST", "/api/answer",
                                 json({{QStringLiteral("question"), self},
                                       {QStringLiteral("choice"), QStringLiteral("advocate")}}),
                                 token));
    const std::optional<HttpResponse> r = connection.read();
    QVERIFY(r);
    QCOMPARE(r->status, 200);
    // When the phone hears "saved", the answer is in the file.
    QVERIFY(committed.size() >= 1);
    QCOMPARE(f.store.pendingCount(), 0);
    const QList<Answer> stored = f.store.answers(f.sessionId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().choice, QStringLiteral("advocate"));
}

void tst_ParticipantServer::storageFailureIsNotAcknowledged()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const qint64 self = f.addSelfPlacement();
    f.ask(self);
    const QByteArray token = f.join();
    QVERIFY(f.store.flush());
    // A full disk, as in tst_sessionstore: SQLite refuses to grow the file.
    QSqlQuery pragma(f.store.database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    const int pages = pragma.value(0).toInt();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    // Enough answers in the store's queue that the next commit needs a new page.
    for (int i = 0; i < 300; ++i) {
        f.model.recordAnswer(self, QStringLiteral("filler-token-with-some-length-%1").arg(i),
                             QStringLiteral("bystander"));
    }
    const HttpResponse r = f.answer(token, self, QStringLiteral("advocate"));
    QCOMPARE(r.status, 503);
    QCOMPARE(r.error(), QStringLiteral("storage"));
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTRY_COMPARE_WITH_TIMEOUT(f.store.pendingCount(), 0, 5000);
    // Sent again once the disk has room: stored and acknowledged.
    QCOMPARE(f.answer(token, self, QStringLiteral("advocate")).status, 200);

    // A commitment the same way. The page sends it again after a 503: while it is still not
    // on disk the phone must not hear "already submitted" (the page would take that as done).
    f.server->setPrompt({ParticipantPrompt::Kind::Commitment, 0, {}});
    QVERIFY(f.store.flush());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pragma.value(0).toInt())));
    for (int i = 0; i < 300; ++i) {
        f.model.recordAnswer(self, QStringLiteral("more-filler-token-with-some-length-%1").arg(i),
                             QStringLiteral("bystander"));
    }
    const QJsonObject commitment{{QStringLiteral("text"), QStringLiteral("Credit ideas by name.")}};
    QCOMPARE(f.post("/api/commitment", commitment, token).status, 503);
    const HttpResponse again = f.post("/api/commitment", commitment, token);
    QCOMPARE(again.status, 503);
    QCOMPARE(again.error(), QStringLiteral("storage"));
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTRY_COMPARE_WITH_TIMEOUT(f.store.pendingCount(), 0, 5000);
    QCOMPARE(f.store.commitments(f.sessionId).size(), 1);
    QCOMPARE(f.post("/api/commitment", commitment, token).error(),
             QStringLiteral("already-submitted"));
}

void tst_ParticipantServer::repeatedRequestsAreAcknowledgedOnlyOnceStored()
{
    // A phone that got a 503 sends the same sit-out or question again. While the first write
    // is still not on disk, the repeat must not hear "done" either.
    ParticipantFixture f;
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.commitTimeoutMs = 300;
    QVERIFY2(f.open() && f.start(limits), qPrintable(f.error));
    const qint64 self = f.addSelfPlacement();
    const QByteArray token = f.join();
    f.showScene(QStringLiteral("credit-taken"));
    QVERIFY(f.store.flush());
    QSqlQuery pragma(f.store.database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pragma.value(0).toInt())));
    for (int i = 0; i < 300; ++i) {
        f.model.recordAnswer(self, QStringLiteral("filler-token-with-some-length-%1").arg(i),
                             QStringLiteral("bystander"));
    }
    const QJsonObject sitOut{{QStringLiteral("scenario"), QStringLiteral("credit-taken")},
                             {QStringLiteral("sittingOut"), true}};
    QCOMPARE(f.post("/api/sit-out", sitOut, token).status, 503);
    const HttpResponse again = f.post("/api/sit-out", sitOut, token);
    QCOMPARE(again.status, 503);
    QCOMPARE(again.error(), QStringLiteral("storage"));
    const QJsonObject question{{QStringLiteral("text"), QStringLiteral("Is this recorded?")},
                               {QStringLiteral("id"), QStringLiteral("lost-reply-0123456789")}};
    QCOMPARE(f.post("/api/question", question, token).status, 503);
    QCOMPARE(f.post("/api/question", question, token).status, 503);

    // Room on the disk again: the repeats hear "done", and each is there once.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTRY_COMPARE_WITH_TIMEOUT(f.store.pendingCount(), 0, 5000);
    QCOMPARE(f.post("/api/sit-out", sitOut, token).status, 200);
    QCOMPARE(f.post("/api/question", question, token).status, 200);
    QCOMPARE(f.store.roomQuestions(f.sessionId).size(), 1);
    QVERIFY(f.model.isSittingOut(QStringLiteral("credit-taken"),
                                 QString::fromLatin1(token.left(token.indexOf('.')))));
}

void tst_ParticipantServer::revealHonoursK()
{
    ParticipantFixture f;
    QVERIFY2(f.open(3) && f.start(), qPrintable(f.error));
    const qint64 self = f.addSelfPlacement();
    f.ask(self);
    QList<QByteArray> tokens;
    for (int i = 0; i < 4; ++i)
        tokens.append(f.join());
    QCOMPARE(f.answer(tokens[0], self, QStringLiteral("advocate")).status, 200);
    QCOMPARE(f.answer(tokens[1], self, QStringLiteral("active-ally")).status, 200);
    QCOMPARE(f.answer(tokens[3], self, QStringLiteral("pass")).status, 200);
    // Not revealed: no results, whatever the count.
    QVERIFY(f.state(tokens[0]).value(QLatin1String("results")).isNull());

    QVERIFY(f.model.setRevealed(self, true, &f.error));
    QJsonObject results = f.state(tokens[0]).value(QLatin1String("results")).toObject();
    // k − 1 people (a pass does not count): suppressed, and not a single number but k.
    QCOMPARE(results, (QJsonObject{{QStringLiteral("question"), self},
                                   {QStringLiteral("suppressed"), true},
                                   {QStringLiteral("k"), 3}}));

    // Revealing closes the question: a late answer is refused until the results are hidden
    // (which opens it again); the next reveal counts it.
    QCOMPARE(f.answer(tokens[2], self, QStringLiteral("advocate")).status, 409);
    QVERIFY(f.model.setRevealed(self, false, &f.error));
    QCOMPARE(f.answer(tokens[2], self, QStringLiteral("advocate")).status, 200);
    const qint64 before = f.state(tokens[0]).value(QLatin1String("version")).toInteger();
    QVERIFY(f.model.setRevealed(self, true, &f.error));
    const QJsonObject s = f.state(tokens[0]);
    QVERIFY(s.value(QLatin1String("version")).toInteger() > before);
    results = s.value(QLatin1String("results")).toObject();
    QCOMPARE(results.value(QLatin1String("suppressed")).toBool(true), false);
    QCOMPARE(results.value(QLatin1String("k")).toInt(), 3);
    const QJsonArray counts = results.value(QLatin1String("counts")).toArray();
    QCOMPARE(counts.size(), 5);
    QCOMPARE(counts.at(3).toObject(),
             (QJsonObject{{QStringLiteral("key"), QStringLiteral("active-ally")},
                          {QStringLiteral("label"), counts.at(3)[QLatin1String("label")]},
                          {QStringLiteral("count"), 1}}));
    QCOMPARE(counts.at(4)[QLatin1String("count")].toInt(), 2);
    QCOMPARE(counts.at(0)[QLatin1String("count")].toInt(), 0);
}

void tst_ParticipantServer::decisionRevealNeverShowsStages()
{
    ParticipantFixture f;
    QVERIFY2(f.open(3) && f.start(), qPrintable(f.error));
    const qint64 decision = f.addDecision();
    f.ask(decision);
    const QStringList picks{QStringLiteral("credit"), QStringLiteral("credit"),
                            QStringLiteral("escalate")};
    QByteArray token;
    for (const QString &pick : picks) {
        token = f.join();
        QCOMPARE(f.answer(token, decision, pick).status, 200);
    }
    const QByteArray before = f.get("/api/state", token).body;
    QVERIFY(f.model.setRevealed(decision, true, &f.error));
    const HttpResponse r = f.get("/api/state", token);
    const QJsonArray counts = r.json()[QLatin1String("results")][QLatin1String("counts")].toArray();
    QCOMPARE(counts.size(), 3);
    QCOMPARE(counts.at(1).toObject(),
             (QJsonObject{{QStringLiteral("key"), QStringLiteral("credit")},
                          {QStringLiteral("label"), QStringLiteral("Credit her, out loud")},
                          {QStringLiteral("count"), 2}}));
    for (const QByteArray &body : {before, r.body}) {
        for (const char *stage : {"bystander", "active-ally", "advocate"})
            QVERIFY2(!body.contains(stage), body.constData());
    }
}

void tst_ParticipantServer::commitments()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const QByteArray token = f.join();
    const auto commit = [&](const QByteArray &t, const QString &text) {
        return f.post("/api/commitment", {{QStringLiteral("text"), text}}, t);
    };
    HttpResponse r = commit(token, QStringLiteral("Credit people by name."));
    QCOMPARE(r.status, 409); // not asked for yet
    QCOMPARE(r.error(), QStringLiteral("closed"));

    f.server->setPrompt({ParticipantPrompt::Kind::Commitment, 0, {}});
    r = commit(token, QStringLiteral("   "));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("empty"));
    r = commit(token, QString(281, QLatin1Char('x')));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("too-long"));
    r = commit(token, QStringLiteral("  ") + QString(280, QLatin1Char('y')) + QStringLiteral(" "));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("submitted"), true}}));
    QCOMPARE(f.store.commitments(f.sessionId).size(), 1); // on disk when acknowledged
    QCOMPARE(f.store.commitments(f.sessionId).first().text, QString(280, QLatin1Char('y')));
    r = commit(token, QStringLiteral("A second one"));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.error(), QStringLiteral("already-submitted"));
    QCOMPARE(f.state(token)[QLatin1String("prompt")][QLatin1String("submitted")].toBool(), true);
    const QByteArray other = f.join();
    QCOMPARE(f.state(other)[QLatin1String("prompt")][QLatin1String("submitted")].toBool(true),
             false);
    QCOMPARE(commit(other, QStringLiteral("Ask before I help.")).status, 200);
    QCOMPARE(f.model.commitments().size(), 2);

    // 280 characters as a person sees them, whatever they are made of: a family emoji is one
    // (eleven UTF-16 units, 25 bytes of UTF-8).
    const char32_t points[] = {0x1F468, 0x200D, 0x1F469, 0x200D, 0x1F467, 0x200D, 0x1F466};
    const QString family = QString::fromUcs4(points, 7);
    const QByteArray third = f.join();
    r = commit(third, family.repeated(281));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.error(), QStringLiteral("too-long"));
    r = commit(third, family.repeated(280));
    QCOMPARE(r.status, 200);
    QCOMPARE(f.store.commitments(f.sessionId).last().text, family.repeated(280));
}

void tst_ParticipantServer::refusals_data()
{
    QTest::addColumn<QByteArray>("request"); // TOKEN, QUESTION are filled in
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    const auto answer = [](const QByteArray &body, const QByteArray &type = "application/json") {
        return httpRequest("POST", "/api/answer", body, "TOKEN", type);
    };
    QTest::newRow("malformed-json")
        << answer("{\"question\": QUESTION,") << 400 << QStringLiteral("malformed-json");
    QTest::newRow("array") << answer("[1, 2]") << 400 << QStringLiteral("malformed-json");
    QTest::newRow("bad-utf8") << answer("{\"question\": QUESTION, \"choice\": \"\xc3\x28\"}") << 400
                              << QStringLiteral("bad-utf8");
    QTest::newRow("overlong utf-8") << answer("{\"question\": QUESTION, \"choice\": \"\xc0\xaf\"}")
                                    << 400 << QStringLiteral("bad-utf8");
    QTest::newRow("unknown-field")
        << answer("{\"question\": QUESTION, \"choice\": \"pass\", \"name\": \"Ann\"}") << 400
        << QStringLiteral("unknown-field");
    QTest::newRow("missing-field")
        << answer("{\"question\": QUESTION}") << 400 << QStringLiteral("missing-field");
    QTest::newRow("wrong-type") << answer("{\"question\": \"QUESTION\", \"choice\": \"pass\"}")
                                << 400 << QStringLiteral("wrong-type");
    QTest::newRow("fractional id") << answer("{\"question\": 1.5, \"choice\": \"pass\"}") << 400
                                   << QStringLiteral("wrong-type");
    QTest::newRow("unknown-choice") << answer("{\"question\": QUESTION, \"choice\": \"hero\"}")
                                    << 400 << QStringLiteral("unknown-choice");
    QTest::newRow("not-found question") << answer("{\"question\": 987654, \"choice\": \"pass\"}")
                                        << 404 << QStringLiteral("not-found");
    QTest::newRow("not-json") << answer("question=1&choice=pass",
                                        "application/x-www-form-urlencoded")
                              << 415 << QStringLiteral("not-json");
    QTest::newRow("no content type")
        << answer("{}", QByteArray()) << 415 << QStringLiteral("not-json");
    QTest::newRow("no-token") << httpRequest("GET", "/api/state") << 401
                              << QStringLiteral("no-token");
    QTest::newRow("bad-token") << httpRequest("GET", "/api/state", {}, "abc.def") << 401
                               << QStringLiteral("bad-token");
    QTest::newRow("wrong-code") << httpRequest("POST", "/api/join", "{\"code\": \"AAAAAA\"}") << 403
                                << QStringLiteral("wrong-code");
    QTest::newRow("join wrong-type") << httpRequest("POST", "/api/join", "{\"code\": 123456}")
                                     << 400 << QStringLiteral("wrong-type");
    QTest::newRow("not-found path")
        << httpRequest("GET", "/api/sessions") << 404 << QStringLiteral("not-found");
    QTest::newRow("no files from disk")
        << httpRequest("GET", "/../../etc/passwd") << 404 << QStringLiteral("not-found");
    QTest::newRow("no hidden resources")
        << httpRequest("GET", "/i18n/../../scenarios/credit-taken.yaml") << 404
        << QStringLiteral("not-found");
    QTest::newRow("method-not-allowed") << httpRequest("GET", "/api/answer", {}, "TOKEN") << 405
                                        << QStringLiteral("method-not-allowed");
    QTest::newRow("POST state") << httpRequest("POST", "/api/state", "{}", "TOKEN") << 405
                                << QStringLiteral("method-not-allowed");
    QTest::newRow("too-large") << httpRequest("POST", "/api/answer", QByteArray(8193, ' '), "TOKEN")
                               << 413 << QStringLiteral("too-large");
}

void tst_ParticipantServer::refusals()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, error);
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const qint64 self = f.addSelfPlacement();
    f.ask(self);
    QString code = f.server->joinCode();
    if (request.contains("AAAAAA") && code == QLatin1String("AAAAAA"))
        request.replace("AAAAAA", "BBBBBB");
    request.replace("TOKEN", f.join());
    request.replace("QUESTION", QByteArray::number(self));
    // The body may have changed length: fix Content-Length.
    const qsizetype end = request.indexOf("\r\n\r\n");
    const QByteArray body = request.mid(end + 4);
    if (request.contains("Content-Length: ")) {
        const qsizetype at = request.indexOf("Content-Length: ") + 16;
        request.replace(at, request.indexOf("\r\n", at) - at, QByteArray::number(body.size()));
    }
    const HttpResponse r = exchange(f.port(), request);
    QCOMPARE(r.status, status);
    QCOMPARE(r.error(), error);
    QVERIFY(!r.json().value(QLatin1String("message")).toString().isEmpty());
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    if (status == 405)
        QVERIFY(!r.header("allow").isEmpty());
    QVERIFY(f.model.answers(self).isEmpty());
}

void tst_ParticipantServer::rateLimitedJoins()
{
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.joinsPerAddressPerMinute = 5;
    QVERIFY2(f.start(limits), qPrintable(f.error));
    int refused = 0;
    HttpResponse last;
    for (int i = 0; i < 8; ++i) {
        last = f.post("/api/join", {{QStringLiteral("code"), QStringLiteral("WRONG1")}});
        refused += last.status == 429;
    }
    QCOMPARE(refused, 3);
    QCOMPARE(last.error(), QStringLiteral("rate-limited"));
    QVERIFY(last.header("retry-after").toInt() >= 1);
    // Another address is not affected.
    const HttpResponse other = exchange(
        f.port(),
        httpRequest("POST", "/api/join", json({{QStringLiteral("code"), f.server->joinCode()}})),
        5000, QHostAddress(QStringLiteral("127.0.0.7")));
    QCOMPARE(other.status, 200);
}

void tst_ParticipantServer::devicesPerAddressAreLimited()
{
    // One person minting devices could add the k − 1 fake answers that reveal someone's own:
    // an address joins with a few devices at most (the default limits, not the tests' ones).
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(ParticipantServer::Limits()), qPrintable(f.error));
    const int allowed = ParticipantServer::Limits().devicesPerAddress;
    QByteArray first;
    for (int i = 0; i < allowed; ++i) {
        const QByteArray token = f.join();
        QVERIFY(!token.isEmpty());
        if (i == 0)
            first = token;
    }
    const HttpResponse refused =
        f.post("/api/join", {{QStringLiteral("code"), f.server->joinCode()}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.error(), QStringLiteral("too-many-devices"));
    // A phone that joined before keeps coming back with its token.
    const HttpResponse again =
        f.post("/api/join", {{QStringLiteral("code"), f.server->joinCode()},
                             {QStringLiteral("token"), QString::fromLatin1(first)}});
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(QLatin1String("token")).toString().toLatin1(), first);
}

void tst_ParticipantServer::wrongCodesHaveABudgetForTheRoom()
{
    // Guessing from many addresses: the per-address join limit does not stop it, the room's
    // budget of wrong codes does; the right code still gets in.
    ParticipantFixture f;
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.joinsPerAddressPerMinute = 1000;
    limits.wrongCodesPerMinute = 5;
    QVERIFY2(f.open() && f.start(limits), qPrintable(f.error));
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(f.post("/api/join", {{QStringLiteral("code"), QStringLiteral("ZZZ999")}}).error(),
                 QStringLiteral("wrong-code"));
    }
    const HttpResponse limited =
        f.post("/api/join", {{QStringLiteral("code"), QStringLiteral("ZZZ999")}});
    QCOMPARE(limited.status, 429);
    QVERIFY(!limited.header("Retry-After").isEmpty());
    QVERIFY(!f.join().isEmpty());
}

void tst_ParticipantServer::longPollsPerAddressAreLimited()
{
    ParticipantFixture f;
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.longPollsPerAddress = 2;
    QVERIFY2(f.open() && f.start(limits), qPrintable(f.error));
    QList<QByteArray> tokens;
    for (int i = 0; i < 3; ++i)
        tokens.append(f.join());
    const QByteArray version = QByteArray::number(f.server->version());
    std::vector<std::unique_ptr<RawConnection>> polls;
    for (const QByteArray &token : tokens) {
        polls.push_back(std::make_unique<RawConnection>(f.port()));
        polls.back()->write(httpRequest("GET", "/api/state?since=" + version, {}, token));
        QTest::qWait(50);
    }
    // The third one made the first answer at once; the second and third still wait.
    const std::optional<HttpResponse> first = polls.at(0)->read(3000);
    QVERIFY(first);
    QCOMPARE(first->status, 200);
    QVERIFY(!polls.at(1)->read(300));
    QVERIFY(!polls.at(2)->read(300));
}

void tst_ParticipantServer::pauseSignalIsCountedAndPrivate()
{
    // Only a count reaches the console; nothing is stored; no other phone can tell that
    // anyone asked (the version stays); the phones that asked are told when it is seen.
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.longPollMs = 3000;
    QVERIFY2(f.start(limits), qPrintable(f.error));
    const QByteArray a = f.join();
    const QByteArray b = f.join();
    const QByteArray c = f.join();
    QSignalSpy counts(f.server.get(), &ParticipantServer::pauseRequestsChanged);
    const qint64 version = f.state(c).value(QLatin1String("version")).toInteger();
    const auto pause = [&](const QByteArray &token, const QJsonValue &asked) {
        return f.post("/api/pause", {{QStringLiteral("asked"), asked}}, token);
    };

    HttpResponse r = pause(a, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("asked"), true}}));
    QCOMPARE(pause(a, true).status, 200); // the same phone again: still one
    QCOMPARE(pause(b, true).status, 200);
    QCOMPARE(f.server->pauseRequests(), 2);
    QCOMPARE(counts.size(), 2);
    QCOMPARE(counts.last().first().toInt(), 2);
    QCOMPARE(f.state(a).value(QLatin1String("pause")).toBool(), true);
    QCOMPARE(f.state(c).value(QLatin1String("pause")).toBool(true), false);
    QCOMPARE(f.state(c).value(QLatin1String("version")).toInteger(), version);
    QCOMPARE(pause(b, false).status, 200); // taken back
    QCOMPARE(f.server->pauseRequests(), 1);

    QCOMPARE(pause(a, QStringLiteral("yes")).error(), QStringLiteral("wrong-type"));
    QCOMPARE(f.post("/api/pause", {}, a).error(), QStringLiteral("missing-field"));
    QCOMPARE(pause({}, true).status, 401);
    QCOMPARE(f.get("/api/pause", a).status, 405);
    QCOMPARE(f.server->pauseRequests(), 1);

    // The trainer marks it as seen: the phone that asked hears at once, the others nothing.
    const QByteArray path = "/api/state?since=" + QByteArray::number(version);
    RawConnection asker(f.port());
    RawConnection other(f.port());
    asker.write(httpRequest("GET", path, {}, a));
    other.write(httpRequest("GET", path, {}, c));
    QTest::qWait(100);
    f.server->clearPauseRequests();
    const std::optional<HttpResponse> told = asker.read(1000);
    QVERIFY(told);
    QVERIFY2(told->elapsedMs < 500, QByteArray::number(told->elapsedMs).constData());
    QCOMPARE(told->json().value(QLatin1String("pause")).toBool(true), false);
    QCOMPARE(told->json().value(QLatin1String("pauseSeen")).toBool(), true);
    QCOMPARE(told->json().value(QLatin1String("version")).toInteger(), version);
    const std::optional<HttpResponse> quiet = other.read(1000);
    QVERIFY2(!quiet || quiet->elapsedMs >= 2500, "another phone was woken");
    QCOMPARE(f.server->pauseRequests(), 0);
    QCOMPARE(counts.last().first().toInt(), 0);

    // Nothing of it is in the session's file.
    QVERIFY(f.store.answers(f.sessionId).isEmpty());
    QVERIFY(f.store.commitments(f.sessionId).isEmpty());
    QCOMPARE(f.state(c).value(QLatin1String("pauseSeen")).toBool(true), false);
    // Asking again: no longer "seen".
    QCOMPARE(pause(a, true).status, 200);
    QCOMPARE(f.state(a).value(QLatin1String("pauseSeen")).toBool(true), false);
    // A stopped server forgets the requests; after a restart the phone is not told "seen" for
    // a request nobody saw.
    f.server->stop();
    QCOMPARE(f.server->pauseRequests(), 0);
    QCOMPARE(counts.last().first().toInt(), 0);
    QVERIFY2(f.start(limits), qPrintable(f.error));
    const QJsonObject after = f.state(a);
    QCOMPARE(after.value(QLatin1String("pause")).toBool(true), false);
    QCOMPARE(after.value(QLatin1String("pauseSeen")).toBool(true), false);
}

void tst_ParticipantServer::sittingOutIsPrivateAndKept()
{
    // A phone sees the role-play's content note while it is on and may sit it out: it is then
    // not asked its decisions (an answer is refused, never counted as a pass), the trainer sees
    // only the count, no other phone learns of it (the version stays), and it is kept in the
    // session's file, with no time, so a restart does not ask that phone again.
    ParticipantFixture f;
    QVERIFY2(f.open(3), qPrintable(f.error));
    QVERIFY2(f.start(), qPrintable(f.error));
    const QByteArray a = f.join();
    const QByteArray b = f.join();
    const QString scenarioId = QStringLiteral("credit-taken");
    ScenarioLibrary library;
    library.load({});
    QVERIFY(library.find(scenarioId));
    const QString note = library.find(scenarioId)->scenario.contentNote.simplified();
    QVERIFY2(!note.isEmpty(), "the built-in scenario has a content note");

    QCOMPARE(f.state(a).value(QLatin1String("scenario")), QJsonValue(QJsonValue::Null));
    f.showScene(scenarioId);
    QJsonObject shown = f.state(a).value(QLatin1String("scenario")).toObject();
    QCOMPARE(shown.value(QLatin1String("id")).toString(), scenarioId);
    QCOMPARE(shown.value(QLatin1String("title")).toString(),
             library.find(scenarioId)->scenario.title.simplified());
    QCOMPARE(shown.value(QLatin1String("contentNote")).toString(), note);
    QCOMPARE(shown.value(QLatin1String("sittingOut")).toBool(true), false);
    const qint64 version = f.state(b).value(QLatin1String("version")).toInteger();

    const auto sitOut = [&](const QByteArray &token, const QJsonValue &scenario,
                            const QJsonValue &out) {
        return f.post("/api/sit-out",
                      {{QStringLiteral("scenario"), scenario}, {QStringLiteral("sittingOut"), out}},
                      token);
    };
    HttpResponse r = sitOut(a, scenarioId, true);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("scenario"), scenarioId},
                                    {QStringLiteral("sittingOut"), true}}));
    QCOMPARE(sitOut(a, scenarioId, true).status, 200); // the same again: still one
    QCOMPARE(f.model.sittingOutCount(scenarioId), 1);
    QCOMPARE(f.state(a)[QLatin1String("scenario")][QLatin1String("sittingOut")].toBool(), true);
    QCOMPARE(f.state(b)[QLatin1String("scenario")][QLatin1String("sittingOut")].toBool(true),
             false);
    QCOMPARE(f.state(b).value(QLatin1String("version")).toInteger(), version);
    QVERIFY(!f.state(b).contains(QLatin1String("sittingOutCount")));

    // Its decision: the phone that sat out is not counted, not even as a pass.
    const qint64 decision = f.addDecision();
    f.ask(decision);
    QCOMPARE(f.answer(a, decision, QStringLiteral("credit")).error(),
             QStringLiteral("sitting-out"));
    QCOMPARE(f.answer(a, decision, QStringLiteral("pass")).error(), QStringLiteral("sitting-out"));
    QCOMPARE(f.answer(b, decision, QStringLiteral("credit")).status, 200);
    QCOMPARE(f.model.count(decision).people(), 1);
    QCOMPARE(f.model.count(decision).passes, 0);

    // Refusals: another role-play than the one on; wrong types; no token.
    QCOMPARE(sitOut(b, QStringLiteral("banter-joke"), true).error(), QStringLiteral("not-current"));
    QCOMPARE(sitOut(b, scenarioId, QStringLiteral("yes")).error(), QStringLiteral("wrong-type"));
    QCOMPARE(f.post("/api/sit-out", {{QStringLiteral("scenario"), scenarioId}}, b).error(),
             QStringLiteral("missing-field"));
    QCOMPARE(sitOut({}, scenarioId, true).status, 401);
    QCOMPARE(f.get("/api/sit-out", b).status, 405);
    QCOMPARE(f.model.sittingOutCount(scenarioId), 1);

    // Kept across a restart of the program: the same phone is still sitting out.
    QVERIFY(f.model.flush());
    const QList<SitOut> kept = f.store.sitOuts(f.sessionId);
    QCOMPARE(kept.size(), 1);
    QCOMPARE(kept.first().scenarioId, scenarioId);
    SessionModel again(&f.store);
    QVERIFY(again.load(f.sessionId, &f.error));
    QCOMPARE(again.sittingOutCount(scenarioId), 1);

    // Joining in again: answers count.
    QCOMPARE(sitOut(a, scenarioId, false).status, 200);
    QCOMPARE(f.model.sittingOutCount(scenarioId), 0);
    QCOMPARE(f.answer(a, decision, QStringLiteral("pass")).status, 200);
    QCOMPARE(f.model.count(decision).passes, 1);
    QVERIFY(f.model.flush());
    QVERIFY(f.store.sitOuts(f.sessionId).isEmpty());

    // A self-placement is nobody's role-play: no block on the phones.
    f.ask(f.addSelfPlacement());
    QCOMPARE(f.state(a).value(QLatin1String("scenario")), QJsonValue(QJsonValue::Null));
    QCOMPARE(sitOut(a, scenarioId, true).error(), QStringLiteral("not-current"));
}

void tst_ParticipantServer::roomQuestionSentAgainIsQueuedOnce()
{
    // A phone that never got the reply (a dropped connection, a 503 while the disk was slow)
    // sends its question again under the id it made for it: one question in the queue, the
    // same reply, and the device's allowance is not spent twice, also after a restart.
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const QByteArray a = f.join();
    const QByteArray b = f.join();
    const auto ask = [&](const QByteArray &token, const QString &text, const QJsonValue &id) {
        return f.post("/api/question", {{QStringLiteral("text"), text}, {QStringLiteral("id"), id}},
                      token);
    };
    const QString id = QStringLiteral("q-7Xb2c9kLmN4pQr8s");
    const QString text = QStringLiteral("Who do I tell when it is my manager?");
    QCOMPARE(ask(a, text, id).status, 200);
    HttpResponse again = ask(a, text, id);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), (QJsonObject{{QStringLiteral("sent"), true}}));
    QCOMPARE(f.model.roomQuestions().size(), 1);
    // The key is not the phone's id (no phone can name another's question) and leads to no
    // device.
    const QString key = f.model.roomQuestions().first().key;
    QVERIFY(key != id && !key.contains(QString::fromLatin1(a.left(a.indexOf('.')))));

    // Another phone making the same id by chance has a question of its own.
    QCOMPARE(ask(b, QStringLiteral("Can we talk about pay?"), id).status, 200);
    QCOMPARE(f.model.roomQuestions().size(), 2);

    // After the server starts again, a late retry still finds it.
    f.server->stop();
    QVERIFY2(f.start(), qPrintable(f.error));
    QCOMPARE(ask(a, text, id).status, 200);
    QCOMPARE(f.model.roomQuestions().size(), 2);

    // Ten questions a device, retries not counted.
    for (int i = 1; i < SessionRules::MaxRoomQuestionsPerDevice; ++i) {
        const QString each =
            QStringLiteral("question-number-%1-of-ten").arg(i, 2, 10, QLatin1Char('0'));
        QCOMPARE(ask(a, QStringLiteral("Question %1?").arg(i), each).status, 200);
        QCOMPARE(ask(a, QStringLiteral("Question %1?").arg(i), each).status, 200);
    }
    QCOMPARE(f.model.roomQuestions().size(), 1 + SessionRules::MaxRoomQuestionsPerDevice);

    // An id that is no id: refused, nothing queued.
    for (const QJsonValue &bad : {QJsonValue(QStringLiteral("short")), QJsonValue(42),
                                  QJsonValue(QStringLiteral("has space in it, sixteen+")),
                                  QJsonValue(QString(65, QLatin1Char('x')))}) {
        const HttpResponse r = ask(b, QStringLiteral("Another?"), bad);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("wrong-type"));
    }
    QCOMPARE(f.model.roomQuestions().size(), 1 + SessionRules::MaxRoomQuestionsPerDevice);
}

void tst_ParticipantServer::roomQuestionsAreTheTrainersAlone()
{
    // A question from a phone goes into the trainer's queue, once on disk; the word lists (the
    // shipped ones and the trainer's own) hold a flagged one for review; nothing of it reaches
    // another phone, and the file keeps no device and no time with it.
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    QTemporaryDir own;
    QDir(own.path()).mkpath(QStringLiteral("."));
    QFile mine(QDir(own.path()).filePath(QStringLiteral("en.txt")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("# the trainer's own\nproject bluebird\n");
    mine.close();
    QVERIFY2(f.start(), qPrintable(f.error));
    f.server->setWordListFolder(own.path());
    const QByteArray a = f.join();
    const QByteArray b = f.join();
    const qint64 version = f.state(b).value(QLatin1String("version")).toInteger();
    const auto ask = [&](const QByteArray &token, const QJsonValue &text) {
        return f.post("/api/question", {{QStringLiteral("text"), text}}, token);
    };

    HttpResponse r = ask(a, QStringLiteral("  How do I speak up\nwhen it is my manager?  "));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json(), (QJsonObject{{QStringLiteral("sent"), true}}));
    QCOMPARE(ask(a, QStringLiteral("You're all a bunch of FUCK1NG losers")).status, 200);
    QCOMPARE(ask(a, QStringLiteral("What about Project Bluebird?")).status, 200);
    QCOMPARE(ask(b, QStringLiteral("Wer zahlt das? 🙂")).status, 200);
    const QList<RoomQuestion> &queue = f.model.roomQuestions();
    QCOMPARE(queue.size(), 4);
    QCOMPARE(queue.at(0).text, QStringLiteral("How do I speak up\nwhen it is my manager?"));
    QCOMPARE(queue.at(0).state, RoomQuestionState::New);
    QCOMPARE(queue.at(1).state, RoomQuestionState::Held); // the shipped list
    QCOMPARE(queue.at(2).state, RoomQuestionState::Held); // the trainer's own
    QCOMPARE(queue.at(3).state, RoomQuestionState::New);
    QCOMPARE(f.state(b).value(QLatin1String("version")).toInteger(), version);

    // Refusals: nothing is queued.
    QCOMPARE(ask(a, QStringLiteral("   ")).error(), QStringLiteral("empty"));
    QCOMPARE(ask(a, QString(281, QLatin1Char('x'))).error(), QStringLiteral("too-long"));
    QCOMPARE(ask(a, QStringLiteral("tab\there")).error(), QStringLiteral("control-characters"));
    QCOMPARE(ask(a, QStringLiteral("bidi \u202Etxet")).error(),
             QStringLiteral("control-characters"));
    QCOMPARE(ask(a, 42).error(), QStringLiteral("wrong-type"));
    QCOMPARE(ask({}, QStringLiteral("hi")).status, 401);
    QCOMPARE(f.get("/api/question", a).status, 405);
    QCOMPARE(f.model.roomQuestions().size(), 4);
    // Ten per device while the server runs.
    for (int i = 3; i < SessionRules::MaxRoomQuestionsPerDevice; ++i) // a has sent 3
        QCOMPARE(ask(a, QStringLiteral("Question %1").arg(i)).status, 200);
    QCOMPARE(ask(a, QStringLiteral("One more")).error(), QStringLiteral("too-many-questions"));
    QCOMPARE(ask(b, QStringLiteral("Still fine")).status, 200);

    // On disk: text, state and place; no device, no time.
    QVERIFY(f.model.flush());
    QCOMPARE(f.store.roomQuestions(f.sessionId).size(), 12);
    QStringList names;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("roomQuestionColumns"));
        db.setDatabaseName(f.store.path());
        QVERIFY(db.open());
        QSqlQuery columns(db);
        QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(room_questions)")));
        while (columns.next())
            names.append(columns.value(1).toString());
    }
    QSqlDatabase::removeDatabase(QStringLiteral("roomQuestionColumns"));
    QCOMPARE(names, (QStringList{QStringLiteral("key"), QStringLiteral("session_id"),
                                 QStringLiteral("position"), QStringLiteral("text"),
                                 QStringLiteral("state")}));
    QByteArray file;
    for (const QString &part : {f.store.path(), f.store.path() + QStringLiteral("-wal")}) {
        QFile db(part);
        if (db.open(QIODevice::ReadOnly))
            file += db.readAll();
    }
    const QByteArray deviceA = a.left(a.indexOf('.'));
    QVERIFY(!deviceA.isEmpty());
    QVERIFY2(!file.contains(deviceA) || !f.store.answers(f.sessionId).isEmpty(),
             "a device id is in the file although it only sent questions");
}

void tst_ParticipantServer::longPoll()
{
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.longPollMs = 800;
    QVERIFY2(f.start(limits), qPrintable(f.error));
    const QByteArray token = f.join();
    const qint64 version = f.state(token).value(QLatin1String("version")).toInteger();
    const QByteArray path = "/api/state?since=" + QByteArray::number(version);

    // Nothing changes: answered after longPollMs with the same state.
    RawConnection quiet(f.port());
    quiet.write(httpRequest("GET", path, {}, token));
    std::optional<HttpResponse> r = quiet.read(3000);
    QVERIFY(r);
    QVERIFY2(r->elapsedMs >= 700, QByteArray::number(r->elapsedMs).constData());
    QCOMPARE(r->json().value(QLatin1String("version")).toInteger(), version);

    // A change answers at once, on the same (kept-alive) connection.
    quiet.write(httpRequest("GET", path, {}, token));
    QTest::qWait(100);
    const qint64 self = f.addSelfPlacement();
    f.ask(self);
    r = quiet.read(3000);
    QVERIFY(r);
    QVERIFY2(r->elapsedMs < 500, QByteArray::number(r->elapsedMs).constData());
    QVERIFY(r->json().value(QLatin1String("version")).toInteger() > version);
    QCOMPARE(r->json()[QLatin1String("prompt")][QLatin1String("question")].toInteger(), self);

    // An outdated version is answered at once.
    const HttpResponse old = f.get(path, token);
    QVERIFY(old.elapsedMs < 500);
}

void tst_ParticipantServer::headersAndStaticFiles_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("type");
    QTest::newRow("page") << QByteArray("/") << 200 << QByteArray("text/html; charset=utf-8");
    QTest::newRow("script") << QByteArray("/app.js") << 200
                            << QByteArray("text/javascript; charset=utf-8");
    QTest::newRow("style") << QByteArray("/style.css") << 200
                           << QByteArray("text/css; charset=utf-8");
    QTest::newRow("english") << QByteArray("/i18n/en.json") << 200
                             << QByteArray("application/json");
    QTest::newRow("german") << QByteArray("/i18n/de.json") << 200 << QByteArray("application/json");
    QTest::newRow("api") << QByteArray("/api/state") << 401 << QByteArray("application/json");
    QTest::newRow("missing") << QByteArray("/favicon.ico") << 404 << QByteArray("application/json");
}

void tst_ParticipantServer::headersAndStaticFiles()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QFETCH(QByteArray, type);
    if (status == 200 && !QFile::exists(QStringLiteral(":/participant") +
                                        QString::fromLatin1(path == "/" ? "/index.html" : path)))
        QSKIP("resources/participant/ does not hold this file yet");
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const HttpResponse r = f.get(path);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("content-type"), type);
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QVERIFY(r.header("content-security-policy").startsWith("default-src 'self'"));
    QCOMPARE(r.header("cache-control"), path.startsWith("/api/") || status != 200
                                            ? QByteArray("no-store")
                                            : QByteArray("no-cache"));
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
}

void tst_ParticipantServer::restartKeepsCodeAndTokens()
{
    QTemporaryDir dir;
    QByteArray token;
    QString code;
    quint16 port = 0;
    qint64 sessionId = 0;
    qint64 question = 0;
    {
        ParticipantFixture f;
        QVERIFY2(f.open() && f.start(), qPrintable(f.error));
        question = f.addSelfPlacement();
        f.ask(question);
        token = f.join();
        code = f.server->joinCode();
        port = f.port();
        QCOMPARE(f.answer(token, question, QStringLiteral("bystander")).status, 200);

        // Stop and start the server on the same port and session.
        QSignalSpy running(f.server.get(), &ParticipantServer::runningChanged);
        f.server->stop();
        QVERIFY(!f.server->isRunning());
        QCOMPARE(exchange(port, httpRequest("GET", "/api/state", {}, token), 500).status, 0);
        QVERIFY2(f.start({}, port), qPrintable(f.error));
        QCOMPARE(running.size(), 2);
        QCOMPARE(f.port(), port);
        QCOMPARE(f.server->joinCode(), code);
        f.ask(question);
        QCOMPARE(f.state(token)[QLatin1String("prompt")][QLatin1String("answer")].toString(),
                 QStringLiteral("bystander"));
        QCOMPARE(f.answer(token, question, QStringLiteral("advocate")).status, 200);

        // The program restarts: a new store, model and server on the same file.
        f.server.reset();
        f.model.unload();
        f.store.close();
        SessionStore store;
        QVERIFY(store.open(f.dir.path(), &f.error));
        SessionModel model(&store);
        QVERIFY(model.load(f.sessionId, &f.error));
        ParticipantServer server(&model);
        QVERIFY2(server.start(QHostAddress::LocalHost, 0, &f.error), qPrintable(f.error));
        QCOMPARE(server.joinCode(), code);
        server.setPrompt({ParticipantPrompt::Kind::Question, question, {}});
        const HttpResponse s = exchange(server.port(), httpRequest("GET", "/api/state", {}, token));
        QCOMPARE(s.status, 200);
        QCOMPARE(s.json()[QLatin1String("prompt")][QLatin1String("answer")].toString(),
                 QStringLiteral("advocate"));
        sessionId = f.sessionId;
    }
    QVERIFY(sessionId != 0);
}

void tst_ParticipantServer::stopsWhenTheSessionChanges()
{
    ParticipantFixture f;
    QVERIFY2(f.open() && f.start(), qPrintable(f.error));
    const qint64 other = f.createSession();
    const QByteArray token = f.join();
    // A long poll is open when the session changes: its connection is closed, not answered
    // with another session's state.
    const qint64 version = f.state(token).value(QLatin1String("version")).toInteger();
    RawConnection poll(f.port());
    poll.write(httpRequest("GET", "/api/state?since=" + QByteArray::number(version), {}, token));
    QTest::qWait(50);
    QSignalSpy running(f.server.get(), &ParticipantServer::runningChanged);
    QVERIFY(f.model.load(other, &f.error));
    QVERIFY(!f.server->isRunning());
    QCOMPARE(running.size(), 1);
    QCOMPARE(running.first().first().toBool(), false);
    QVERIFY(poll.waitClosed(2000));
    QVERIFY(!poll.read(100));

    // Started again, it serves the other session; unloading stops it.
    QVERIFY2(f.start(), qPrintable(f.error));
    QCOMPARE(f.server->sessionId(), other);
    QCOMPARE(f.get("/api/state", token).error(), QStringLiteral("bad-token"));
    f.model.unload();
    QVERIFY(!f.server->isRunning());
    QString error;
    QVERIFY(!f.server->start(QHostAddress::LocalHost, 0, &error));
    QVERIFY(!error.isEmpty());
}

void tst_ParticipantServer::connectedPhones()
{
    ParticipantFixture f;
    QVERIFY2(f.open(), qPrintable(f.error));
    ParticipantServer::Limits limits = ParticipantFixture::loopbackLimits();
    limits.connectedWindowMs = 600;
    QVERIFY2(f.start(limits), qPrintable(f.error));
    QSignalSpy changed(f.server.get(), &ParticipantServer::connectedPhonesChanged);
    QCOMPARE(f.server->connectedPhones(), 0);
    const QByteArray a = f.join();
    const QByteArray b = f.join();
    f.state(a);
    QCOMPARE(f.server->connectedPhones(), 2);
    QCOMPARE(changed.last().first().toInt(), 2);
    // b keeps a long poll open; a goes quiet and drops out of the count.
    const qint64 version = f.state(b).value(QLatin1String("version")).toInteger();
    RawConnection poll(f.port());
    poll.write(httpRequest("GET", "/api/state?since=" + QByteArray::number(version), {}, b));
    QTRY_COMPARE_WITH_TIMEOUT(f.server->connectedPhones(), 1, 3000);
    QCOMPARE(changed.last().first().toInt(), 1);
    f.server->stop();
    QCOMPARE(f.server->connectedPhones(), 0);
}

QTEST_GUILESS_MAIN(tst_ParticipantServer)
#include "tst_participantserver.moc"
