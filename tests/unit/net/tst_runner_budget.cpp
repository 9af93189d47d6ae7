#include "RunnerRig.h"

#include <QTest>

#include <random>
#include <thread>

using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;
using Kind = RunOutcome::Kind;

// The runner and the rate budget: 429 waits, windows never overspent, the day's end.
class TestRunnerBudget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tooManyRequestsHonoursRetryAfter()
    {
        Rig rig(seeded(1));
        qint64 refusedAt = 0;
        rig.transport.setResponder([&](const HttpRequest &request, int attempt) {
            if (request.url.path() == u"/first" && attempt == 1) {
                auto reply = FakeTransport::status(429, R"({"extras":{"wait_seconds":5}})");
                reply.response.headers.append(HttpHeader{"Retry-After", "42"});
                refusedAt = rig.clock.nowMs() + reply.latency.count();
                return reply;
            }
            return FakeTransport::ok();
        });
        int done = 0;
        rig.runner.enqueue(get(u"/first"_s), 1, [&](HttpResponse r) { done += r.status == 200; });
        rig.runner.enqueue(get(u"/second"_s), 0, [&](HttpResponse r) { done += r.status == 200; });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(done, 2);
        QCOMPARE(rig.runner.stats().rateLimited, 1);
        QCOMPARE(rig.runner.stats().requestsStarted, 3);
        // Nothing at all went out during the wait, the other request included.
        const auto &started = rig.transport.started();
        QCOMPARE(started[1].request.url.path(), u"/first"_s);
        QCOMPARE(started[1].atMs, refusedAt + 42'000);
        QVERIFY(started[2].atMs >= refusedAt + 42'000);
    }

    void tooManyRequestsFallsBackToWaitSecondsThenDefault()
    {
        for (const bool withBody : {true, false}) {
            Rig rig(seeded(1));
            qint64 refusedAt = 0;
            rig.transport.setResponder([&](const HttpRequest &, int attempt) {
                if (attempt == 1) {
                    auto reply = FakeTransport::status(
                            429,
                            withBody ? R"({"error_type":"rate_limit","extras":{"wait_seconds":17}})"
                                     : "Slow down.");
                    refusedAt = rig.clock.nowMs() + reply.latency.count();
                    return reply;
                }
                return FakeTransport::ok();
            });
            rig.runner.enqueue(get(u"/x"_s), 0, {});
            QCOMPARE(rig.runner.run().kind, Kind::Completed);
            QCOMPARE(rig.transport.started().size(), std::size_t(2));
            QCOMPARE(rig.transport.started()[1].atMs, refusedAt + (withBody ? 17'000 : 60'000));
        }
    }

    void postRefusedWith429IsRetried()
    {
        Rig rig;
        rig.transport.setResponder([](const HttpRequest &, int attempt) {
            if (attempt == 1) {
                auto reply = FakeTransport::status(429);
                reply.response.headers.append(HttpHeader{"Retry-After", "5"});
                return reply;
            }
            return FakeTransport::ok();
        });
        int status = 0;
        rig.runner.enqueue(post(u"/posts.json"_s), 0, [&](HttpResponse r) { status = r.status; });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(status, 200);
    }

    void longServerWaitStopsTheRun()
    {
        Rig rig;
        qint64 refusedAt = 0;
        rig.transport.setResponder([&](const HttpRequest &, int) {
            auto reply = FakeTransport::status(429);
            reply.response.headers.append(HttpHeader{"Retry-After", "7200"});
            reply.response.headers.append(
                    HttpHeader{"Discourse-Rate-Limit-Error-Code", "user_api_key_limiter_1_day"});
            refusedAt = rig.clock.nowMs() + reply.latency.count();
            return reply;
        });
        bool handled = false;
        rig.runner.enqueue(get(u"/x"_s), 0, [&](HttpResponse) { handled = true; });
        const RunOutcome outcome = rig.runner.run();
        QCOMPARE(outcome.kind, Kind::BudgetExhausted);
        QCOMPARE(outcome.resumeAtMs, refusedAt + 7'200'000);
        QVERIFY(!handled);
        QCOMPARE(rig.runner.queuedCount(), 1);
        // The wait is recorded where other runners of this forum (and the next start) see it.
        QCOMPARE(rig.log.loadBlockedUntil(), refusedAt + 7'200'000);
    }

    void budgetIsNeverExceededWithApiKey()
    {
        Rig rig;
        std::mt19937 random(99);
        rig.transport.setResponder([&](const HttpRequest &, int) {
            std::uniform_int_distribution<int> latency(80, 4'000);
            return FakeTransport::ok({}, milliseconds(latency(random)));
        });
        // Topics whose handlers enqueue post batches, as the sync does.
        int handled = 0;
        for (int topic = 0; topic < 500; ++topic) {
            rig.runner.enqueue(
                    get(QStringLiteral("/t/%1.json").arg(topic)), 1, [&, topic](HttpResponse) {
                        ++handled;
                        for (int batch = 0; batch < 2; ++batch) {
                            rig.runner.enqueue(get(QStringLiteral("/t/%1/posts.json?b=%2")
                                                           .arg(topic)
                                                           .arg(batch)),
                                               2, [&](HttpResponse) { ++handled; });
                        }
                    });
        }
        const RunOutcome outcome = rig.runner.run();
        QCOMPARE(outcome.kind, Kind::Completed);
        QCOMPARE(handled, 1'500);
        const auto starts = rig.startTimes();
        QCOMPARE(starts.size(), std::size_t(1'500));
        QCOMPARE(busiestWindow(starts, 60'000), 20);
        // Parallel where the budget allows, and the budget well used: 1,500 requests at 20 per
        // 63 s (window plus margin) need 75 windows.
        QCOMPARE(rig.transport.maxConcurrent(), 4);
        const qint64 span = starts.back() - starts.front();
        QVERIFY2(span <= 75 * 63'000, qPrintable(QString::number(span)));
    }

    void budgetIsNeverExceededAnonymously()
    {
        RunnerConfig config = seeded(4);
        Rig rig(config, RateLimits::anonymous());
        std::mt19937 random(7);
        rig.transport.setResponder([&](const HttpRequest &, int) {
            std::uniform_int_distribution<int> latency(5, 600);
            return FakeTransport::ok({}, milliseconds(latency(random)));
        });
        for (int i = 0; i < 2'000; ++i)
            rig.runner.enqueue(get(QStringLiteral("/latest.json?page=%1").arg(i)), 0, {});
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        const auto starts = rig.startTimes();
        QCOMPARE(starts.size(), std::size_t(2'000));
        QVERIFY(busiestWindow(starts, 10'000) <= 50);
        QCOMPARE(busiestWindow(starts, 60'000), 200);
    }

    void spentDayStopsWithResumeTimeAndContinuesLater()
    {
        FakeClock clock(kStart);
        InMemoryRateLog log;
        // 2,870 requests were made 23 hours ago: 10 remain for today.
        const qint64 earlier = kStart - 23 * 3'600'000LL;
        for (int i = 0; i < 2'870; ++i)
            log.append(earlier);
        FakeTransport transport(clock);
        RateBudget budget(RateLimits::userApiKey(), clock, &log);
        CancelToken cancel;
        RequestRunner runner(transport, budget, clock, cancel, seeded());
        int handled = 0;
        for (int i = 0; i < 25; ++i)
            runner.enqueue(get(QStringLiteral("/t/%1.json").arg(i)), 0,
                           [&](HttpResponse) { ++handled; });

        const RunOutcome outcome = runner.run();
        QCOMPARE(outcome.kind, Kind::BudgetExhausted);
        QCOMPARE(handled, 10);
        QCOMPARE(runner.queuedCount(), 15);
        const qint64 resume = earlier + 86'400'000 + budget.limits().safetyMarginMs;
        QCOMPARE(outcome.resumeAtMs, resume);
        QCOMPARE(budget.dayBudgetResumesAtMs(), std::optional<qint64>(resume));
        // It stopped promptly: no hour-long sleep happened.
        QVERIFY(clock.nowMs() < kStart + 60'000);

        clock.advance(milliseconds(resume - clock.nowMs()));
        QCOMPARE(runner.run().kind, Kind::Completed);
        QCOMPARE(handled, 25);
    }
};

QTEST_GUILESS_MAIN(TestRunnerBudget)
#include "tst_runner_budget.moc"
