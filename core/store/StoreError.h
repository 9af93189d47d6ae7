#pragma once

#include <QString>

#include <exception>

struct sqlite3;

namespace outpost::store {

// What went wrong, in terms a caller can act on (show a message, offer a rebuild, retry).
enum class StoreErrorKind
{
    DiskFull,        // SQLITE_FULL: nothing was saved by the failed transaction
    Corrupt,         // the file is damaged or is not a database
    NotOurDatabase,  // a valid SQLite file, but not the kind of Outpost file expected here
    SchemaTooNew,    // written by a newer Outpost; we refuse to touch it
    MigrationFailed, // an upgrade step failed and was rolled back
    Busy,            // another connection held the lock longer than the busy timeout
    ReadOnly,        // the file or its folder cannot be written
    CannotOpen,      // missing folder, permissions, too many open files
    Io,              // the operating system reported a read or write error
    Constraint,      // a change broke a rule of the schema (usually a bug in the caller)
    InvalidArgument, // the caller passed something the store cannot accept
    Internal,        // anything else SQLite reports
};

// Every failure of the store. message() is a sentence for people (already translated);
// detail() is the technical part (SQLite's own text and code) for logs and "details" boxes.
class StoreError : public std::exception
{
public:
    StoreError(StoreErrorKind kind, QString message, QString detail = {}, int sqliteCode = 0);

    // Builds the error for SQLite result `code` on `db` while working on the file `path`.
    static StoreError fromSqlite(sqlite3 *db, int code, const QString &path);
    static StoreError fromSqliteCode(int code, const QString &path, const QString &detail);

    StoreErrorKind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &detail() const { return m_detail; }
    // The extended SQLite result code, or 0 when the error did not come from SQLite.
    int sqliteCode() const { return m_sqliteCode; }

    // "message (detail)", UTF-8, for logs and uncaught-exception reports.
    const char *what() const noexcept override { return m_what.constData(); }

private:
    StoreErrorKind m_kind;
    QString m_message;
    QString m_detail;
    int m_sqliteCode;
    QByteArray m_what;
};

} // namespace outpost::store
