#pragma once

#include <QtGlobal>

#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace outpost {
class Clock;
}

namespace outpost::net {

class RateLog;

// At most `limit` requests in any `lengthMs` (Discourse's RateLimiter: a list of timestamps per
// key and window).
struct RateWindow
{
    int limit = 0;
    qint64 lengthMs = 0;
};

struct RateLimits
{
    std::vector<RateWindow> windows;
    // Added to every window. Our clock stamps a request when it starts, the server's when it
    // arrives; with one-way delays differing by up to this margin (and clocks ticking at the same
    // rate) the server never counts more than `limit` in its window.
    qint64 safetyMarginMs = 3'000;
    // A wait longer than this is not slept through: the runner stops and says when to resume.
    qint64 longWaitMs = 10 * 60'000;

    // Discourse's defaults for a User API Key: 20 per minute and 2,880 per day per key.
    // (Per-IP limits of 50/10 s and 200/min are then implied.)
    static RateLimits userApiKey(int perMinute = 20, int perDay = 2'880);
    // Discourse's per-IP defaults for requests without a key: 50 per 10 s and 200 per minute.
    static RateLimits anonymous(int perTenSeconds = 50, int perMinute = 200);
};

// The request budget of one forum, shared by everything that talks to it (sync and outbox may
// run on different threads, so it is thread-safe). Timestamps come from the Clock handed in.
class RateBudget
{
public:
    // `log` is not owned and may be null (nothing persisted); it must outlive the budget.
    RateBudget(RateLimits limits, const Clock &clock, RateLog *log = nullptr);

    const RateLimits &limits() const { return m_limits; }

    // When the next request may start: now (clock time) if it may start at once.
    qint64 nextAllowedAtMs() const;
    // Counts a request that started at `atMs`.
    void record(qint64 atMs);
    // Records a request now if the budget allows one; the check and the record are atomic, so
    // two threads sharing the budget never both take the last slot.
    bool tryAcquire();

    // The server said wait (429): no request before `untilMs`, whatever the windows say.
    void blockUntil(qint64 untilMs);

    // Set when the next request would have to wait longer than limits().longWaitMs (the day
    // window is full, or the server asked for a long wait): when requests may resume. Nullopt
    // for the short waits a runner sleeps through.
    std::optional<qint64> dayBudgetResumesAtMs() const;

    // Requests still available in window `index` of limits().windows right now.
    int remaining(std::size_t index) const;

private:
    qint64 nextAllowedLocked(qint64 nowMs) const;
    void recordLocked(qint64 atMs);
    qint64 windowLength(const RateWindow &window) const;

    RateLimits m_limits;
    const Clock &m_clock;
    RateLog *m_log;
    qint64 m_longestMs = 0;
    mutable std::mutex m_mutex;
    std::deque<qint64> m_starts; // sorted, only entries inside the longest window
    qint64 m_blockedUntil = 0;
};

} // namespace outpost::net
