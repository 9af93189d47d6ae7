#include "CancelToken.h"
#include "Clock.h"
#include "LoopbackHttpServer.h"
#include "RawTcpServer.h"
#include "TransferLoop.h"
#include "net/CurlTransport.h"
#include "net/RateBudget.h"
#include "net/RateLog.h"
#include "net/RequestRunner.h"

#include <QTest>

#include <atomic>
#include <thread>

using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using Status = QHttpServerResponder::StatusCode;

// The request policy over the real transport, real time and a real server.
class TestRunnerOverCurl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { clearProxyEnvironment(); }

    void retriesWaitsAndPipelines()
    {
        std::atomic<int> flakyCalls = 0;
        std::atomic<int> limitedCalls = 0;
        LoopbackHttpServer server([&](const QHttpServerRequest &request,
                                      QHttpServerResponder &&responder) {
            const QString path = request.url().path();
            if (path == u"/flaky" && flakyCalls++ == 0)
                return responder.write(Status::ServiceUnavailable);
            if (path == u"/limited" && limitedCalls++ == 0) {
                return responder.write(
                        R"({"errors":["Slow down"],"error_type":"rate_limit","extras":{"wait_seconds":1}})",
                        {{"Content-Type", "application/json"}, {"Retry-After", "1"}},
                        Status::TooManyRequests);
            }
            responder.write(path.toUtf8(), "text/plain");
        });

        SystemClock clock;
        CurlTransport transport;
        InMemoryRateLog log;
        RateBudget budget(RateLimits::userApiKey(), clock, &log);
        CancelToken cancel;
        RunnerConfig config;
        config.jitterSeed = 3;
        config.retry.baseDelay = 50ms;
        RequestRunner runner(transport, budget, clock, cancel, config);

        QStringList answered;
        const auto request = [&](const QString &path) {
            HttpRequest r;
            r.url = server.url(path);
            return r;
        };
        const auto collect = [&](HttpResponse response) {
            QCOMPARE(response.status, 200);
            answered.append(QString::fromUtf8(response.body));
        };
        runner.enqueue(request(u"/flaky"_s), 0, collect);
        runner.enqueue(request(u"/limited"_s), 0, collect);
        runner.enqueue(request(u"/topic"_s), 0, [&](HttpResponse response) {
            collect(std::move(response));
            for (int i = 1; i <= 3; ++i)
                runner.enqueue(request(QStringLiteral("/posts/%1").arg(i)), 1, collect);
        });

        const RunOutcome outcome = runner.run();
        QCOMPARE(outcome.kind, RunOutcome::Kind::Completed);
        answered.sort();
        QCOMPARE(answered, QStringList({u"/flaky"_s, u"/limited"_s, u"/posts/1"_s, u"/posts/2"_s,
                                        u"/posts/3"_s, u"/topic"_s}));
        QCOMPARE(flakyCalls.load(), 2);
        QCOMPARE(limitedCalls.load(), 2);
        const RunnerStats &stats = runner.stats();
        QCOMPARE(stats.requestsStarted, 8);
        QCOMPARE(stats.retries, 2);
        QCOMPARE(stats.rateLimited, 1);
        QVERIFY(stats.bytesDown > 8 * 40);
        QVERIFY(stats.bytesUp > 8 * 60);
        QCOMPARE(log.size(), std::size_t(8)); // every attempt counted against the budget
        QCOMPARE(server.requests().size(), std::size_t(8));
        QVERIFY(server.connectionCount() <= config.maxParallel);
    }

    void cancelStopsAStalledTransferAtOnce()
    {
        RawTcpServer silent([](const QByteArray &) {
            return RawTcpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\n\r\n{\"a\":",
                                       RawTcpServer::Reply::Then::Silence};
        });
        SystemClock clock;
        CurlTransport transport; // default stall detection: 45 s
        RateBudget budget(RateLimits::userApiKey(), clock);
        CancelToken cancel;
        RunnerConfig config;
        config.pollSlice = 10min; // only RequestRunner::cancel()'s wake-up can end the wait
        RequestRunner runner(transport, budget, clock, cancel, config);
        HttpResponse got;
        HttpRequest post;
        post.method = "POST";
        post.url = silent.url(u"/posts.json"_s);
        post.body = "raw=queued+on+the+bus";
        runner.enqueue(post, 0, [&](HttpResponse response) { got = std::move(response); });

        std::thread canceller([&] {
            while (silent.requests().empty())
                std::this_thread::sleep_for(5ms);
            runner.cancel();
        });
        const RunOutcome outcome = runner.run();
        canceller.join();
        QCOMPARE(outcome.kind, RunOutcome::Kind::Cancelled);
        QCOMPARE(got.error, TransferError::Cancelled);
        // The server had the whole post: the outbox must reconcile, not resend blindly.
        QVERIFY(got.requestSent);
    }
};

QTEST_GUILESS_MAIN(TestRunnerOverCurl)
#include "tst_runner_over_curl.moc"
