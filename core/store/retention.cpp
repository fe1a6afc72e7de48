#include "store/retention.h"

#include <algorithm>

namespace Retention {

QDate cutoff(int months, const QDate &today)
{
    return today.addMonths(-months);
}

bool isOlderThan(const QDate &date, int months, const QDate &today)
{
    if (months <= 0 || months > MaxMonths || !date.isValid() || !today.isValid())
        return false;
    return date < cutoff(months, today);
}

QList<SessionSummary> olderThan(const Store &store, int months, const QDate &today)
{
    QList<SessionSummary> old;
    if (months <= 0)
        return old;
    const QList<SessionSummary> all = store.sessions();
    for (const SessionSummary &s : all) {
        if (isOlderThan(s.date, months, today))
            old.append(s);
    }
    std::stable_sort(old.begin(), old.end(), [](const SessionSummary &a, const SessionSummary &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return old;
}

Deletion deleteOlderThan(Store &store, int months, const QDate &today, qint64 keep)
{
    Deletion result;
    const QList<SessionSummary> old = olderThan(store, months, today);
    for (const SessionSummary &s : old) {
        if (s.id == keep)
            continue;
        QString error;
        if (!store.deleteSession(s.id, &error)) {
            result.error = error;
            break;
        }
        result.deleted.append(s);
    }
    return result;
}

} // namespace Retention
