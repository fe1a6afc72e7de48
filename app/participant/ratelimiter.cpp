#include "participant/ratelimiter.h"

#include <algorithm>
#include <cmath>

RateLimiter::RateLimiter(double perSecond, double burst, int maxKeys)
    : mPerMs(std::max(perSecond, 1e-6) / 1000.0), mBurst(std::max(burst, 1.0)), mMaxKeys(maxKeys)
{
}

qint64 RateLimiter::take(const QString &key, qint64 nowMs)
{
    auto it = mBuckets.find(key);
    if (it == mBuckets.end()) {
        if (mBuckets.size() >= mMaxKeys)
            prune(nowMs);
        if (mBuckets.size() >= mMaxKeys)
            return qint64(std::ceil(1.0 / mPerMs));
        it = mBuckets.insert(key, Bucket{mBurst, nowMs});
    }
    Bucket &bucket = *it;
    bucket.tokens = std::min(mBurst, bucket.tokens + double(nowMs - bucket.atMs) * mPerMs);
    bucket.atMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - bucket.tokens) / mPerMs)));
}

void RateLimiter::prune(qint64 nowMs)
{
    for (auto it = mBuckets.begin(); it != mBuckets.end();) {
        if (it->tokens + double(nowMs - it->atMs) * mPerMs >= mBurst)
            it = mBuckets.erase(it);
        else
            ++it;
    }
}
