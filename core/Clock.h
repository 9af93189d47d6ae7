#pragma once

#include <QDateTime>

#include <chrono>
#include <memory>

namespace outpost {

class CancelToken;

// Time as the rest of core sees it. Handed in at construction so that retry, backoff and
// rate-budget logic can be tested with a FakeClock that advances instantly.
class Clock
{
public:
    virtual ~Clock() = default;

    // Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;

    // Blocks the calling (worker) thread for `duration`, or less if `cancel` fires.
    // Returns false when it was cancelled. Never call this on the GUI thread.
    virtual bool sleepFor(std::chrono::milliseconds duration, const CancelToken &cancel) = 0;

    QDateTime nowUtc() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
    bool sleepFor(std::chrono::milliseconds duration, const CancelToken &cancel) override;
};

// Deterministic clock for tests: sleeping advances the time at once.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    bool sleepFor(std::chrono::milliseconds duration, const CancelToken &cancel) override;
    void advance(std::chrono::milliseconds duration) { m_now += duration.count(); }
    // Total time spent in sleepFor(), for asserting on backoff.
    qint64 sleptMs() const { return m_slept; }

private:
    qint64 m_now;
    qint64 m_slept = 0;
};

} // namespace outpost
