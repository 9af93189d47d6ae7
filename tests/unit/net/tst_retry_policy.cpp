#include "net/RetryPolicy.h"

#include <QTest>

#include <set>

using namespace outpost::net;
using namespace std::chrono_literals;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(outpost::net::TransferError)
Q_DECLARE_METATYPE(outpost::net::RetryVerdict)

namespace {

HttpRequest request(const char *method)
{
    HttpRequest r;
    r.method = method;
    r.url = QUrl(QStringLiteral("https://forum.example/t/1.json"));
    return r;
}

HttpResponse withStatus(int status)
{
    HttpResponse r;
    r.status = status;
    r.requestSent = true;
    return r;
}

HttpResponse failed(TransferError error, bool requestSent)
{
    HttpResponse r;
    r.error = error;
    r.requestSent = requestSent;
    return r;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ceilingDoublesUpToTheCap()
    {
        Backoff backoff(RetryPolicy{}, 1);
        QCOMPARE(backoff.ceiling(1), 1s);
        QCOMPARE(backoff.ceiling(2), 2s);
        QCOMPARE(backoff.ceiling(3), 4s);
        QCOMPARE(backoff.ceiling(6), 32s);
        QCOMPARE(backoff.ceiling(7), 60s);
        QCOMPARE(backoff.ceiling(40), 60s);
    }

    void jitterStaysWithinBoundsAndSpreads()
    {
        Backoff backoff(RetryPolicy{}, 42);
        for (int retry = 1; retry <= 8; ++retry) {
            std::set<qint64> seen;
            qint64 sum = 0;
            const int samples = 2000;
            for (int i = 0; i < samples; ++i) {
                const milliseconds delay = backoff.delayBeforeRetry(retry);
                QVERIFY(delay >= 0ms);
                QVERIFY(delay <= backoff.ceiling(retry));
                seen.insert(delay.count());
                sum += delay.count();
            }
            // Full jitter: spread over the range, its mean near half the ceiling.
            QVERIFY(seen.size() > 100);
            const double mean = double(sum) / samples;
            const double half = backoff.ceiling(retry).count() / 2.0;
            QVERIFY2(mean > half * 0.85 && mean < half * 1.15,
                     qPrintable(QStringLiteral("retry %1 mean %2").arg(retry).arg(mean)));
        }
    }

    void sameSeedSameDelays()
    {
        Backoff a(RetryPolicy{}, 7);
        Backoff b(RetryPolicy{}, 7);
        Backoff c(RetryPolicy{}, 8);
        bool differs = false;
        for (int retry = 1; retry <= 5; ++retry) {
            const auto delay = a.delayBeforeRetry(retry);
            QCOMPARE(b.delayBeforeRetry(retry), delay);
            differs = differs || c.delayBeforeRetry(retry) != delay;
        }
        QVERIFY(differs);
    }

    void verdicts_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<TransferError>("error");
        QTest::addColumn<bool>("requestSent");
        QTest::addColumn<RetryVerdict>("expected");

        const auto none = TransferError::None;
        QTest::newRow("GET 200") << QByteArray("GET") << 200 << none << true
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET 500") << QByteArray("GET") << 500 << none << true
                                 << RetryVerdict::RetryAfterBackoff;
        QTest::newRow("GET 502") << QByteArray("GET") << 502 << none << true
                                 << RetryVerdict::RetryAfterBackoff;
        QTest::newRow("GET 503") << QByteArray("GET") << 503 << none << true
                                 << RetryVerdict::RetryAfterBackoff;
        QTest::newRow("GET 504") << QByteArray("GET") << 504 << none << true
                                 << RetryVerdict::RetryAfterBackoff;
        QTest::newRow("GET 501") << QByteArray("GET") << 501 << none << true
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET 400") << QByteArray("GET") << 400 << none << true
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET 403") << QByteArray("GET") << 403 << none << true
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET 404") << QByteArray("GET") << 404 << none << true
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET 422") << QByteArray("GET") << 422 << none << true
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET 429") << QByteArray("GET") << 429 << none << true
                                 << RetryVerdict::RetryAfterServerWait;
        QTest::newRow("POST 429") << QByteArray("POST") << 429 << none << true
                                  << RetryVerdict::RetryAfterServerWait;
        QTest::newRow("POST 503") << QByteArray("POST") << 503 << none << true
                                  << RetryVerdict::Deliver;
        QTest::newRow("PUT 502") << QByteArray("PUT") << 502 << none << true
                                 << RetryVerdict::Deliver;

        const TransferError connection[] = {TransferError::Resolve,       TransferError::Connect,
                                            TransferError::Timeout,       TransferError::Stalled,
                                            TransferError::ConnectionCut, TransferError::Proxy};
        for (TransferError error : connection) {
            QTest::addRow("GET error %d", int(error))
                    << QByteArray("GET") << 0 << error << true << RetryVerdict::RetryAfterBackoff;
            QTest::addRow("POST sent, error %d", int(error))
                    << QByteArray("POST") << 0 << error << true << RetryVerdict::Deliver;
        }
        QTest::newRow("POST never connected") << QByteArray("POST") << 0 << TransferError::Connect
                                              << false << RetryVerdict::RetryAfterBackoff;
        QTest::newRow("POST never resolved") << QByteArray("POST") << 0 << TransferError::Resolve
                                             << false << RetryVerdict::RetryAfterBackoff;
        QTest::newRow("POST cut before sent")
                << QByteArray("POST") << 0 << TransferError::ConnectionCut << false
                << RetryVerdict::Deliver;
        QTest::newRow("GET tls") << QByteArray("GET") << 0 << TransferError::Tls << false
                                 << RetryVerdict::Deliver;
        QTest::newRow("GET cancelled") << QByteArray("GET") << 0 << TransferError::Cancelled
                                       << false << RetryVerdict::Deliver;
        QTest::newRow("GET redirects")
                << QByteArray("GET") << 302 << TransferError::TooManyRedirects << true
                << RetryVerdict::Deliver;
    }

