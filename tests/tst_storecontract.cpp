#include "session/sessionmodel.h"
#include "session/sessionrules.h"
#include "store/sessionstore.h"
#include "store/storeschema.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

// What any backend of the Store interface must do, one `_data()` row per backend (SQLite
// today; the organisation's PostgreSQL store joins as a row): the group commit, acknowledgement
// only after commit, ids from the database that two writers never share, a write refused for
// good reported to its caller, a failure that may pass keeping every write, and a database of an
// older format brought up to date.
class tst_StoreContract : public QObject
{
    Q_OBJECT

private slots:
    void burstIsOneCommit_data() { backends(); }
    void burstIsOneCommit();
    void acknowledgedOnlyAfterCommit_data() { backends(); }
    void acknowledgedOnlyAfterCommit();
    void twoWritersNeverShareAnId_data() { backends(); }
    void twoWritersNeverShareAnId();
    void impossibleWriteIsReportedToItsCaller_data() { backends(); }
    void impossibleWriteIsReportedToItsCaller();
    void failureThatMayPassKeepsEveryWrite_data() { backends(); }
    void failureThatMayPassKeepsEveryWrite();
    void commitmentsAreEditedAndDeleted_data() { backends(); }
    void commitmentsAreEditedAndDeleted();
    void olderFormatIsBroughtUpToDate_data() { backends(); }
    void olderFormatIsBroughtUpToDate();
    void welcomeIsKeptWithTheSession_data() { backends(); }
    void welcomeIsKeptWithTheSession();
    void positionIsKeptAndReplaced_data() { backends(); }
    void positionIsKeptAndReplaced();
    void questionIsRemovedOnlyWhileEmpty_data() { backends(); }
    void questionIsRemovedOnlyWhileEmpty();
    void takenSessionIsPutBackExactly_data() { backends(); }
    void takenSessionIsPutBackExactly();
    void takenSessionComesBackWhenItsIdsWereTaken_data() { backends(); }
    void takenSessionComesBackWhenItsIdsWereTaken();
    void sitOutsAreKeptWithoutATime_data() { backends(); }
    void sitOutsAreKeptWithoutATime();
    void followUpKeepsItsReplays_data() { backends(); }
    void followUpKeepsItsReplays();
    void roomQuestionsKeepTextStateAndPlace_data() { backends(); }
    void roomQuestionsKeepTextStateAndPlace();

private:
    // One backend as the contract needs it: open a store on a place (a folder here), make its
    // writes fail for a while in a way that may pass, and prepare an older format there.
    struct Backend
    {
        std::function<std::unique_ptr<Store>(const QString &place, QString *error)> open;
        std::function<void(Store *store, bool failing)> failWrites;
        std::function<bool(const QString &place, QString *error)> createOlderFormat;
    };
    static void backends();
    static Backend backend(const QString &name);

    struct Room
    {
        QTemporaryDir place;
        std::unique_ptr<Store> store;
        std::unique_ptr<SessionModel> model;
        qint64 question = 0;
        QString error;
    };
    static bool openRoom(Room &room, const Backend &b);
};

void tst_StoreContract::backends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

tst_StoreContract::Backend tst_StoreContract::backend(const QString &name)
{
    Q_UNUSED(name) // one backend so far
    Backend b;
    b.open = [](const QString &place, QString *error) -> std::unique_ptr<Store> {
        auto store = std::make_unique<SessionStore>();
        if (!store->open(place, error))
            return nullptr;
        return store;
    };
    b.failWrites = [](Store *store, bool failing) {
        // A read-only connection: SQLITE_READONLY, not a constraint, so it may pass.
        QSqlQuery q(static_cast<SessionStore *>(store)->database());
        q.exec(failing ? QStringLiteral("PRAGMA query_only = ON")
                       : QStringLiteral("PRAGMA query_only = OFF"));
    };
    b.createOlderFormat = [](const QString &place, QString *error) {
        const QString connection = QStringLiteral("contract-older");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(QDir(place).filePath(SessionStore::fileName()));
            ok = db.open() && StoreSchema::createVersion3(db, error);
            QSqlQuery q(db);
            ok = ok &&
                 q.exec(QStringLiteral("INSERT INTO sessions (id, title, date, created_at) VALUES "
                                       "(1, 'Older', '2026-01-02', '2026-01-02T09:00:00.000Z')"));
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    };
    return b;
}

