#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QUndoCommand>

class SessionModel;

// Changes to the list of sessions, as opposed to the open session's contents
// (sessioncommands.h). The Open Session dialog keeps deletions on a stack of its own: a deletion
// can be undone until the dialog closes, and the deleted session is held in memory only until
// then. Creating a session (New Session, Plan a Follow-up) is a step on the console's stack.
//
//   Open Session dialog ──push──> its QUndoStack ──redo/undo──> command ──> Store
//   console ─────────────push──> its QUndoStack ──redo/undo──> command ──> Store, SessionModel

// A session taken out of the store with all of its data; undo puts exactly that back (ids,
// answers, commitments, the join code).
class DeleteSessionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteSessionCommand)

public:
    // *error, if given, says why the first redo() deleted nothing (the stack then drops it); it
    // is written by the first redo() only. Later failures (putting back, deleting again) go to
    // failed().
    DeleteSessionCommand(Store *store, qint64 sessionId, const QString &title,
                         QString *error = nullptr);
    void redo() override;
    void undo() override;
    // Why the last redo() or undo() changed nothing; empty when it worked.
    QString failed() const { return mFailed; }
    // The session's id: after an undo, the one it came back under.
    qint64 sessionId() const { return mSessionId; }
    QString title() const { return mTitle; }

private:
    Store *mStore;
    qint64 mSessionId;
    QString mTitle;
    QString *mError;
    std::optional<Store::TakenSession> mTaken;
    QString mFailed;
};

// A new session. With Opened, it becomes the open session (New Session): undo takes it out of
// the store with whatever was recorded in it meanwhile (phones included) and opens again the
// session that was open before, if any; redo puts it back whole and opens it. With Planned
// (a follow-up planned for another day) the open session stays as it is.
class CreateSessionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(CreateSessionCommand)

public:
    enum class Then { Opened, Planned };
    // *error, if given, says why the first redo() created nothing (the stack then drops it).
    CreateSessionCommand(Store *store, SessionModel *model, const Session &session, Then then,
                         QString *error = nullptr);
    void redo() override;
    void undo() override;
    // Why the last redo() or undo() changed nothing; empty when it worked.
    QString failed() const { return mFailed; }
    // The new session's id (after a redo that put it back, the one it came back under).
    qint64 sessionId() const { return mSessionId; }
    QString title() const { return mSession.title; }

private:
    Store *mStore;
    SessionModel *mModel;
    Session mSession;
    Then mThen;
    QString *mError;
    qint64 mSessionId = 0;
    qint64 mPrevious = 0; // the session open before an Opened one
    std::optional<Store::TakenSession> mTaken;
    QString mFailed;
};
