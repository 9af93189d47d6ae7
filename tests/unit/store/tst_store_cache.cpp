#include "Clock.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/ImageCacheIndex.h"
#include "store/ReadState.h"
#include "store/SearchIndex.h"
#include "store/SyncStateReader.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace outpost;
using namespace outpost::store;
using namespace outpost::store::test;

namespace {

// Terms the search index holds, read from the index itself (not through the content view).
bool indexHasTerm(Database &db, const QString &term)
{
    db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.post_fts_terms"
            " USING fts5vocab(main, post_fts, 'row')");
    Statement stmt = db.prepare("SELECT 1 FROM temp.post_fts_terms WHERE term = ?1");
    stmt.bind(1, term);
    return stmt.step();
}

QList<int> numbersOf(const QList<CachedPost> &posts)
{
    QList<int> numbers;
    for (const CachedPost &p : posts)
        numbers.append(p.post.postNumber);
    return numbers;
}

} // namespace

// What the sync writes and what the GUI/CLI read back.
class TestStoreCache : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::optional<CacheOpenResult> m_cache;
    std::optional<CacheWriter> m_writer;
    std::optional<CacheReader> m_reader;
    int m_n = 0;

    Database &db() { return m_cache->database; }
    CacheWriter &writer() { return *m_writer; }
    CacheReader &reader() { return *m_reader; }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_reader.reset();
        m_writer.reset();
        m_cache.emplace(
                CacheDatabase::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(++m_n))));
        m_writer.emplace(db(), m_clock);
        m_writer->setIndexBatchSize(1); // searchable at once; batching has its own test
        m_reader.emplace(db());
        writer().upsertCategories({category(1, QStringLiteral("General"), 1),
                                   category(2, QStringLiteral("Tracker"), 2)},
                                  true);
    }

    void cleanup()
    {
        if (m_cache)
            QVERIFY(SearchIndex(db()).isConsistent());
    }

    void topicDetailStoresPostsStreamAndState()
    {
        discourse::TopicDetail d = detail(10, 1, QStringLiteral("Hello"), {1, 2, 3});
        d.stream.append(postId(10, 4)); // in the stream, not in this chunk
        d.posts[1].raw = QStringLiteral("**raw** two");
        writer().applyTopicDetail(d, plainTexts(d.posts));

        const std::optional<TopicSummary> topic = reader().topic(10);
        QVERIFY(topic);
        QCOMPARE(topic->topic.title, QStringLiteral("Hello"));
        QCOMPARE(topic->postsCached, 3);
        QCOMPARE(topic->firstCachedPostNumber, 1);
        QCOMPARE(topic->lastCachedPostNumber, 3);
        QCOMPARE(topic->detailFetchedAt, m_clock.nowUtc());

        const std::optional<CachedPost> two = reader().postByNumber(10, 2);
        QVERIFY(two);
        QCOMPARE(two->post.id, postId(10, 2));
        QCOMPARE(two->post.raw, QStringLiteral("**raw** two"));
        QCOMPARE(two->post.name, QStringLiteral("User 7"));
        QCOMPARE(two->post.avatarTemplate, QStringLiteral("/user_avatar/u7/{size}.png"));
        QCOMPARE(two->post.cooked, QStringLiteral("<p>post 2 of topic 10</p>"));
        QCOMPARE(*reader().plainText(postId(10, 2)), QStringLiteral("post 2 of topic 10"));

        SyncStateReader sync(db());
        QCOMPARE(sync.missingPostIds(10, 10), QList<qint64>{postId(10, 4)});
        const QHash<qint64, TopicSyncState> states = sync.topicStates({10, 99});
        QCOMPARE(states.size(), 1);
        QCOMPARE(states[10].streamLength, 4);
        QCOMPARE(states[10].postsCached, 3);
        QCOMPARE(sync.cachedPostVersions(10).size(), 3);

        // The missing post arrives in a batch; raw is kept while the version is unchanged.
        discourse::Post four = post(10, 4, QStringLiteral("four"));
        d.posts[1].raw.reset();
        writer().upsertPosts({four, d.posts[1]},
                             {QStringLiteral("four"), QStringLiteral("post 2 of topic 10")});
        QVERIFY(sync.missingPostIds(10, 10).isEmpty());
        QCOMPARE(reader().topic(10)->postsCached, 4);
        QCOMPARE(reader().post(postId(10, 2))->post.raw, QStringLiteral("**raw** two"));
        // An edit (new version) without raw drops the stale raw.
        d.posts[1].version = 2;
        writer().upsertPosts({d.posts[1]}, {QStringLiteral("edited")});
        QVERIFY(!reader().post(postId(10, 2))->post.raw);
    }

    // The stream is the truth: cached posts missing from it were deleted on the forum, and
    // they leave the posts table, the search index and the read state together.
    void streamThatDropsPostsDeletesThem()
    {
        discourse::TopicDetail d = detail(20, 1, QStringLiteral("Stream"), {1, 2, 3, 4});
        d.posts[2].cooked = QStringLiteral("<p>unicorn sighting</p>");
        QStringList texts = plainTexts(d.posts);
        writer().applyTopicDetail(d, texts);
        ReadState(db(), m_clock).markRead(20, {3});
        QCOMPARE(SearchIndex(db()).search(QStringLiteral("unicorn ")).size(), 1);
        QVERIFY(indexHasTerm(db(), QStringLiteral("unicorn")));

        // Post 3 was deleted on the forum: the next detail's stream lacks it.
        discourse::TopicDetail next = detail(20, 1, QStringLiteral("Stream"), {1, 2, 4, 5});
        writer().applyTopicDetail(next, plainTexts(next.posts));

        QCOMPARE(numbersOf(reader().posts(20, 1, 100)), (QList<int>{1, 2, 4, 5}));
        QVERIFY(!reader().post(postId(20, 3)));
        QVERIFY(SearchIndex(db()).search(QStringLiteral("unicorn ")).isEmpty());
        QVERIFY(!indexHasTerm(db(), QStringLiteral("unicorn")));
        QCOMPARE(db().queryInt64("SELECT count(*) FROM post_reads"), 0);
        QCOMPARE(reader().topic(20)->postsCached, 4);
        QCOMPARE(SyncStateReader(db()).topicStates({20})[20].streamLength, 4);
    }

    void streamThatOnlyAppendsKeepsEverything()
    {
        discourse::TopicDetail d = detail(21, 1, QStringLiteral("Append"), {1, 2});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        discourse::TopicDetail later = detail(21, 1, QStringLiteral("Append"), {3});
        later.stream = {postId(21, 1), postId(21, 2), postId(21, 3)};
        writer().applyTopicDetail(later, plainTexts(later.posts));
        QCOMPARE(numbersOf(reader().posts(21, 1, 10)), (QList<int>{1, 2, 3}));
        Statement stream = db().prepare("SELECT group_concat(post_id) FROM (SELECT post_id FROM"
                                        " topic_stream WHERE topic_id = 21 ORDER BY position)");
        QVERIFY(stream.step());
        QCOMPARE(stream.text(0), QStringLiteral("21001,21002,21003"));
    }

    void megaTopicWithoutStreamDeletesNothing()
    {
        discourse::TopicDetail d = detail(22, 1, QStringLiteral("Mega"), {1, 2, 3});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        discourse::TopicDetail mega = detail(22, 1, QStringLiteral("Mega"), {4});
        mega.stream.clear();
        mega.isMegaTopic = true;
        writer().applyTopicDetail(mega, plainTexts(mega.posts));
        QCOMPARE(reader().topic(22)->postsCached, 4);
        QVERIFY(reader().topic(22)->isMegaTopic);
    }

    void categoryMove()
    {
        writer().upsertTopicList({{listItem(30, 1, QStringLiteral("Moving"), 5000)}, {}, 30, {}});
        discourse::TopicDetail d = detail(30, 1, QStringLiteral("Moving"), {1});
        d.posts[0].cooked = QStringLiteral("<p>giraffe</p>");
        writer().applyTopicDetail(d, {QStringLiteral("giraffe")});
        QCOMPARE(reader().topics({{1}, 10, {}}).topics.size(), 1);

        // Moved to category 2 by a moderator: seen in the next detail.
        d.categoryId = 2;
        writer().applyTopicDetail(d, {QStringLiteral("giraffe")});
        QVERIFY(reader().topics({{1}, 10, {}}).topics.isEmpty());
        QCOMPARE(reader().topics({{2}, 10, {}}).topics.constFirst().topic.id, 30);
        SearchOptions inTwo;
        inTwo.categoryIds = {2};
        QCOMPARE(SearchIndex(db()).search(QStringLiteral("giraffe "), inTwo).size(), 1);
        inTwo.categoryIds = {1};
        QVERIFY(SearchIndex(db()).search(QStringLiteral("giraffe "), inTwo).isEmpty());
        const QList<CategorySummary> categories = reader().categories({});
        QCOMPARE(categories[0].topicsCached, 0);
        QCOMPARE(categories[1].topicsCached, 1);

        // And back again through a topic list.
        writer().upsertTopicList({{listItem(30, 1, QStringLiteral("Moving"), 6000)}, {}, 30, {}});
        QCOMPARE(reader().topics({{1}, 10, {}}).topics.size(), 1);
    }

    void retitleReindexesThePosts()
    {
        discourse::TopicDetail d = detail(31, 1, QStringLiteral("Old walrus title"), {1, 2});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QCOMPARE(SearchIndex(db()).search(QStringLiteral("walrus ")).size(), 2);
        d.title = QStringLiteral("New penguin title");
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QVERIFY(SearchIndex(db()).search(QStringLiteral("walrus ")).isEmpty());
        QCOMPARE(SearchIndex(db()).search(QStringLiteral("penguin ")).size(), 2);
        QVERIFY(!indexHasTerm(db(), QStringLiteral("walrus")));
    }

    void deleteTopicTakesEverythingWithIt()
    {
        discourse::TopicDetail d = detail(32, 1, QStringLiteral("Doomed okapi"), {1, 2});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        ReadState(db(), m_clock).markReadUpTo(32, 2);
        writer().writeDigest(
                {{},
                 {{DigestKind::New, {listItem(32, 1, QStringLiteral("Doomed okapi"), 1)}}},
                 {}});
        writer().deleteTopic(32);
        QVERIFY(!reader().topic(32));
        QCOMPARE(db().queryInt64("SELECT count(*) FROM posts WHERE topic_id = 32"), 0);
        QCOMPARE(db().queryInt64("SELECT count(*) FROM topic_stream WHERE topic_id = 32"), 0);
        QCOMPARE(db().queryInt64("SELECT count(*) FROM post_reads"), 0);
        QCOMPARE(db().queryInt64("SELECT count(*) FROM digest_topics"), 0);
        QVERIFY(!indexHasTerm(db(), QStringLiteral("okapi")));
    }

    void deletePostsUpdatesTheTopic()
    {
        discourse::TopicDetail d = detail(33, 1, QStringLiteral("Gone"), {1, 2, 3});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        writer().deletePosts({postId(33, 3)});
        QCOMPARE(reader().topic(33)->postsCached, 2);
        QCOMPARE(reader().topic(33)->lastCachedPostNumber, 2);
    }

    void postMovedToAnotherTopic()
    {
        discourse::TopicDetail a = detail(34, 1, QStringLiteral("From"), {1, 2});
        discourse::TopicDetail b = detail(35, 1, QStringLiteral("To"), {1});
        writer().applyTopicDetail(a, plainTexts(a.posts));
        writer().applyTopicDetail(b, plainTexts(b.posts));
        discourse::Post moved = a.posts[1];
        moved.topicId = 35;
        moved.postNumber = 2;
        writer().upsertPosts({moved}, {QStringLiteral("moved text")});
        QCOMPARE(reader().topic(34)->postsCached, 1);
        QCOMPARE(reader().topic(35)->postsCached, 2);
        QCOMPARE(reader().postByNumber(35, 2)->post.id, postId(34, 2));
    }

    void postsOfAnUnknownTopicAreRefused()
    {
        try {
            writer().upsertPosts({post(77, 1, QStringLiteral("x"))}, {QStringLiteral("x")});
            QFAIL("expected a StoreError");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::InvalidArgument);
        }
        QVERIFY_THROWS_EXCEPTION(StoreError, writer().upsertPosts({post(77, 1, {})}, {}));
    }

    // One transaction per response: a failure half way leaves nothing of it behind.
    void failedResponseLeavesNothingBehind()
    {
        discourse::TopicDetail d = detail(41, 1, QStringLiteral("Half"), {1, 2});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        const qint64 before = db().queryInt64("SELECT count(*) FROM posts").value_or(-1);
        // The second post of the batch fails (its topic is not cached) after the first was
        // written inside the same transaction.
        QList<discourse::Post> batch{post(41, 3, QStringLiteral("ok")),
                                     post(78, 1, QStringLiteral("unknown topic"))};
        QVERIFY_THROWS_EXCEPTION(StoreError, writer().upsertPosts(batch, plainTexts(batch)));
        QCOMPARE(db().queryInt64("SELECT count(*) FROM posts"), before);
        QVERIFY(!reader().postByNumber(41, 3));
        QCOMPARE(reader().topic(41)->postsCached, 2);
        QVERIFY(!db().inTransaction());
    }

    void strayPostsInADetailAreIgnored()
    {
        discourse::TopicDetail d = detail(42, 1, QStringLiteral("Own posts only"), {1});
        d.posts.append(post(999, 1, QStringLiteral("belongs elsewhere")));
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QCOMPARE(reader().topic(42)->postsCached, 1);
        QVERIFY(!reader().post(postId(999, 1)));
    }

    // Posts are queued for the index and indexed in batches; the index is consistent with
    // the posts (minus the queue) at every step, and a queue left by a kill is indexed when
    // the cache is next opened.
    void searchIndexBatches()
    {
        CacheWriter batched(db(), m_clock);
        batched.setIndexBatchSize(5);
        SearchIndex index(db());
        discourse::TopicDetail a = detail(45, 1, QStringLiteral("Narwhal one"), {1, 2, 3});
        batched.applyTopicDetail(a, plainTexts(a.posts));
        QVERIFY(index.search(QStringLiteral("narwhal ")).isEmpty());
        QCOMPARE(index.pendingCount(), 3);
        QVERIFY(index.isConsistent());
        // A queued post changes and a queued topic is renamed: still just queued.
        a.title = QStringLiteral("Narwhal renamed");
        a.posts[0].cooked = QStringLiteral("<p>edited narwhal text</p>");
        batched.applyTopicDetail(a, plainTexts(a.posts));
        QCOMPARE(index.pendingCount(), 3);
        QVERIFY(index.isConsistent());

        discourse::TopicDetail b = detail(46, 1, QStringLiteral("Narwhal two"), {1, 2});
        batched.applyTopicDetail(b, plainTexts(b.posts)); // the fifth post fills the batch
        QCOMPARE(index.pendingCount(), 0);
        QCOMPARE(index.search(QStringLiteral("narwhal ")).size(), 5);
        QCOMPARE(index.search(QStringLiteral("renamed ")).size(), 3);
        QCOMPARE(index.search(QStringLiteral("edited ")).size(), 1);
        QVERIFY(index.isConsistent());

        // Left in the queue when the session ends...
        discourse::TopicDetail c = detail(47, 1, QStringLiteral("Quokka"), {1, 2});
        batched.applyTopicDetail(c, plainTexts(c.posts));
        QCOMPARE(index.pendingCount(), 2);
        // ... and indexed when the cache is opened again.
        CacheOpenResult again =
                CacheDatabase::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(m_n)));
        QCOMPARE(SearchIndex(again.database).pendingCount(), 0);
        QCOMPARE(SearchIndex(again.database).search(QStringLiteral("quokka ")).size(), 2);
    }

    void topicListPagingNewestFirst()
    {
        QList<discourse::TopicListItem> items;
        for (qint64 id = 1; id <= 25; ++id)
            items.append(
                    listItem(100 + id, id % 2 ? 1 : 2, QStringLiteral("T%1").arg(id), 1000 * id));
        items.append(listItem(200, 1, QStringLiteral("Same time A"), 10'000));
        items.append(listItem(201, 1, QStringLiteral("Same time B"), 10'000));
        discourse::TopicListPage page{items, {{7, QStringLiteral("u7"), {}, {}}}, 30, {}};
        SyncCursor cursor;
        cursor.categoryId = 1;
        cursor.newestBumpedAt = at(25'000);
        cursor.oldestPageFetched = 0;
        writer().upsertTopicList(page, cursor);
        QCOMPARE(SyncStateReader(db()).cursor(1)->newestBumpedAt, at(25'000));

        // Everything, pages of 10, no duplicates, no gaps, newest first.
        QList<qint64> seen;
        std::optional<TopicCursor> after;
        do {
            const TopicPage p = reader().topics({{}, 10, after});
            for (const TopicSummary &t : p.topics)
                seen.append(t.topic.id);
            after = p.next;
        } while (after);
        QCOMPARE(seen.size(), 27);
        QCOMPARE(seen.constFirst(), 125);
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), 27);
        const qsizetype a = seen.indexOf(201);
        QCOMPARE(seen.at(a + 1), 200); // ties broken by id, descending
        QCOMPARE(seen.at(a + 2), 110);

        // Two categories merged: the same order as the whole list restricted to them.
        QList<qint64> merged;
        after.reset();
        do {
            const TopicPage p = reader().topics({{2, 1}, 4, after});
            for (const TopicSummary &t : p.topics)
                merged.append(t.topic.id);
            after = p.next;
        } while (after);
        QCOMPARE(merged, seen);

        const TopicPage onlyTwo = reader().topics({{2}, 100, {}});
        QCOMPARE(onlyTwo.topics.size(), 12);
        QVERIFY(!onlyTwo.next);
    }

    void threadPagesByPostNumber()
    {
        QList<int> numbers;
        for (int n = 1; n <= 120; ++n)
            numbers.append(n);
        discourse::TopicDetail d = detail(50, 1, QStringLiteral("Long"), numbers);
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QCOMPARE(numbersOf(reader().posts(50, 1, 3)), (QList<int>{1, 2, 3}));
        QCOMPARE(numbersOf(reader().posts(50, 119, 30)), (QList<int>{119, 120}));
        QCOMPARE(numbersOf(reader().postsBefore(50, 60, 3)), (QList<int>{57, 58, 59}));
        QVERIFY(reader().posts(50, 121, 10).isEmpty());
        QVERIFY(!reader().postByNumber(50, 500));
    }

    void readState()
    {
        discourse::TopicDetail d = detail(60, 1, QStringLiteral("Read me"), {1, 2, 3, 4, 5});
        d.highestPostNumber = 5;
        writer().applyTopicDetail(d, plainTexts(d.posts));
        ReadState reads(db(), m_clock);
        QCOMPARE(reads.lastReadPostNumber(60), 0);
        const QList<CategorySummary> fresh = reader().categories(at(0));
        QCOMPARE(fresh[0].newTopics, 1);
        QCOMPARE(fresh[0].unreadTopics, 0);

        reads.markRead(60, {2, 1});
        QCOMPARE(reads.lastReadPostNumber(60), 2);
        QVERIFY(reads.isRead(postId(60, 1)));
        QVERIFY(!reads.isRead(postId(60, 3)));
        QCOMPARE(reader().topic(60)->unreadPosts(), 3);
        const QList<CachedPost> posts = reader().posts(60, 1, 5);
        QVERIFY(posts[0].read && posts[1].read && !posts[2].read);
        const QList<CategorySummary> after = reader().categories(at(0));
        QCOMPARE(after[0].newTopics, 0);
        QCOMPARE(after[0].unreadTopics, 1);

        reads.markReadUpTo(60, 5);
        QCOMPARE(reader().topic(60)->unreadPosts(), 0);
        QCOMPARE(reads.unsynced(100).size(), 5);
        reads.markSynced({postId(60, 1), postId(60, 2)});
        QCOMPARE(reads.unsynced(100).size(), 3);

        // The forum's own last read number never lowers ours.
        d.lastReadPostNumber = 1;
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QCOMPARE(reads.lastReadPostNumber(60), 5);
        d.lastReadPostNumber = 9;
        d.highestPostNumber = 9;
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QCOMPARE(reads.lastReadPostNumber(60), 9);
    }

    void categoriesAreReplacedBySite()
    {
        discourse::Site site;
        site.categories = {category(2, QStringLiteral("Tracker"), 1),
                           category(3, QStringLiteral("New one"), 0)};
        site.uncategorizedCategoryId = 3;
        writer().upsertSite(site);
        const QList<CategorySummary> categories = reader().categories({});
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories[0].category.name, QStringLiteral("New one"));
        QCOMPARE(reader().meta(QStringLiteral("uncategorized_category_id")), QStringLiteral("3"));
        QVERIFY(!reader().category(1));
    }

    void digests()
    {
        DigestInput input;
        input.since = at(1000);
        input.sections = {{DigestKind::TopWeek, {listItem(71, 1, QStringLiteral("Top"), 3000)}},
                          {DigestKind::New,
                           {listItem(72, 2, QStringLiteral("New A"), 2000),
                            listItem(73, 2, QStringLiteral("New B"), 1500)}}};
        const qint64 first = writer().writeDigest(input);
        m_clock.advance(1h);
        const qint64 second = writer().writeDigest(input);
        QVERIFY(second > first);
        const std::optional<Digest> latest = reader().latestDigest();
        QVERIFY(latest);
        QCOMPARE(latest->id, second);
        QCOMPARE(latest->since, at(1000));
        QCOMPARE(latest->createdAt, m_clock.nowUtc());
        QCOMPARE(latest->entries.size(), 3);
        QCOMPARE(latest->entries[0].kind, DigestKind::New);
        QCOMPARE(latest->entries[0].topic.topic.title, QStringLiteral("New A"));
        QCOMPARE(latest->entries[1].rank, 2);
        QCOMPARE(latest->entries[2].kind, DigestKind::TopWeek);
        writer().pruneDigests(1);
        QVERIFY(!reader().digest(first));
        QVERIFY(reader().digest(second));
    }

    void statusCounts()
    {
        discourse::TopicDetail d = detail(80, 1, QStringLiteral("S"), {1, 2});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        writer().upsertTopicList(
                {{listItem(81, 2, QStringLiteral("Listed only"), 10)}, {}, 30, {}});
        SyncCursor cursor;
        cursor.categoryId = 2;
        cursor.lastSyncAt = at(123'456);
        writer().setSyncCursor(cursor);
        ImageCacheIndex(db(), m_clock)
                .record(QStringLiteral("https://x/a.png"), QStringLiteral("img/a.png"), 1234,
                        QStringLiteral("image/png"));
        const CacheStatus status = reader().status();
        QCOMPARE(status.categories, 2);
        QCOMPARE(status.topics, 2);
        QCOMPARE(status.topicsWithPosts, 1);
        QCOMPARE(status.posts, 2);
        QCOMPARE(status.lastSyncAt, at(123'456));
        QCOMPARE(status.imageBytes, 1234);
    }

    void imageIndexEvictsLeastRecentlyUsed()
    {
        ImageCacheIndex images(db(), m_clock);
        images.record(QStringLiteral("u1"), QStringLiteral("p1"), 10, QStringLiteral("image/png"));
        m_clock.advance(1s);
        images.record(QStringLiteral("u2"), QStringLiteral("p2"), 20, QStringLiteral("image/jpeg"));
        m_clock.advance(1s);
        QVERIFY(images.use(QStringLiteral("u1")));
        QCOMPARE(images.totalBytes(), 30);
        QCOMPARE(images.leastRecentlyUsed(1).constFirst().url, QStringLiteral("u2"));
        images.remove(QStringLiteral("u2"));
        QVERIFY(!images.find(QStringLiteral("u2")));
        QCOMPARE(images.totalBytes(), 10);
    }

    void secondConnectionReadsWhileTheWriterWrites()
    {
        discourse::TopicDetail d = detail(90, 1, QStringLiteral("Concurrent"), {1});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        CacheDatabase::Options options;
        options.verifyAndMigrate = false;
        CacheOpenResult second =
                CacheDatabase::open(m_dir.filePath(QStringLiteral("c%1.sqlite").arg(m_n)), options);
        CacheReader guiReader(second.database);
        {
            Transaction writing(db());
            discourse::TopicDetail more = detail(90, 1, QStringLiteral("Concurrent"), {1, 2});
            writer().applyTopicDetail(more, plainTexts(more.posts));
            // WAL: the reader sees the last committed state, without waiting.
            QCOMPARE(guiReader.topic(90)->postsCached, 1);
            writing.commit();
        }
        QCOMPARE(guiReader.topic(90)->postsCached, 2);
        QCOMPARE(SearchIndex(second.database).search(QStringLiteral("concurrent ")).size(), 2);
    }

    // A full disk fails the response with a clear error and leaves the cache as it was.
    void diskFullLeavesTheCacheAsItWas()
    {
        discourse::TopicDetail d = detail(96, 1, QStringLiteral("Before"), {1});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        const qint64 pages = db().queryInt64("PRAGMA page_count").value_or(0);
        db().exec("PRAGMA max_page_count=" + std::to_string(pages + 1));
        QList<int> numbers;
        for (int n = 1; n <= 40; ++n)
            numbers.append(n);
        discourse::TopicDetail big =
                detail(97, 1, QStringLiteral("Too big"), numbers, QString(3000, u'z'));
        try {
            writer().applyTopicDetail(big, plainTexts(big.posts));
            QFAIL("expected a full disk");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::DiskFull);
            QVERIFY(!error.message().isEmpty());
        }
        db().exec("PRAGMA max_page_count=1073741823");
        QVERIFY(!reader().topic(97));
        QCOMPARE(reader().topic(96)->postsCached, 1);
        QVERIFY(!db().inTransaction());
        writer().applyTopicDetail(big, plainTexts(big.posts));
        QCOMPARE(reader().topic(97)->postsCached, 40);
    }

    // The consistency check itself must catch drift, or the checks in cleanup() prove
    // nothing.
    void consistencyCheckDetectsDrift()
    {
        discourse::TopicDetail d = detail(95, 1, QStringLiteral("Drift"), {1});
        writer().applyTopicDetail(d, plainTexts(d.posts));
        QVERIFY(SearchIndex(db()).isConsistent());
        db().exec("UPDATE posts SET plain_text = 'changed behind the index' WHERE id = 95001");
        QVERIFY(!SearchIndex(db()).isConsistent());
        SearchIndex(db()).rebuild();
        QVERIFY(SearchIndex(db()).isConsistent());
        QCOMPARE(SearchIndex(db()).search(QStringLiteral("behind ")).size(), 1);
    }

    void cleanupTestCase()
    {
        m_reader.reset();
        m_writer.reset();
        m_cache.reset();
    }
};

QTEST_GUILESS_MAIN(TestStoreCache)
#include "tst_store_cache.moc"
