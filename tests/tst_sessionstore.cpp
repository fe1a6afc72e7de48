#include "session/sessionmodel.h"
#include "store/sessionstore.h"
#include "store/storeschema.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The session store and model: round trips, migration, refusals, group commit, failures.
class tst_SessionStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryEntity();
    void writesForADeletedSessionDoNotBlockOthers();
    void changeAndUndoAnswers();
    void tallies();
    void commitments_data();
    void commitments();
    void invalidAnswersAreRefused_data();
    void invalidAnswersAreRefused();
    void groupCommitCoalescesABurst();
    void migratesVersion1Fixture();
    void migratesVersion2ToVersion3();
    void migratesGroupChoiceOutOfTheAnswers();
    void migratesVersion5ToVersion6();
    void groupChoiceAndReasonsAreKept();
    void scenarioTextsAreKeptAsFirstRun();
    void refusesNewerDatabase();
    void refusesCorruptFile();
    void refusesReadOnlyFolder();
    void fullDatabaseKeepsAnswersAndRetries();
    void deleteRemovesEverything();
    void takeSessionKnowsEveryTable();
    void cohortsAreListedOnce();
};

namespace {
Session sampleSession()
{
    Session s;
    s.title = QStringLiteral("Team leads, \"spring\", 2026");
    s.date = QDate(2026, 3, 2);
    s.cohort = QStringLiteral("leads-2026");
    s.language = QStringLiteral("de");
    s.k = 4;
    s.stageLabels = {{QStringLiteral("performative-ally"), QStringLiteral("Visible ally")}};
    return s;
}

Question selfPlacement(Phase phase)
{
    Question q;
    q.kind = QuestionKind::SelfPlacement;
    q.phase = phase;
    q.prompt = QStringLiteral("Where are you today?");
    for (const QString &key : {QStringLiteral("bystander"), QStringLiteral("passive-supporter"),
                               QStringLiteral("performative-ally"), QStringLiteral("active-ally"),
                               QStringLiteral("advocate")})
        q.choices.append({key, key});
    return q;
}

// A store in a fresh folder with one session loaded: the set-up most tests share.
struct OpenSession
{
    QTemporaryDir dir;
    SessionStore store;
    SessionModel model{&store};
    QString error;
    bool ready = store.open(dir.path(), &error) &&
                 model.load(store.createSession(sampleSession(), &error), &error);

    qint64 addSelfPlacement(Phase phase)
    {
        return *model.addQuestion(selfPlacement(phase), &error);
    }
};
} // namespace

void tst_SessionStore::writesForADeletedSessionDoNotBlockOthers()
{
    // A phone answers into a session that was deleted a moment before (the console had not
    // yet closed it): that write can never be stored, and must not hold back the others.
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const qint64 doomed = s.model.session().id;
    const qint64 question = s.addSelfPlacement(Phase::Baseline);
    const qint64 otherSession = s.store.createSession(sampleSession(), &s.error);
    QVERIFY(otherSession > 0);
    SessionModel other(&s.store);
    QVERIFY(other.load(otherSession, &s.error));
    const qint64 otherQuestion = *other.addQuestion(selfPlacement(Phase::Baseline), &s.error);
    QVERIFY(s.store.flush());

    QVERIFY2(s.store.deleteSession(doomed, &s.error), qPrintable(s.error));
    const SessionModel::AnswerResult lost =
        s.model.recordAnswer(question, newParticipantToken(), QStringLiteral("advocate"));
    QVERIFY(lost.ok);
    const SessionModel::AnswerResult kept =
        other.recordAnswer(otherQuestion, newParticipantToken(), QStringLiteral("bystander"));
    QVERIFY(kept.ok);
    QSignalSpy rejected(&s.model, &SessionModel::writeRejected);
    QSignalSpy changes(&s.model, &SessionModel::changed);
    QVERIFY(s.store.flush());
    QVERIFY(s.store.isCommitted(kept.sequence));
    // The refused write is reported to its caller, never counts as recorded, and the model
    // no longer shows it.
    QCOMPARE(rejected.size(), 1);
    QCOMPARE(rejected.first().at(0).value<quint64>(), lost.sequence);
    QVERIFY(!rejected.first().at(1).toString().isEmpty());
    QVERIFY(!s.model.isRecorded(lost.sequence));
    QVERIFY(s.store.isRejected(lost.sequence));
    QVERIFY(s.model.answers(question).isEmpty());
    QCOMPARE(changes.size(), 1);
    QCOMPARE(s.store.pendingCount(), 0);
    QCOMPARE(s.store.answers(otherSession).size(), 1);

    // And later writes go through as usual.
    const SessionModel::AnswerResult next =
        other.recordAnswer(otherQuestion, newParticipantToken(), QStringLiteral("advocate"));
    QVERIFY(s.store.flush());
    QVERIFY(s.store.isCommitted(next.sequence));
    QCOMPARE(s.store.answers(otherSession).size(), 2);
}

