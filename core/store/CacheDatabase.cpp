#include "store/CacheDatabase.h"

#include "store/FoldingTokenizer.h"
#include "store/SearchIndex.h"
#include "store/SearchIndexUpdater.h"
#include "store/SearchRank.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace outpost::store {

Q_LOGGING_CATEGORY(lcCache, "outpost.store.cache")

namespace {

const QString kTokenizerKey = u"fts_tokenizer"_s;

QString tokenizerStamp()
{
    return QString::fromLatin1(FoldingTokenizer::name) + u' ' +
           QString::number(FoldingTokenizer::version);
}

void requireLatest(Database &db, const Migrator &migrator, int latest)
{
    const int version = migrator.currentVersion(db);
    if (version > latest) {
        // Same refusal as migrate() gives, for connections that do not migrate.
        migrator.migrate(db);
    }
    if (version < latest) {
        throw StoreError(StoreErrorKind::Internal,
                         QCoreApplication::translate("outpost::store",
                                                     "The offline copy %1 was opened before it "
                                                     "was prepared.")
                                 .arg(QDir::toNativeSeparators(db.path())),
                         u"cache schema %1, expected %2"_s.arg(version).arg(latest));
    }
}

// The tokenizer's rules are part of the index: when they change, rebuild it from the posts.
void refreshSearchIndexIfStale(Database &db)
{
    Statement read = db.prepare("SELECT value FROM meta WHERE key = ?1");
    read.bind(1, kTokenizerKey);
    const QString stored = read.step() ? read.text(0) : QString();
    read.reset();
    if (stored == tokenizerStamp())
        return;
    Transaction transaction(db);
    if (!stored.isEmpty()) {
        qCInfo(lcCache) << "search tokenizer changed from" << stored << "to" << tokenizerStamp()
                        << "- rebuilding the index of" << db.path();
        SearchIndexUpdater(db).rebuild();
    }
    Statement write = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    write.bind(1, kTokenizerKey).bind(2, tokenizerStamp()).exec();
    transaction.commit();
}

bool isDamage(const StoreError &error)
{
    return error.kind() == StoreErrorKind::Corrupt ||
           error.kind() == StoreErrorKind::NotOurDatabase;
}

} // namespace

DatabaseOptions CacheDatabase::connectionOptions(const Options &options)
{
    DatabaseOptions db;
    db.synchronous = DatabaseOptions::Synchronous::Normal;
    db.cacheSizeKiB = options.cacheSizeKiB;
    db.walAutoCheckpointPages = options.walAutoCheckpointPages;
    db.pageSize = options.pageSize;
    db.verifyIntegrity = options.verifyAndMigrate;
    db.configure = [](Database &connection) {
        FoldingTokenizer::registerWith(connection);
        SearchRank::registerWith(connection);
    };
    return db;
}

QString CacheDatabase::setAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s);
    QString target = path + u".corrupt-"_s + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = path + u".corrupt-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(path, target)) {
        throw StoreError(StoreErrorKind::ReadOnly,
                         QCoreApplication::translate("outpost::store",
                                                     "The offline copy %1 is damaged and Outpost "
                                                     "could not move it aside. Check that its "
                                                     "folder may be written to.")
                                 .arg(QDir::toNativeSeparators(path)),
                         u"rename to %1 failed"_s.arg(target));
    }
    // A stale WAL would be replayed into the new file: it belongs with the damaged one.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

CacheOpenResult CacheDatabase::open(const QString &path, const Options &options)
{
    const MigrationSet set = MigrationSet::builtIn(u"cache"_s);
    const Migrator migrator(set);
    QDir().mkpath(QFileInfo(path).absolutePath());
    const bool existed = QFileInfo(path).size() > 0;

    CacheOpenStatus status = existed ? CacheOpenStatus::Opened : CacheOpenStatus::Created;
    QString asidePath;
    QString damage;
    std::optional<Database> db;
    try {
        db.emplace(Database::open(path, connectionOptions(options)));
        if (options.verifyAndMigrate)
            migrator.currentVersion(*db); // another kind of file fails here
    } catch (const StoreError &error) {
        if (!existed || !options.verifyAndMigrate || !isDamage(error))
            throw;
        db.reset();
        damage = error.detail();
        asidePath = setAside(path);
        qCWarning(lcCache) << "cache" << path << "is damaged (" << damage << "), moved to"
                           << asidePath;
        db.emplace(Database::open(path, connectionOptions(options)));
        status = CacheOpenStatus::Rebuilt;
    }

    MigrationReport report;
    if (options.verifyAndMigrate) {
        report = migrator.migrate(*db);
        refreshSearchIndexIfStale(*db);
        // Posts queued for the index when the last session ended (a kill mid-sync).
        SearchIndex(*db).indexPending();
    } else {
        requireLatest(*db, migrator, set.latestVersion());
    }

    QString message;
    if (status == CacheOpenStatus::Rebuilt) {
        message = QCoreApplication::translate(
                          "outpost::store",
                          "The offline copy of this forum was damaged, so Outpost set it aside "
                          "as %1 and started a new one. Topics will be downloaded again at the "
                          "next sync; your drafts and settings are not affected.")
                          .arg(QDir::toNativeSeparators(asidePath));
    }
    return CacheOpenResult{std::move(*db), status, message, asidePath, report};
}

} // namespace outpost::store
