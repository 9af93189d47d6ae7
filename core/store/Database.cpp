#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace outpost::store {

// ---------------------------------------------------------------------------------------------
// Statement

Statement::Statement(Database *db, sqlite3_stmt *stmt, statement_cache::CachedStatement *cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached)
{}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_cached(other.m_cached)
    , m_keepAlive(std::move(other.m_keepAlive))
{
    other.m_stmt = nullptr;
    other.m_cached = nullptr;
}

Statement::~Statement()
{
    if (m_stmt)
        m_db->release(m_stmt, m_cached);
}

void Statement::check(int rc) const
{
    if (rc != SQLITE_OK)
        m_db->throwError(rc);
}

Statement &Statement::bindUtf8(int index, const QByteArray &utf8)
{
    // A null QByteArray has a null data pointer, which SQLite would store as NULL.
    const char *data = utf8.isNull() ? "" : utf8.constData();
    check(sqlite3_bind_text64(m_stmt, index, data, sqlite3_uint64(utf8.size()), SQLITE_STATIC,
                              SQLITE_UTF8));
    return *this;
}

void Statement::keep(int index, QByteArray bytes)
{
    // One slot per parameter: rebinding in a loop replaces the old copy instead of piling up.
    if (index < 1)
        return;
    if (m_keepAlive.size() < size_t(index))
        m_keepAlive.resize(size_t(index));
    m_keepAlive[size_t(index - 1)] = std::move(bytes);
}

Statement &Statement::bind(int index, const QString &value)
{
    return bind(index, QStringView(value));
}

Statement &Statement::bind(int index, QStringView value)
{
    QByteArray utf8 = value.toUtf8();
    bindUtf8(index, utf8);
    keep(index, std::move(utf8)); // moving keeps the same buffer SQLite points at
    return *this;
}

Statement &Statement::bind(int index, QLatin1String value)
{
    return bind(index, QString(value));
}

Statement &Statement::bind(int index, const QByteArray &blob)
{
    check(sqlite3_bind_blob64(m_stmt, index, blob.isNull() ? "" : blob.constData(),
                              sqlite3_uint64(blob.size()), SQLITE_STATIC));
    keep(index, blob); // a shallow copy sharing the buffer SQLite points at
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement &Statement::bind(int index, const QDateTime &value)
{
    if (!value.isValid())
        return bindNull(index);
    return bind(index, value.toMSecsSinceEpoch());
}

Statement &Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // The statement's own error is the precise one; reset() returns it as well.
    sqlite3_reset(m_stmt);
    m_db->throwError(rc);
}

