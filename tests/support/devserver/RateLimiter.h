#pragma once

#include <QByteArray>
#include <QHash>

#include <deque>

namespace devserver {

// A sliding-window limiter like Discourse's RateLimiter: per key it keeps the times of the
// last `max` accepted actions; a new one is refused while the oldest is inside the window,
// and the wait is how long until it leaves.
class SlidingWindowLimiter
{
public:
    struct Outcome
    {
        bool allowed = true;
        int retryAfterSeconds = 0;
    };

    Outcome hit(const QByteArray &key, int max, qint64 windowMs, qint64 nowMs);
    // Would hit() be refused? Does not record anything.
    Outcome peek(const QByteArray &key, int max, qint64 windowMs, qint64 nowMs) const;
    // Undoes the most recent accepted hit (Discourse rolls the IP limiters back for admin keys).
    void rollback(const QByteArray &key);
    int used(const QByteArray &key, qint64 windowMs, qint64 nowMs) const;
    void clear() { m_hits.clear(); }

private:
    QHash<QByteArray, std::deque<qint64>> m_hits;
};

} // namespace devserver
