#pragma once

#include "store/StoreError.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace outpost::store {

class Database;

namespace statement_cache {
// A prepared statement kept by its Database for reuse, and whether a Statement holds it now.
struct CachedStatement
{
    sqlite3_stmt *stmt = nullptr;
    bool inUse = false;
};
// Looks statements up by their SQL without building a std::string for each lookup.
struct SqlHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view sql) const
    {
        return std::hash<std::string_view>{}(sql);
    }
};
} // namespace statement_cache

struct DatabaseOptions
{
    enum class Synchronous
    {
        Normal, // WAL + NORMAL: a power cut can lose the last commits, never consistency
        Full,   // WAL + FULL: every commit is on disk when commit() returns
    };
    Synchronous synchronous = Synchronous::Normal;
    int busyTimeoutMs = 5000;
    int cacheSizeKiB = 8 * 1024;
    // WAL pages before an automatic checkpoint. Larger means fewer checkpoints (each one
    // copies pages into the database and syncs it) when many small transactions commit.
    int walAutoCheckpointPages = 1000;
    // Page size of a new file (0: SQLite's default); an existing file keeps its own.
    int pageSize = 0;
    bool create = true;
    // Runs PRAGMA quick_check before anything could write to the file (such as switching it
    // to WAL); a damaged file then fails with StoreErrorKind::Corrupt and is left unchanged.
    bool verifyIntegrity = false;
    // Called on the new connection before any other use, e.g. to register an FTS5
    // tokenizer the schema needs.
    std::function<void(Database &)> configure;
};

// One prepared statement in use. Positional parameters are 1-based (?1, ?2, ...), columns are
// 0-based, like the SQLite C API. Text is UTF-8; QDateTime is milliseconds since the epoch
// (UTC) in an INTEGER, an invalid QDateTime is NULL. When the Statement goes out of scope it
// is reset and handed back to its Database's cache.
class Statement
{
public:
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, const QString &value);
    Statement &bind(int index, QStringView value);
    Statement &bind(int index, QLatin1String value);
    Statement &bind(int index, const char *utf8) = delete; // say QLatin1String or QString
    Statement &bind(int index, const QByteArray &blob);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QDateTime &value);
    Statement &bindNull(int index);
    template <typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    // Text bound as UTF-8 without a copy; `utf8` must outlive the statement's use.
    Statement &bindUtf8(int index, const QByteArray &utf8);

    // Runs one step. True when a row is available, false when done. Throws StoreError.
    bool step();
    // Runs to completion, ignoring rows.
    void exec();
    // Makes the statement runnable again with the same bindings.
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    int integer(int column) const;
    bool boolean(int column) const { return int64(column) != 0; }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    QDateTime dateTime(int column) const;
    std::optional<qint64> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<QString> optionalText(int column) const;

    sqlite3_stmt *handle() const { return m_stmt; }

private:
    friend class Database;
    // `cached` is the Database's entry for the statement, or null for a private copy.
    Statement(Database *db, sqlite3_stmt *stmt, statement_cache::CachedStatement *cached);
    void check(int rc) const;
    void keep(int index, QByteArray bytes);

    Database *m_db;
    sqlite3_stmt *m_stmt;
    statement_cache::CachedStatement *m_cached;
    // The bytes of bound text and blobs, one slot per parameter, bound SQLITE_STATIC.
    std::vector<QByteArray> m_keepAlive;
};

// One connection to one SQLite file, in WAL mode with foreign keys on. A Database belongs
// to one thread at a time (open one per thread; WAL lets readers and a writer work side by
// side). Move-only.
class Database
{
public:
    // Opens (and by default creates) the file and applies the connection settings.
    // Throws StoreError.
    static Database open(const QString &path, const DatabaseOptions &options = {});

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    const QString &path() const { return m_path; }
    sqlite3 *handle() const { return m_db; }

    // A cached prepared statement for `sql` (one statement, no trailing text). If the cached
    // one is already in use (a query nested in a loop over the same query), a fresh one is
    // prepared for this use.
    Statement prepare(std::string_view sql);
    // Runs a script of one or more statements with no parameters.
    void exec(std::string_view sql);

    // Convenience: the first column of the first row of `sql`, or nullopt when no row.
    std::optional<qint64> queryInt64(std::string_view sql);
    qint64 lastInsertRowId() const;
    int changes() const;
    bool inTransaction() const;
    // Savepoints (nested Transactions) open inside the current transaction.
    int savepointDepth() const { return inTransaction() ? m_savepointDepth : 0; }

    // Applies a per-connection setting; kept separate from exec() so errors say which pragma.
    void setPragma(std::string_view pragma);
    // Refreshes the query planner's statistics where they went stale (PRAGMA optimize).
    // Call it after a large write such as a sync, not on close: closing must never write,
    // so that a file Outpost refuses to open stays byte for byte as it was.
    void optimize();
    // PRAGMA quick_check; throws StoreError (Corrupt) listing the problems found.
    void verifyIntegrity();

    [[noreturn]] void throwError(int rc) const;

private:
    friend class Statement;
    friend class Transaction;
    Database(sqlite3 *db, QString path);
    void release(sqlite3_stmt *stmt, statement_cache::CachedStatement *cached);
    // One statement without parameters through the statement cache: BEGIN, COMMIT and
    // SAVEPOINT run for every transaction, not worth parsing each time.
    void run(std::string_view sql);
    void close();

    sqlite3 *m_db = nullptr;
    QString m_path;
    // Nodes of an unordered_map stay where they are, so a Statement may point at its entry.
    std::unordered_map<std::string, statement_cache::CachedStatement, statement_cache::SqlHash,
                       std::equal_to<>>
            m_statements;
    int m_savepointDepth = 0;
};

// A transaction as an object: commit() makes it durable, leaving the scope without commit()
// rolls it back. Nested transactions become savepoints, so a repository method that opens
// its own Transaction can still be grouped into a larger one by its caller.
class Transaction
{
public:
    enum class Mode
    {
        Immediate, // take the write lock now: no deadlock when upgrading from a read
        Deferred,  // for read-only snapshots
    };
    explicit Transaction(Database &db, Mode mode = Mode::Immediate);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    void commit();
    void rollback();

private:
    Database &m_db;
    int m_savepoint = 0; // 0: a real transaction, else the savepoint number
    bool m_open = true;
};

// Within its scope, commits of this connection are written to the WAL but not synced to
// disk (synchronous=NORMAL), whatever the connection's own setting. For bookkeeping that a
// power cut may lose but a kill may not, and that must not cost an fsync per row (the rate
// log writes one row per request). A later synced commit of the connection syncs these rows
// too. SQLite cannot change this inside a transaction: there the guard does nothing and the
// outer transaction's commit decides.
class UnsyncedCommits
{
public:
    explicit UnsyncedCommits(Database &db);
    UnsyncedCommits(const UnsyncedCommits &) = delete;
    UnsyncedCommits &operator=(const UnsyncedCommits &) = delete;
    ~UnsyncedCommits();

private:
    Database &m_db;
    std::optional<qint64> m_restore; // the connection's level, when it was changed
};

} // namespace outpost::store
