// The sync and the forum's limits: the request budget is never exceeded with the devserver's
// own rate limits on at Discourse's defaults; a spent day budget stops the sync cleanly and
// says when it goes on; a forum that cannot be reached stops it as offline; a cancelled sync
// keeps what it stored and the next one finishes the job without repeating it.
#include "CacheInspection.h"
#include "Clock.h"
#include "SyncFixture.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"
#include "sync/SyncJob.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <atomic>

using namespace outpost;
using namespace outpost::synctest;

namespace {

// Time as the devserver sees it, moved forward on both sides when the sync waits for its
// budget: a minute of rate limit passes in an instant for the client's budget and for the
// server's limiter alike, so this test runs in seconds instead of minutes. Requests still
// travel in real time over a real socket; only the waiting is skipped, and the server checks
// the limits against the same timeline the client plans on.
class ServerSteppedClock final : public Clock
{
public:
    explicit ServerSteppedClock(devserver::ServerThread &server)
        : m_server(server)
    {}
    qint64 nowMs() const override { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    bool sleepFor(std::chrono::milliseconds duration, const CancelToken &cancel) override
    {
        if (cancel.isCancelled())
            return false;
        const qint64 ms = duration.count();
        m_server.invoke([ms](devserver::Server &s) { s.clock().advance(ms); });
        m_offsetMs += ms;
        m_sleptMs += ms;
        return true;
    }
    qint64 sleptMs() const { return m_sleptMs; }

private:
    devserver::ServerThread &m_server;
    std::atomic<qint64> m_offsetMs{0};
    std::atomic<qint64> m_sleptMs{0};
};

SyncFixture::Options limitedForum()
{
    SyncFixture::Options options;
    options.spec = QStringLiteral("categories=15,topics=90,posts=400");
    options.seed = 5;
    options.rateLimits = true; // the server's limits at Discourse's defaults
    return options;
}

} // namespace

class TestSyncLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theRateBudgetIsNeverExceeded()
    {
        SyncFixture fixture(limitedForum());
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        fixture.follow(fixture.publicCategoriesWithTopics(2));
        ServerSteppedClock clock(fixture.server());
        sync::SyncEnvironment environment = fixture.environment();
        environment.clock = &clock;