bool tst_StoreContract::openRoom(Room &room, const Backend &b)
{
    room.store = b.open(room.place.path(), &room.error);
    if (!room.store)
        return false;
    room.model = std::make_unique<SessionModel>(room.store.get());
    Session session;
    session.title = QStringLiteral("Contract");
    session.date = QDate(2026, 5, 4);
    const qint64 id = room.store->createSession(session, &room.error);
    if (id == 0 || !room.model->load(id, &room.error))
        return false;
    const std::optional<qint64> question = room.model->addQuestion(
        SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr), &room.error);
    room.question = question.value_or(0);
    return room.question != 0;
}

void tst_StoreContract::burstIsOneCommit()
{
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    QSignalSpy committed(room.store.get(), &Store::committed);
    quint64 last = 0;
    for (int i = 0; i < 300; ++i)
        last = room.model
                   ->recordAnswer(room.question, QStringLiteral("tok-%1").arg(i),
                                  QStringLiteral("advocate"))
                   .sequence;
    QVERIFY(committed.wait(2000));
    QCOMPARE(committed.size(), 1);
    QCOMPARE(committed.first().first().value<quint64>(), last);
    QCOMPARE(room.store->answers(room.model->session().id).size(), 300);
}

void tst_StoreContract::acknowledgedOnlyAfterCommit()
{
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    const auto result =
        room.model->recordAnswer(room.question, QStringLiteral("tok"), QStringLiteral("bystander"));
    QVERIFY(result.ok);
    QVERIFY(!room.model->isRecorded(result.sequence));
    QVERIFY(room.store->answers(room.model->session().id).isEmpty());
    QVERIFY(room.model->flush());
    QVERIFY(room.model->isRecorded(result.sequence));
    // Acknowledged means on disk: another connection reads it.
    std::unique_ptr<Store> reader = this->backend(backend).open(room.place.path(), &room.error);
    QVERIFY2(reader, qPrintable(room.error));
    QCOMPARE(reader->answers(room.model->session().id).size(), 1);
}

void tst_StoreContract::twoWritersNeverShareAnId()
{
    // Two writers on one database (two consoles, or a console and a later import): each gives
    // no ids of its own, so their answers and commitments never collide.
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    Room room;
    QVERIFY2(openRoom(room, b), qPrintable(room.error));
    std::unique_ptr<Store> second = b.open(room.place.path(), &room.error);
    QVERIFY2(second, qPrintable(room.error));
    SessionModel other(second.get());
    QVERIFY(other.load(room.model->session().id, &room.error));
    QSignalSpy stored(room.store.get(), &Store::commitmentStored);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(room.model->addCommitment(QStringLiteral("First %1").arg(i), {}, &room.error));
        QVERIFY(other.addCommitment(QStringLiteral("Second %1").arg(i), {}, &room.error));
        QVERIFY(room.model
                    ->recordAnswer(room.question, QStringLiteral("a%1").arg(i),
                                   QStringLiteral("advocate"))
                    .ok);
        QVERIFY(other
                    .recordAnswer(room.question, QStringLiteral("b%1").arg(i),
                                  QStringLiteral("bystander"))
                    .ok);
        QVERIFY(room.model->flush());
        QVERIFY(other.flush());
    }
    QSignalSpy rejected(room.store.get(), &Store::writeRejected);
    const qint64 session = room.model->session().id;
    const QList<Commitment> commitments = room.store->commitments(session);
    QCOMPARE(commitments.size(), 6);
    QSet<qint64> ids;
    for (const Commitment &c : commitments)
        ids.insert(c.id);
    QCOMPARE(ids.size(), 6);
    QCOMPARE(room.store->answers(session).size(), 6);
    QCOMPARE(rejected.size(), 0);
    // The model hears the ids the database gave, and removes by what a commitment holds.
    QCOMPARE(stored.size(), 3);
    for (const Commitment &c : room.model->commitments())
        QVERIFY(ids.contains(c.id));
    QVERIFY(room.model->removeCommitment(room.model->commitments().first()));
    QVERIFY(room.model->flush());
    QCOMPARE(room.store->commitments(session).size(), 5);
}

