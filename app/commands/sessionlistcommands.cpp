#include "commands/sessionlistcommands.h"

#include <utility>

DeleteSessionCommand::DeleteSessionCommand(Store *store, qint64 sessionId, const QString &title,
                                           QString *error)
    : mStore(store), mSessionId(sessionId), mTitle(title), mError(error)
{
    setText(tr("Delete session \"%1\"").arg(title));
}

void DeleteSessionCommand::redo()
{
    mFailed.clear();
    if (mTaken)
        return; // an undo could not put it back: it is still deleted
    mTaken = mStore->takeSession(mSessionId, &mFailed);
    QString *const firstError = std::exchange(mError, nullptr); // may be gone by a later redo()
    if (mTaken)
        return;
    if (firstError)
        *firstError = mFailed;
    setObsolete(true); // nothing was deleted: nothing to undo
}

void DeleteSessionCommand::undo()
{
    mFailed.clear();
    if (!mTaken)
        return;
    if (const qint64 id = mStore->putBackSession(*mTaken, &mFailed)) {
        mSessionId = id; // its own id, or a new one where rows written since took it
        mTaken.reset();  // in the store again: the copy in memory goes
    }
}
