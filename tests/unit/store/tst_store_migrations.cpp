#include "Clock.h"
#include "StoreTestData.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/Migrator.h"
#include "store/OutboxRepository.h"
#include "store/ReadState.h"
#include "store/SearchIndex.h"
#include "store/UserDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
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

QString fixturesDir()
{
    return qEnvironmentVariable("OUTPOST_SOURCE_DIR") + QStringLiteral("/tests/fixtures/db");
}

// The version this build's user database has.
int latestUser()
{
    return MigrationSet::builtIn(QStringLiteral("user")).latestVersion();
}

// The user set plus a synthetic next step, as the next real migration would come.
MigrationSet userSetWith(const QByteArray &nextStepSql)
{
    QList<Migration> steps = MigrationSet::builtIn(QStringLiteral("user")).steps();
    const int next = latestUser() + 1;
    steps.append(
            {next, QStringLiteral("%1_synthetic").arg(next, 4, 10, QLatin1Char('0')), nextStepSql});
    return MigrationSet(QStringLiteral("user"), steps);
}

bool hasColumn(Database &db, const char *table, const QString &column)
{
    Statement info = db.prepare(std::string("PRAGMA table_info(") + table + ")");
    while (info.step()) {
        if (info.text(1) == column)
            return true;
    }
    return false;
}

} // namespace

