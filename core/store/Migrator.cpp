#include "store/Migrator.h"

#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outpost::store {

Q_LOGGING_CATEGORY(lcMigrations, "outpost.store.migrations")

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outpost::store", text);
}

[[noreturn]] void throwBadSet(const QString &kind, const QString &detail)
{
    throw StoreError(StoreErrorKind::Internal,
                     tr("The database upgrade steps built into Outpost are not valid."),
                     u"%1 migrations: %2"_s.arg(kind, detail));
}

} // namespace

MigrationSet::MigrationSet(QString kind, QList<Migration> steps)
    : m_kind(std::move(kind))
    , m_steps(std::move(steps))
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).version != int(i + 1)) {
            throwBadSet(m_kind, u"expected version %1, found %2 (%3)"_s.arg(i + 1)
                                        .arg(m_steps.at(i).version)
                                        .arg(m_steps.at(i).name));
        }
    }
}

MigrationSet MigrationSet::builtIn(const QString &kind)
{
    return fromDirectory(kind, u":/outpost/store/migrations/"_s + kind);
}

MigrationSet MigrationSet::fromDirectory(const QString &kind, const QString &directory)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    const QDir dir(directory);
    QList<Migration> steps;
    const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch match = pattern.match(file);
        if (!match.hasMatch())
            throwBadSet(kind, u"file name %1 is not NNNN_description.sql"_s.arg(file));
        QFile in(dir.filePath(file));
        if (!in.open(QIODevice::ReadOnly))
            throwBadSet(kind, u"cannot read %1"_s.arg(in.fileName()));
        steps.append({match.captured(1).toInt(), file.chopped(4), in.readAll()});
    }
    if (steps.isEmpty())
        throwBadSet(kind, u"no migrations in %1"_s.arg(directory));
    return MigrationSet(kind, std::move(steps));
}

Migrator::Migrator(MigrationSet set)
    : m_set(std::move(set))
{}

qint32 Migrator::applicationIdFor(const QString &kind)
{
    // 'OPC1' for caches, 'OPU1' for the user's own data: readable in `file(1)` output and
    // in PRAGMA application_id.
    if (kind == u"cache"_s)
        return 0x4F504331;
    if (kind == u"user"_s)
        return 0x4F505531;
    return 0x4F505831;
}

void Migrator::checkApplication(Database &db) const
{
    const qint64 id = db.queryInt64("PRAGMA application_id").value_or(0);
    const qint64 tables = db.queryInt64("SELECT count(*) FROM sqlite_schema "
                                        "WHERE type='table' AND name NOT LIKE 'sqlite_%'")
                                  .value_or(0);
    const bool empty = id == 0 && tables == 0;
    if (empty || id == applicationIdFor(m_set.kind()))
        return;
    throw StoreError(StoreErrorKind::NotOurDatabase,
                     tr("The file %1 is not the kind of Outpost database expected here.")
                             .arg(QDir::toNativeSeparators(db.path())),
                     u"application_id %1, expected %2 (%3)"_s.arg(id)
                             .arg(applicationIdFor(m_set.kind()))
                             .arg(m_set.kind()));
}

int Migrator::currentVersion(Database &db) const
{
    checkApplication(db);
    const bool hasTable = db.queryInt64("SELECT 1 FROM sqlite_schema WHERE type='table' "
                                        "AND name='schema_migrations'")
                                  .has_value();
    if (!hasTable)
        return 0;
    return int(db.queryInt64("SELECT max(version) FROM schema_migrations").value_or(0));
}

void Migrator::backup(Database &db, const QString &target) const
{
    QFile::remove(target);
    sqlite3 *out = nullptr;
    const QByteArray native = QFile::encodeName(target);
    int rc = sqlite3_open_v2(native.constData(), &out, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        // The backup API copies a consistent snapshot, including what still sits in the WAL.
        sqlite3_backup *copy = sqlite3_backup_init(out, "main", db.handle(), "main");
        if (copy) {
            rc = sqlite3_backup_step(copy, -1);
            const int finish = sqlite3_backup_finish(copy);
            rc = rc == SQLITE_DONE ? finish : rc;
        } else {
            rc = sqlite3_extended_errcode(out);
        }
    }
    if (rc != SQLITE_OK) {
        const StoreError cause = StoreError::fromSqlite(out, rc, target);
        sqlite3_close_v2(out);
        QFile::remove(target);
        throw StoreError(cause.kind(),
                         tr("Outpost could not save a safety copy of %1 before upgrading it, so "
                            "it left the file as it was. %2")
                                 .arg(QDir::toNativeSeparators(db.path()), cause.message()),
                         cause.detail(), cause.sqliteCode());
    }
    sqlite3_close_v2(out);
}

