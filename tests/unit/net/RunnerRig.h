#pragma once

// What the RequestRunner unit tests share: a fake clock, fake transport, budget and runner
// wired together, and helpers to read the simulated timeline.

#include "CancelToken.h"
#include "Clock.h"
#include "FakeTransport.h"
#include "net/RateBudget.h"
#include "net/RateLog.h"
#include "net/RequestRunner.h"

#include <algorithm>
#include <vector>

namespace outpost::test {

using namespace outpost::net;

inline constexpr qint64 kStart = 1'700'000'000'000;

inline HttpRequest get(const QString &path)
{
    HttpRequest r;
    r.url = QUrl(QStringLiteral("https://forum.example") + path);
    return r;
}

inline HttpRequest post(const QString &path)
{
    HttpRequest r = get(path);
    r.method = "POST";
    r.body = "raw=Hello+there";
    return r;
}

inline RunnerConfig seeded(int maxParallel = 4)
{
    RunnerConfig config;
    config.maxParallel = maxParallel;
    config.jitterSeed = 12345;
    return config;
}

// A clock, fake transport, budget and runner wired together.
struct Rig
{
    explicit Rig(RunnerConfig config = seeded(), RateLimits limits = RateLimits::userApiKey())
        : transport(clock)
        , budget(std::move(limits), clock, &log)
        , runner(transport, budget, clock, cancel, config)
    {}

    std::vector<qint64> startTimes() const
    {
        std::vector<qint64> times;
        for (const auto &started : transport.started())
            times.push_back(started.atMs);
        return times;
    }

    FakeClock clock{kStart};
    FakeTransport transport;
    InMemoryRateLog log;
    RateBudget budget;
    CancelToken cancel;
    RequestRunner runner;
};

// Largest number of start times inside any window [t, t + length).
inline int busiestWindow(std::vector<qint64> times, qint64 length)
{
    std::sort(times.begin(), times.end());
    int busiest = 0;
    std::size_t begin = 0;
    for (std::size_t end = 0; end < times.size(); ++end) {
        while (times[end] - times[begin] >= length)
            ++begin;
        busiest = std::max(busiest, static_cast<int>(end - begin + 1));
    }
    return busiest;
}

} // namespace outpost::test
