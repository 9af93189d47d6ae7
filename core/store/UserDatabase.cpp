#include "store/UserDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outpost::store {

DatabaseOptions UserDatabase::connectionOptions()
{
    DatabaseOptions options;
    options.synchronous = DatabaseOptions::Synchronous::Full;
    options.cacheSizeKiB = 2 * 1024;
    return options;
}

Database UserDatabase::open(const QString &path, MigrationReport *report)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    DatabaseOptions options = connectionOptions();
    options.verifyIntegrity = true;
    const Migrator migrator(MigrationSet::builtIn(u"user"_s));
    try {
        Database db = Database::open(path, options);
        const MigrationReport done = migrator.migrate(db);
        if (report)
            *report = done;
        return db;
    } catch (const StoreError &error) {
        if (error.kind() != StoreErrorKind::Corrupt)
            throw;
        const QString file = QDir::toNativeSeparators(path);
        throw StoreError(StoreErrorKind::Corrupt,
                         QCoreApplication::translate(
                                 "outpost::store",
                                 "Your Outpost data file %1 is damaged. It holds your drafts, "
                                 "outbox and settings, so Outpost has left it exactly as it is "
                                 "and will not replace it. Keep a copy of it (and of %1.bak, if "
                                 "there is one) before trying anything else.")
                                 .arg(file),
                         error.detail(), error.sqliteCode());
    }
}

Database UserDatabase::openConnection(const QString &path)
{
    DatabaseOptions options = connectionOptions();
    options.create = false;
    return Database::open(path, options);
}

} // namespace outpost::store
