#pragma once

#include "session/session.h"

#include <QDate>

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QVariantList>

#include <optional>
#include <variant>

struct SessionSummary
{
    qint64 id = 0;
    QDate date;
    QString title;
    QString cohort;
    int answerCount = 0; // answers and people counted by hand, in all questions
};

// What lets phones join one session through the participant server: the join code shown to the
// room and a random key that signs the device tokens it hands out. Made by the participant side
// (participant/participantaccess.h) the first time phones are invited and kept with the session,
// so a restart changes neither.
struct ParticipantAccess
{
    static constexpr int CodeLength = 6;
    static constexpr int KeyBytes = 32;
    // No 0/O, 1/I/L: read off a projector and typed on a phone without mix-ups.
    static QString codeAlphabet() { return QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789"); }

    QString joinCode;
    QByteArray tokenKey;
};

// Where a session's run stands on the console, kept as it moves so that a restart or a crash
// resumes there: the scenario running, the scenes walked (the current one last), whether the
// walk is in its debrief or finished, and the question on the projector, which phones answer.
struct SessionPosition
{
    enum class Step { Scene, Debrief, Finished };

    QString scenarioId; // empty: no scenario running
    QStringList path;
    Step step = Step::Scene;
    qint64 questionId = 0; // 0: none

    friend bool operator==(const SessionPosition &a, const SessionPosition &b)
    {
        return a.scenarioId == b.scenarioId && a.path == b.path && a.step == b.step &&
               a.questionId == b.questionId;
    }
    friend bool operator!=(const SessionPosition &a, const SessionPosition &b) { return !(a == b); }
};

// Where sessions are kept: one interface, a backend per database (SessionStore: the SQLite file
// on the trainer's laptop). The group commit is written here once, for every backend:
//
//   SessionModel ──queue(write)──> Store ──one transaction per burst──> backend
//                <─committed(sequence)─┤
//                <─writeRejected(sequence, write, why)─┘  a write that can never be stored
//
// Answers, tallies and commitments arrive in bursts (thirty phones at once); each write is queued
// and all queued writes are committed together at the next turn of the event loop. A write counts
// as recorded only once isCommitted(sequence). A write the database refuses for good (its session
// was deleted meanwhile: a constraint) is reported to its caller with writeRejected() and never
// counts as recorded; the others in its batch are stored. A failure that may pass (a full disk,
// a lost connection) keeps every write and retries, saying so with writeFailed(). Whether a
// failure is for good or may pass is the backend's decision (WriteResult).
class Store : public QObject
{
    Q_OBJECT

public:
    struct PutAnswer
    {
        Answer answer; // insert, or replace the token's answer (the id is the database's)
    };
    struct RemoveAnswer
    {
        qint64 questionId;
        QString token;
    };
    struct PutTally
    {
        Tally tally;
    };
    struct PutCommitment
    {
        Commitment commitment; // the id is the database's, reported by commitmentStored()
    };
    struct RemoveCommitment
    {
        Commitment commitment; // by its id, or before it has one by what it holds
    };
    // Sitting a role-play out (sittingOut) or joining it again; the same twice changes nothing.
    struct SetSitOut
    {
        SitOut sitOut;
        bool sittingOut = true;
    };
    // A question from a phone, new or in its new state (by its key).
    struct PutRoomQuestion
    {
        RoomQuestion question;
    };
    struct PutPosition
    {
        qint64 sessionId;
        SessionPosition position; // replaces the session's last one
    };
    using Write = std::variant<PutAnswer, RemoveAnswer, PutTally, PutCommitment, RemoveCommitment,
                               SetSitOut, PutRoomQuestion, PutPosition>;

    // A deleted session as the store held it, every row of every table that belongs to it, so
    // that putting it back restores it exactly (ids included). Held in memory only, by whoever
    // took it (the undo of a deletion), and gone with them.
    struct TakenSession
    {
        struct Rows
        {
            QString table;
            QStringList columns;
            QList<QVariantList> values;
        };
        qint64 sessionId = 0;
        QString title;
        QList<Rows> tables; // in the order they are put back (what others refer to first)
    };

    // How long the first queued write waits for others to join its transaction. Short enough
    // to be unnoticeable, long enough for a burst of phones to share one disk sync.
    static constexpr int GroupWindowMs = 2;
    // A larger backlog is committed at once, so memory stays bounded under a flood.
    static constexpr int MaxPending = 1000;

    explicit Store(QObject *parent = nullptr);

    virtual bool isOpen() const = 0;