    void verdicts()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(TransferError, error);
        QFETCH(bool, requestSent);
        QFETCH(RetryVerdict, expected);
        HttpResponse response =
                error == TransferError::None ? withStatus(status) : failed(error, requestSent);
        response.status = status;
        QCOMPARE(judgeAttempt(request(method.constData()), response), expected);
    }

    void retryAfterSeconds()
    {
        HttpResponse r = withStatus(429);
        r.headers.append(HttpHeader{"retry-after", " 42 "});
        r.body = R"({"extras":{"wait_seconds":7}})";
        QCOMPARE(serverRequestedWait(r, 0), std::optional<milliseconds>(42s));
    }

    void retryAfterHttpDate()
    {
        HttpResponse r = withStatus(429);
        r.headers.append(HttpHeader{"Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"});
        const qint64 now =
                QDateTime(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(serverRequestedWait(r, now), std::optional<milliseconds>(30s));
        // A date in the past means: go now.
        QCOMPARE(serverRequestedWait(r, now + 3'600'000), std::optional<milliseconds>(0ms));
    }

    void fallsBackToWaitSeconds()
    {
        HttpResponse r = withStatus(429);
        r.body =
                R"({"errors":["You’ve performed this action too many times."],)"
                R"("error_type":"rate_limit","extras":{"wait_seconds":17,"time_left":"17 seconds"}})";
        QCOMPARE(serverRequestedWait(r, 0), std::optional<milliseconds>(17s));
        r.headers.append(HttpHeader{"Retry-After", "soon"});
        QCOMPARE(serverRequestedWait(r, 0), std::optional<milliseconds>(17s));
    }

    void nothingUsable()
    {
        HttpResponse r = withStatus(429);
        r.body = "Slow down, you're making too many requests.";
        QCOMPARE(serverRequestedWait(r, 0), std::nullopt);
        r.headers.append(HttpHeader{"Retry-After", "-5"});
        QCOMPARE(serverRequestedWait(r, 0), std::nullopt);
    }

    void absurdWaitsAreClamped()
    {
        HttpResponse r = withStatus(429);
        r.headers.append(HttpHeader{"Retry-After", "99999999999"});
        QCOMPARE(serverRequestedWait(r, 0), std::optional<milliseconds>(48h));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
