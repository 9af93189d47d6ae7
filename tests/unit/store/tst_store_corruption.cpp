#include "Clock.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"
#include "store/UserDatabase.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::store;
using namespace outpost::store::test;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray noise(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

// Overwrites every other page after the first, keeping the header page (and with it the
// schema) intact: the file still looks like a database until its pages are read.
void breakPages(const QString &path)
{
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.startsWith("SQLite format 3"));
    const int stored = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    const int pageSize = stored == 1 ? 65536 : stored;
    QVERIFY2(bytes.size() >= 8 * pageSize, "the database is too small to break");
    const qsizetype pages = bytes.size() / pageSize;
    for (qsizetype page = 1; page < pages; page += 2)
        bytes.replace(page * pageSize, pageSize, noise(pageSize, quint32(page)));
    writeAll(path, bytes);
}

} // namespace

// A damaged cache is set aside and rebuilt; a damaged user database is reported and left
// exactly as it is.
class TestStoreCorruption : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeClock m_clock;

    QString freshDir()
    {
        static int n = 0;
        const QString dir = m_dir.filePath(QStringLiteral("case%1").arg(++n));
        QDir().mkpath(dir);
        return dir;
    }

    // A cache with enough posts to span many pages.
    void fillCache(const QString &file)
    {
        CacheOpenResult cache = CacheDatabase::open(file);
        CacheWriter writer(cache.database, m_clock);
        writer.upsertCategories({category(1, QStringLiteral("General"))}, true);
        for (qint64 topic = 1; topic <= 20; ++topic) {
            QList<int> numbers;
            for (int n = 1; n <= 15; ++n)
                numbers.append(n);
            discourse::TopicDetail d = detail(topic, 1, QStringLiteral("Topic %1").arg(topic),
                                              numbers, QString(300, QLatin1Char('w')));
            writer.applyTopicDetail(d, plainTexts(d.posts));
        }
    }

    void expectRebuilt(const QString &file, const QByteArray &damaged)
    {
        CacheOpenResult result = CacheDatabase::open(file);
        QCOMPARE(result.status, CacheOpenStatus::Rebuilt);
        QVERIFY(!result.setAsidePath.isEmpty());
        QVERIFY2(result.setAsidePath.startsWith(file + QStringLiteral(".corrupt-")),
                 qPrintable(result.setAsidePath));
        QVERIFY2(result.message.contains(QDir::toNativeSeparators(result.setAsidePath)),
                 qPrintable(result.message));
        QVERIFY(result.message.contains(QStringLiteral("damaged")));
        // The damaged file is kept as it was, for a bug report.
        QCOMPARE(readAll(result.setAsidePath), damaged);
        // The new cache is empty and works.
        CacheReader reader(result.database);
        QCOMPARE(reader.status().topics, 0);
        CacheWriter writer(result.database, m_clock);
        writer.upsertCategories({category(1, QStringLiteral("General"))}, true);
        QCOMPARE(reader.categories({}).size(), 1);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void garbageCacheIsRebuilt()
    {
        const QString file = freshDir() + QStringLiteral("/cache.sqlite");
        const QByteArray garbage = noise(16 * 1024, 1);
        writeAll(file, garbage);
        // A stale WAL beside it must not leak into the new cache (SQLite discards an invalid
        // one itself; a valid one would be moved aside with the file).
        writeAll(file + QStringLiteral("-wal"), noise(1024, 2));
        expectRebuilt(file, garbage);
    }

    void truncatedCacheIsRebuilt()
    {
        const QString file = freshDir() + QStringLiteral("/cache.sqlite");
        fillCache(file);
        QByteArray bytes = readAll(file);
        QVERIFY(bytes.size() > 64 * 1024);
        bytes.truncate(bytes.size() / 2);
        writeAll(file, bytes);
        expectRebuilt(file, bytes);
    }

    void cacheWithBrokenPagesIsRebuilt()
    {
        const QString file = freshDir() + QStringLiteral("/cache.sqlite");
        fillCache(file);
        breakPages(file);
        QVERIFY(readAll(file).startsWith("SQLite format 3"));
        expectRebuilt(file, readAll(file));
    }

    void someOtherDatabaseInThePlaceOfTheCacheIsSetAside()
    {
        const QString file = freshDir() + QStringLiteral("/cache.sqlite");
        {
            Database other = Database::open(file);
            other.exec("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)");
        }
        expectRebuilt(file, readAll(file));
    }

    void healthyCacheIsOpenedNotRebuilt()
    {
        const QString file = freshDir() + QStringLiteral("/cache.sqlite");
        fillCache(file);
        CacheOpenResult result = CacheDatabase::open(file);
        QCOMPARE(result.status, CacheOpenStatus::Opened);
        QVERIFY(result.message.isEmpty());
        QCOMPARE(CacheReader(result.database).status().posts, 20 * 15);
    }

    void damagedUserDatabaseIsReportedAndLeftAlone_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("broken pages") << QStringLiteral("pages");
    }

    void damagedUserDatabaseIsReportedAndLeftAlone()
    {
        QFETCH(QString, damage);
        const QString dir = freshDir();
        const QString file = dir + QStringLiteral("/outpost.sqlite");
        {
            Database db = UserDatabase::open(file);
            ForumRepository forums(db, m_clock);
            DraftRepository drafts(db, m_clock);
            const Forum forum =
                    forums.add(QStringLiteral("https://example.org"), QStringLiteral("Example"));
            for (int i = 0; i < 60; ++i) {
                Draft d;
                d.forumId = forum.id;
                d.raw = QString(1500, QLatin1Char('a' + i % 26));
                drafts.save(d);
            }
        }
        QByteArray bytes = readAll(file);
        if (damage == QStringLiteral("garbage")) {
            bytes = noise(bytes.size(), 9);
            writeAll(file, bytes);
        } else if (damage == QStringLiteral("truncated")) {
            bytes.truncate(bytes.size() / 3);
            writeAll(file, bytes);
        } else {
            breakPages(file);
            bytes = readAll(file);
        }

        try {
            UserDatabase::open(file);
            QFAIL("a damaged user database must be reported");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::Corrupt);
            QVERIFY2(error.message().contains(QStringLiteral("left it exactly as it is")),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(QStringLiteral("outpost.sqlite")));
            QVERIFY(!error.detail().isEmpty());
        }
        // Opening the profile fails the same way, and still nothing is replaced.
        QVERIFY_THROWS_EXCEPTION(StoreError, Profile::open(dir));
        QCOMPARE(readAll(file), bytes);
        QVERIFY(QDir(dir).entryList({QStringLiteral("*corrupt*")}).isEmpty());
        QVERIFY(!QFile::exists(file + QStringLiteral(".bak")));
    }
};

QTEST_GUILESS_MAIN(TestStoreCorruption)
#include "tst_store_corruption.moc"