void tst_StoreContract::commitmentsAreEditedAndDeleted()
{
    // By its id once stored, by what it holds before: a commitment still queued is stored
    // first and then changed, never left behind.
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    const std::optional<Commitment> first =
        room.model->addCommitment(QStringLiteral("Credit ideas"), {}, &room.error);
    QVERIFY(room.model->flush());
    const std::optional<Commitment> queued = room.model->addCommitment(
        QStringLiteral("Listen"), QStringLiteral("phone-token"), &room.error);
    QVERIFY(first && queued);
    QCOMPARE(queued->id, 0);
    QVERIFY2(
        room.store->updateCommitment(*queued, QStringLiteral("Listen to the end"), &room.error),
        qPrintable(room.error));
    QCOMPARE(room.store->pendingCount(), 0);
    QList<Commitment> stored = room.store->commitments(session);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(1).text, QStringLiteral("Listen to the end"));
    QCOMPARE(stored.at(1).token, QStringLiteral("phone-token")); // token and time stay
    QCOMPARE(stored.at(1).at, queued->at);

    QVERIFY2(room.store->deleteCommitment(stored.at(0), &room.error), qPrintable(room.error));
    stored = room.store->commitments(session);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().text, QStringLiteral("Listen to the end"));
    // Gone is gone: neither call finds it again, and each says so.
    room.error.clear();
    QVERIFY(!room.store->deleteCommitment(*first, &room.error));
    QVERIFY(!room.error.isEmpty());
    room.error.clear();
    QVERIFY(!room.store->updateCommitment(*first, QStringLiteral("Again"), &room.error));
    QVERIFY(!room.error.isEmpty());
    QCOMPARE(room.store->commitments(session).size(), 1);
}

void tst_StoreContract::impossibleWriteIsReportedToItsCaller()
{
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    // A second session whose writes are fine, in the same batch.
    Session other;
    other.title = QStringLiteral("Other");
    other.date = QDate(2026, 5, 5);
    const qint64 otherId = room.store->createSession(other, &room.error);
    SessionModel otherModel(room.store.get());
    QVERIFY(otherModel.load(otherId, &room.error));
    const qint64 otherQuestion = *otherModel.addQuestion(
        SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr), &room.error);

    QVERIFY(room.store->deleteSession(session, &room.error));
    const auto lost =
        room.model->recordAnswer(room.question, QStringLiteral("late"), QStringLiteral("advocate"));
    QString text;
    const std::optional<Commitment> lostCommitment =
        room.model->addCommitment(QStringLiteral("Too late"), {}, &text);
    const auto kept =
        otherModel.recordAnswer(otherQuestion, QStringLiteral("ok"), QStringLiteral("bystander"));
    QSignalSpy rejected(room.model.get(), &SessionModel::writeRejected);
    QVERIFY(room.store->flush());
    QCOMPARE(rejected.size(), 2);
    QCOMPARE(rejected.at(0).at(0).value<quint64>(), lost.sequence);
    QVERIFY(!room.model->isRecorded(lost.sequence));
    QVERIFY(room.model->answers(room.question).isEmpty());
    QVERIFY(room.model->commitments().isEmpty());
    QVERIFY(otherModel.isRecorded(kept.sequence));
    QCOMPARE(room.store->answers(otherId).size(), 1);
    QCOMPARE(room.store->pendingCount(), 0);
    Q_UNUSED(lostCommitment)
}

void tst_StoreContract::failureThatMayPassKeepsEveryWrite()
{
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    Room room;
    QVERIFY2(openRoom(room, b), qPrintable(room.error));
    b.failWrites(room.store.get(), true);
    QSignalSpy failed(room.model.get(), &SessionModel::writeFailed);
    QSignalSpy rejected(room.model.get(), &SessionModel::writeRejected);
    const auto answer =
        room.model->recordAnswer(room.question, QStringLiteral("t"), QStringLiteral("advocate"));
    QVERIFY(!room.model->flush());
    QCOMPARE(failed.size(), 1);
    QCOMPARE(rejected.size(), 0);
    QCOMPARE(room.store->pendingCount(), 1);
    QVERIFY(!room.model->isRecorded(answer.sequence));
    QCOMPARE(room.model->answers(room.question).size(), 1); // kept in memory
    b.failWrites(room.store.get(), false);
    QVERIFY(room.model->flush());
    QVERIFY(room.model->isRecorded(answer.sequence));
    QCOMPARE(room.store->answers(room.model->session().id).size(), 1);
}

void tst_StoreContract::olderFormatIsBroughtUpToDate()
{
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    QTemporaryDir place;
    QString error;
    QVERIFY2(b.createOlderFormat(place.path(), &error), qPrintable(error));
    std::unique_ptr<Store> store = b.open(place.path(), &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->session(1)->title, QStringLiteral("Older"));
    SessionModel model(store.get());
    QVERIFY(model.load(1, &error));
    Question decision;
    decision.kind = QuestionKind::Decision;
    decision.choices = {{QStringLiteral("raise"), QStringLiteral("advocate")}};
    const std::optional<qint64> id = model.addQuestion(decision, &error);
    QVERIFY2(id, qPrintable(error));
    QVERIFY2(model.setGroupChoice(*id, QStringLiteral("raise"), &error), qPrintable(error));
    QCOMPARE(store->questions(1).first().groupChoice, QStringLiteral("raise"));
}

