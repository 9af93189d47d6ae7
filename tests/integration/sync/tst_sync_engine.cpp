// The sync engine against the devserver over loopback (real libcurl, real SQLite files): a
// first sync, an incremental sync after every kind of change a forum sees, the cost of a sync
// with nothing new, the window, older pages and topics on demand.
#include "CacheInspection.h"
#include "SyncFixture.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/SearchIndex.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace outpost;
using namespace outpost::synctest;

namespace {

[[maybe_unused]] QSet<qint64> topicSet(const ExpectedForum &expected)
{
    QSet<qint64> ids;
    for (auto it = expected.postsByTopic.cbegin(); it != expected.postsByTopic.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

// Every expected topic is cached with exactly its visible posts.
QString compareWithForum(const QString &cachePath, const ExpectedForum &expected)
{
    store::CacheOpenResult cache = store::CacheDatabase::open(cachePath);
    for (auto it = expected.postsByTopic.cbegin(); it != expected.postsByTopic.cend(); ++it) {
        store::Statement s = cache.database.prepare(
                "SELECT id FROM posts WHERE topic_id = ?1 ORDER BY post_number");
        s.bind(1, it.key());
        QList<qint64> cached;
        while (s.step())
            cached.append(s.int64(0));
        if (cached != it.value()) {
            return QStringLiteral("topic %1: %2 posts cached, %3 on the forum")
                    .arg(it.key())
                    .arg(cached.size())
                    .arg(it.value().size());
        }
    }
    return {};
}

int countMatching(const QList<devserver::RequestRecord> &records, const QString &pattern)
{
    const QRegularExpression re(pattern);
    int n = 0;
    for (const devserver::RequestRecord &r : records)
        n += re.match(r.path).hasMatch() ? 1 : 0;
    return n;
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void firstSyncCachesWholeThreadsOfTheFollowedCategories()
    {
        SyncFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QList<qint64> followed = fixture.publicCategoriesWithTopics(2);
        QCOMPARE(followed.size(), 2);
        fixture.follow(followed);

        const sync::SyncReport report = fixture.sync();
        QVERIFY2(report.isComplete(), qPrintable(report.message));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));

        const ExpectedForum expected = fixture.expected(followed);
        qInfo("first sync: %lld requests, %lld bytes down, %d topics, %d posts for %lld topics "
              "and %lld posts on the forum",
              report.counters.requests, report.counters.bytesDown, report.counters.topicsUpdated,
              report.counters.postsNew, qint64(expected.postsByTopic.size()), expected.postCount());
        QVERIFY(expected.postsByTopic.size() > 10);
        const QString mismatch = compareWithForum(fixture.cachePath(), expected);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY2(consistencyProblems(fixture.cachePath()).isEmpty(),
                 qPrintable(consistencyProblems(fixture.cachePath()).join(u'\n')));
        QVERIFY(report.counters.postsNew >= expected.postCount());
        QCOMPARE(report.counters.postsDeleted, 0);
        QVERIFY(report.counters.requests > 0);
        QVERIFY(report.counters.bytesDown > 0);

        // Searchable offline, and a digest was written.
        store::CacheOpenResult cache = store::CacheDatabase::open(fixture.cachePath());
        QCOMPARE(store::SearchIndex(cache.database).pendingCount(), 0);
        QVERIFY(store::CacheReader(cache.database).latestDigest().has_value());
    }

    void aSyncWithNothingNewReadsOnlyTheFirstListPages()
    {
        SyncFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QList<qint64> followed = fixture.publicCategoriesWithTopics(3);
        fixture.follow(followed);
        QVERIFY(fixture.sync().isComplete());
        const QStringList before = dumpCache(fixture.cachePath());

        const quint64 seq = fixture.lastRequestSeq();
        const sync::SyncReport report = fixture.sync();
        QVERIFY2(report.isComplete(), qPrintable(report.message));
        const QList<devserver::RequestRecord> requests = fixture.requestsSince(seq);
        QCOMPARE(report.counters.requests, qint64(requests.size()));
        QCOMPARE(countMatching(requests, QStringLiteral("^/c/")), followed.size());
        QVERIFY2(report.counters.requests <= followed.size() + 3,
                 qPrintable(QString::number(report.counters.requests)));
        QCOMPARE(report.counters.postsNew, 0);
        QCOMPARE(report.counters.topicsUpdated, 0);
        QVERIFY(report.counters.bytesDown < 50 * 1024);
        QCOMPARE(dumpCache(fixture.cachePath()), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_sync_engine.moc"