void Migrator::applyStep(Database &db, const Migration &step) const
{
    Transaction transaction(db);
    try {
        db.exec(step.sql.toStdString());
        // Foreign keys are off during migrations (a step may rebuild a table); check that
        // the step left every reference valid before it counts.
        Statement fkCheck = db.prepare("PRAGMA foreign_key_check");
        if (fkCheck.step()) {
            throw StoreError(StoreErrorKind::Constraint, QString(),
                             u"foreign key check failed in table %1"_s.arg(fkCheck.text(0)));
        }
        Statement record = db.prepare("INSERT INTO schema_migrations(version, name, checksum, "
                                      "applied_at) VALUES (?1, ?2, ?3, ?4)");
        record.bind(1, step.version)
                .bind(2, step.name)
                .bind(3, QString::fromLatin1(
                                 QCryptographicHash::hash(step.sql, QCryptographicHash::Sha256)
                                         .toHex()))
                .bind(4, QDateTime::currentMSecsSinceEpoch());
        record.exec();
        db.exec("PRAGMA user_version=" + std::to_string(step.version));
        transaction.commit();
    } catch (const StoreError &error) {
        transaction.rollback();
        const QString file = QDir::toNativeSeparators(db.path());
        if (error.kind() == StoreErrorKind::DiskFull) {
            throw StoreError(StoreErrorKind::DiskFull,
                             tr("Outpost could not upgrade %1 because the disk is full. The file "
                                "was left as it was before step %2. Free some space and try "
                                "again.")
                                     .arg(file, step.name),
                             error.detail(), error.sqliteCode());
        }
        throw StoreError(StoreErrorKind::MigrationFailed,
                         tr("Outpost could not upgrade %1 (step %2). The file was left as it was "
                            "before this step.")
                                 .arg(file, step.name),
                         error.detail(), error.sqliteCode());
    }
}

MigrationReport Migrator::migrate(Database &db) const
{
    MigrationReport report;
    report.fromVersion = currentVersion(db);
    report.toVersion = report.fromVersion;
    const int latest = m_set.latestVersion();
    if (report.fromVersion > latest) {
        throw StoreError(StoreErrorKind::SchemaTooNew,
                         tr("%1 was written by a newer version of Outpost. Update Outpost to "
                            "open it; this version has left the file untouched.")
                                 .arg(QDir::toNativeSeparators(db.path())),
                         u"%1 schema version %2, this build knows up to %3"_s.arg(m_set.kind())
                                 .arg(report.fromVersion)
                                 .arg(latest));
    }
    if (report.fromVersion == latest)
        return report;

    if (report.fromVersion > 0) {
        report.backupPath = db.path() + u".bak"_s;
        backup(db, report.backupPath);
    }

    db.exec("PRAGMA foreign_keys=OFF");
    try {
        {
            Transaction transaction(db);
            db.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
                    " version INTEGER PRIMARY KEY,"
                    " name TEXT NOT NULL,"
                    " checksum TEXT NOT NULL,"
                    " applied_at INTEGER NOT NULL)");
            db.exec("PRAGMA application_id=" + std::to_string(applicationIdFor(m_set.kind())));
            transaction.commit();
        }
        for (const Migration &step : m_set.steps()) {
            if (step.version <= report.fromVersion)
                continue;
            qCInfo(lcMigrations) << "applying" << m_set.kind() << step.name << "to" << db.path();
            applyStep(db, step);
            report.applied.append(step.version);
            report.toVersion = step.version;
        }
    } catch (...) {
        db.exec("PRAGMA foreign_keys=ON");
        throw;
    }
    db.exec("PRAGMA foreign_keys=ON");
    return report;
}

} // namespace outpost::store
