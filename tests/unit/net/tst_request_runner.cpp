#include "RunnerRig.h"

#include <QTest>

#include <random>
#include <stdexcept>
#include <thread>

using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using std::chrono::milliseconds;
using Kind = RunOutcome::Kind;

class TestRequestRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsEverythingAndCountsIt()
    {
        Rig rig;
        int handled = 0;
        qint64 bodyBytes = 0;
        for (int i = 0; i < 10; ++i) {
            rig.runner.enqueue(get(QStringLiteral("/t/%1.json").arg(i)), 0,
                               [&](HttpResponse response) {
                                   ++handled;
                                   QVERIFY(response.isSuccess());
                                   bodyBytes += response.body.size();
                               });
        }
        rig.transport.setResponder([](const HttpRequest &request, int) {
            return FakeTransport::ok(request.url.path().toUtf8());
        });
        std::vector<RunnerProgress> progress;
        rig.runner.setProgressCallback([&](const RunnerProgress &p) { progress.push_back(p); });

        const RunOutcome outcome = rig.runner.run();
        QCOMPARE(outcome.kind, Kind::Completed);
        QCOMPARE(handled, 10);
        QCOMPARE(rig.runner.stats().requestsStarted, 10);
        QCOMPARE(rig.runner.stats().requestsFinished, 10);
        QCOMPARE(rig.runner.stats().retries, 0);
        QCOMPARE(rig.runner.stats().bytesDown, 10 * 200 + bodyBytes);
        QCOMPARE(rig.runner.stats().bytesUp, 10 * 150);
        QCOMPARE(rig.transport.maxConcurrent(), 4);
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back().requestsDone, 10);
        QCOMPARE(progress.back().queued, 0);
        QCOMPARE(progress.back().bytesDown, rig.runner.stats().bytesDown);
    }

    // A handler that throws (the cache could not be written) ends run() with its exception.
    // Answers that finished in the same poll are not lost: the next run() hands them over, and
    // nothing waits for them for ever (the destructor used to).
    void aThrowingHandlerLosesNoOtherAnswer()
    {
        Rig rig;
        rig.transport.setResponder([](const HttpRequest &, int) { return FakeTransport::ok(); });
        QStringList handled;
        for (const QString &path : {QStringLiteral("/a.json"), QStringLiteral("/b.json")}) {
            rig.runner.enqueue(get(path), 0, [&handled, path](HttpResponse) {
                handled.append(path);
                if (path == QLatin1String("/a.json"))
                    throw std::runtime_error("disk full");
            });
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, rig.runner.run());
        QCOMPARE(handled, QStringList{QStringLiteral("/a.json")});
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(handled, (QStringList{QStringLiteral("/a.json"), QStringLiteral("/b.json")}));
        QCOMPARE(rig.runner.inFlightCount(), 0);
    }

    // The idle callback (the sync commits there) runs only when the runner is about to wait,
    // and once when run() returns; answers that are already there are handed out first.
    void idleOnlyBeforeAWaitAndAtTheEnd()
    {
        Rig rig(seeded(2));
        rig.transport.setResponder([](const HttpRequest &request, int) {
            return FakeTransport::ok({}, request.url.path() == u"/slow.json"_s ? 200ms : 0ms);
        });
        QStringList events;
        rig.runner.setIdleCallback([&] { events.append(u"idle"_s); });
        for (const QString &path : {u"/a.json"_s, u"/b.json"_s, u"/slow.json"_s}) {
            rig.runner.enqueue(get(path), 0,
                               [&events, path](HttpResponse) { events.append(path); });
        }
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        // a and b answer at once (no wait between them), then the runner waits for slow.
        const QStringList expected{u"/a.json"_s, u"/b.json"_s, u"idle"_s, u"/slow.json"_s,
                                   u"idle"_s};
        QVERIFY2(events == expected, qPrintable(events.join(u", ")));
    }

    void priorityThenFifo()
    {
        Rig rig(seeded(1));
        std::vector<QString> order;
        const auto record = [&](const QString &name) {
            return [&order, name](HttpResponse) { order.push_back(name); };
        };
        rig.runner.enqueue(get(QStringLiteral("/a")), 0, record(QStringLiteral("a")));
        rig.runner.enqueue(get(QStringLiteral("/b")), 5, record(QStringLiteral("b")));
        rig.runner.enqueue(get(QStringLiteral("/c")), 0, record(QStringLiteral("c")));
        rig.runner.enqueue(get(QStringLiteral("/d")), 5, [&](HttpResponse) {
            order.push_back(QStringLiteral("d"));
            // A handler may enqueue more; higher priority goes before what waits.
            rig.runner.enqueue(get(QStringLiteral("/e")), 9, record(QStringLiteral("e")));
            rig.runner.enqueue(get(QStringLiteral("/f")), 0, record(QStringLiteral("f")));
        });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        const std::vector<QString> expected{u"b"_s, u"d"_s, u"e"_s, u"a"_s, u"c"_s, u"f"_s};
        QCOMPARE(order, expected);
    }

    void connectionErrorsAreRetriedWithGrowingBackoff()
    {
        Rig rig(seeded(1));
        const milliseconds latency = 300ms;
        rig.transport.setResponder([&](const HttpRequest &, int attempt) {
            if (attempt < 5)
                return FakeTransport::failure(attempt % 2 ? TransferError::ConnectionCut
                                                          : TransferError::Stalled,
                                              true, latency);
            return FakeTransport::ok("fine", latency);
        });
        HttpResponse got;
        rig.runner.enqueue(get(u"/t/1.json"_s), 0, [&](HttpResponse r) { got = std::move(r); });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QVERIFY(got.isSuccess());
        QCOMPARE(got.body, QByteArray("fine"));
        QCOMPARE(rig.runner.stats().requestsStarted, 5);
        QCOMPARE(rig.runner.stats().retries, 4);

        const auto starts = rig.startTimes();
        QCOMPARE(starts.size(), std::size_t(5));
        Backoff bounds(RetryPolicy{}, 0);
        qint64 totalWait = 0;
        for (int retry = 1; retry <= 4; ++retry) {
            const qint64 wait = starts[retry] - (starts[retry - 1] + latency.count());
            QVERIFY2(wait >= 0 && wait <= bounds.ceiling(retry).count(),
                     qPrintable(QStringLiteral("retry %1 waited %2 ms").arg(retry).arg(wait)));
            totalWait += wait;
        }
        QVERIFY(totalWait > 0); // jitter did not collapse to zero
    }

    void serverErrorsAreRetriedThenSucceed()
    {
        Rig rig;
        rig.transport.setResponder([](const HttpRequest &, int attempt) {
            switch (attempt) {
            case 1:
                return FakeTransport::status(503);
            case 2:
                return FakeTransport::status(502);
            case 3:
                return FakeTransport::status(500);
            default:
                return FakeTransport::ok("{}");
            }
        });
        int status = 0;
        rig.runner.enqueue(get(u"/latest.json"_s), 0, [&](HttpResponse r) { status = r.status; });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(status, 200);
        QCOMPARE(rig.runner.stats().requestsStarted, 4);
    }

    void serverErrorsGiveUpAfterMaxAttempts()
    {
        RunnerConfig config = seeded();
        config.retry.maxAttempts = 3;
        Rig rig(config);
        rig.transport.setResponder(
                [](const HttpRequest &, int) { return FakeTransport::status(503); });
        int status = 0;
        rig.runner.enqueue(get(u"/latest.json"_s), 0, [&](HttpResponse r) { status = r.status; });
        // The server answers, so this is not "unreachable": the handler gets the 503.
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(status, 503);
        QCOMPARE(rig.runner.stats().requestsStarted, 3);
    }

    void clientErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        for (int status : {400, 401, 403, 404, 410, 422})
            QTest::addRow("%d", status) << status;
    }

    void clientErrorsAreNotRetried()
    {
        QFETCH(int, status);
        Rig rig;
        rig.transport.setResponder(
                [=](const HttpRequest &, int) { return FakeTransport::status(status); });
        int got = 0;
        rig.runner.enqueue(get(u"/t/9.json"_s), 0, [&](HttpResponse r) { got = r.status; });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(got, status);
        QCOMPARE(rig.runner.stats().requestsStarted, 1);
        QCOMPARE(rig.runner.stats().retries, 0);
    }

    void postIsNeverRetriedOnceItMayHaveLanded_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<TransferError>("error");
        QTest::newRow("503") << 503 << TransferError::None;
        QTest::newRow("500") << 500 << TransferError::None;
        QTest::newRow("cut after sending") << 0 << TransferError::ConnectionCut;
        QTest::newRow("stalled") << 0 << TransferError::Stalled;
        QTest::newRow("timeout") << 0 << TransferError::Timeout;
    }

    void postIsNeverRetriedOnceItMayHaveLanded()
    {
        QFETCH(int, status);
        QFETCH(TransferError, error);
        Rig rig;
        rig.transport.setResponder([=](const HttpRequest &, int) {
            return error == TransferError::None ? FakeTransport::status(status)
                                                : FakeTransport::failure(error, true);
        });
        HttpResponse got;
        bool called = false;
        rig.runner.enqueue(post(u"/posts.json"_s), 0, [&](HttpResponse r) {
            called = true;
            got = std::move(r);
        });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QVERIFY(called);
        QCOMPARE(got.error, error);
        QCOMPARE(got.status, status);
        QVERIFY(got.requestSent);
        QCOMPARE(rig.runner.stats().requestsStarted, 1);
    }

    void postThatNeverLeftIsRetried()
    {
        Rig rig;
        rig.transport.setResponder([](const HttpRequest &, int attempt) {
            return attempt == 1 ? FakeTransport::failure(TransferError::Connect, false)
                                : FakeTransport::status(200, "{\"id\":1}");
        });
        int status = 0;
        rig.runner.enqueue(post(u"/posts.json"_s), 0, [&](HttpResponse r) { status = r.status; });
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(status, 200);
        QCOMPARE(rig.runner.stats().requestsStarted, 2);
    }

    void cancelDuringTransferAbortsAndReports()
    {
        Rig rig;
        rig.transport.setResponder(
                [](const HttpRequest &, int) { return FakeTransport::ok({}, 10min); });
        const qint64 cancelAt = kStart + 5'000;
        rig.transport.setOnPoll([&] {
            if (rig.clock.nowMs() >= cancelAt)
                rig.cancel.cancel();
        });
        std::vector<HttpResponse> got;
        rig.runner.enqueue(post(u"/posts.json"_s), 0,
                           [&](HttpResponse r) { got.push_back(std::move(r)); });
        rig.runner.enqueue(get(u"/t/1.json"_s), 0,
                           [&](HttpResponse r) { got.push_back(std::move(r)); });
        for (int i = 0; i < 6; ++i)
            rig.runner.enqueue(get(QStringLiteral("/t/%1.json").arg(i + 2)), 0, {});

        const RunOutcome outcome = rig.runner.run();
        QCOMPARE(outcome.kind, Kind::Cancelled);
        QCOMPARE(got.size(), std::size_t(2));
        for (const HttpResponse &r : got)
            QCOMPARE(r.error, TransferError::Cancelled);
        // The POST's handler learns that it may have reached the server.
        QVERIFY(got[0].requestSent);
        QCOMPARE(rig.transport.aborted().size(), std::size_t(4));
        QCOMPARE(rig.runner.queuedCount(), 4);
        QVERIFY(rig.clock.nowMs() <= cancelAt + 250);
    }

    void cancelDuringBudgetWaitFromAnotherThread()
    {
        // A real clock: the runner really sleeps for the budget, and another thread cancels.
        SystemClock clock;
        FakeTransport transport(clock, nullptr, [](const HttpRequest &, int) {
            return FakeTransport::ok({}, 0ms);
        });
        RateLimits limits;
        limits.windows = {{1, 3'600'000}};
        limits.longWaitMs = 2 * 3'600'000; // an hour's wait is slept through, not reported
        RateBudget budget(limits, clock);
        CancelToken cancel;
        RequestRunner runner(transport, budget, clock, cancel, seeded());
        std::atomic<bool> firstDone = false;
        runner.enqueue(get(u"/a"_s), 0, [&](HttpResponse) { firstDone = true; });
        runner.enqueue(get(u"/b"_s), 0, {});

        std::thread canceller([&] {
            while (!firstDone)
                std::this_thread::sleep_for(1ms);
            std::this_thread::sleep_for(50ms);
            cancel.cancel();
        });
        const RunOutcome outcome = runner.run();
        canceller.join();
        QCOMPARE(outcome.kind, Kind::Cancelled);
        QCOMPARE(transport.started().size(), std::size_t(1));
        QCOMPARE(runner.queuedCount(), 1);
    }

    void runnerCancelWakesABlockedPoll()
    {
        SystemClock clock;
        FakeTransport transport(clock, nullptr,
                                [](const HttpRequest &, int) { return FakeTransport::ok({}, 1h); });
        RateBudget budget(RateLimits::userApiKey(), clock);
        CancelToken cancel;
        RunnerConfig config = seeded();
        config.pollSlice = 1h; // only the wake-up can end the poll in time
        RequestRunner runner(transport, budget, clock, cancel, config);
        TransferError error = TransferError::None;
        runner.enqueue(get(u"/slow"_s), 0, [&](HttpResponse r) { error = r.error; });
        std::thread canceller([&] {
            while (transport.started().empty())
                std::this_thread::sleep_for(1ms);
            std::this_thread::sleep_for(20ms);
            runner.cancel();
        });
        const RunOutcome outcome = runner.run();
        canceller.join();
        QCOMPARE(outcome.kind, Kind::Cancelled);
        QCOMPARE(error, TransferError::Cancelled);
    }

    void outageEndsTheRunAsUnreachableAndLeavesTheQueue()
    {
        Rig rig;
        bool linkUp = false;
        rig.transport.setResponder([&](const HttpRequest &, int) {
            return linkUp ? FakeTransport::ok()
                          : FakeTransport::failure(TransferError::Resolve, false, 5ms);
        });
        int handled = 0;
        for (int i = 0; i < 30; ++i)
            rig.runner.enqueue(get(QStringLiteral("/t/%1.json").arg(i)), 0, [&](HttpResponse r) {
                QVERIFY(r.isSuccess());
                ++handled;
            });

        const RunOutcome outcome = rig.runner.run();
        QCOMPARE(outcome.kind, Kind::Unreachable);
        QCOMPARE(outcome.lastError, TransferError::Resolve);
        QCOMPARE(handled, 0);
        QCOMPARE(rig.runner.queuedCount(), 30);
        // It stopped early: the four parallel first attempts, then one probe at a time until five
        // failures in a row, not thirty requests tried five times each.
        QCOMPARE(rig.runner.stats().requestsStarted, 4 + 4);

        linkUp = true;
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(handled, 30);
    }

    void outageProbesOneAtATimeAndNeverRepeatsAPost()
    {
        Rig rig;
        const qint64 postEndsAt = kStart + 30'000;
        rig.transport.setResponder([&](const HttpRequest &request, int) {
            if (request.method == "POST") // the link dies while the post is on its way
                return FakeTransport::failure(TransferError::ConnectionCut, true, 30s);
            return FakeTransport::failure(TransferError::Connect, false, 10ms);
        });
        HttpResponse postResponse;
        rig.runner.enqueue(post(u"/posts.json"_s), 1,
                           [&](HttpResponse r) { postResponse = std::move(r); });
        rig.runner.enqueue(get(u"/t/1.json"_s), 0, {});
        const RunOutcome outcome = rig.runner.run();
        QCOMPARE(outcome.kind, Kind::Unreachable);
        QCOMPARE(outcome.lastError, TransferError::Connect);
        // The post went once; its handler knows it may have landed (the outbox reconciles).
        QCOMPARE(postResponse.error, TransferError::ConnectionCut);
        QVERIFY(postResponse.requestSent);
        int posts = 0;
        for (const auto &started : rig.transport.started()) {
            posts += started.request.method == "POST";
            // After the first failure nothing new started while the post was in flight.
            if (started.request.method == "GET" && started.atMs > kStart)
                QVERIFY(started.atMs >= postEndsAt);
        }
        QCOMPARE(posts, 1);
        QCOMPARE(rig.runner.queuedCount(), 1);
    }

    void oneFailingRequestDoesNotMakeTheForumUnreachable()
    {
        Rig rig(seeded(1));
        rig.transport.setResponder([](const HttpRequest &request, int) {
            if (request.url.path() == u"/huge")
                return FakeTransport::failure(TransferError::Stalled, true, 45s);
            return FakeTransport::ok();
        });
        HttpResponse huge;
        int others = 0;
        rig.runner.enqueue(get(u"/huge"_s), 1, [&](HttpResponse r) { huge = std::move(r); });
        for (int i = 0; i < 8; ++i)
            rig.runner.enqueue(get(QStringLiteral("/t/%1.json").arg(i)), 0,
                               [&](HttpResponse r) { others += r.isSuccess(); });
        // Other requests succeed between the failures, so the link is fine: after its five
        // attempts the failing request goes to its handler and the rest completes.
        QCOMPARE(rig.runner.run().kind, Kind::Completed);
        QCOMPARE(huge.error, TransferError::Stalled);
        QCOMPARE(others, 8);
    }

    // A handler that throws (the store's full disk) ends the run while other answers of the
    // same poll were not handled yet; the runner must still be destructible. It used to wait
    // in its destructor for completions that had already left the transport, forever.
    void aThrowingHandlerLeavesARunnerThatCanBeDestroyed()
    {
        auto rig = std::make_unique<Rig>(seeded(4));
        rig->transport.setResponder(
                [](const HttpRequest &, int) { return FakeTransport::ok("{}", 200ms); });
        int handled = 0;
        for (int i = 0; i < 4; ++i)
            rig->runner.enqueue(get(QStringLiteral("/t/%1.json").arg(i)), 0, [&](HttpResponse) {
                ++handled;
                throw std::runtime_error("disk full");
            });
        // The four answers arrive together (same latency), in one poll.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, rig->runner.run());
        QCOMPARE(handled, 1);
        QCOMPARE(rig->transport.activeCount(), 0);
        rig.reset(); // hangs without the fix (ctest's timeout fails the test)
        QVERIFY(!rig);
    }
};

QTEST_GUILESS_MAIN(TestRequestRunner)
#include "tst_request_runner.moc"
