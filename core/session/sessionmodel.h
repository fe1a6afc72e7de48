#pragma once

#include "session/session.h"
#include "session/sessionrules.h"
#include "stats/statistics.h"
#include "store/store.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

// What changed in a session, for item models that follow it.
struct SessionChange
{
    enum class Kind { Reset, Question, Answer, Tally, Commitment, SitOut, RoomQuestion };
    Kind kind = Kind::Reset;
    qint64 questionId = 0; // Question, Answer, Tally
};

// One open session in memory, the single place where its data changes. Every operation
// validates, updates memory, queues the write in the store, and announces the change:
//
//   command (undo stack, HTTP handler) ──> SessionModel ──queue──> Store (SQLite, …)
//                                               └── changed(SessionChange) ──> item models
//
// Undo is built from the same operations (record ↔ remove/restore, tally +1 ↔ −1).
class SessionModel : public QObject
{
    Q_OBJECT

public:
    struct AnswerResult
    {
        bool ok = false;
        SessionRules::Refusal refusal = SessionRules::Refusal::None; // why not, when !ok
        QString error;                                               // translated, when !ok
        Answer answer;                                               // as recorded
        std::optional<Answer> previous; // the token's earlier answer it replaced
        quint64 sequence = 0;           // recorded once store.isCommitted(sequence)
    };

    explicit SessionModel(Store *store, QObject *parent = nullptr);

    bool load(qint64 sessionId, QString *error);
    bool isLoaded() const { return mSession.id != 0; }
    void unload();
    // Everything queued is written now; false if it cannot be (writeFailed says why).
    bool flush();
    // A write's sequence number (AnswerResult, addCommitment) is on disk.
    bool isRecorded(quint64 sequence) const;
    // The open session's participant access as kept, or none yet; keeping one made by the
    // participant side (the one kept already wins).
    std::optional<ParticipantAccess> participantAccess() const;
    std::optional<ParticipantAccess> keepParticipantAccess(const ParticipantAccess &access,
                                                           QString *error);
    // The open session as stored, read as "upstander export" reads it, after writing what is
    // queued; std::nullopt when that cannot be written or no session is open.
    std::optional<SessionData> storedData();
    // The other sessions of the open session's cohort, for its trend.
    QList<SessionData> cohortHistory() const;

    const Session &session() const { return mSession; }
    bool updateSession(const Session &session, QString *error);
    const QList<Question> &questions() const { return mQuestions; }
    const Question *question(qint64 id) const;
    QList<Answer> answers() const; // all, in id order
    QList<Answer> answers(qint64 questionId) const;
    std::optional<Answer> answer(qint64 questionId, const QString &token) const;
    int answerCount() const;
    QList<Tally> tallies() const;
    int tally(qint64 questionId, const QString &choice) const;
    // Votes, passes and people of one question, by SessionRules::count().
    QuestionCount count(qint64 questionId) const;
    // Every answer and every person counted by hand, in all questions.
    int recordedCount() const;
    const QList<Commitment> &commitments() const { return mCommitments; }
    // The scenarios this session ran, as they were when first run.
    const QList<ScenarioSnapshot> &scenarios() const { return mScenarios; }
    const ScenarioSnapshot *scenario(const QString &scenarioId) const;
    // Keeps a scenario's texts with the session the first time it runs (later calls for the
    // same scenario keep the first); false with *error when they cannot be saved.
    bool keepScenario(const ScenarioSnapshot &snapshot, QString *error);

    // Questions.
    std::optional<qint64> addQuestion(Question question, QString *error);
    // Takes a question out of the session while nothing is recorded in it (undo of asking).
    bool removeQuestion(qint64 questionId, QString *error);
    bool setOpen(qint64 questionId, bool open, QString *error);
    // Shows or hides a question's results: revealing closes it to answers, hiding opens it
    // again (SessionRules::isOpenWhenRevealed), in one write and one notification.
    bool setRevealed(qint64 questionId, bool revealed, QString *error);
    // The option a whole group settled on at a decision (empty: none). Allowed whether the
    // question is open or not; it never counts as a vote (SessionRules::checkGroupChoice).
    bool setGroupChoice(qint64 questionId, const QString &choice, QString *error);