    // Reads.
    virtual QList<SessionSummary> sessions() const = 0;
    virtual std::optional<Session> session(qint64 id) const = 0;
    virtual QList<Question> questions(qint64 sessionId) const = 0;
    virtual QList<Answer> answers(qint64 sessionId) const = 0;
    virtual QList<Tally> tallies(qint64 sessionId) const = 0;
    virtual QList<Commitment> commitments(qint64 sessionId) const = 0;
    virtual QList<SitOut> sitOuts(qint64 sessionId) const = 0; // by scenario, then token
    virtual QList<RoomQuestion> roomQuestions(qint64 sessionId) const = 0;  // in arrival order
    virtual QList<Session> cohortSessions(const QString &cohort) const = 0; // by date
    virtual QList<ScenarioSnapshot> scenarioSnapshots(qint64 sessionId) const = 0; // as run
    // Every cohort a session names, each once, A–Z whatever the letter case.
    virtual QStringList cohorts() const = 0;
    // Where the session's run stood when last written (PutPosition), or std::nullopt if never.
    virtual std::optional<SessionPosition> position(qint64 sessionId) const = 0;

    // Immediate writes (each its own transaction, after anything queued). 0 / false on error.
    virtual qint64 createSession(const Session &session, QString *error) = 0;
    virtual bool updateSession(const Session &session, QString *error) = 0;
    virtual bool deleteSession(qint64 id, QString *error) = 0; // with all of its data
    // Deletes a session with all of its data, as deleteSession, and returns what it deleted
    // (std::nullopt with *error if it cannot); putBackSession() restores exactly that, in one
    // transaction, or nothing (0 with *error), and returns the session's id: its own, or, when
    // rows written since took some of its ids, a new one (every row of it renumbered alike).
    // Putting the same session back twice is refused.
    virtual std::optional<TakenSession> takeSession(qint64 id, QString *error) = 0;
    virtual qint64 putBackSession(const TakenSession &taken, QString *error) = 0;
    virtual qint64 addQuestion(const Question &question, QString *error) = 0;
    virtual bool updateQuestion(const Question &question, QString *error) = 0;
    // Takes a question out again, only while nothing is recorded in it (no answer, no count
    // above zero); false with *error otherwise, and the question stays.
    virtual bool removeQuestion(qint64 questionId, QString *error) = 0;
    // Keeps what the session ran of a scenario; the first kept stays (false with *error when it
    // cannot be saved).
    virtual bool keepScenarioSnapshot(qint64 sessionId, const ScenarioSnapshot &snapshot,
                                      QString *error) = 0;
    // A commitment's new text, or the commitment gone: found by its id, or before it has one by
    // what it holds. What is queued is stored first. Neither leaves the old text readable
    // anywhere in the store (false with *error when there is no such commitment or it cannot
    // be written).
    virtual bool updateCommitment(const Commitment &commitment, const QString &text,
                                  QString *error) = 0;
    virtual bool deleteCommitment(const Commitment &commitment, QString *error) = 0;
    // The session's participant access as kept, or std::nullopt if none was saved yet.
    virtual std::optional<ParticipantAccess> participantAccess(qint64 sessionId) const = 0;
    // Keeps `access` with the session unless one is kept already; returns the one kept, or
    // std::nullopt with *error (no such session, or it cannot be saved).
    virtual std::optional<ParticipantAccess>
    saveParticipantAccess(qint64 sessionId, const ParticipantAccess &access, QString *error) = 0;

    // Group-committed writes. Returns the write's sequence number.
    quint64 queue(const Write &write);
    bool isCommitted(quint64 sequence) const
    {
        return sequence <= mCommitted && !mRejected.contains(sequence);
    }
    bool isRejected(quint64 sequence) const { return mRejected.contains(sequence); }
    int pendingCount() const { return int(mPending.size()); }
    // Commits everything queued now; false (and writeFailed) on error, the writes kept.
    bool flush();

signals:
    void committed(quint64 sequence); // every write up to `sequence` is on disk, but rejected ones
    void writeRejected(quint64 sequence, const Store::Write &write, const QString &reason);
    void writeFailed(const QString &message);
    // A PutCommitment's id, given by the database when it was stored.
    void commitmentStored(quint64 sequence, qint64 id);

protected:
    // What a backend says of one write: stored, refused for good, or failed for now.
    struct WriteResult
    {
        enum class Outcome { Stored, Impossible, Failed };
        Outcome outcome = Outcome::Stored;
        QString error;
        qint64 newId = 0; // PutCommitment: the id the database gave it
    };
    // The backend's side of the group commit: one transaction with a savepoint per write.
    virtual bool beginBatch(QString *error) = 0;
    virtual WriteResult execute(const Write &write) = 0;
    virtual void beginWrite() = 0; // a savepoint before each write
    virtual void undoWrite() = 0;  // back to that savepoint: the write leaves no trace
    virtual void keepWrite() = 0;  // release the savepoint
    virtual bool commitBatch(QString *error) = 0;
    virtual void rollbackBatch() = 0;
    // Drops what is queued without writing it (closing a backend that cannot be written).
    void stopFlushing();

private:
    void scheduleFlush(int delayMs);

    QList<std::pair<quint64, Write>> mPending;
    QSet<quint64> mRejected;
    quint64 mQueued = 0;
    quint64 mCommitted = 0;
    QTimer mFlushTimer;
    int mRetryDelayMs = 0;
};
