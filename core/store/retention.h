#pragma once

#include "store/store.h"

#include <QDate>
#include <QList>

// Deleting old sessions: the one rule for "older than N months", asked by the console at start
// (the retention setting) and by "upstander sessions --older-than N" alike.
//
//   console start-up ──┐
//                      ├──> Retention::deleteOlderThan ──> olderThan ──> Store::sessions()
//   sessions --older-than ┘                      └──> Store::deleteSession (secure_delete)
//
// A session's age is its date (the day of the workshop), not when it was created: a session
// dated D is older than N months on the days after D plus N months. A session without a valid
// date is never deleted by age.
namespace Retention {

// More than a century is a typing mistake, not a policy.
constexpr int MaxMonths = 1200;

// The first day on which a session is not yet older than `months`: today minus the months
// (the month's last day when the day does not exist, as 31 August minus 6 months is 28 or
// 29 February).
QDate cutoff(int months, const QDate &today);
// Whether a session dated `date` is older than `months` (1 to MaxMonths) on `today`.
bool isOlderThan(const QDate &date, int months, const QDate &today);
// The store's sessions older than `months`, oldest first; none when months is 0 (keep all).
QList<SessionSummary> olderThan(const Store &store, int months, const QDate &today);

struct Deletion
{
    QList<SessionSummary> deleted; // in the order they were deleted, oldest first
    QString error;                 // empty: every session older than that is gone
};

// Deletes the sessions olderThan() names, each with all of its data through
// Store::deleteSession, but never `keep` (the session open on the console, or about to be
// resumed). Stops at the first session that cannot be deleted and says why.
Deletion deleteOlderThan(Store &store, int months, const QDate &today, qint64 keep = 0);

} // namespace Retention
