#pragma once

#include "store/store.h"

#include <QCoreApplication>
#include <QUndoCommand>

// Changes to the list of sessions, as opposed to the open session's contents
// (sessioncommands.h). The Open Session dialog keeps them on a stack of its own: a deletion can
// be undone until the dialog closes, and the deleted session is held in memory only until then.
//
//   Open Session dialog ──push──> its QUndoStack ──redo/undo──> command ──> Store

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
