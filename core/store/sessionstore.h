#pragma once

#include "session/session.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>
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
// room and a random key that signs the device tokens it hands out. Created once per session and
// kept with it, so a restart changes neither.
struct ParticipantAccess
{
    static constexpr int CodeLength = 6;
    static constexpr int KeyBytes = 32;
    // No 0/O, 1/I/L: read off a projector and typed on a phone without mix-ups.
    static QString codeAlphabet() { return QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789"); }

    QString joinCode;
    QByteArray tokenKey;
};

// The SQLite file that holds every session. One per data folder.
//
//   SessionModel ──queue()──> SessionStore ──one transaction per burst──> upstander.sqlite
//                <─committed(sequence)─┘
//
// Answers, tallies and commitments arrive in bursts (thirty phones at once); each write is
// queued and all queued writes are committed together in one transaction at the next turn of
// the event loop (group commit). A write counts as recorded only once committed(sequence)
// has reported its sequence number. If a commit fails (full disk, I/O error), nothing queued
// is dropped: writeFailed() says why and the store tries again.
class SessionStore : public QObject
{
    Q_OBJECT

public:
    struct PutAnswer
    {
        Answer answer;
    }; // insert, or replace the token's answer
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
        Commitment commitment;
    };
    struct RemoveCommitment
    {
        qint64 id;
    };
    using Write = std::variant<PutAnswer, RemoveAnswer, PutTally, PutCommitment, RemoveCommitment>;

    // How long the first queued write waits for others to join its transaction. Short enough
    // to be unnoticeable, long enough for a burst of phones to share one disk sync.
    static constexpr int GroupWindowMs = 2;

    explicit SessionStore(QObject *parent = nullptr);
    ~SessionStore() override;

    static QString fileName();      // "upstander.sqlite"
    static QString defaultFolder(); // the user's data folder
    // Opens (creating if needed) the database in `folder`. A newer, corrupt or unwritable
    // database is refused with a message in *error and left untouched.
    bool open(const QString &folder, QString *error);
    bool isOpen() const { return mDb.isOpen(); }
    QString path() const { return mPath; }
    void close();
    // The connection itself, for tests that provoke failures (e.g. a full database).
    QSqlDatabase database() const { return mDb; }

    // Reads.
    QList<SessionSummary> sessions() const;
    std::optional<Session> session(qint64 id) const;
    QList<Question> questions(qint64 sessionId) const;
    QList<Answer> answers(qint64 sessionId) const;
    QList<Tally> tallies(qint64 sessionId) const;
    QList<Commitment> commitments(qint64 sessionId) const;
    QList<Session> cohortSessions(const QString &cohort) const; // by date
    qint64 lastAnswerId() const;
    qint64 lastCommitmentId() const;

    // Immediate writes (each its own transaction, after anything queued). 0 / false on error.
    qint64 createSession(const Session &session, QString *error);
    bool updateSession(const Session &session, QString *error);
    bool deleteSession(qint64 id, QString *error); // with all of its data
    qint64 addQuestion(const Question &question, QString *error);
    bool updateQuestion(const Question &question, QString *error);
    // The session's participant access, created (and written at once) the first time it is
    // asked for. std::nullopt, with *error, if there is no such session or it cannot be saved.
    std::optional<ParticipantAccess> participantAccess(qint64 sessionId, QString *error);

    // Group-committed writes. Returns the write's sequence number.
    quint64 queue(const Write &write);
    bool isCommitted(quint64 sequence) const { return sequence <= mCommitted; }
    int pendingCount() const { return int(mPending.size()); }
    // Commits everything queued now; false (and writeFailed) on error, the writes kept.
    bool flush();

signals:
    void committed(quint64 sequence); // every write up to `sequence` is on disk
    void writeFailed(const QString &message);

private:
    bool execute(const Write &write, QString *error);
    // After a batch failed on a constraint: the same batch, leaving out the writes that can
    // never be stored (e.g. an answer whose session was deleted meanwhile).
    bool flushDroppingImpossibleWrites(QString *error);
    bool prepareWrites(QString *error);
    void scheduleFlush(int delayMs);

    QSqlDatabase mDb;
    QString mConnection;
    QString mPath;
    // Prepared once per open database: preparing per row would cost more than the insert.
    struct Statements;
    std::unique_ptr<Statements> mStatements;
    QList<std::pair<quint64, Write>> mPending;
    int mLastWriteErrorCode = 0; // SQLite's code of the last failed write
    quint64 mQueued = 0;
    quint64 mCommitted = 0;
    QTimer mFlushTimer;
    int mRetryDelayMs = 0;
};