    // Answers: one per token and question; a second one replaces the first while the
    // question is open.
    AnswerResult recordAnswer(qint64 questionId, const QString &token, const QString &choice);
    bool removeAnswer(qint64 questionId, const QString &token);
    void restoreAnswer(const Answer &answer); // undo of a change or a removal

    // Tallies: counts entered by the facilitator. Returns the new count (never below 0).
    int changeTally(qint64 questionId, const QString &choice, int delta);

    // Commitments: 1 to Commitment::MaxLength characters, trimmed. *sequence, if given,
    // receives the write's sequence number: recorded once store.isCommitted(*sequence).
    std::optional<Commitment> addCommitment(const QString &text, const QString &token,
                                            QString *error, quint64 *sequence = nullptr);
    // A new text for a commitment, found by what it holds (not its id), checked as a new one
    // is; its token and time stay. The old text is left nowhere in the store. The commitment
    // as it is now, or std::nullopt with *error.
    std::optional<Commitment> editCommitment(const Commitment &commitment, const QString &text,
                                             QString *error);
    // Found by what it holds, not its id; gone from the store at once, leaving no trace there.
    bool removeCommitment(const Commitment &commitment, QString *error = nullptr);
    void restoreCommitment(const Commitment &commitment);

    // Sitting out a role-play (a participant's own choice, from their phone): they are not
    // asked its decisions (recordAnswer refuses them) until they join in again. Returns the
    // write's sequence number, or 0 when nothing changed (the same choice again, no session,
    // a missing or too long token or scenario id).
    quint64 setSittingOut(const QString &scenarioId, const QString &token, bool sittingOut);
    bool isSittingOut(const QString &scenarioId, const QString &token) const;
    // How many sit the role-play out now: a count for the trainer, never who.
    int sittingOutCount(const QString &scenarioId) const;

    // Questions from phones for the trainer alone (SessionRules::checkRoomQuestion), in the
    // order they arrived; `held`: the word list flagged it. The question as queued (its
    // sequence is recorded once isRecorded()), or std::nullopt with *error. `key`, if given,
    // names the question (else a new random one): a question sent again under the key it
    // already has is the one there, not a second one (*sequence is then 0: nothing written).
    std::optional<RoomQuestion> addRoomQuestion(const QString &text, bool held, QString *error,
                                                quint64 *sequence = nullptr,
                                                const QString &key = {});
    const QList<RoomQuestion> &roomQuestions() const { return mRoomQuestions; }
    const RoomQuestion *roomQuestion(const QString &key) const;
    // The trainer shows, answers, hides, or lets a held one in: one write, one notification.
    bool setRoomQuestionState(const QString &key, RoomQuestionState state);

signals:
    void changed(const SessionChange &change);
    void recorded(quint64 sequence); // every write up to `sequence` is stored, but rejected ones
    void writeRejected(quint64 sequence, const QString &message); // never stored; translated
    void writeFailed(const QString &message);                     // kept in memory and retried

private:
    bool checkCommitment(const QString &text, QString *error) const;
    Question *findQuestion(qint64 id);
    // One write and one notification: the question as `change` leaves it, or nothing.
    bool changeQuestion(qint64 questionId, QString *error,
                        const std::function<void(Question &)> &change);
    void forgetRejected(quint64 sequence, const Store::Write &write, const QString &reason);
    void notify(SessionChange::Kind kind, qint64 questionId = 0);
    // Memory only: true and a notification when it changed.
    bool setSittingOutInMemory(const QString &scenarioId, const QString &token, bool sittingOut);
    static constexpr int MaxScenarioIdLength = 200; // as the store's column allows

    Store *mStore;
    Session mSession;
    QList<Question> mQuestions;
    // question id → token → answer
    QHash<qint64, QHash<QString, Answer>> mAnswers;
    QHash<qint64, QHash<QString, int>> mTallies;
    QList<Commitment> mCommitments;
    QList<ScenarioSnapshot> mScenarios;
    QHash<QString, QSet<QString>> mSittingOut; // scenario id → tokens
    QList<RoomQuestion> mRoomQuestions;
    QHash<quint64, Commitment> mUnstoredCommitments; // by write sequence, until the id is known
};