void tst_StoreContract::welcomeIsKeptWithTheSession()
{
    // The welcome screen (schema 8): the trainer's name, the agenda and the agreements, as
    // written (several lines, quotes, emoji), kept when the session is changed and read back
    // after a restart; a session from an older format has none yet.
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    QTemporaryDir place;
    Session written;
    written.title = QStringLiteral("Welcome");
    written.date = QDate(2026, 12, 2);
    written.trainer = QStringLiteral("Ada O'Brien");
    written.agenda = QStringLiteral("9:00 Where we stand\n10:30 \"The deck\" 🃏\n12:00 Lunch");
    written.agreements = QStringLiteral("Own your impact\nChallenge by choice");
    qint64 id = 0;
    {
        QString error;
        std::unique_ptr<Store> store = b.open(place.path(), &error);
        QVERIFY2(store, qPrintable(error));
        id = store->createSession(written, &error);
        QVERIFY2(id != 0, qPrintable(error));
        const std::optional<Session> read = store->session(id);
        QVERIFY(read);
        QCOMPARE(read->trainer, written.trainer);
        QCOMPARE(read->agenda, written.agenda);
        QCOMPARE(read->agreements, written.agreements);
        Session changed = *read;
        changed.agreements += QStringLiteral("\nNo attacks");
        QVERIFY2(store->updateSession(changed, &error), qPrintable(error));
        written = changed;
    }
    QString error;
    std::unique_ptr<Store> again = b.open(place.path(), &error);
    QVERIFY2(again, qPrintable(error));
    const std::optional<Session> read = again->session(id);
    QVERIFY(read);
    QCOMPARE(read->agreements, written.agreements);
    QCOMPARE(read->agenda, written.agenda);

    QTemporaryDir older;
    QVERIFY2(b.createOlderFormat(older.path(), &error), qPrintable(error));
    std::unique_ptr<Store> upgraded = b.open(older.path(), &error);
    QVERIFY2(upgraded, qPrintable(error));
    const std::optional<Session> old = upgraded->session(1);
    QVERIFY(old);
    QVERIFY(old->trainer.isEmpty() && old->agenda.isEmpty() && old->agreements.isEmpty());
}

void tst_StoreContract::questionIsRemovedOnlyWhileEmpty()
{
    // Undo of asking a question: it goes while nothing is recorded in it, never with an
    // answer, a count or a pass, even one still queued when the removal is asked for.
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    Question decision = SessionRules::newSelfPlacementQuestion(Phase::After, nullptr);
    decision.sessionId = session;
    decision.position = 2;
    const qint64 answered = room.store->addQuestion(decision, &room.error);
    decision.phase = Phase::FollowUp;
    decision.position = 3;
    const qint64 counted = room.store->addQuestion(decision, &room.error);
    decision.phase = Phase::Baseline;
    decision.position = 4;
    const qint64 emptied = room.store->addQuestion(decision, &room.error);
    QVERIFY(answered && counted && emptied);
    QVERIFY(room.store->queue(Store::PutAnswer{Answer{
        0, answered, QStringLiteral("tok"), SessionKeys::Pass, QDateTime::currentDateTimeUtc()}}));
    QVERIFY(room.store->queue(Store::PutTally{Tally{counted, QStringLiteral("advocate"), 2}}));
    QVERIFY(room.store->queue(Store::PutTally{Tally{emptied, QStringLiteral("advocate"), 0}}));
    for (const qint64 id : {answered, counted}) {
        room.error.clear();
        QVERIFY(!room.store->removeQuestion(id, &room.error));
        QVERIFY(!room.error.isEmpty());
    }
    QVERIFY2(room.store->removeQuestion(emptied, &room.error), qPrintable(room.error));
    QVERIFY2(room.store->removeQuestion(room.question, &room.error), qPrintable(room.error));
    QList<qint64> left;
    for (const Question &q : room.store->questions(session))
        left.append(q.id);
    QCOMPARE(left, (QList<qint64>{answered, counted}));
    QCOMPARE(room.store->answers(session).size(), 1);
    // Gone is gone: a second removal says so.
    room.error.clear();
    QVERIFY(!room.store->removeQuestion(emptied, &room.error));
    QVERIFY(!room.error.isEmpty());
}