        const sync::SyncReport report = sync::runSync(environment, {}, CancelToken());
        QVERIFY2(report.isComplete(), qPrintable(report.message));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        // Enough requests to need several minutes of budget.
        QVERIFY2(report.counters.requests > 45,
                 qPrintable(QString::number(report.counters.requests)));
        QVERIFY(clock.sleptMs() >= 60'000);
        qInfo("%lld requests; the budget waited %lld s of server time", report.counters.requests,
              clock.sleptMs() / 1000);

        const QList<devserver::RequestRecord> log = fixture.requestsSince(0);
        QCOMPARE(qint64(log.size()), report.counters.requests);
        std::vector<qint64> times;
        for (const devserver::RequestRecord &r : log) {
            QVERIFY2(r.status != 429, qPrintable(r.path));
            QCOMPARE(r.auth, QStringLiteral("user_api_key"));
            times.push_back(r.startedAtMs);
        }
        std::sort(times.begin(), times.end());
        // No 60-second window of the server's clock holds more than 20 requests of the key.
        for (size_t first = 0, last = 0; last < times.size(); ++last) {
            while (times[last] - times[first] >= 60'000)
                ++first;
            QVERIFY2(last - first + 1 <= 20,
                     qPrintable(
                             QStringLiteral("%1 requests within a minute").arg(last - first + 1)));
        }
    }

    void aSpentDayBudgetStopsTheSyncAndSaysWhenItGoesOn()
    {
        SyncFixture fixture(limitedForum());
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        fixture.follow(fixture.publicCategoriesWithTopics(2));
        {
            SystemClock clock;
            store::Profile profile = store::Profile::open(fixture.profileDir());
            store::ForumRepository(profile.userDatabase(), clock)
                    .setSetting(fixture.forum().id, QStringLiteral("rate_user_api_per_day"),
                                QStringLiteral("12"));
        }
        const sync::SyncReport report = fixture.sync();
        QCOMPARE(report.stop, sync::SyncStop::BudgetExhausted);
        QCOMPARE(report.counters.requests, 12);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(report.resumeAtMs > now + 23 * 3600'000LL);
        QVERIFY(report.resumeAtMs < now + 25 * 3600'000LL);
        QVERIFY2(report.message.contains(QStringLiteral("in about 24 hour")),
                 qPrintable(report.message));
        QVERIFY(consistencyProblems(fixture.cachePath()).isEmpty());

        // The budget is the forum's for the whole day, across runs: the next sync sends nothing.
        const sync::SyncReport next = fixture.sync();
        QCOMPARE(next.stop, sync::SyncStop::BudgetExhausted);
        QCOMPARE(next.counters.requests, 0);
        QCOMPARE(fixture.requestsSince(0).size(), 12);
    }

    void anUnreachableForumStopsTheSyncAsOffline()
    {
        SyncFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        fixture.follow(fixture.publicCategoriesWithTopics(1));
        QVERIFY(fixture.sync().isComplete());
        const QStringList before = dumpCache(fixture.cachePath());
        fixture.server().stop();

        const sync::SyncReport report = fixture.sync();
        QCOMPARE(report.stop, sync::SyncStop::Offline);
        QVERIFY2(report.message.contains(QStringLiteral("could not be reached")),
                 qPrintable(report.message));
        // A dead link costs a handful of attempts, not the whole queue.
        QVERIFY(report.counters.requests <= 6);
        QCOMPARE(dumpCache(fixture.cachePath()), before);
    }

    // Cancelled from another thread at several points of a first sync, then resumed: the
    // cache is consistent at each stop and the last run completes it without asking again
    // for any post that was stored.
    void aCancelledSyncResumesWithoutRepeatingStoredWork()
    {
        SyncFixture::Options options;
        options.spec = QStringLiteral("categories=15,topics=80,posts=900");
        SyncFixture fixture(options);
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QList<qint64> followed = fixture.publicCategoriesWithTopics(2);
        fixture.follow(followed);
        // Slow answers, so that a cancel lands in the middle of the work.
        fixture.onServer([](devserver::Server &s) {
            s.faults().add(
                    *devserver::FaultPlan::parse(QStringLiteral("GET ^/=latency:15"), nullptr));
        });
        static const QRegularExpression batch(QStringLiteral("post_ids(?:\\[\\]|%5B%5D)=(\\d+)"));
        int cancelled = 0;
        int askedById = 0;
        for (int run = 0; run < 12; ++run) {
            const CacheContents stored = readContents(fixture.cachePath());
            const quint64 seq = fixture.lastRequestSeq();
            CancelToken cancel;
            std::atomic<bool> done{false};
            std::thread canceller([&cancel, &done, run] {
                const auto until =
                        std::chrono::steady_clock::now() + std::chrono::milliseconds(40 + 35 * run);
                while (!done && std::chrono::steady_clock::now() < until)
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                cancel.cancel();
            });
            const sync::SyncReport report = fixture.sync({}, cancel);
            done = true;
            canceller.join();
            const QStringList problems = consistencyProblems(fixture.cachePath());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            for (const devserver::RequestRecord &r : fixture.requestsSince(seq)) {
                for (const QRegularExpressionMatch &m : batch.globalMatch(r.query)) {
                    ++askedById;
                    QVERIFY2(!stored.postIds.contains(m.captured(1).toLongLong()),
                             qPrintable(r.path + u'?' + r.query));
                }
            }
            if (report.stop == sync::SyncStop::Cancelled) {
                ++cancelled;
                QCOMPARE(report.message, QStringLiteral("The sync was cancelled; what was "
                                                        "downloaded is kept."));
            } else {
                QVERIFY2(report.isComplete(), qPrintable(report.message));
                break;
            }
        }
        QVERIFY(cancelled >= 3);
        QVERIFY(askedById > 0); // long topics were fetched by batches across the runs
        fixture.onServer([](devserver::Server &s) { s.faults().clear(); });
        QVERIFY(fixture.sync().isComplete());
        const QString mismatch =
                differencesFromForum(fixture.cachePath(), fixture.expected(followed).postsByTopic);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
    }
};

QTEST_GUILESS_MAIN(TestSyncLimits)
#include "tst_sync_limits.moc"
