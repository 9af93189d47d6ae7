// The sync engine against the devserver over loopback (real libcurl, real SQLite files): a
// first sync, an incremental sync after every kind of change a forum sees, the cost of a sync
// with nothing new, the window, older pages and topics on demand.
#include "CacheInspection.h"
#include "Clock.h"
#include "SyncFixture.h"
#include "outbox/ForumAccount.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/Profile.h"
#include "store/SearchIndex.h"
#include "sync/SyncJob.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace outpost;
using namespace outpost::synctest;

namespace {

QSet<qint64> topicSet(const ExpectedForum &expected)
{
    QSet<qint64> ids;
    for (auto it = expected.postsByTopic.cbegin(); it != expected.postsByTopic.cend(); ++it)
        ids.insert(it.key());
    return ids;
}

// Topics of `categories` with at least `minPosts` posts that are not in `taken`, biggest last.
QList<qint64> topicsWith(SyncFixture &fixture, const QList<qint64> &categories, int minPosts,
                         int maxPosts, int count)
{
    return fixture.onServer([&](devserver::Server &s) {
        QList<qint64> ids;
        const devserver::Forum &forum = s.forum();
        for (int id : forum.topicsByActivity()) {
            const devserver::Topic *t = forum.topic(id);
            if (!categories.contains(t->categoryId) || t->pinned || t->closed || t->archived ||
                t->postsCount < minPosts || t->postsCount > maxPosts)
                continue;
            ids.append(id);
            if (ids.size() == count)
                break;
        }
        return ids;
    });
}

// The id of the topic's post with this number.
qint64 postAt(SyncFixture &fixture, qint64 topicId, int postNumber)
{
    return fixture.onServer([&](devserver::Server &s) {
        const devserver::Post *p =
                s.forum().postByNumber(*s.forum().topic(int(topicId)), postNumber);
        return p ? qint64(p->id) : qint64(0);
    });
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

    void aRevokedKeyMarksTheForumAndDeletesNothing()
    {
        SyncFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        fixture.follow(fixture.publicCategoriesWithTopics(2));
        QVERIFY(fixture.sync().isComplete());
        const QStringList before = dumpCache(fixture.cachePath());
        const CacheContents contents = readContents(fixture.cachePath());
        QVERIFY(!contents.topicsWithStream.isEmpty());

        // The person revoked the key in their browser: every request with it is now 403.
        const QByteArray key = fixture.environment().credentials.key;
        QVERIFY(fixture.onServer([key](devserver::Server &s) {
            const devserver::UserApiKeyRecord *record = s.auth().find(key);
            return record && s.auth().revoke(record->id, s.clock().nowMs());
        }));
        sync::SyncRequest request;
        request.topicIds =
                QList<qint64>(contents.topicsWithStream.cbegin(), contents.topicsWithStream.cend())
                        .mid(0, 3);
        const sync::SyncReport report = fixture.sync(request);

        QCOMPARE(report.counters.topicsDeleted, 0);
        QCOMPARE(dumpCache(fixture.cachePath()), before);
        QVERIFY2(report.problems.join(u'\n').contains(QStringLiteral("refused your sign-in key")),
                 qPrintable(report.problems.join(u'\n')));
        SystemClock clock;
        store::Profile profile = store::Profile::open(fixture.profileDir());
        outbox::ForumAccount account(profile.userDatabase(), clock, fixture.forum().id);
        QVERIFY(!account.needsSignIn().isEmpty());
    }

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
        const QString mismatch = differencesFromForum(fixture.cachePath(), expected.postsByTopic);
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

    // Every kind of change a forum sees between two syncs; afterwards the cache must equal
    // that of a clean sync of the changed forum, topic for topic and post for post.
    void anIncrementalSyncFollowsEveryKindOfChange()
    {
        SyncFixture fixture;
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QList<qint64> categories = fixture.publicCategoriesWithTopics(3);
        QCOMPARE(categories.size(), 3);
        const QList<qint64> followed = categories.mid(0, 2);
        const qint64 elsewhere = categories.at(2);
        fixture.follow(followed);
        QVERIFY(fixture.sync().isComplete());

        const QList<qint64> topics = topicsWith(fixture, followed, 4, 18, 9);
        QCOMPARE(topics.size(), 9);
        const QList<qint64> outside = topicsWith(fixture, {elsewhere}, 2, 18, 1);
        QCOMPARE(outside.size(), 1);
        const qint64 replied = topics[0], lastEdited = topics[1], earlierEdited = topics[2],
                     middleDeleted = topics[3], lastDeleted = topics[4], movedOut = topics[5],
                     closed = topics[6], retitled = topics[7], deleted = topics[8],
                     movedIn = outside[0];
        const qint64 lastEditedPost =
                postAt(fixture, lastEdited, fixture.onServer([&](devserver::Server &s) {
                    return s.forum().topic(int(lastEdited))->highestPostNumber;
                }));
        const qint64 earlierPost = postAt(fixture, earlierEdited, 2);
        const qint64 middlePost = postAt(fixture, middleDeleted, 2);
        const qint64 lastPost =
                postAt(fixture, lastDeleted, fixture.onServer([&](devserver::Server &s) {
                    return s.forum().topic(int(lastDeleted))->highestPostNumber;
                }));
        const qint64 firstPost = postAt(fixture, deleted, 1);
        const int author = fixture.userId();
        const qint64 newTopic = fixture.onServer([&](devserver::Server &s) {
            devserver::Forum &forum = s.forum();
            const qint64 now = s.clock().nowMs();
            forum.createPost({author, int(replied),
                              QStringLiteral("A reply written after the "
                                             "first sync."),
                              0, now});
            forum.editPost(int(lastEditedPost), QStringLiteral("The last post, edited later."),
                           QString(), 1, now, false, 0, 0);
            forum.editPost(int(earlierPost), QStringLiteral("An earlier post, edited later."),
                           QString(), 1, now, false, 0, 0);
            forum.createPost({author, int(earlierEdited),
                              QStringLiteral("A reply that brings the topic up again."), 0, now});
            forum.deletePost(int(middlePost), now);
            forum.deletePost(int(lastPost), now);
            forum.deletePost(int(firstPost), now); // deletes the whole topic
            forum.moveTopic(int(movedOut), int(elsewhere), now);
            forum.moveTopic(int(movedIn), int(followed[0]), now);
            forum.setTopicStatus(int(closed), QStringLiteral("closed"), true, now);
            forum.setTopicTitle(int(retitled), QStringLiteral("A title changed after the sync"));
            const int first = forum.createTopic(
                    {author, int(followed[1]), QStringLiteral("A topic started after the sync"),
                     QStringLiteral("Its first post, long enough."), now});
            return qint64(forum.post(first)->topicId);
        });

        // A day later: page 0 of each category is read in full again, which is how topics
        // that left a list without activity (the moved and the deleted one) are noticed.
        forgetFullListReads(fixture.cachePath());
        const sync::SyncReport report = fixture.sync();
        QVERIFY2(report.isComplete(), qPrintable(report.message));
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.join(u'\n')));
        QVERIFY(report.counters.postsNew >= 3);     // two replies and the new topic's post
        QVERIFY(report.counters.postsUpdated >= 2); // the last post and the earlier one
        QVERIFY(report.counters.postsDeleted >= 2); // the middle, the last, the deleted topic's
        QCOMPARE(report.counters.topicsDeleted, 1);