void tst_SessionStore::roundTripEveryEntity()
{
    QTemporaryDir dir;
    qint64 sessionId = 0;
    qint64 decisionId = 0;
    {
        SessionStore store;
        QString error;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        sessionId = store.createSession(sampleSession(), &error);
        QVERIFY(sessionId > 0);
        SessionModel model(&store);
        QVERIFY(model.load(sessionId, &error));
        const qint64 baseline = *model.addQuestion(selfPlacement(Phase::Baseline), &error);
        Question decision;
        decision.kind = QuestionKind::Decision;
        decision.scenarioId = QStringLiteral("credit-taken");
        decision.sceneId = QStringLiteral("review");
        decision.prompt = QStringLiteral("What do you do?");
        decision.choices = {{QStringLiteral("quiet"), QStringLiteral("bystander")},
                            {QStringLiteral("credit"), QStringLiteral("active-ally")}};
        decisionId = *model.addQuestion(decision, &error);
        QVERIFY(
            model.recordAnswer(baseline, QStringLiteral("tok-1"), QStringLiteral("advocate")).ok);
        QVERIFY(
            model.recordAnswer(decisionId, QStringLiteral("tok-1"), QStringLiteral("credit")).ok);
        QVERIFY(model.recordAnswer(decisionId, QStringLiteral("tok-2"), SessionKeys::Pass).ok);
        QCOMPARE(model.changeTally(baseline, QStringLiteral("bystander"), 3), 3);
        QVERIFY(model.addCommitment(
            QStringLiteral("Ask \"what would help?\", first,\nthen act 🙂"), QString(), &error));
        QVERIFY(model.setRevealed(baseline, true, &error));
        QVERIFY(model.setOpen(decisionId, false, &error));
    } // closing commits what is queued

    SessionStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    const std::optional<Session> s = store.session(sessionId);
    QVERIFY(s);
    QCOMPARE(s->title, sampleSession().title);
    QCOMPARE(s->date, QDate(2026, 3, 2));
    QCOMPARE(s->cohort, QStringLiteral("leads-2026"));
    QCOMPARE(s->language, QStringLiteral("de"));
    QCOMPARE(s->k, 4);
    QCOMPARE(s->stageLabels, sampleSession().stageLabels);
    QVERIFY(s->createdAt.isValid());

    const QList<Question> questions = store.questions(sessionId);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(0).kind, QuestionKind::SelfPlacement);
    QVERIFY(questions.at(0).revealed);
    QCOMPARE(questions.at(0).choices.size(), 5);
    QCOMPARE(questions.at(1).id, decisionId);
    QCOMPARE(questions.at(1).scenarioId, QStringLiteral("credit-taken"));
    QCOMPARE(questions.at(1).stageOf(QStringLiteral("credit")), QStringLiteral("active-ally"));
    QVERIFY(!questions.at(1).open);

    const QList<Answer> answers = store.answers(sessionId);
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(1).choice, QStringLiteral("credit"));
    QCOMPARE(answers.at(2).choice, SessionKeys::Pass);
    QVERIFY(answers.at(0).at.isValid());
    QCOMPARE(store.tallies(sessionId).size(), 1);
    QCOMPARE(store.tallies(sessionId).first().count, 3);
    QCOMPARE(store.commitments(sessionId).first().text,
             QStringLiteral("Ask \"what would help?\", first,\nthen act 🙂"));
    // Three answers and three people counted by hand.
    QCOMPARE(store.sessions().first().answerCount, 6);
}