void Statement::exec()
{
    while (step()) {
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::integer(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

QDateTime Statement::dateTime(int column) const
{
    if (isNull(column))
        return {};
    return QDateTime::fromMSecsSinceEpoch(int64(column), Qt::UTC);
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<int> Statement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return integer(column);
}

std::optional<QString> Statement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

// ---------------------------------------------------------------------------------------------
// Database

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

Database::Database(Database &&other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
    , m_statements(std::move(other.m_statements))
    , m_savepointDepth(other.m_savepointDepth)
{
    other.m_db = nullptr;
    other.m_statements.clear();
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        m_statements = std::move(other.m_statements);
        m_savepointDepth = other.m_savepointDepth;
        other.m_db = nullptr;
        other.m_statements.clear();
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db)
        return;
    for (auto &entry : m_statements)
        sqlite3_finalize(entry.second.stmt);
    m_statements.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

Database Database::open(const QString &path, const DatabaseOptions &options)
{
    const QByteArray nativePath = QFile::encodeName(path);
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX;
    if (options.create)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(nativePath.constData(), &raw, flags, nullptr);
    if (rc != SQLITE_OK) {
        StoreError error = StoreError::fromSqlite(raw, rc, path);
        sqlite3_close_v2(raw);
        throw error;
    }
    Database db(raw, path);
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, options.busyTimeoutMs);
    if (options.configure)
        options.configure(db);
    if (options.verifyIntegrity)
        db.verifyIntegrity();

    if (options.pageSize > 0)
        db.setPragma("PRAGMA page_size=" + std::to_string(options.pageSize));
    // journal_mode is the first statement that reads the file: a file that is not a
    // database fails here with SQLITE_NOTADB.
    db.setPragma("PRAGMA journal_mode=WAL");
    db.setPragma(options.synchronous == DatabaseOptions::Synchronous::Full
                         ? "PRAGMA synchronous=FULL"
                         : "PRAGMA synchronous=NORMAL");
    db.setPragma("PRAGMA foreign_keys=ON");
    db.setPragma("PRAGMA temp_store=MEMORY");
    // Keeps the -wal file from staying huge after a big sync.
    db.setPragma("PRAGMA journal_size_limit=67108864");
    db.setPragma("PRAGMA cache_size=-" + std::to_string(options.cacheSizeKiB));
    db.setPragma("PRAGMA wal_autocheckpoint=" + std::to_string(options.walAutoCheckpointPages));
    return db;
}

void Database::setPragma(std::string_view pragma)
{
    exec(pragma);
}

void Database::verifyIntegrity()
{
    QStringList problems;
    {
        Statement check = prepare("PRAGMA quick_check(20)");
        while (check.step()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok"))
                problems.append(line);
        }
    }
    if (!problems.isEmpty()) {
        throw StoreError::fromSqliteCode(SQLITE_CORRUPT, m_path,
                                         u"quick_check: "_s + problems.join(u"; "_s));
    }
}

Statement Database::prepare(std::string_view sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && !it->second.inUse) {
        it->second.inUse = true;
        return Statement(this, it->second.stmt, &it->second);
    }
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, &tail);
    if (rc != SQLITE_OK)
        throwError(rc);
    if (!stmt) {
        throw StoreError(StoreErrorKind::InvalidArgument,
                         QCoreApplication::translate("outpost::store",
                                                     "An internal query of Outpost was empty."),
                         QString::fromUtf8(sql.data(), qsizetype(sql.size())));
    }
    if (it != m_statements.end())
        return Statement(this, stmt, nullptr); // nested use of the same SQL: a private copy
    auto inserted =
            m_statements.emplace(std::string(sql), statement_cache::CachedStatement{stmt, true});
    return Statement(this, stmt, &inserted.first->second);
}

void Database::release(sqlite3_stmt *stmt, statement_cache::CachedStatement *cached)
{
    if (!cached) {
        sqlite3_finalize(stmt);
        return;
    }
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    cached->inUse = false;
}

void Database::run(std::string_view sql)
{
    prepare(sql).exec();
}

void Database::exec(std::string_view sql)
{
    // sqlite3_exec needs a NUL-terminated string.
    const std::string script(sql);
    char *message = nullptr;
    const int rc = sqlite3_exec(m_db, script.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        throw StoreError::fromSqliteCode(sqlite3_extended_errcode(m_db), m_path, detail);
    }
}

void Database::optimize()
{
    exec("PRAGMA optimize");
}

std::optional<qint64> Database::queryInt64(std::string_view sql)
{
    Statement stmt = prepare(sql);
    if (!stmt.step() || stmt.isNull(0))
        return std::nullopt;
    return stmt.int64(0);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::throwError(int rc) const
{
    throw StoreError::fromSqlite(m_db, rc, m_path);
}

// ---------------------------------------------------------------------------------------------
// Transaction

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    if (db.inTransaction()) {
        m_savepoint = ++db.m_savepointDepth;
        db.run("SAVEPOINT sp" + std::to_string(m_savepoint));
    } else {
        db.m_savepointDepth = 0;
        db.run(mode == Mode::Immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    }
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    try {
        rollback();
    } catch (...) {
        // A failed rollback leaves SQLite to roll back when the connection closes; nothing
        // better can be done in a destructor.
    }
}

void Transaction::commit()
{
    if (!m_open)
        return;
    m_open = false;
    if (m_savepoint) {
        m_db.run("RELEASE sp" + std::to_string(m_savepoint));
        --m_db.m_savepointDepth;
        return;
    }
    try {
        m_db.run("COMMIT");
    } catch (...) {
        // A failed COMMIT (disk full, busy) leaves the transaction open: undo it so the
        // connection stays usable and nothing half-written remains.
        if (m_db.inTransaction())
            sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    // SQLite may already have rolled the whole transaction back by itself (e.g. after
    // SQLITE_FULL); then there is nothing left to undo.
    if (!m_db.inTransaction()) {
        m_db.m_savepointDepth = 0;
        return;
    }
    if (m_savepoint) {
        const std::string name = "sp" + std::to_string(m_savepoint);
        --m_db.m_savepointDepth;
        m_db.run("ROLLBACK TO " + name);
        m_db.run("RELEASE " + name);
        return;
    }
    m_db.run("ROLLBACK");
}

// ---------------------------------------------------------------------------------------------
// UnsyncedCommits

UnsyncedCommits::UnsyncedCommits(Database &db)
    : m_db(db)
{
    if (db.inTransaction())
        return;
    const std::optional<qint64> level = db.queryInt64("PRAGMA synchronous");
    if (!level || *level <= 1) // already NORMAL or OFF
        return;
    db.setPragma("PRAGMA synchronous=NORMAL");
    m_restore = level;
}

UnsyncedCommits::~UnsyncedCommits()
{
    if (!m_restore)
        return;
    try {
        m_db.setPragma("PRAGMA synchronous=" + std::to_string(*m_restore));
    } catch (...) {
        // Only fails on a connection that is already broken; its next use reports that.
    }
}

} // namespace outpost::store
