#include "RateLimiter.h"

#include <algorithm>

namespace devserver {

SlidingWindowLimiter::Outcome SlidingWindowLimiter::peek(const QByteArray &key, int max,
                                                         qint64 windowMs, qint64 nowMs) const
{
    if (max <= 0)
        return {false, int((windowMs + 999) / 1000)};
    const auto it = m_hits.constFind(key);
    if (it == m_hits.constEnd() || int(it->size()) < max)
        return {};
    const qint64 oldest = (*it)[it->size() - size_t(max)];
    const qint64 age = nowMs - oldest;
    if (age >= windowMs)
        return {};
    return {false, int(std::max<qint64>(1, (windowMs - age + 999) / 1000))};
}

SlidingWindowLimiter::Outcome SlidingWindowLimiter::hit(const QByteArray &key, int max,
                                                        qint64 windowMs, qint64 nowMs)
{
    const Outcome outcome = peek(key, max, windowMs, nowMs);
    if (!outcome.allowed)
        return outcome;
    std::deque<qint64> &times = m_hits[key];
    times.push_back(nowMs);
    while (int(times.size()) > max)
        times.pop_front();
    return outcome;
}

void SlidingWindowLimiter::rollback(const QByteArray &key)
{
    const auto it = m_hits.find(key);
    if (it != m_hits.end() && !it->empty())
        it->pop_back();
}

int SlidingWindowLimiter::used(const QByteArray &key, qint64 windowMs, qint64 nowMs) const
{
    const auto it = m_hits.constFind(key);
    if (it == m_hits.constEnd())
        return 0;
    return int(
            std::count_if(it->begin(), it->end(), [&](qint64 t) { return nowMs - t < windowMs; }));
}

} // namespace devserver
