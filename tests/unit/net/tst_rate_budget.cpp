#include "Clock.h"
#include "net/RateBudget.h"
#include "net/RateLog.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace outpost;
using namespace outpost::net;
using namespace std::chrono_literals;

namespace {
constexpr qint64 kStart = 1'700'000'000'000;
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 86'400'000;
} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void freshBudgetAllowsAtOnce()
    {
        FakeClock clock(kStart);
        RateBudget budget(RateLimits::userApiKey(), clock);
        QCOMPARE(budget.nextAllowedAtMs(), kStart);
        QVERIFY(!budget.dayBudgetResumesAtMs());
        QCOMPARE(budget.remaining(0), 20);
        QCOMPARE(budget.remaining(1), 2880);
    }

    void minuteWindowWithMargin()
    {
        FakeClock clock(kStart);
        RateLimits limits = RateLimits::userApiKey();
        limits.safetyMarginMs = 2'000;
        RateBudget budget(limits, clock);
        for (int i = 0; i < 20; ++i) {
            QVERIFY(budget.tryAcquire());
            clock.advance(1s);
        }
        // 20 requests at kStart, kStart+1 s, ... kStart+19 s: the 21st may go when the first
        // has left the window, margin included.
        QVERIFY(!budget.tryAcquire());
        QCOMPARE(budget.nextAllowedAtMs(), kStart + kMinute + 2'000);
        QCOMPARE(budget.remaining(0), 0);
        QCOMPARE(budget.remaining(1), 2880 - 20);

        clock.advance(std::chrono::milliseconds(kStart + kMinute + 2'000 - clock.nowMs() - 1));
        QVERIFY(!budget.tryAcquire());
        clock.advance(1ms);
        QVERIFY(budget.tryAcquire());
        // The second one of the first batch leaves one second later.
        QCOMPARE(budget.nextAllowedAtMs(), kStart + 1'000 + kMinute + 2'000);
    }

    void recordOutOfOrderKeepsWindowsRight()
    {
        FakeClock clock(kStart);
        RateLimits limits;
        limits.windows = {{3, 10'000}};
        limits.safetyMarginMs = 0;
        RateBudget budget(limits, clock);
        budget.record(kStart - 1'000);
        budget.record(kStart - 9'000);
        budget.record(kStart - 5'000);
        QCOMPARE(budget.nextAllowedAtMs(), kStart - 9'000 + 10'000);
    }

    void serverWaitPushesNextAllowed()
    {
        FakeClock clock(kStart);
        RateBudget budget(RateLimits::userApiKey(), clock);
        budget.blockUntil(kStart + 42'000);
        QCOMPARE(budget.nextAllowedAtMs(), kStart + 42'000);
        QVERIFY(!budget.tryAcquire());
        // A short wait is slept through, not reported as the day's budget.
        QVERIFY(!budget.dayBudgetResumesAtMs());
        // An earlier block does not shorten a later one.
        budget.blockUntil(kStart + 1'000);
        QCOMPARE(budget.nextAllowedAtMs(), kStart + 42'000);

        budget.blockUntil(kStart + 3 * 3'600'000);
        QCOMPARE(budget.dayBudgetResumesAtMs(), std::optional<qint64>(kStart + 3 * 3'600'000));
    }

    void fullDayWindowReportsResumeTime()
    {
        FakeClock clock(kStart);
        RateLimits limits = RateLimits::userApiKey(20, 30);
        RateBudget budget(limits, clock);
        const qint64 firstAt = clock.nowMs();
        for (int i = 0; i < 30; ++i) {
            while (!budget.tryAcquire())
                clock.advance(std::chrono::milliseconds(budget.nextAllowedAtMs() - clock.nowMs()));
        }
        const qint64 expected = firstAt + kDay + limits.safetyMarginMs;
        QCOMPARE(budget.nextAllowedAtMs(), expected);
        QCOMPARE(budget.dayBudgetResumesAtMs(), std::optional<qint64>(expected));
        QCOMPARE(budget.remaining(1), 0);
    }

    void logCarriesTheDayAcrossRestarts()
    {
        FakeClock clock(kStart);
        InMemoryRateLog log;
        {
            RateBudget budget(RateLimits::userApiKey(20, 25), clock, &log);
            for (int i = 0; i < 20; ++i)
                QVERIFY(budget.tryAcquire());
            budget.blockUntil(kStart + 30'000);
        }
        QCOMPARE(log.size(), std::size_t(20));
        clock.advance(5min);
        RateBudget restarted(RateLimits::userApiKey(20, 25), clock, &log);
        QCOMPARE(restarted.remaining(0), 20);
        QCOMPARE(restarted.remaining(1), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(restarted.tryAcquire());
        QVERIFY(!restarted.tryAcquire());
        QVERIFY(restarted.dayBudgetResumesAtMs().has_value());

        // The server's wait survives a restart too.
        InMemoryRateLog blockLog;
        RateBudget(RateLimits::userApiKey(), clock, &blockLog).blockUntil(kStart + 3'600'000);
        RateBudget blocked(RateLimits::userApiKey(), clock, &blockLog);
        QCOMPARE(blocked.nextAllowedAtMs(), kStart + 3'600'000);
    }

    void entriesFromTheFutureAgeOut()
    {
        // The clock was set back by an hour after these were logged.
        FakeClock clock(kStart);
        InMemoryRateLog log;
        for (int i = 0; i < 20; ++i)
            log.append(kStart + 3'600'000);
        RateBudget budget(RateLimits::userApiKey(), clock, &log);
        QCOMPARE(budget.remaining(0), 0);
        // Counted as "now", so they leave the window a minute (plus margin) later, not an hour.
        QCOMPARE(budget.nextAllowedAtMs(), kStart + kMinute + budget.limits().safetyMarginMs);
    }

    void concurrentAcquireNeverOverspends()
    {
        FakeClock clock(kStart);
        RateBudget budget(RateLimits::userApiKey(), clock);
        std::atomic<int> granted{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < 100; ++i) {
                    if (budget.tryAcquire())
                        ++granted;
                }
            });
        }
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(granted.load(), 20);
    }

    void inMemoryLogPrunesOldEntries()
    {
        InMemoryRateLog log;
        for (int i = 0; i < 1000; ++i)
            log.append(kStart + i);
        for (int i = 0; i < 1000; ++i)
            log.append(kStart + 3 * kDay + i);
        QVERIFY(log.size() < 2000);
        QCOMPARE(log.loadSince(kStart + 3 * kDay).size(), std::size_t(1000));
    }
};

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_rate_budget.moc"
