#include "Clock.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/SearchIndex.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace std::chrono_literals;
using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::store;
using namespace outpost::store::test;

// CacheWriter's group commit: while answers queue up, the sync's writes share a commit. What a
// second connection (the GUI, another process, the cache after a kill) sees is only ever
// whole answers, and never less than what was committed.
class TestStoreGroupCommit : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::optional<CacheOpenResult> m_cache;
    std::optional<CacheOpenResult> m_other;
    std::optional<CacheWriter> m_writer;
    int m_n = 0;

    Database &db() { return m_cache->database; }
    CacheWriter &writer() { return *m_writer; }
    // A second connection to the same file, as the GUI has.
    CacheReader otherReader() { return CacheReader(m_other->database); }
    void addTopic(qint64 id, QList<int> numbers = {1})
    {
        const discourse::TopicDetail d = detail(id, 1, u"Topic %1"_s.arg(id), numbers);
        writer().applyTopicDetail(d, plainTexts(d.posts));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_writer.reset();
        m_other.reset();
        const QString path = m_dir.filePath(u"g%1.sqlite"_s.arg(++m_n));
        m_cache.emplace(CacheDatabase::open(path));
        CacheDatabase::Options options;
        options.verifyAndMigrate = false;
        m_other.emplace(CacheDatabase::open(path, options));
        m_writer.emplace(db(), m_clock);
        writer().upsertCategories({category(1, u"General"_s, 1)}, true);
        writer().setGroupCommitAge(1h);
    }

    void cleanup()
    {
        m_writer.reset(); // commits what is left
        if (m_cache)
            QVERIFY(SearchIndex(db()).isConsistent());
    }

    void writesShareOneCommitUntilFlushed()
    {
        addTopic(10);
        addTopic(11, {1, 2});
        QVERIFY(writer().hasOpenGroup());
        QVERIFY(!otherReader().topic(10));
        QVERIFY(!otherReader().topic(11));
        writer().flush();
        QVERIFY(!writer().hasOpenGroup());
        QVERIFY(!db().inTransaction());
        QCOMPARE(otherReader().topic(11)->postsCached, 2);
        QVERIFY(otherReader().topic(10));
    }

    // Each call is still a savepoint: the one that fails leaves the others of the group.
    void aFailingWriteLeavesTheRestOfTheGroup()
    {
        addTopic(20);
        QList<discourse::Post> batch{post(20, 2, u"fine"_s), post(99, 1, u"topic not cached"_s)};
        QVERIFY_THROWS_EXCEPTION(StoreError, writer().upsertPosts(batch, plainTexts(batch)));
        QVERIFY(writer().hasOpenGroup());
        addTopic(21);
        writer().flush();
        CacheReader reader = otherReader();
        QCOMPARE(reader.topic(20)->postsCached, 1);
        QVERIFY(!reader.postByNumber(20, 2));
        QVERIFY(reader.topic(21));
    }

    // A caller's own transaction around several calls (as the sync's handlers have) becomes a
    // savepoint of the group and is never cut by a commit; rolled back, it takes only itself.
    void aCallersTransactionJoinsTheGroup()
    {
        addTopic(30);
        {
            writer().openGroup();
            Transaction handler(db());
            addTopic(31);
            QCOMPARE(db().savepointDepth(), 1);
            // Not rolled back: the handler gave up.
        }
        QVERIFY(writer().hasOpenGroup());
        writer().flush();
        QVERIFY(otherReader().topic(30));
        QVERIFY(!otherReader().topic(31));
    }

    // An old group is committed when the next answer starts, never in the middle of one.
    void anOldGroupIsCommittedBeforeTheNextWrite()
    {
        writer().setGroupCommitAge(1ms);
        addTopic(40);
        QVERIFY(!otherReader().topic(40));
        std::this_thread::sleep_for(5ms);
        {
            writer().openGroup(); // commits topic 40, opens a new group
            QVERIFY(otherReader().topic(40));
            Transaction handler(db());
            addTopic(41);
            std::this_thread::sleep_for(5ms);
            addTopic(42); // old by now, but inside the handler's savepoint: no commit
            QVERIFY(!otherReader().topic(41));
            handler.commit();
        }
        addTopic(43); // commits 41 and 42 first
        QVERIFY(otherReader().topic(41));
        QVERIFY(otherReader().topic(42));
    }

    // The writer commits what it holds when it goes (end of a sync, or a sync that stopped on an
    // error of a later answer).
    void destroyingTheWriterCommitsTheGroup()
    {
        addTopic(50);
        m_writer.reset();
        QVERIFY(!db().inTransaction());
        QVERIFY(otherReader().topic(50));
        m_writer.emplace(db(), m_clock);
    }

    // Someone else's transaction is left alone: no group inside it, and it decides.
    void noGroupInsideSomeoneElsesTransaction()
    {
        {
            Transaction outer(db());
            addTopic(60);
            QVERIFY(!writer().hasOpenGroup());
            outer.rollback();
        }
        QVERIFY(!CacheReader(db()).topic(60));
        QVERIFY(!writer().hasOpenGroup());
    }

    // A full disk fails the answer being written; the rest of the group is kept.
    void aFullDiskInTheGroupLosesOnlyThatAnswer()
    {
        addTopic(70);
        writer().flush();
        addTopic(71);
        const qint64 pages = db().queryInt64("PRAGMA page_count").value_or(0);
        db().exec("PRAGMA max_page_count=" + std::to_string(pages + 1));
        QList<int> numbers;
        for (int n = 1; n <= 40; ++n)
            numbers.append(n);
        const discourse::TopicDetail big =
                detail(72, 1, u"Too big"_s, numbers, QString(3000, u'z'));
        QVERIFY_THROWS_EXCEPTION(StoreError, writer().applyTopicDetail(big, plainTexts(big.posts)));
        db().exec("PRAGMA max_page_count=1073741823");
        writer().flush();
        QVERIFY(otherReader().topic(70));
        QVERIFY(otherReader().topic(71));
        QVERIFY(!otherReader().topic(72));
        addTopic(73);
        writer().flush();
        QVERIFY(otherReader().topic(73));
    }

    void cleanupTestCase()
    {
        m_writer.reset();
        m_other.reset();
        m_cache.reset();
    }
};

QTEST_GUILESS_MAIN(TestStoreGroupCommit)
#include "tst_store_group_commit.moc"