// Numbered migrations: fresh databases, upgrades (with the .bak copy), refusals, failures.
class TestStoreMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A user database of the current version holding one forum and one draft.
    QString makeUserV1(const QString &name)
    {
        const QString file = path(name);
        Database db = UserDatabase::open(file);
        ForumRepository forums(db, m_clock);
        DraftRepository drafts(db, m_clock);
        const Forum forum = forums.add(QStringLiteral("https://community.dhis2.org"),
                                       QStringLiteral("DHIS2 CoP"));
        Draft draft;
        draft.id = QStringLiteral("d-1");
        draft.forumId = forum.id;
        draft.raw = QStringLiteral("Olá, tudo bem?");
        drafts.save(draft);
        return file;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void freshDatabasesReachTheLatestVersion()
    {
        MigrationReport userReport;
        Database user = UserDatabase::open(path(QStringLiteral("fresh-user.sqlite")), &userReport);
        QCOMPARE(userReport.fromVersion, 0);
        QCOMPARE(userReport.toVersion,
                 MigrationSet::builtIn(QStringLiteral("user")).latestVersion());
        QVERIFY(userReport.backupPath.isEmpty()); // nothing to back up in a new file
        QVERIFY(!QFile::exists(path(QStringLiteral("fresh-user.sqlite.bak"))));
        QCOMPARE(user.queryInt64("PRAGMA user_version"), userReport.toVersion);
        QCOMPARE(user.queryInt64("PRAGMA application_id"),
                 Migrator::applicationIdFor(QStringLiteral("user")));
        Statement row = user.prepare("SELECT version, name, length(checksum), applied_at > 0"
                                     " FROM schema_migrations");
        QVERIFY(row.step());
        QCOMPARE(row.integer(0), 1);
        QCOMPARE(row.text(1), QStringLiteral("0001_init"));
        QCOMPARE(row.integer(2), 64);
        QVERIFY(row.boolean(3));

        CacheOpenResult cache = CacheDatabase::open(path(QStringLiteral("fresh-cache.sqlite")));
        QCOMPARE(cache.status, CacheOpenStatus::Created);
        QCOMPARE(cache.migration.applied, (QList<int>{1, 2}));
        QCOMPARE(cache.database.queryInt64("PRAGMA application_id"),
                 Migrator::applicationIdFor(QStringLiteral("cache")));
        QVERIFY(cache.message.isEmpty());
    }

    void reopeningChangesNothing()
    {
        const QString file = makeUserV1(QStringLiteral("reopen.sqlite"));
        MigrationReport report;
        Database db = UserDatabase::open(file, &report);
        QCOMPARE(report.fromVersion, latestUser());
        QVERIFY(report.applied.isEmpty());
        QVERIFY(report.backupPath.isEmpty());
        QVERIFY(!QFile::exists(file + QStringLiteral(".bak")));
    }

    void upgradeCopiesToBakAndAppliesTheNextStep()
    {
        const QString file = makeUserV1(QStringLiteral("upgrade.sqlite"));
        Database db = Database::open(file, UserDatabase::connectionOptions());
        const Migrator migrator(
                userSetWith("ALTER TABLE drafts ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm';"
                            "CREATE TABLE synthetic (x INTEGER);"));
        const MigrationReport report = migrator.migrate(db);
        const int latest = latestUser();
        QCOMPARE(report.fromVersion, latest);
        QCOMPARE(report.toVersion, latest + 1);
        QCOMPARE(report.applied, QList<int>{latest + 1});
        QCOMPARE(report.backupPath, file + QStringLiteral(".bak"));
        QVERIFY(hasColumn(db, "drafts", QStringLiteral("mood")));
        QCOMPARE(db.queryInt64("SELECT count(*) FROM drafts WHERE mood = 'calm'"), 1);
        QCOMPARE(db.queryInt64("PRAGMA user_version"), latest + 1);
        QCOMPARE(db.queryInt64("SELECT count(*) FROM schema_migrations"), latest + 1);
        QCOMPARE(db.queryInt64("PRAGMA foreign_keys"), 1); // back on after migrating

        // The .bak is the database as it was, with the person's draft.
        Database bak = Database::open(report.backupPath);
        QCOMPARE(bak.queryInt64("PRAGMA user_version"), latest);
        QVERIFY(!hasColumn(bak, "drafts", QStringLiteral("mood")));
        Statement draft = bak.prepare("SELECT raw FROM drafts WHERE id = 'd-1'");
        QVERIFY(draft.step());
        QCOMPARE(draft.text(0), QStringLiteral("Olá, tudo bem?"));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        const QString file = makeUserV1(QStringLiteral("newer.sqlite"));
        {
            Database db = Database::open(file, UserDatabase::connectionOptions());
            Migrator(userSetWith("CREATE TABLE from_the_future (x INTEGER);")).migrate(db);
        }
        QFile::remove(file + QStringLiteral(".bak"));
        const QByteArray before = readAll(file);
        QVERIFY(!before.isEmpty());
        try {
            UserDatabase::open(file); // this build does not know that version
            QFAIL("a newer schema must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::SchemaTooNew);
            QVERIFY2(error.message().contains(QStringLiteral("newer version of Outpost")),
                     qPrintable(error.message()));
            QVERIFY(error.detail().contains(QStringLiteral("version %1").arg(latestUser() + 1)));
        }
        QCOMPARE(readAll(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".bak")));

        // A cache from the future is refused too, not rebuilt.
        const QString cacheFile = path(QStringLiteral("newer-cache.sqlite"));
        {
            CacheOpenResult cache = CacheDatabase::open(cacheFile);
            QList<Migration> steps = MigrationSet::builtIn(QStringLiteral("cache")).steps();
            const int next = int(steps.size()) + 1;
            steps.append({next, QStringLiteral("%1_future").arg(next, 4, 10, QLatin1Char('0')),
                          "CREATE TABLE future (x);"});
            Migrator(MigrationSet(QStringLiteral("cache"), steps)).migrate(cache.database);
        }
        try {
            CacheDatabase::open(cacheFile);
            QFAIL("a newer cache must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::SchemaTooNew);
        }
        QVERIFY(QDir(m_dir.path())
                        .entryList({QStringLiteral("newer-cache.sqlite.corrupt-*")})
                        .isEmpty());
    }

    void failedStepRollsBackCompletely()
    {
        const QString file = makeUserV1(QStringLiteral("failing.sqlite"));
        Database db = Database::open(file, UserDatabase::connectionOptions());
        const Migrator broken(userSetWith("CREATE TABLE half_done (x INTEGER);"
                                          "INSERT INTO no_such_table VALUES (1);"));
        try {
            broken.migrate(db);
            QFAIL("the step must fail");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::MigrationFailed);
            QVERIFY(error.message().contains(QStringLiteral("_synthetic")));
            QVERIFY(error.detail().contains(QStringLiteral("no_such_table")));
        }
        QCOMPARE(broken.currentVersion(db), latestUser());
        QVERIFY(!db.queryInt64("SELECT 1 FROM sqlite_schema WHERE name = 'half_done'"));
        QCOMPARE(db.queryInt64("SELECT count(*) FROM drafts"), 1);
        QCOMPARE(db.queryInt64("PRAGMA foreign_keys"), 1);
        QVERIFY(QFile::exists(file + QStringLiteral(".bak")));

        // A corrected step then applies.
        const Migrator fixed(userSetWith("CREATE TABLE half_done (x INTEGER);"));
        QCOMPARE(fixed.migrate(db).toVersion, latestUser() + 1);
    }

    void stepBreakingForeignKeysIsRejected()
    {
        const QString file = makeUserV1(QStringLiteral("fk.sqlite"));
        Database db = Database::open(file, UserDatabase::connectionOptions());
        // Foreign keys are off while migrating; the check at the end of the step still
        // catches a dangling reference.
        const Migrator dangling(userSetWith("UPDATE drafts SET forum_id = 999;"));
        QVERIFY_THROWS_EXCEPTION(StoreError, dangling.migrate(db));
        QCOMPARE(db.queryInt64("SELECT forum_id FROM drafts"), 1);
    }

    void brokenNumberingIsRejected()
    {
        QList<Migration> steps = MigrationSet::builtIn(QStringLiteral("user")).steps();
        steps.append({latestUser() + 2, QStringLiteral("gap"), "SELECT 1;"});
        QVERIFY_THROWS_EXCEPTION(StoreError, MigrationSet(QStringLiteral("user"), steps));
    }

    void aUserDatabaseIsNotOpenedAsACacheOrTheOtherWay()
    {
        const QString cacheFile = path(QStringLiteral("kind-cache.sqlite"));
        {
            CacheDatabase::open(cacheFile);
        }
        try {
            UserDatabase::open(cacheFile);
            QFAIL("a cache must not open as the user database");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::NotOurDatabase);
        }
    }

    // A migration that has landed is never edited; a change is a new numbered file. These
    // are the SHA-256 of the landed files: if this fails, revert your edit and add NNNN+1.
    void landedMigrationsAreUnchanged()
    {
        const QHash<QString, QByteArray> landed{
                {QStringLiteral("cache/0001_init"),
                 "98c9b0b946c46e1eaeecedbaf631b5fbfe4db79439621b9c0a0943b40689c63a"},
                {QStringLiteral("cache/0002_topic_sync_state"),
                 "04cfd60384c3127b8ee6b5baa49837a0f3b653f041ae512f220dae437d5d099d"},
                {QStringLiteral("user/0001_init"),
                 "ec02da78b37a146c176fcd146071cf51b8eeef3b247d025490d033ff54c12ac4"},
                {QStringLiteral("user/0002_outbox_delivery"),
                 "4aed432430bce5d6ef97a2eaf908aa6b9125557dec19b229c0027117be048ab1"},
        };
        for (const QString &kind : {QStringLiteral("cache"), QStringLiteral("user")}) {
            const MigrationSet set = MigrationSet::builtIn(kind);
            for (const Migration &step : set.steps()) {
                const QString key = kind + u'/' + step.name;
                QVERIFY2(landed.contains(key),
                         qPrintable(key + QStringLiteral(" is new: add its hash here")));
                QCOMPARE(QCryptographicHash::hash(step.sql, QCryptographicHash::Sha256).toHex(),
                         landed.value(key));
            }
        }
    }

    // Fixture databases of each released version are opened and upgraded by the current
    // code. Regenerate with OUTPOST_WRITE_DB_FIXTURES=1 only when a new version lands (and
    // keep the old ones).
    void fixtureDatabasesOfVersion1Open()
    {
        if (qEnvironmentVariableIntValue("OUTPOST_WRITE_DB_FIXTURES") == 1)
            writeFixtures(fixturesDir());
        const QString cacheFile = path(QStringLiteral("fixture-cache.sqlite"));
        const QString userFile = path(QStringLiteral("fixture-user.sqlite"));
        QVERIFY(QFile::copy(fixturesDir() + QStringLiteral("/cache-v1.sqlite"), cacheFile));
        QVERIFY(QFile::copy(fixturesDir() + QStringLiteral("/user-v1.sqlite"), userFile));
        QFile::setPermissions(cacheFile, QFile::ReadOwner | QFile::WriteOwner);
        QFile::setPermissions(userFile, QFile::ReadOwner | QFile::WriteOwner);

        CacheOpenResult cache = CacheDatabase::open(cacheFile);
        QCOMPARE(cache.status, CacheOpenStatus::Opened);
        QCOMPARE(cache.migration.fromVersion, 1);
        QCOMPARE(cache.migration.applied, QList<int>{2});
        // 0002: the topic that was cached before the sync kept states has none yet, which
        // makes the next sync look at it once.
        QVERIFY(hasColumn(cache.database, "topic_sync", QStringLiteral("synced_posts_count")));
        QCOMPARE(cache.database.queryInt64("SELECT count(*) FROM topic_sync"), 0);
        CacheReader reader(cache.database);
        const std::optional<TopicSummary> topic = reader.topic(10);
        QVERIFY(topic);
        QCOMPARE(topic->topic.title, QStringLiteral("Café com os dados"));
        QCOMPARE(topic->lastReadPostNumber, 1);
        SearchIndex search(cache.database);
        QCOMPARE(search.search(QStringLiteral("cafe")).size(), 2);
        QVERIFY(search.isConsistent());

        Database user = UserDatabase::open(userFile);
        OutboxRepository outbox(user, m_clock);
        const QList<OutboxItem> queued = outbox.list(1);
        QCOMPARE(queued.size(), 1);
        QCOMPARE(queued.constFirst().raw, QStringLiteral("Obrigado!"));
    }

