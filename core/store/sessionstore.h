#pragma once

#include "store/store.h"

#include <QSqlDatabase>

#include <memory>

// The SQLite file that holds every session on the trainer's laptop: one per data folder. The
// Store it implements does the group commit; this class runs SQL and decides which failures are
// for good (SQLite's constraint errors) and which may pass.
class SessionStore : public Store
{
    Q_OBJECT

public:
    explicit SessionStore(QObject *parent = nullptr);
    ~SessionStore() override;

    static QString fileName();      // "upstander.sqlite"
    static QString defaultFolder(); // the user's data folder
    // Opens (creating if needed) the database in `folder`. A newer, corrupt or unwritable
    // database is refused with a message in *error and left untouched.
    bool open(const QString &folder, QString *error);
    bool isOpen() const override { return mDb.isOpen(); }
    QString path() const { return mPath; }
    void close();
    // The connection itself, for tests that provoke failures (e.g. a full database).
    QSqlDatabase database() const { return mDb; }

    QList<SessionSummary> sessions() const override;
    std::optional<Session> session(qint64 id) const override;
    QList<Question> questions(qint64 sessionId) const override;
    QList<Answer> answers(qint64 sessionId) const override;
    QList<Tally> tallies(qint64 sessionId) const override;
    QList<Commitment> commitments(qint64 sessionId) const override;
    QList<SitOut> sitOuts(qint64 sessionId) const override;
    QList<RoomQuestion> roomQuestions(qint64 sessionId) const override;
    QList<Session> cohortSessions(const QString &cohort) const override;
    QStringList cohorts() const override;
    QList<ScenarioSnapshot> scenarioSnapshots(qint64 sessionId) const override;
    std::optional<SessionPosition> position(qint64 sessionId) const override;

    qint64 createSession(const Session &session, QString *error) override;
    bool updateSession(const Session &session, QString *error) override;
    bool deleteSession(qint64 id, QString *error) override;
    qint64 addQuestion(const Question &question, QString *error) override;
    bool updateQuestion(const Question &question, QString *error) override;
    std::optional<TakenSession> takeSession(qint64 id, QString *error) override;
    qint64 putBackSession(const TakenSession &taken, QString *error) override;
    // The tables that hold a session's rows and how a row is found from the session's id: what
    // takeSession() takes (tests check that no table of the schema is missing).
    static QList<QPair<QString, QString>> sessionTables();
    bool removeQuestion(qint64 questionId, QString *error) override;
    bool keepScenarioSnapshot(qint64 sessionId, const ScenarioSnapshot &snapshot,
                              QString *error) override;
    bool updateCommitment(const Commitment &commitment, const QString &text,
                          QString *error) override;
    bool deleteCommitment(const Commitment &commitment, QString *error) override;
    std::optional<ParticipantAccess> participantAccess(qint64 sessionId) const override;
    std::optional<ParticipantAccess> saveParticipantAccess(qint64 sessionId,
                                                           const ParticipantAccess &access,
                                                           QString *error) override;

protected:
    bool beginBatch(QString *error) override;
    WriteResult execute(const Write &write) override;
    void beginWrite() override;
    void undoWrite() override;
    void keepWrite() override;
    bool commitBatch(QString *error) override;
    void rollbackBatch() override;

private:
    // One try at putting a taken session back in one transaction: with its own ids, or with
    // new ones for every row that has an id (what points at them follows).
    qint64 insertTaken(const TakenSession &taken, bool newIds, QString *error);
    bool prepareWrites(QString *error);
    bool changeCommitment(const QString &sql, const Commitment &commitment, const QString *text,
                          QString *error);

    QSqlDatabase mDb;
    QString mConnection;
    QString mPath;
    // Prepared once per open database: preparing per row would cost more than the insert.
    struct Statements;
    std::unique_ptr<Statements> mStatements;
};