void tst_StoreContract::takenSessionIsPutBackExactly()
{
    // The undo of deleting a session: everything it held comes back as it was, ids included;
    // meanwhile nothing of it is readable; putting it back twice changes nothing.
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    QVERIFY(room.model
                ->recordAnswer(room.question, QStringLiteral("phone-a"), QStringLiteral("advocate"))
                .ok);
    room.model->changeTally(room.question, QStringLiteral("bystander"), 3);
    QVERIFY(room.model->addCommitment(QStringLiteral("Speak up"), QStringLiteral("phone-a"),
                                      &room.error));
    ScenarioSnapshot snapshot;
    snapshot.scenarioId = QStringLiteral("credit");
    snapshot.title = QStringLiteral("Credit where due");
    QVERIFY2(room.model->keepScenario(snapshot, &room.error), qPrintable(room.error));
    ParticipantAccess access;
    access.joinCode = QStringLiteral("ABC234");
    access.tokenKey = QByteArray(32, 'k');
    QVERIFY(room.model->keepParticipantAccess(access, &room.error));
    SessionPosition position;
    position.scenarioId = QStringLiteral("credit");
    position.path = {QStringLiteral("start")};
    room.store->queue(Store::PutPosition{session, position});
    QVERIFY(room.model->flush());
    room.model->unload();

    const auto everything = [&](qint64 id) {
        QStringList lines;
        const std::optional<Session> s = room.store->session(id);
        lines << (s ? s->title + s->date.toString(Qt::ISODate) + s->language : QStringLiteral("-"));
        for (const Question &q : room.store->questions(id))
            lines << QStringLiteral("q%1 %2 %3").arg(q.id).arg(q.prompt).arg(q.open);
        for (const Answer &a : room.store->answers(id))
            lines << QStringLiteral("a%1 %2 %3 %4")
                         .arg(a.id)
                         .arg(a.token, a.choice, a.at.toString(Qt::ISODateWithMs));
        for (const Tally &t : room.store->tallies(id))
            lines << QStringLiteral("t%1 %2 %3").arg(t.questionId).arg(t.choice).arg(t.count);
        for (const Commitment &c : room.store->commitments(id))
            lines << QStringLiteral("c%1 %2 %3").arg(c.id).arg(c.text, c.token);
        for (const ScenarioSnapshot &sc : room.store->scenarioSnapshots(id))
            lines << sc.scenarioId + sc.title;
        if (const auto a = room.store->participantAccess(id))
            lines << a->joinCode + QString::fromLatin1(a->tokenKey.toHex());
        if (const auto p = room.store->position(id))
            lines << p->scenarioId + p->path.join(QLatin1Char('/'));
        return lines;
    };
    const QStringList before = everything(session);
    QCOMPARE(before.size(), 8);

    std::optional<Store::TakenSession> taken = room.store->takeSession(session, &room.error);
    QVERIFY2(taken, qPrintable(room.error));
    QCOMPARE(taken->title, QStringLiteral("Contract"));
    QCOMPARE(everything(session), QStringList{QStringLiteral("-")});
    QVERIFY(room.store->sessions().isEmpty());

    QVERIFY2(room.store->putBackSession(*taken, &room.error), qPrintable(room.error));
    QCOMPARE(everything(session), before);
    // Again: its ids are taken (by itself), so nothing changes and the caller is told.
    room.error.clear();
    QVERIFY(!room.store->putBackSession(*taken, &room.error));
    QVERIFY(!room.error.isEmpty());
    QCOMPARE(everything(session), before);
    QCOMPARE(room.store->sessions().size(), 1);
    // Taking what is not there says so.
    room.error.clear();
    QVERIFY(!room.store->takeSession(session + 100, &room.error));
    QVERIFY(!room.error.isEmpty());
}