private:
    void writeFixtures(const QString &dir)
    {
        QDir().mkpath(dir);
        const QString cacheFile = dir + QStringLiteral("/cache-v1.sqlite");
        const QString userFile = dir + QStringLiteral("/user-v1.sqlite");
        QFile::remove(cacheFile);
        QFile::remove(userFile);
        {
            CacheOpenResult cache = CacheDatabase::open(cacheFile);
            CacheWriter writer(cache.database, m_clock);
            writer.upsertCategories({category(3, QStringLiteral("Implementation"))}, true);
            discourse::TopicDetail d = detail(10, 3, QStringLiteral("Café com os dados"), {1, 2});
            writer.applyTopicDetail(d, plainTexts(d.posts));
            ReadState(cache.database, m_clock).markRead(10, {1});
            cache.database.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        {
            Database user = UserDatabase::open(userFile);
            ForumRepository forums(user, m_clock);
            DraftRepository drafts(user, m_clock);
            OutboxRepository outbox(user, m_clock);
            const Forum forum = forums.add(QStringLiteral("https://community.dhis2.org"),
                                           QStringLiteral("DHIS2 CoP"));
            forums.follow(forum.id, 3);
            Draft draft;
            draft.forumId = forum.id;
            draft.topicId = 10;
            draft.raw = QStringLiteral("Obrigado!");
            outbox.queueFromDraft(drafts.save(draft).id);
            user.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        qInfo("wrote fixture databases to %s", qPrintable(dir));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_store_migrations.moc"
