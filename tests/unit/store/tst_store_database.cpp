#include "Clock.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/UserDatabase.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace outpost;
using namespace outpost::store;

// The connection layer: typed binding, transactions, errors, and a full disk.
class TestStoreDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void opensInWalWithForeignKeys()
    {
        Database db = Database::open(path(QStringLiteral("pragmas.sqlite")));
        Statement mode = db.prepare("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        QCOMPARE(db.queryInt64("PRAGMA foreign_keys"), 1);
        // NORMAL = 1, FULL = 2
        QCOMPARE(db.queryInt64("PRAGMA synchronous"), 1);
        Database user = UserDatabase::open(path(QStringLiteral("user.sqlite")));
        QCOMPARE(user.queryInt64("PRAGMA synchronous"), 2);
    }

    void unsyncedCommitsRelaxOnlyTheirScope()
    {
        Database user = UserDatabase::open(path(QStringLiteral("relaxed.sqlite")));
        user.exec("CREATE TABLE log (x INTEGER)");
        {
            UnsyncedCommits unsynced(user);
            QCOMPARE(user.queryInt64("PRAGMA synchronous"), 1);
            user.exec("INSERT INTO log VALUES (1)");
        }
        QCOMPARE(user.queryInt64("PRAGMA synchronous"), 2);
        // Committed all the same: another connection sees the row.
        Database other = Database::open(path(QStringLiteral("relaxed.sqlite")));
        QCOMPARE(other.queryInt64("SELECT count(*) FROM log"), 1);
        // Inside a transaction SQLite keeps its level; the guard leaves it alone.
        {
            Transaction tx(user);
            UnsyncedCommits unsynced(user);
            QCOMPARE(user.queryInt64("PRAGMA synchronous"), 2);
            user.exec("INSERT INTO log VALUES (2)");
            tx.commit();
        }
        QCOMPARE(user.queryInt64("PRAGMA synchronous"), 2);
        QCOMPARE(other.queryInt64("SELECT count(*) FROM log"), 2);
    }

    void valuesRoundTrip()
    {
        Database db = Database::open(path(QStringLiteral("values.sqlite")));
        db.exec("CREATE TABLE v (t TEXT, b BLOB, i INTEGER, d INTEGER, o INTEGER)");
        const QString text = QStringLiteral("Ação — café ☕ مرحبا 𝄞");
        const QByteArray blob("a\0b\xff", 4);
        const qint64 big = std::numeric_limits<qint64>::min();
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1'700'000'123'456, Qt::UTC);
        {
            Statement insert = db.prepare("INSERT INTO v VALUES (?1, ?2, ?3, ?4, ?5)");
            insert.bind(1, text).bind(2, blob).bind(3, big).bind(4, when);
            insert.bind(5, std::optional<qint64>()).exec();
            // A rebinding in a loop must not keep the earlier values alive or mix them up.
            insert.reset();
            insert.bind(1, QString()).bind(2, QByteArray()).bind(3, 42).bind(4, QDateTime());
            insert.bind(5, std::optional<qint64>(5)).exec();
        }
        Statement read = db.prepare("SELECT t, b, i, d, o, typeof(t) FROM v ORDER BY rowid");
        QVERIFY(read.step());
        QCOMPARE(read.text(0), text);
        QCOMPARE(read.blob(1), blob);
        QCOMPARE(read.int64(2), big);
        QCOMPARE(read.dateTime(3), when);
        QVERIFY(read.isNull(4));
        QCOMPARE(read.optionalInt64(4), std::nullopt);
        QVERIFY(read.step());
        QCOMPARE(read.text(0), QString()); // a null QString is stored as '' (not NULL)
        QCOMPARE(read.text(5), QStringLiteral("text"));
        QCOMPARE(read.int64(2), 42);
        QVERIFY(!read.dateTime(3).isValid());
        QCOMPARE(read.optionalInt64(4), 5);
        QVERIFY(!read.step());
    }

    void sameQueryNestedGetsItsOwnStatement()
    {
        Database db = Database::open(path(QStringLiteral("nested.sqlite")));
        db.exec("CREATE TABLE n (x INTEGER); INSERT INTO n VALUES (1), (2), (3)");
        constexpr std::string_view sql = "SELECT x FROM n WHERE x >= ?1 ORDER BY x";
        Statement outer = db.prepare(sql);
        outer.bind(1, 1);
        int pairs = 0;
        while (outer.step()) {
            Statement inner = db.prepare(sql);
            inner.bind(1, outer.integer(0));
            while (inner.step())
                ++pairs;
        }
        QCOMPARE(pairs, 3 + 2 + 1);
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = Database::open(path(QStringLiteral("tx.sqlite")));
        db.exec("CREATE TABLE t (x INTEGER)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        QCOMPARE(db.queryInt64("SELECT count(*) FROM t"), 0);
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
            {
                Transaction inner(db); // a savepoint
                db.exec("INSERT INTO t VALUES (2)");
            }
            {
                Transaction inner(db);
                db.exec("INSERT INTO t VALUES (3)");
                inner.commit();
            }
            tx.commit();
        }
        Statement all = db.prepare("SELECT group_concat(x, ',') FROM (SELECT x FROM t ORDER BY x)");
        QVERIFY(all.step());
        QCOMPARE(all.text(0), QStringLiteral("1,3"));
        QVERIFY(!db.inTransaction());
    }

    void badSqlIsAStoreErrorWithDetail()
    {
        Database db = Database::open(path(QStringLiteral("bad.sqlite")));
        try {
            db.prepare("SELECT * FROM no_such_table");
            QFAIL("expected a StoreError");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::Internal);
            QVERIFY(!error.message().isEmpty());
            QVERIFY2(error.detail().contains(QStringLiteral("no_such_table")),
                     qPrintable(error.detail()));
        }
    }

    void constraintViolationIsReported()
    {
        Database db = Database::open(path(QStringLiteral("constraint.sqlite")));
        db.exec("CREATE TABLE u (x INTEGER UNIQUE); INSERT INTO u VALUES (1)");
        Statement insert = db.prepare("INSERT INTO u VALUES (?1)");
        insert.bind(1, 1);
        try {
            insert.exec();
            QFAIL("expected a StoreError");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::Constraint);
        }
    }

    // A full disk (simulated with max_page_count) fails the write with a clear error, keeps
    // everything committed before, and leaves the connection usable once space is back.
    void diskFullKeepsTheUserData()
    {
        const QString file = path(QStringLiteral("full.sqlite"));
        Database db = UserDatabase::open(file);
        FakeClock clock;
        ForumRepository forums(db, clock);
        DraftRepository drafts(db, clock);
        const Forum forum =
                forums.add(QStringLiteral("https://community.dhis2.org"), QStringLiteral("DHIS2"));
        Draft first;
        first.forumId = forum.id;
        first.raw = QStringLiteral("The words that must survive.");
        first = drafts.save(first);

        const qint64 pages = db.queryInt64("PRAGMA page_count").value_or(0);
        db.exec("PRAGMA max_page_count=" + std::to_string(pages + 2));
        const QString big(200'000, QLatin1Char('x'));
        bool full = false;
        try {
            Transaction tx(db);
            for (int i = 0; i < 5; ++i) {
                Draft d;
                d.forumId = forum.id;
                d.raw = big;
                drafts.save(d);
            }
            tx.commit();
        } catch (const StoreError &error) {
            full = true;
            QCOMPARE(error.kind(), StoreErrorKind::DiskFull);
            QVERIFY2(error.message().contains(QStringLiteral("disk space")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("full.sqlite")));
        }
        QVERIFY(full);
        QVERIFY(!db.inTransaction());
        // Nothing of the failed transaction, everything from before.
        const QList<Draft> left = drafts.list(forum.id);
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.constFirst().raw, first.raw);

        db.exec("PRAGMA max_page_count=1073741823");
        Draft after;
        after.forumId = forum.id;
        after.raw = big;
        drafts.save(after);
        QCOMPARE(drafts.list(forum.id).size(), 2);
        db.verifyIntegrity();

        // And a fresh connection sees the same: the file is sound.
        Database again = UserDatabase::openConnection(file);
        QCOMPARE(again.queryInt64("SELECT count(*) FROM drafts"), 2);
    }
};

QTEST_GUILESS_MAIN(TestStoreDatabase)
#include "tst_store_database.moc"
