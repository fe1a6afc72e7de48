#include "commands/sessionlistcommands.h"

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
    if (mTaken)
        return;
    if (mError)
        *mError = mFailed;
    setObsolete(true); // nothing was deleted: nothing to undo
}

void DeleteSessionCommand::undo()
{
    mFailed.clear();
    if (mTaken && mStore->putBackSession(*mTaken, &mFailed))
        mTaken.reset(); // in the store again: the copy in memory goes
}