void tst_StoreContract::takenSessionComesBackWhenItsIdsWereTaken()
{
    // The session deleted last holds the highest ids; while the dialog is open, the open
    // session goes on (a phone answers, a question is asked) and may get those ids. Undo
    // Delete must still bring back everything, under new ids where the old ones are taken.
    QFETCH(QString, backend);
    Room room;
    QVERIFY2(openRoom(room, this->backend(backend)), qPrintable(room.error));
    const qint64 open = room.model->session().id;
    Session other;
    other.title = QStringLiteral("Deleted by mistake");
    other.date = QDate(2026, 5, 5);
    const qint64 deleted = room.store->createSession(other, &room.error);
    {
        SessionModel model(room.store.get());
        QVERIFY2(model.load(deleted, &room.error), qPrintable(room.error));
        const qint64 q = *model.addQuestion(
            SessionRules::newSelfPlacementQuestion(Phase::Baseline, nullptr), &room.error);
        QVERIFY(model.recordAnswer(q, QStringLiteral("p1"), QStringLiteral("advocate")).ok);
        QVERIFY(model.recordAnswer(q, QStringLiteral("p2"), QStringLiteral("bystander")).ok);
        QVERIFY(model.addCommitment(QStringLiteral("Ask who is missing"), {}, &room.error));
        model.changeTally(q, QStringLiteral("active-ally"), 4);
        QVERIFY(model.flush());
    }
    std::optional<Store::TakenSession> taken = room.store->takeSession(deleted, &room.error);
    QVERIFY2(taken, qPrintable(room.error));
    // Meanwhile, in the open session: a new session id, question, answers and a commitment.
    Session later;
    later.title = QStringLiteral("Created meanwhile");
    later.date = QDate(2026, 5, 6);
    const qint64 meanwhile = room.store->createSession(later, &room.error);
    QVERIFY(meanwhile != 0);
    QVERIFY(
        room.model->recordAnswer(room.question, QStringLiteral("a1"), QStringLiteral("advocate"))
            .ok);
    QVERIFY(
        room.model->recordAnswer(room.question, QStringLiteral("a2"), QStringLiteral("advocate"))
            .ok);
    QVERIFY(room.model->addQuestion(SessionRules::newSelfPlacementQuestion(Phase::After, nullptr),
                                    &room.error));
    QVERIFY(room.model->addCommitment(QStringLiteral("Mine"), {}, &room.error));
    QVERIFY(room.model->flush());

    QVERIFY2(room.store->putBackSession(*taken, &room.error), qPrintable(room.error));
    const QList<SessionSummary> sessions = room.store->sessions();
    QCOMPARE(sessions.size(), 3);
    qint64 back = 0;
    for (const SessionSummary &s : sessions) {
        if (s.title == QStringLiteral("Deleted by mistake"))
            back = s.id;
    }
    QVERIFY(back != 0);
    const QList<Question> questions = room.store->questions(back);
    QCOMPARE(questions.size(), 1);
    const QList<Answer> answers = room.store->answers(back);
    QCOMPARE(answers.size(), 2);
    for (const Answer &a : answers)
        QCOMPARE(a.questionId, questions.first().id);
    QCOMPARE(room.store->tallies(back).size(), 1);
    QCOMPARE(room.store->tallies(back).first().count, 4);
    QCOMPARE(room.store->commitments(back).size(), 1);
    QCOMPARE(room.store->commitments(back).first().text, QStringLiteral("Ask who is missing"));
    // The open session and the one created meanwhile are untouched.
    QCOMPARE(room.store->answers(open).size(), 2);
    QCOMPARE(room.store->questions(open).size(), 2);
    QCOMPARE(room.store->commitments(open).size(), 1);
    QCOMPARE(room.store->session(meanwhile)->title, QStringLiteral("Created meanwhile"));
}