void tst_SessionStore::changeAndUndoAnswers()
{
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const qint64 q = s.addSelfPlacement(Phase::Baseline);
    QSignalSpy changes(&s.model, &SessionModel::changed);

    const auto first = s.model.recordAnswer(q, QStringLiteral("t"), QStringLiteral("bystander"));
    QVERIFY(first.ok && !first.previous);
    const auto second = s.model.recordAnswer(q, QStringLiteral("t"), QStringLiteral("advocate"));
    QVERIFY(second.ok && second.previous);
    QCOMPARE(second.previous->choice, QStringLiteral("bystander"));
    QCOMPARE(second.answer.id, first.answer.id); // a change, not a second answer
    QCOMPARE(s.model.answers(q).size(), 1);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(1).at(0).value<SessionChange>().questionId, q);

    s.model.restoreAnswer(*second.previous); // undo the change
    QCOMPARE(s.model.answers(q).first().choice, QStringLiteral("bystander"));
    QVERIFY(s.model.removeAnswer(q, QStringLiteral("t"))); // undo the first answer
    QCOMPARE(s.model.answerCount(), 0);
    QVERIFY(s.store.flush());
    QCOMPARE(s.store.answers(s.model.session().id).size(), 0);

    QVERIFY(s.model.setOpen(q, false, &s.error));
    const auto late = s.model.recordAnswer(q, QStringLiteral("t"), QStringLiteral("advocate"));
    QVERIFY(!late.ok);
    QCOMPARE(late.error, QStringLiteral("This question is closed."));
}

void tst_SessionStore::tallies()
{
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const qint64 q = s.addSelfPlacement(Phase::After);
    QCOMPARE(s.model.changeTally(q, QStringLiteral("active-ally"), 1), 1);
    QCOMPARE(s.model.changeTally(q, QStringLiteral("active-ally"), 1), 2);
    QCOMPARE(s.model.changeTally(q, QStringLiteral("active-ally"), -5), 0); // never below zero
    QCOMPARE(s.model.changeTally(q, QStringLiteral("no-such-stage"), 1), 0);
    QCOMPARE(s.model.changeTally(q, QStringLiteral("advocate"), 2), 2);
    QVERIFY(s.store.flush());
    QCOMPARE(s.store.tallies(s.model.session().id).size(), 2);
}

void tst_SessionStore::commitments_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("ordinary") << QStringLiteral("Correct a mispronounced name") << true;
    QTest::newRow("280 characters") << QString(280, QLatin1Char('x')) << true;
    QTest::newRow("281 characters") << QString(281, QLatin1Char('x')) << false;
    QTest::newRow("emoji, quotes, commas")
        << QStringLiteral("\"Credit\", always, 👏🏽") << true;
    QTest::newRow("only spaces") << QStringLiteral("   \n ") << false;
}

void tst_SessionStore::commitments()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const std::optional<Commitment> c = s.model.addCommitment(text, QString(), &s.error);
    QCOMPARE(bool(c), accepted);
    QVERIFY(s.store.flush());
    QCOMPARE(s.store.commitments(s.model.session().id).size(), accepted ? 1 : 0);
    if (!accepted)
        QVERIFY(!s.error.isEmpty());
}

void tst_SessionStore::invalidAnswersAreRefused_data()
{
    QTest::addColumn<qint64>("questionOffset");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("choice");
    QTest::newRow("unknown question")
        << qint64(99) << QStringLiteral("t") << QStringLiteral("advocate");
    QTest::newRow("unknown choice") << qint64(0) << QStringLiteral("t") << QStringLiteral("ally");
    QTest::newRow("empty token") << qint64(0) << QString() << QStringLiteral("advocate");
    QTest::newRow("huge token") << qint64(0) << QString(65, QLatin1Char('t'))
                                << QStringLiteral("advocate");
}

void tst_SessionStore::invalidAnswersAreRefused()
{
    QFETCH(qint64, questionOffset);
    QFETCH(QString, token);
    QFETCH(QString, choice);
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const qint64 q = s.addSelfPlacement(Phase::Baseline);
    const auto result = s.model.recordAnswer(q + questionOffset, token, choice);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(s.model.answerCount(), 0);
    QCOMPARE(s.store.pendingCount(), 0);
}

