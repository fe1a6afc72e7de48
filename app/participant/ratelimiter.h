#pragma once

#include <QHash>
#include <QString>

// Token buckets, one per key (an address, a device): `perSecond` requests a second on average,
// up to `burst` at once. The number of keys is bounded, so a flood of new keys (addresses,
// devices) costs memory only up to maxKeys; past that, unknown keys wait like a full bucket.
class RateLimiter
{
public:
    RateLimiter(double perSecond, double burst, int maxKeys = 10000);

    // 0 if the request may go ahead (and is counted); otherwise how many milliseconds until it
    // would be allowed.
    qint64 take(const QString &key, qint64 nowMs);
    // Forgets keys whose buckets are full again: they are no different from new ones.
    void prune(qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 atMs = 0;
    };

    double mPerMs;
    double mBurst;
    int mMaxKeys;
    QHash<QString, Bucket> mBuckets;
};
