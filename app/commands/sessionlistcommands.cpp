#include "commands/sessionlistcommands.h"

#include "session/sessionmodel.h"

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

CreateSessionCommand::CreateSessionCommand(Store *store, SessionModel *model,
                                           const Session &session, Then then, QString *error)
    : mStore(store), mModel(model), mSession(session), mThen(then), mError(error)
{
    setText(then == Then::Opened ? tr("New session \"%1\"").arg(session.title)
                                 : tr("Plan follow-up \"%1\"").arg(session.title));
}

void CreateSessionCommand::redo()
{
    mFailed.clear();
    if (mSessionId == 0) { // the first redo
        QString *const firstError = std::exchange(mError, nullptr);
        mPrevious = mModel->isLoaded() ? mModel->session().id : 0;
        mSessionId = mStore->createSession(mSession, &mFailed);
        if (mSessionId == 0) {
            if (firstError)
                *firstError = mFailed;
            setObsolete(true); // nothing was created: nothing to undo
            return;
        }
    } else if (mTaken) {
        const qint64 id = mStore->putBackSession(*mTaken, &mFailed);
        if (id == 0)
            return; // still out of the store: nothing to open
        mSessionId = id;
        mTaken.reset();
    }
    if (mThen == Then::Opened && !mModel->load(mSessionId, &mFailed))
        return;
}

void CreateSessionCommand::undo()
{
    mFailed.clear();
    if (mTaken || mSessionId == 0)
        return;
    const bool isOpen = mModel->isLoaded() && mModel->session().id == mSessionId;
    // Everything recorded in it goes with it, so what is still queued is written first.
    if (isOpen && !mModel->flush()) {
        mFailed = tr("The session could not be removed: what was recorded in it is not saved "
                     "yet.");
        return;
    }
    mTaken = mStore->takeSession(mSessionId, &mFailed);
    if (!mTaken || !isOpen)
        return;
    QString ignored; // the one before may have been deleted meanwhile: then none is open
    if (mPrevious == 0 || !mModel->load(mPrevious, &ignored))
        mModel->unload();
}