void tst_SessionStore::groupCommitCoalescesABurst()
{
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const qint64 q = s.addSelfPlacement(Phase::Baseline);
    QSignalSpy committed(&s.store, &SessionStore::committed);
    quint64 last = 0;
    for (int i = 0; i < 300; ++i)
        last = s.model.recordAnswer(q, QStringLiteral("tok-%1").arg(i), QStringLiteral("advocate"))
                   .sequence;
    QVERIFY(!s.store.isCommitted(last)); // not yet on disk: not yet recorded
    QVERIFY(committed.wait(2000));
    QCOMPARE(committed.size(), 1); // one transaction for the whole burst
    QVERIFY(s.store.isCommitted(last));
    QCOMPARE(s.store.answers(s.model.session().id).size(), 300);
}

void tst_SessionStore::migratesVersion1Fixture()
{
    QTemporaryDir dir;
    QVERIFY(QFile::copy(QStringLiteral(UPSTANDER_FIXTURES "/store-v1.sqlite"),
                        dir.filePath(SessionStore::fileName())));
    QFile::setPermissions(dir.filePath(SessionStore::fileName()),
                          QFile::ReadOwner | QFile::WriteOwner);
    SessionStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    QSqlDatabase db = store.database();
    QCOMPARE(StoreSchema::version(db), StoreSchema::CurrentVersion);

    const QList<SessionSummary> sessions = store.sessions();
    QCOMPARE(sessions.size(), 2);
    const std::optional<Session> spring = store.session(1);
    QCOMPARE(spring->title, QStringLiteral("Leadership team, spring"));
    QVERIFY(spring->stageLabels.isEmpty()); // new column, default
    QCOMPARE(store.cohortSessions(QStringLiteral("leads-2026")).size(), 2);
    const QList<Question> questions = store.questions(1);
    QCOMPARE(questions.size(), 2);
    QVERIFY(!questions.first().revealed);
    QCOMPARE(questions.at(1).stageOf(QStringLiteral("credit")), QStringLiteral("active-ally"));
    // The duplicate answer of tok-a to question 1 is resolved to the later one.
    const QList<Answer> answers = store.answers(1);
    QCOMPARE(answers.size(), 4);
    for (const Answer &a : answers) {
        if (a.questionId == 1 && a.token == QLatin1String("tok-a"))
            QCOMPARE(a.choice, QStringLiteral("passive-supporter"));
    }
    QCOMPARE(store.commitments(1).first().text.right(2), QStringLiteral("🙂"));
    // And the upgraded file works like a new one.
    SessionModel model(&store);
    QVERIFY(model.load(1, &error));
    QVERIFY(model.recordAnswer(questions.at(1).id, QStringLiteral("tok-d"), QStringLiteral("quiet"))
                .ok == false);
    QVERIFY(
        model.recordAnswer(questions.at(1).id, QStringLiteral("tok-d"), QStringLiteral("credit"))
            .ok);
}

