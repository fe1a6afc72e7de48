#include "store/store.h"

#include <QCoreApplication>

namespace {
struct StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

Store::Store(QObject *parent) : QObject(parent)
{
    mFlushTimer.setSingleShot(true);
    connect(&mFlushTimer, &QTimer::timeout, this, [this] { flush(); });
}

quint64 Store::queue(const Write &write)
{
    mPending.append({++mQueued, write});
    // Coalesce a burst: everything queued before the event loop turns goes in one commit.
    if (mPending.size() >= MaxPending)
        flush();
    else if (!mFlushTimer.isActive())
        scheduleFlush(mRetryDelayMs > 0 ? mRetryDelayMs : GroupWindowMs);
    return mQueued;
}

void Store::scheduleFlush(int delayMs)
{
    mFlushTimer.start(delayMs);
}

void Store::stopFlushing()
{
    mFlushTimer.stop();
    mPending.clear();
}

bool Store::flush()
{
    if (mPending.isEmpty())
        return true;
    if (!isOpen())
        return false;

    // First the whole batch in one go; only when a write is refused for good is the batch run
    // again write by write, leaving out what can never be stored (a savepoint per write costs
    // too much to pay on every batch).
    struct Rejection
    {
        quint64 sequence;
        Write write;
        QString reason;
    };
    QList<Rejection> rejected;
    QList<std::pair<quint64, qint64>> newIds;
    QString error;
    bool oneByOne = false;
    bool ok = false;
    for (int attempt = 0; attempt < 2 && !ok; ++attempt) {
        rejected.clear();
        newIds.clear();
        bool impossible = false;
        ok = beginBatch(&error);
        for (const auto &[sequence, write] : std::as_const(mPending)) {
            if (!ok)
                break;
            if (oneByOne)
                beginWrite();
            const WriteResult result = execute(write);
            switch (result.outcome) {
            case WriteResult::Outcome::Stored:
                if (oneByOne)
                    keepWrite();
                if (result.newId != 0)
                    newIds.append({sequence, result.newId});
                break;
            case WriteResult::Outcome::Impossible:
                if (oneByOne) {
                    undoWrite();
                    rejected.append({sequence, write, result.error});
                } else {
                    impossible = true;
                    ok = false;
                }
                break;
            case WriteResult::Outcome::Failed:
                error = result.error;
                ok = false;
                break;
            }
            if (impossible)
                break;
        }
        if (ok && !commitBatch(&error))
            ok = false;
        if (!ok) {
            rollbackBatch();
            if (!impossible || oneByOne)
                break;
            oneByOne = true; // and once more, write by write
        }
    }
    if (!ok) {
        // Keep every write and try again, backing off to once a second.
        mRetryDelayMs = qBound(50, mRetryDelayMs * 2, 1000);
        scheduleFlush(mRetryDelayMs);
        emit writeFailed(StoreText::tr("Answers could not be saved (%1). They are kept in memory "
                                       "and saving is retried; free some disk space if it is full.")
                             .arg(error));
        return false;
    }
    mRetryDelayMs = 0;
    mCommitted = mPending.last().first;
    mPending.clear();
    for (const Rejection &r : std::as_const(rejected))
        mRejected.insert(r.sequence);
    for (const auto &[sequence, id] : std::as_const(newIds))
        emit commitmentStored(sequence, id);
    for (const Rejection &r : std::as_const(rejected))
        emit writeRejected(r.sequence, r.write, r.reason);
    emit committed(mCommitted);
    return true;
}
