#pragma once

#include <QtGlobal>

#include <mutex>
#include <vector>

namespace outpost::net {

// Where a RateBudget keeps what it spent, so the day window survives a restart. One log per
// forum (and per key: a new key starts a new budget on the server). The store implements it
// over SQLite; InMemoryRateLog serves tests and anonymous one-off runs.
class RateLog
{
public:
    virtual ~RateLog() = default;

    // Start times (ms since the epoch) of requests at or after `sinceMs`, in any order.
    virtual std::vector<qint64> loadSince(qint64 sinceMs) = 0;
    // Called for every request the budget grants. Implementations may drop entries older than
    // two days at any time (the longest window Discourse uses is one day, plus a margin).
    virtual void append(qint64 atMs) = 0;

    // A wait the server imposed (429); 0 when none.
    virtual qint64 loadBlockedUntil() = 0;
    virtual void saveBlockedUntil(qint64 untilMs) = 0;
};

class InMemoryRateLog final : public RateLog
{
public:
    std::vector<qint64> loadSince(qint64 sinceMs) override;
    void append(qint64 atMs) override;
    qint64 loadBlockedUntil() override;
    void saveBlockedUntil(qint64 untilMs) override;

    std::size_t size() const;
    static constexpr qint64 kKeptMs = 2 * 86'400'000LL;

private:
    mutable std::mutex m_mutex;
    std::vector<qint64> m_entries;
    std::size_t m_sizeAfterPrune = 0;
    qint64 m_blockedUntil = 0;
};

} // namespace outpost::net