void tst_SessionStore::migratesVersion2ToVersion3()
{
    QTemporaryDir dir;
    const QString connection = QStringLiteral("version-2");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(SessionStore::fileName()));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(StoreSchema::createVersion2(db, &error), qPrintable(error));
        QCOMPARE(StoreSchema::version(db), 2);
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO sessions (id, title, date, created_at) VALUES "
            "(7, 'Before participants', '2026-01-02', '2026-01-02T09:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO questions (id, session_id, kind, phase, choices, position, asked_at) "
            "VALUES (3, 7, 'decision', 'baseline', '[{\"key\":\"quiet\",\"stage\":"
            "\"bystander\"}]', 1, '2026-01-02T09:00:00.000Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    QString error;
    QByteArray key;
    QString code;
    {
        SessionStore store;
        QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
        QSqlDatabase db = store.database();
        QCOMPARE(StoreSchema::version(db), StoreSchema::CurrentVersion);
        QCOMPARE(store.session(7)->title, QStringLiteral("Before participants"));
        const QList<Question> questions = store.questions(7);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.first().choices,
                 QList<Choice>({{QStringLiteral("quiet"), QStringLiteral("bystander")}}));

        // The new table: a join code and a token key per session (made by the participant
        // side), kept once: a second one does not replace the first.
        QVERIFY(!store.participantAccess(7));
        const ParticipantAccess made{QStringLiteral("ABC234"), QByteArray(32, 'k')};
        const std::optional<ParticipantAccess> access =
            store.saveParticipantAccess(7, made, &error);
        QVERIFY2(access, qPrintable(error));
        code = access->joinCode;
        key = access->tokenKey;
        QCOMPARE(code, made.joinCode);
        const ParticipantAccess later{QStringLiteral("XYZ789"), QByteArray(32, 'x')};
        QCOMPARE(store.saveParticipantAccess(7, later, &error)->tokenKey, key);
        QCOMPARE(store.participantAccess(7)->tokenKey, key);
        QVERIFY(!store.saveParticipantAccess(8, made, &error)); // no such session
        QVERIFY(!error.isEmpty());

        // Decision options keep their texts.
        Question decision = questions.first();
        decision.choices = {{QStringLiteral("credit"), QStringLiteral("active-ally"),
                             QStringLiteral("Credit her, out loud")}};
        decision.position = 2;
        const qint64 id = store.addQuestion(decision, &error);
        QCOMPARE(store.questions(7).last().id, id);
        QCOMPARE(store.questions(7).last().choices.first().label,
                 QStringLiteral("Credit her, out loud"));
    }
    // Kept across a restart; gone with its session.
    SessionStore store;
    QVERIFY(store.open(dir.path(), &error));
    QCOMPARE(store.participantAccess(7)->joinCode, code);
    QCOMPARE(store.participantAccess(7)->tokenKey, key);
    QVERIFY(store.deleteSession(7, &error));
    QSqlQuery count(store.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM participant_access")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void tst_SessionStore::migratesVersion5ToVersion6()
{
    // A version 5 file (before positions were kept) opens with everything in it, and its
    // sessions have no position until the console writes one.
    QTemporaryDir dir;
    const QString connection = QStringLiteral("version-5");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(SessionStore::fileName()));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(StoreSchema::createVersion5(db, &error), qPrintable(error));
        QCOMPARE(StoreSchema::version(db), 5);
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO sessions (id, title, date, created_at) VALUES "
                           "(4, 'Before resume', '2026-03-02', '2026-03-02T09:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO questions (id, session_id, kind, phase, choices, position, asked_at) "
            "VALUES (9, 4, 'self-placement', 'baseline', '[]', 1, '2026-03-02T09:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO answers (question_id, token, choice, at) "
                                      "VALUES (9, 'p1', 'advocate', '2026-03-02T09:01:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO session_scenarios (session_id, scenario_id, "
                                      "title, position) VALUES (4, 'credit-taken', 'Credit', 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    QString error;
    SessionStore store;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    QSqlDatabase db = store.database();
    QCOMPARE(StoreSchema::version(db), StoreSchema::CurrentVersion); // v6 and what came after
    QCOMPARE(store.session(4)->title, QStringLiteral("Before resume"));
    QCOMPARE(store.answers(4).size(), 1);
    QCOMPARE(store.scenarioSnapshots(4).size(), 1);
    QVERIFY(!store.position(4));
    SessionPosition position;
    position.scenarioId = QStringLiteral("credit-taken");
    position.path = {QStringLiteral("review")};
    position.questionId = 9;
    store.queue(Store::PutPosition{4, position});
    QVERIFY(store.flush());
    QCOMPARE(store.position(4), std::optional<SessionPosition>(position));
    // The table refuses a step it does not know, and goes with its session.
    QSqlQuery q(db);
    QVERIFY(!q.exec(QStringLiteral("UPDATE session_positions SET step = 'lost' WHERE "
                                   "session_id = 4")));
    QVERIFY(store.deleteSession(4, &error));
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM session_positions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_SessionStore::refusesNewerDatabase()
{
    QTemporaryDir dir;
    {
        SessionStore store;
        QString error;
        QVERIFY(store.open(dir.path(), &error));
        QSqlQuery q(store.database());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
    }
    const QString path = dir.filePath(SessionStore::fileName());
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray bytes = before.readAll();
    before.close();
    SessionStore store;
    QString error;
    QVERIFY(!store.open(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("newer version of Upstander")), qPrintable(error));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), bytes);
}

