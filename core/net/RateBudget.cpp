#include "net/RateBudget.h"

#include "Clock.h"
#include "net/RateLog.h"

#include <algorithm>

namespace outpost::net {

RateLimits RateLimits::userApiKey(int perMinute, int perDay)
{
    RateLimits limits;
    limits.windows = {{perMinute, 60'000}, {perDay, 86'400'000}};
    return limits;
}

RateLimits RateLimits::anonymous(int perTenSeconds, int perMinute)
{
    RateLimits limits;
    limits.windows = {{perTenSeconds, 10'000}, {perMinute, 60'000}};
    return limits;
}

RateBudget::RateBudget(RateLimits limits, const Clock &clock, RateLog *log)
    : m_limits(std::move(limits))
    , m_clock(clock)
    , m_log(log)
{
    for (const RateWindow &window : m_limits.windows)
        m_longestMs = std::max(m_longestMs, windowLength(window));
    if (!m_log)
        return;
    const qint64 now = m_clock.nowMs();
    std::vector<qint64> starts = m_log->loadSince(now - m_longestMs);
    std::sort(starts.begin(), starts.end());
    for (qint64 start : starts) {
        // An entry from the future (the clock was set back) counts as now, so it ages out.
        m_starts.push_back(std::min(start, now));
    }
    m_blockedUntil = m_log->loadBlockedUntil();
}

qint64 RateBudget::windowLength(const RateWindow &window) const
{
    return window.lengthMs + m_limits.safetyMarginMs;
}

qint64 RateBudget::nextAllowedLocked(qint64 nowMs) const
{
    qint64 next = std::max(nowMs, m_blockedUntil);
    for (const RateWindow &window : m_limits.windows) {
        if (window.limit <= 0)
            continue;
        const qint64 length = windowLength(window);
        // Requests at t count while now < t + length.
        const auto first = std::upper_bound(m_starts.begin(), m_starts.end(), nowMs - length);
        const auto inWindow = std::distance(first, m_starts.end());
        if (inWindow < window.limit)
            continue;
        // The window holds `limit` or more: the next request may go once enough have aged out
        // that only limit - 1 remain.
        const qint64 freedAt = *(first + (inWindow - window.limit)) + length;
        next = std::max(next, freedAt);
    }
    return next;
}

qint64 RateBudget::nextAllowedAtMs() const
{
    std::lock_guard lock(m_mutex);
    return nextAllowedLocked(m_clock.nowMs());
}

void RateBudget::recordLocked(qint64 atMs)
{
    m_starts.insert(std::upper_bound(m_starts.begin(), m_starts.end(), atMs), atMs);
    const qint64 horizon = std::max(atMs, m_clock.nowMs()) - m_longestMs;
    while (!m_starts.empty() && m_starts.front() <= horizon)
        m_starts.pop_front();
    if (m_log)
        m_log->append(atMs);
}

void RateBudget::record(qint64 atMs)
{
    std::lock_guard lock(m_mutex);
    recordLocked(atMs);
}

bool RateBudget::tryAcquire()
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.nowMs();
    if (nextAllowedLocked(now) > now)
        return false;
    recordLocked(now);
    return true;
}

void RateBudget::blockUntil(qint64 untilMs)
{
    std::lock_guard lock(m_mutex);
    if (untilMs <= m_blockedUntil)
        return;
    m_blockedUntil = untilMs;
    if (m_log)
        m_log->saveBlockedUntil(untilMs);
}

std::optional<qint64> RateBudget::dayBudgetResumesAtMs() const
{
    std::lock_guard lock(m_mutex);
    const qint64 now = m_clock.nowMs();
    const qint64 next = nextAllowedLocked(now);
    if (next - now > m_limits.longWaitMs)
        return next;
    return std::nullopt;
}

int RateBudget::remaining(std::size_t index) const
{
    std::lock_guard lock(m_mutex);
    if (index >= m_limits.windows.size())
        return 0;
    const RateWindow &window = m_limits.windows[index];
    const qint64 now = m_clock.nowMs();
    const auto first =
            std::upper_bound(m_starts.begin(), m_starts.end(), now - windowLength(window));
    const auto used = static_cast<int>(std::distance(first, m_starts.end()));
    return std::max(0, window.limit - used);
}

} // namespace outpost::net
