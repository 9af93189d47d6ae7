#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace outpost::store {

class Database;

struct Migration
{
    int version = 0; // 1, 2, 3, ... with no gaps
    QString name;    // "0001_init"
    QByteArray sql;  // one or more statements
};

// The numbered migrations of one kind of database. A landed migration is never edited: a
// change to the schema is a new file with the next number.
class MigrationSet
{
public:
    // kind is "cache" or "user": the SQL compiled in from core/store/migrations/<kind>/.
    static MigrationSet builtIn(const QString &kind);
    // Reads NNNN_description.sql files from a directory (or a resource path such as
    // ":/outpost/store/migrations/cache"). Throws StoreError when the numbering is broken.
    static MigrationSet fromDirectory(const QString &kind, const QString &directory);
    // Builds a set from explicit steps (tests add a synthetic next step this way).
    MigrationSet(QString kind, QList<Migration> steps);

    const QString &kind() const { return m_kind; }
    const QList<Migration> &steps() const { return m_steps; }
    int latestVersion() const { return m_steps.isEmpty() ? 0 : m_steps.constLast().version; }

private:
    QString m_kind;
    QList<Migration> m_steps;
};

struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QList<int> applied; // versions applied by this run, in order
    QString backupPath; // "<file>.bak" when an existing database was upgraded, else empty
};

// Brings a database to the latest version of its set: refuses a schema newer than the set,
// copies an existing database to "<file>.bak" before changing it, runs each step in its own
// transaction and records it in schema_migrations (and PRAGMA user_version).
class Migrator
{
public:
    explicit Migrator(MigrationSet set);

    // The version recorded in `db` (0 for an empty file). Throws StoreError when the file
    // belongs to a different kind of Outpost database.
    int currentVersion(Database &db) const;
    MigrationReport migrate(Database &db) const;

    // Tags files so a user database is never mistaken for a cache and the other way round.
    static qint32 applicationIdFor(const QString &kind);

private:
    void checkApplication(Database &db) const;
    void backup(Database &db, const QString &target) const;
    void applyStep(Database &db, const Migration &step) const;

    MigrationSet m_set;
};

} // namespace outpost::store