void tst_SessionStore::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(SessionStore::fileName());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("These are my workshop notes, not a database.\n");
    file.close();
    SessionStore store;
    QString error;
    QVERIFY(!store.open(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("not an Upstander database")), qPrintable(error));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("These are my workshop notes, not a database.\n"));

    // A real SQLite file with a damaged page is refused as well.
    QTemporaryDir dir2;
    {
        SessionStore good;
        QVERIFY(good.open(dir2.path(), &error));
        for (int i = 0; i < 50; ++i)
            good.createSession(sampleSession(), &error);
        QSqlQuery q(good.database());
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile damaged(dir2.filePath(SessionStore::fileName()));
    QVERIFY(damaged.open(QIODevice::ReadWrite));
    damaged.seek(4096); // the header of the second page
    damaged.write(QByteArray(3000, '\xff'));
    damaged.close();
    SessionStore store2;
    QVERIFY(!store2.open(dir2.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
}

void tst_SessionStore::refusesReadOnlyFolder()
{
    QString error;
    {
        // A folder that cannot exist (a read-only file system), as root or not.
        SessionStore store;
        QVERIFY(!store.open(QStringLiteral("/proc/upstander-data"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be created")), qPrintable(error));
    }
    if (geteuid() == 0)
        QSKIP("root may write into folders without write permission");
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    SessionStore store;
    QVERIFY(!store.open(dir.path(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void tst_SessionStore::fullDatabaseKeepsAnswersAndRetries()
{
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const qint64 q = s.addSelfPlacement(Phase::Baseline);
    QVERIFY(s.store.flush());

    // Simulate a full disk: SQLite reports SQLITE_FULL once the page limit is reached.
    QSqlQuery pragma(s.store.database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
    const int pages = pragma.value(0).toInt();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    QSignalSpy failed(&s.store, &SessionStore::writeFailed);
    quint64 last = 0;
    for (int i = 0; i < 400; ++i) {
        last = s.model
                   .recordAnswer(q, QStringLiteral("token-with-some-length-%1").arg(i),
                                 QStringLiteral("active-ally"))
                   .sequence;
    }
    QVERIFY(!s.store.flush());
    QVERIFY(failed.size() >= 1);
    QVERIFY(failed.last().at(0).toString().contains(QStringLiteral("full")));
    QVERIFY(!s.store.isCommitted(last));
    QCOMPARE(s.store.pendingCount(), 400); // nothing dropped

    // Space again: the retry commits every answer.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QTRY_VERIFY_WITH_TIMEOUT(s.store.isCommitted(last), 5000);
    QCOMPARE(s.store.answers(s.model.session().id).size(), 400);
}

void tst_SessionStore::deleteRemovesEverything()
{
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    SessionModel model(&store);
    const qint64 keep = store.createSession(sampleSession(), &error);
    const qint64 drop = store.createSession(sampleSession(), &error);
    QVERIFY(model.load(drop, &error));
    const qint64 q = *model.addQuestion(selfPlacement(Phase::Baseline), &error);
    model.recordAnswer(q, QStringLiteral("secret-token"), QStringLiteral("advocate"));
    model.changeTally(q, QStringLiteral("bystander"), 2);
    model.addCommitment(QStringLiteral("A very private commitment"), QString(), &error);
    model.unload();

    QVERIFY(store.deleteSession(drop, &error));
    QVERIFY(!store.session(drop));
    QVERIFY(store.session(keep));
    QSqlQuery count(store.database());
    for (const char *table : {"questions", "answers", "tallies", "commitments"}) {
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }
    QVERIFY(!store.deleteSession(drop, &error));
    store.close();
    // secure_delete: the text is not left behind in free pages of the file.
    QFile file(dir.filePath(SessionStore::fileName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("A very private commitment"));
}

void tst_SessionStore::takeSessionKnowsEveryTable()
{
    // Undoing a deletion puts back what takeSession took: a table added to the schema that
    // holds a session's rows (by session_id or question_id) must be in sessionTables() too.
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    QStringList known;
    for (const auto &[table, where] : SessionStore::sessionTables())
        known.append(table);
    QSqlQuery tables(store.database());
    QVERIFY(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")));
    QStringList holding;
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery columns(store.database());
        QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table)));
        while (columns.next()) {
            const QString column = columns.value(1).toString();
            if (column == QLatin1String("session_id") || column == QLatin1String("question_id"))
                holding.append(table);
        }
    }
    holding.removeDuplicates();
    for (const QString &table : std::as_const(holding))
        QVERIFY2(known.contains(table), qPrintable(table + QStringLiteral(" is not taken")));
    QVERIFY(known.contains(QStringLiteral("sessions")));
}

void tst_SessionStore::migratesGroupChoiceOutOfTheAnswers()
{
    // Up to version 3 the group's single choice was an answer under the token "group" and was
    // counted as one more vote. Version 4 moves it to the question and leaves the votes alone.
    QTemporaryDir dir;
    const QString connection = QStringLiteral("version-3");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(dir.filePath(SessionStore::fileName()));
        QVERIFY(db.open());
        QString error;
        QVERIFY2(StoreSchema::createVersion3(db, &error), qPrintable(error));
        QCOMPARE(StoreSchema::version(db), 3);
        QSqlQuery q(db);
        for (const char *sql : {
                 "INSERT INTO sessions (id, title, date, created_at) VALUES "
                 "(1, 'Old room', '2026-03-02', '2026-03-02T09:00:00.000Z')",
                 "INSERT INTO questions (id, session_id, kind, phase, choices, position, asked_at)"
                 " VALUES (4, 1, 'decision', 'baseline', '[{\"key\":\"quiet\",\"stage\":"
                 "\"bystander\"},{\"key\":\"raise\",\"stage\":\"advocate\"}]', 1,"
                 " '2026-03-02T09:10:00.000Z')",
                 "INSERT INTO questions (id, session_id, kind, phase, choices, position, asked_at)"
                 " VALUES (5, 1, 'decision', 'baseline', '[{\"key\":\"quiet\",\"stage\":"
                 "\"bystander\"}]', 2, '2026-03-02T09:20:00.000Z')",
                 "INSERT INTO answers (id, question_id, token, choice, at) VALUES"
                 " (1, 4, 'tok-a', 'quiet', '2026-03-02T09:11:00.000Z'),"
                 " (2, 4, 'tok-b', 'raise', '2026-03-02T09:11:00.000Z'),"
                 " (3, 4, 'group', 'raise', '2026-03-02T09:12:00.000Z'),"
                 " (4, 5, 'tok-a', 'quiet', '2026-03-02T09:21:00.000Z')",
             })
            QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);

    SessionStore store;
    QString error;
    QVERIFY2(store.open(dir.path(), &error), qPrintable(error));
    QSqlDatabase db = store.database();
    QCOMPARE(StoreSchema::version(db), StoreSchema::CurrentVersion);
    const QList<Question> questions = store.questions(1);
    QCOMPARE(questions.size(), 2);
    QCOMPARE(questions.at(0).groupChoice, QStringLiteral("raise"));
    QVERIFY(questions.at(1).groupChoice.isEmpty());
    const QList<Answer> answers = store.answers(1);
    QCOMPARE(answers.size(), 3);
    for (const Answer &a : answers)
        QVERIFY(a.token != QLatin1String("group"));
    SessionModel model(&store);
    QVERIFY(model.load(1, &error));
    QCOMPARE(model.count(4).votes, (QList<int>{1, 1}));
    QCOMPARE(model.count(4).groupChoice, QStringLiteral("raise"));
    QCOMPARE(store.sessions().first().answerCount, 3);
}

void tst_SessionStore::groupChoiceAndReasonsAreKept()
{
    // A decision keeps the texts it was asked with, "why" included, and the group's choice.
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    Question q;
    q.kind = QuestionKind::Decision;
    q.prompt = QStringLiteral("What now?");
    q.choices = {{QStringLiteral("quiet"), QStringLiteral("bystander"), QStringLiteral("Nothing"),
                  QStringLiteral("Silence protects nobody.")},
                 {QStringLiteral("raise"), QStringLiteral("advocate"), QStringLiteral("Raise it"),
                  QStringLiteral("It changes the process.")}};
    const std::optional<qint64> id = s.model.addQuestion(q, &s.error);
    QVERIFY2(id, qPrintable(s.error));
    s.model.changeTally(*id, QStringLiteral("quiet"), 3);
    QVERIFY(s.model.setRevealed(*id, true, &s.error));
    QVERIFY2(s.model.setGroupChoice(*id, QStringLiteral("raise"), &s.error), qPrintable(s.error));
    // Garbage is refused with a message and changes nothing: a pass, an unknown option, a
    // question that does not exist, a self-placement.
    const qint64 self = s.addSelfPlacement(Phase::Baseline);
    QSignalSpy changes(&s.model, &SessionModel::changed);
    for (const auto &[question, choice] :
         {std::pair{*id, QStringLiteral("pass")}, std::pair{*id, QStringLiteral("shout")},
          std::pair{*id + 99, QStringLiteral("raise")},
          std::pair{self, QStringLiteral("advocate")}}) {
        s.error.clear();
        QVERIFY(!s.model.setGroupChoice(question, choice, &s.error));
        QVERIFY(!s.error.isEmpty());
    }
    QCOMPARE(changes.size(), 0);
    QCOMPARE(s.model.question(*id)->groupChoice, QStringLiteral("raise"));
    QVERIFY(s.model.flush());
    const Question stored = s.store.questions(s.model.session().id).first();
    QCOMPARE(stored.groupChoice, QStringLiteral("raise"));
    QCOMPARE(stored.choices, q.choices);
    QVERIFY(stored.revealed);
    QVERIFY(!stored.open);
    QVERIFY(s.store.answers(s.model.session().id).isEmpty());
    QCOMPARE(s.store.sessions().first().answerCount, 3);
}

void tst_SessionStore::scenarioTextsAreKeptAsFirstRun()
{
    // The title and debrief a session ran, kept with it; running it again after the scenario
    // was edited keeps the first texts. Gone with the session.
    OpenSession s;
    QVERIFY2(s.ready, qPrintable(s.error));
    const ScenarioSnapshot first{QStringLiteral("credit-taken"),
                                 QStringLiteral("Credit taken"),
                                 {QStringLiteral("What happened?")},
                                 {QStringLiteral("Why does it matter?")},
                                 {QStringLiteral("What will you do?"), QStringLiteral("When?")}};
    QVERIFY2(s.model.keepScenario(first, &s.error), qPrintable(s.error));
    ScenarioSnapshot edited = first;
    edited.title = QStringLiteral("Credit, taken (edited)");
    QVERIFY(s.model.keepScenario(edited, &s.error));
    const ScenarioSnapshot other{
        QStringLiteral("banter-joke"), QStringLiteral("Banter"), {}, {}, {}};
    QVERIFY(s.model.keepScenario(other, &s.error));
    QCOMPARE(s.store.scenarioSnapshots(s.model.session().id),
             (QList<ScenarioSnapshot>{first, other}));
    SessionModel reopened(&s.store);
    QVERIFY(reopened.load(s.model.session().id, &s.error));
    QCOMPARE(*reopened.scenario(QStringLiteral("credit-taken")), first);
    QVERIFY(s.store.deleteSession(s.model.session().id, &s.error));
    QVERIFY(s.store.scenarioSnapshots(reopened.session().id).isEmpty());
}

void tst_SessionStore::cohortsAreListedOnce()
{
    // What the New Session dialog offers: each cohort once, A–Z whatever the letter case,
    // no empty cohort.
    QTemporaryDir dir;
    SessionStore store;
    QString error;
    QVERIFY(store.open(dir.path(), &error));
    QCOMPARE(store.cohorts(), QStringList());
    for (const QString &cohort :
         {QStringLiteral("sales-emea"), QStringLiteral("Leads 2026"), QString(),
          QStringLiteral("Leads 2026"), QStringLiteral("apprentices")}) {
        Session s = sampleSession();
        s.cohort = cohort;
        QVERIFY(store.createSession(s, &error) != 0);
    }
    QCOMPARE(store.cohorts(),
             (QStringList{QStringLiteral("apprentices"), QStringLiteral("Leads 2026"),
                          QStringLiteral("sales-emea")}));
}

QTEST_GUILESS_MAIN(tst_SessionStore)
#include "tst_sessionstore.moc"
