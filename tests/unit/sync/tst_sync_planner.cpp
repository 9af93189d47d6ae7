// The sync planner's decisions in simulated time (FakeClock, FakeTransport and a scripted
// forum): the queue order, paging with and without per_page, the window, a paging cut short,
// the cost of a sync with nothing new, posts the forum withholds, the day budget.
#include "Clock.h"
#include "FakeTransport.h"
#include "ScriptedForum.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"
#include "sync/SyncJob.h"
#include "sync/SyncMessages.h"
#include "sync/TopicQueue.h"
#include "sync/TopicStateTable.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::sync;
using outpost::synctest::ScriptedForum;
using outpost::synctest::ScriptedTopic;

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

// A profile with one forum following categories 2 and 3, synced through a FakeTransport
// that the scripted forum answers.
class PlannerRig
{
public:
    explicit PlannerRig(int windowDays = 3650, bool signedIn = false)
    {
        store::Profile profile = store::Profile::open(m_dir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        forum = forums.add(QStringLiteral("https://forum.example.org"), QStringLiteral("Ex"));
        forums.setSyncWindowDays(forum.id, windowDays);
        forums.follow(forum.id, 2);
        forums.follow(forum.id, 3);
        forum = *forums.find(forum.id);
        if (signedIn) {
            credentials.kind = discourse::Credentials::UserApiKey;
            credentials.key = "secret";
            credentials.clientId = "test";
        }
    }

    void setForumSetting(const QString &key, const QString &value)
    {
        store::Profile profile = store::Profile::open(m_dir.path());
        store::ForumRepository(profile.userDatabase(), clock).setSetting(forum.id, key, value);
    }

    SyncReport sync(const SyncRequest &request = {})
    {
        SyncEnvironment environment;
        environment.profileDirectory = m_dir.path();
        environment.forum = forum;
        environment.credentials = credentials;
        environment.clock = &clock;
        environment.runner.jitterSeed = 1;
        environment.makeTransport = [this](const net::TransportConfig &) {
            return std::make_unique<test::FakeTransport>(
                    clock,
                    [this](const net::HttpRequest &asked, int) { return scripted.answer(asked); });
        };
        return runSync(environment, request, CancelToken());
    }

    store::CacheOpenResult cache() const
    {
        return store::CacheDatabase::open(m_dir.filePath(QStringLiteral("forums/1/cache.sqlite")));
    }

    FakeClock clock;
    ScriptedForum scripted;
    store::Forum forum;
    discourse::Credentials credentials;

private:
    QTemporaryDir m_dir;
};

} // namespace

class TestSyncPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void theQueueTakesStrongerReasonsThenNewerActivity()
    {
        TopicQueue queue;
        queue.add({TopicReason::Followed, 100, 1});
        queue.add({TopicReason::Followed, 300, 2});
        queue.add({TopicReason::Top, 900, 3});
        queue.add({TopicReason::OnDemand, 50, 4});
        queue.add({TopicReason::Top, 200, 1}); // weaker: ignored
        queue.add({TopicReason::Check, 999, 5});
        QCOMPARE(queue.size(), 5);
        QList<qint64> order;
        while (const auto next = queue.takeNext())
            order.append(next->topicId);
        QCOMPARE(order, (QList<qint64>{4, 2, 1, 5, 3}));
        queue.add({TopicReason::Top, 10, 7});
        queue.add({TopicReason::OnDemand, 10, 7}); // stronger: moves up
        QCOMPARE(queue.takeNext()->reason, TopicReason::OnDemand);
        QVERIFY(!queue.takeNext());
    }

    void theChangeMarkFallsBackAsTheCacheWriterDoes()
    {
        discourse::TopicListItem item;
        item.highestPostNumber = 4;
        item.postsCount = 3;
        item.lastPostedAt = QDateTime::fromMSecsSinceEpoch(5000, Qt::UTC);
        QCOMPARE(ChangeMark::of(item), (ChangeMark{4, 3, 5000}));
        item.bumpedAt = QDateTime::fromMSecsSinceEpoch(7000, Qt::UTC);
        QCOMPARE(ChangeMark::of(item).bumpedAtMs, 7000);
    }

    void waitsAreSaidInWordsWithTheLocalTime()
    {
        QCOMPARE(waitInWords(30'000), QStringLiteral("in 1 minute(s)"));
        QVERIFY(waitInWords(3 * 3600'000 + 60'000).contains(QStringLiteral("about 3 hour")));
        QVERIFY(waitInWords(3 * kDayMs).contains(QStringLiteral("about 3 day")));
        const qint64 now = 1'700'000'000'000;
        const QString message = budgetStopMessage(now + 2 * 3600'000, now);
        const QString localTime = QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(now + 2 * 3600'000).toLocalTime().time(),
                QLocale::ShortFormat);
        QVERIFY2(message.contains(localTime) ||
                         message.contains(QLocale().toString(
                                 QDateTime::fromMSecsSinceEpoch(now + 2 * 3600'000).toLocalTime(),
                                 QLocale::ShortFormat)),
                 qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("about 2 hour")));
    }

    void aForumThatIgnoresPerPageIsPagedThirtyAtATime()
    {
        PlannerRig rig;
        rig.scripted.honourPerPage = false;
        rig.scripted.addTopics(2, 70, 3, rig.clock.nowMs(), 100);
        const SyncReport report = rig.sync();
        QVERIFY2(report.isComplete(), qPrintable(report.message));
        // 70 topics at 30 a page: pages 0, 1 and 2 of category 2, page 0 of the empty 3.
        QCOMPARE(rig.scripted.countRequests(QStringLiteral("/c/")), 4);
        QCOMPARE(rig.scripted.countRequests(QStringLiteral("/t/")), 70);
        QCOMPARE(report.counters.postsNew, 210);
        QCOMPARE(report.counters.topicsUpdated, 70);
    }

    void pagingStopsAtTheWindowAndTopicsBeyondItAreOnlyListed()
    {
        PlannerRig rig(30);
        rig.scripted.addTopics(2, 250, 2, rig.clock.nowMs(), 1000); // one a day
        const SyncReport report = rig.sync();
        QVERIFY(report.isComplete());
        // Pages of 100: page 0 holds 100 days, more than the window: no page 1.
        QCOMPARE(rig.scripted.countRequests(QStringLiteral("/c/")), 2);
        QCOMPARE(report.counters.topicsUpdated, 30);
        store::CacheOpenResult cache = rig.cache();
        QCOMPARE(store::CacheReader(cache.database).status().topics, 100);

        // "Older pages on demand": one more window back in category 2.
        rig.scripted.log.clear();
        SyncRequest older;
        older.followed = false;
        older.olderCategoryIds = {2};
        const SyncReport more = rig.sync(older);
        QVERIFY(more.isComplete());
        QCOMPARE(more.counters.topicsUpdated, 30);
    }

    void aSyncWithNothingNewReadsOnePagePerCategory()
    {
        PlannerRig rig;
        rig.scripted.addTopics(2, 40, 30, rig.clock.nowMs(), 100);
        rig.scripted.addTopics(3, 10, 2, rig.clock.nowMs(), 500);
        QVERIFY(rig.sync().isComplete());
        rig.clock.advance(std::chrono::minutes(10));
        rig.scripted.log.clear();
        const SyncReport again = rig.sync();
        QVERIFY(again.isComplete());
        QCOMPARE(rig.scripted.log.size(), 2);
        QCOMPARE(again.counters.requests, 2);

        // One new post in one topic: its tail, nothing else.
        ScriptedTopic &topic = rig.scripted.topics[105];
        topic.postIds.append(999'999);
        topic.bumpedAtMs = rig.clock.nowMs();
        rig.scripted.log.clear();
        const SyncReport changed = rig.sync();
        QCOMPARE(changed.counters.postsNew, 1);
        QCOMPARE(rig.scripted.log.size(), 3);
        QVERIFY(rig.scripted.log.last().startsWith(QStringLiteral("/t/105/31.json")));
    }

    void aSyncAfterManyChangesGoesFromTheSmallFirstPageToFullPages()
    {
        PlannerRig rig;
        rig.scripted.addTopics(2, 150, 1, rig.clock.nowMs(), 100);
        QVERIFY(rig.sync().isComplete());
        rig.clock.advance(std::chrono::hours(1));
        // 50 topics get a new post: more than the small first page shows.
        for (qint64 id = 100; id < 150; ++id) {
            rig.scripted.topics[id].postIds.append(id * 1000 + 500);
            rig.scripted.topics[id].bumpedAtMs = rig.clock.nowMs() - (id - 100) * 1000;
        }
        rig.scripted.log.clear();
        const SyncReport report = rig.sync();
        QVERIFY(report.isComplete());
        QCOMPARE(report.counters.postsNew, 50);
        const QStringList lists = rig.scripted.log.filter(QStringLiteral("/c/cat-2/"));
        QCOMPARE(lists, (QStringList{QStringLiteral("/c/cat-2/2/l/latest.json?per_page=30"),
                                     QStringLiteral("/c/cat-2/2/l/latest.json?per_page=100")}));
    }

    void aPagingCutShortGoesOnWhereItStopped()
    {
        PlannerRig rig;
        rig.scripted.addTopics(2, 260, 1, rig.clock.nowMs(), 1000);
        // Page 2 of category 2 answers garbage: the paging stops there this run.
        rig.scripted.overrides[QStringLiteral("/2/l/latest.json?page=2")] =
                test::FakeTransport::ok("<html>portal</html>");
        const SyncReport first = rig.sync();
        QVERIFY(first.isComplete());
        QCOMPARE(first.problems.size(), 1);
        QCOMPARE(first.counters.topicsUpdated, 200);

        rig.scripted.overrides.clear();
        rig.scripted.log.clear();
        const SyncReport second = rig.sync();
        QVERIFY(second.isComplete());
        // Page 0 brought no news, yet the unfinished paging goes on from its last page.
        QVERIFY(rig.scripted.log.contains(
                QStringLiteral("/c/cat-2/2/l/latest.json?page=1&per_page=100")));
        QVERIFY(rig.scripted.log.contains(
                QStringLiteral("/c/cat-2/2/l/latest.json?page=2&per_page=100")));
        QCOMPARE(second.counters.topicsUpdated, 60);
        rig.scripted.log.clear();
        QVERIFY(rig.sync().isComplete());
        QCOMPARE(rig.scripted.log.size(), 2); // done: page 0 of each category only
    }

    void postsTheForumWithholdsAreNotAskedForEveryRun()
    {
        PlannerRig rig;
        rig.scripted.addTopics(2, 1, 60, rig.clock.nowMs(), 100);
        rig.scripted.withheldPosts.insert(100'000 + 45); // e.g. hidden after the stream came
        const SyncReport first = rig.sync();
        QVERIFY(first.isComplete());
        QCOMPARE(first.counters.postsNew, 59);
        rig.scripted.log.clear();
        QVERIFY(rig.sync().isComplete());
        QCOMPARE(rig.scripted.countRequests(QStringLiteral("/t/")), 0);
    }

    void aSpentDayBudgetStopsTheRunAndSaysWhen()
    {
        PlannerRig rig(3650, true);
        rig.setForumSetting(QStringLiteral("rate_user_api_per_day"), QStringLiteral("40"));
        rig.scripted.addTopics(2, 60, 2, rig.clock.nowMs(), 100);
        const qint64 start = rig.clock.nowMs();
        const SyncReport report = rig.sync();
        QCOMPARE(report.stop, SyncStop::BudgetExhausted);
        QCOMPARE(report.counters.requests, 40);
        // The day window of the first request, plus the safety margin.
        QVERIFY(report.resumeAtMs >= start + kDayMs);
        QVERIFY(report.resumeAtMs <= start + kDayMs + 60'000);
        QVERIFY(!report.message.isEmpty());

        // A day later it goes on where it stopped and finishes.
        rig.clock.advance(std::chrono::hours(25));
        const SyncReport next = rig.sync();
        QVERIFY2(next.isComplete(), qPrintable(next.message));
        store::CacheOpenResult cache = rig.cache();
        QCOMPARE(store::CacheReader(cache.database).status().posts, 120);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlanner)
#include "tst_sync_planner.moc"