void tst_StoreContract::positionIsKeptAndReplaced()
{
    // Where a session's run stands (schema 6): a queued write like an answer, the last one
    // kept, readable after a restart, refused for good when its session is gone, and none for
    // a session of an older format until one is written.
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    Room room;
    QVERIFY2(openRoom(room, b), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    QVERIFY(!room.store->position(session));

    SessionPosition at;
    at.scenarioId = QStringLiteral("credit-taken");
    at.path = {QStringLiteral("review"), QStringLiteral("fiona-to-board")};
    at.questionId = room.question;
    const quint64 first = room.store->queue(Store::PutPosition{session, at});
    QVERIFY(!room.store->isCommitted(first)); // group-committed, not written on the spot
    QTRY_VERIFY(room.store->isCommitted(first));
    QCOMPARE(room.store->position(session), std::optional<SessionPosition>(at));

    SessionPosition later = at;
    later.step = SessionPosition::Step::Debrief;
    later.questionId = 0;
    room.store->queue(Store::PutPosition{session, later});
    SessionPosition finished = later;
    finished.step = SessionPosition::Step::Finished;
    room.store->queue(Store::PutPosition{session, finished}); // the same burst: the last wins
    QVERIFY(room.store->flush());
    QCOMPARE(room.store->position(session), std::optional<SessionPosition>(finished));

    // After a restart.
    const QString place = room.place.path();
    room.model.reset();
    room.store.reset();
    std::unique_ptr<Store> again = b.open(place, &room.error);
    QVERIFY2(again, qPrintable(room.error));
    QCOMPARE(again->position(session), std::optional<SessionPosition>(finished));

    // Gone with its session; a write for it is refused for good, and said so.
    QVERIFY(again->deleteSession(session, &room.error));
    QVERIFY(!again->position(session));
    QSignalSpy rejected(again.get(), &Store::writeRejected);
    const quint64 late = again->queue(Store::PutPosition{session, at});
    QVERIFY(again->flush());
    QCOMPARE(rejected.size(), 1);
    QVERIFY(again->isRejected(late));
    QVERIFY(!again->position(session));

    // An older format has no position until one is written.
    QTemporaryDir older;
    QVERIFY2(b.createOlderFormat(older.path(), &room.error), qPrintable(room.error));
    std::unique_ptr<Store> upgraded = b.open(older.path(), &room.error);
    QVERIFY2(upgraded, qPrintable(room.error));
    QVERIFY(!upgraded->position(1));
    upgraded->queue(Store::PutPosition{1, at});
    QVERIFY(upgraded->flush());
    QCOMPARE(upgraded->position(1)->path, at.path);
}

void tst_StoreContract::sitOutsAreKeptWithoutATime()
{
    // Who sat a role-play out (schema 9): a queued write, the same twice is one, taken back by
    // joining in again, readable after a restart, part of a deleted session's undo, gone with
    // the session, and none for an older format until one is written. No time is kept.
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    Room room;
    QVERIFY2(openRoom(room, b), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    const SitOut a{session, QStringLiteral("credit-taken"), QStringLiteral("device-a")};
    const SitOut other{session, QStringLiteral("banter-joke"), QStringLiteral("device-a")};
    const SitOut c{session, QStringLiteral("credit-taken"), QStringLiteral("device-c")};
    QVERIFY(room.store->sitOuts(session).isEmpty());
    const quint64 first = room.store->queue(Store::SetSitOut{a, true});
    QVERIFY(!room.store->isCommitted(first));
    room.store->queue(Store::SetSitOut{a, true}); // the same again
    room.store->queue(Store::SetSitOut{other, true});
    room.store->queue(Store::SetSitOut{c, true});
    room.store->queue(Store::SetSitOut{c, false}); // joined in again
    QTRY_VERIFY(room.store->isCommitted(first));
    QVERIFY(room.store->flush());
    QCOMPARE(room.store->sitOuts(session), (QList<SitOut>{other, a}));

    // Taken with its session and put back with it.
    QString error;
    std::optional<Store::TakenSession> taken = room.store->takeSession(session, &error);
    QVERIFY2(taken, qPrintable(error));
    QVERIFY(room.store->sitOuts(session).isEmpty());
    QCOMPARE(room.store->putBackSession(*taken, &error), session);
    QCOMPARE(room.store->sitOuts(session), (QList<SitOut>{other, a}));

    // After a restart; then gone with the session, and a late write for it is refused.
    const QString place = room.place.path();
    room.model.reset();
    room.store.reset();
    std::unique_ptr<Store> again = b.open(place, &room.error);
    QVERIFY2(again, qPrintable(room.error));
    QCOMPARE(again->sitOuts(session), (QList<SitOut>{other, a}));
    QVERIFY(again->deleteSession(session, &room.error));
    QVERIFY(again->sitOuts(session).isEmpty());
    const quint64 late = again->queue(Store::SetSitOut{a, true});
    QVERIFY(again->flush());
    QVERIFY(again->isRejected(late));

    // An older format has none until one is written.
    QTemporaryDir older;
    QVERIFY2(b.createOlderFormat(older.path(), &room.error), qPrintable(room.error));
    std::unique_ptr<Store> upgraded = b.open(older.path(), &room.error);
    QVERIFY2(upgraded, qPrintable(room.error));
    QVERIFY(upgraded->sitOuts(1).isEmpty());
    const SitOut kept{1, QStringLiteral("credit-taken"), QStringLiteral("device-b")};
    upgraded->queue(Store::SetSitOut{kept, true});
    QVERIFY(upgraded->flush());
    QCOMPARE(upgraded->sitOuts(1), QList<SitOut>{kept});
}

void tst_StoreContract::followUpKeepsItsReplays()
{
    // A follow-up (schema 10): created with its replays in one write, read back in order, kept
    // when its settings change, part of a deleted session's undo; an older format's sessions
    // are workshops, not follow-ups.
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    QTemporaryDir place;
    QString error;
    std::unique_ptr<Store> store = b.open(place.path(), &error);
    QVERIFY2(store, qPrintable(error));
    Session workshop;
    workshop.title = QStringLiteral("Workshop");
    workshop.date = QDate(2026, 3, 2);
    workshop.cohort = QStringLiteral("Leads");
    const qint64 first = store->createSession(workshop, &error);
    QVERIFY2(first != 0, qPrintable(error));
    QVERIFY(!store->session(first)->followUp);
    QVERIFY(store->session(first)->replays.isEmpty());

    const QList<Replay> replays{
        {QStringLiteral("credit-taken"), QStringLiteral("review"), QStringLiteral("What now?")},
        {QStringLiteral("banter-joke"), QStringLiteral("retro"),
         QStringLiteral("«Und jetzt?» 🙂")}};
    const Session planned =
        SessionRules::followUpOf(workshop, workshop.cohort, QDate(2026, 4, 27), replays);
    const qint64 id = store->createSession(planned, &error);
    QVERIFY2(id != 0, qPrintable(error));
    std::optional<Session> read = store->session(id);
    QVERIFY(read);
    QVERIFY(read->followUp);
    QCOMPARE(read->replays, replays);
    QCOMPARE(read->cohort, workshop.cohort);
    QCOMPARE(store->cohortSessions(workshop.cohort).size(), 2);

    Session changed = *read;
    changed.title = QStringLiteral("Booster");
    changed.followUp = false; // neither changes once created
    changed.replays.clear();
    QVERIFY2(store->updateSession(changed, &error), qPrintable(error));
    read = store->session(id);
    QCOMPARE(read->title, QStringLiteral("Booster"));
    QVERIFY(read->followUp);
    QCOMPARE(read->replays, replays);

    std::optional<Store::TakenSession> taken = store->takeSession(id, &error);
    QVERIFY2(taken, qPrintable(error));
    QVERIFY(!store->session(id));
    QCOMPARE(store->putBackSession(*taken, &error), id);
    QCOMPARE(store->session(id)->replays, replays);

    QTemporaryDir older;
    QVERIFY2(b.createOlderFormat(older.path(), &error), qPrintable(error));
    std::unique_ptr<Store> upgraded = b.open(older.path(), &error);
    QVERIFY2(upgraded, qPrintable(error));
    QVERIFY(upgraded->session(1));
    QVERIFY(!upgraded->session(1)->followUp);
    QVERIFY(upgraded->session(1)->replays.isEmpty());
}

void tst_StoreContract::roomQuestionsKeepTextStateAndPlace()
{
    // Questions from phones (schema 11): queued like answers, in the order they came; a later
    // state replaces the earlier, the text never changes; read back after a restart; part of a
    // deleted session's undo; gone with the session; an older format has none.
    QFETCH(QString, backend);
    const Backend b = this->backend(backend);
    Room room;
    QVERIFY2(openRoom(room, b), qPrintable(room.error));
    const qint64 session = room.model->session().id;
    QString error;
    const auto first =
        room.model->addRoomQuestion(QStringLiteral("Who decides?\nAnd when?"), false, &error);
    QVERIFY2(first, qPrintable(error));
    const auto second =
        room.model->addRoomQuestion(QStringLiteral("«Warum?» 🙂"), true, &error);
    QVERIFY(second);
    QVERIFY(!room.model->addRoomQuestion(QStringLiteral("\t"), false, &error));
    QVERIFY(room.model->setRoomQuestionState(first->key, RoomQuestionState::Shown));
    QVERIFY(room.model->setRoomQuestionState(first->key, RoomQuestionState::Answered));
    QVERIFY(room.model->flush());
    QList<RoomQuestion> stored = room.store->roomQuestions(session);
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).text, QStringLiteral("Who decides?\nAnd when?"));
    QCOMPARE(stored.at(0).state, RoomQuestionState::Answered);
    QCOMPARE(stored.at(1), *second);
    QCOMPARE(stored.at(1).state, RoomQuestionState::Held);
    QVERIFY(stored.at(0).position < stored.at(1).position);

    std::optional<Store::TakenSession> taken = room.store->takeSession(session, &error);
    QVERIFY2(taken, qPrintable(error));
    QVERIFY(room.store->roomQuestions(session).isEmpty());
    QCOMPARE(room.store->putBackSession(*taken, &error), session);
    QCOMPARE(room.store->roomQuestions(session), stored);

    const QString place = room.place.path();
    room.model.reset();
    room.store.reset();
    std::unique_ptr<Store> again = b.open(place, &error);
    QVERIFY2(again, qPrintable(error));
    SessionModel reopened(again.get());
    QVERIFY(reopened.load(session, &error));
    QCOMPARE(reopened.roomQuestions(), stored);
    // The next one comes after them.
    const auto third = reopened.addRoomQuestion(QStringLiteral("And now?"), false, &error);
    QVERIFY(third && third->position > stored.at(1).position);
    QVERIFY(reopened.flush());
    QVERIFY(again->deleteSession(session, &error));
    QVERIFY(again->roomQuestions(session).isEmpty());

    QTemporaryDir older;
    QVERIFY2(b.createOlderFormat(older.path(), &error), qPrintable(error));
    std::unique_ptr<Store> upgraded = b.open(older.path(), &error);
    QVERIFY2(upgraded, qPrintable(error));
    QVERIFY(upgraded->roomQuestions(1).isEmpty());
}

QTEST_GUILESS_MAIN(tst_StoreContract)
#include "tst_storecontract.moc"