        const ExpectedForum expected = fixture.expected(followed);
        QVERIFY(expected.postsByTopic.contains(movedIn));
        QVERIFY(expected.postsByTopic.contains(newTopic));
        QVERIFY(!expected.postsByTopic.contains(movedOut));
        const QString mismatch = differencesFromForum(fixture.cachePath(), expected.postsByTopic);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY2(consistencyProblems(fixture.cachePath()).isEmpty(),
                 qPrintable(consistencyProblems(fixture.cachePath()).join(u'\n')));

        // Equal to a clean sync of the same forum, for every followed topic.
        QTemporaryDir clean;
        const sync::SyncReport cleanReport =
                sync::runSync(fixture.environmentFor(clean.path(), followed), {}, CancelToken());
        QVERIFY(cleanReport.isComplete());
        const QSet<qint64> scope = topicSet(expected);
        const QStringList incremental = dumpCache(fixture.cachePath(), &scope);
        const QStringList reference = dumpCache(SyncFixture::cachePathOf(clean.path()), &scope);
        QVERIFY2(incremental == reference, qPrintable(diffLines(incremental, reference)));

        store::CacheOpenResult cache = store::CacheDatabase::open(fixture.cachePath());
        store::CacheReader reader(cache.database);
        QVERIFY(!reader.topic(deleted).has_value());
        QCOMPARE(reader.topic(movedOut)->topic.categoryId, elsewhere);
        QVERIFY(reader.topic(closed)->topic.closed);
        QCOMPARE(reader.topic(retitled)->topic.title,
                 QStringLiteral("A title changed after the sync"));
        QVERIFY(reader.post(earlierPost)->post.version > 1);
        QVERIFY(!reader.post(middlePost).has_value());
        QVERIFY(!reader.post(lastPost).has_value());
        // The retitled topic is found by its new title.
        QVERIFY(!store::SearchIndex(cache.database)
                         .search(QStringLiteral("\"title changed after\""))
                         .isEmpty());
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
