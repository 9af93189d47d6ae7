#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>

#include <sqlite3.h>

namespace outpost::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outpost::store", text);
}

StoreErrorKind kindOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return StoreErrorKind::DiskFull;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StoreErrorKind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreErrorKind::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return StoreErrorKind::ReadOnly;
    case SQLITE_CANTOPEN:
        return StoreErrorKind::CannotOpen;
    case SQLITE_IOERR:
        return StoreErrorKind::Io;
    case SQLITE_CONSTRAINT:
        return StoreErrorKind::Constraint;
    case SQLITE_RANGE:
    case SQLITE_TOOBIG:
    case SQLITE_MISMATCH:
        return StoreErrorKind::InvalidArgument;
    default:
        return StoreErrorKind::Internal;
    }
}

QString messageFor(StoreErrorKind kind, const QString &path)
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case StoreErrorKind::DiskFull:
        //: %1 is a file path
        return tr("There is not enough disk space to save changes to %1. Nothing from the "
                  "interrupted change was saved. Free some space and try again.")
                .arg(file);
    case StoreErrorKind::Corrupt:
        return tr("The file %1 is damaged or is not an Outpost database.").arg(file);
    case StoreErrorKind::Busy:
        return tr("The file %1 is in use by another part of Outpost or another program. "
                  "Try again in a moment.")
                .arg(file);
    case StoreErrorKind::ReadOnly:
        return tr("Outpost cannot write to %1. Check that the file and its folder may be "
                  "written to.")
                .arg(file);
    case StoreErrorKind::CannotOpen:
        return tr("Outpost cannot open %1. Check that its folder exists and may be written to.")
                .arg(file);
    case StoreErrorKind::Io:
        return tr("The disk reported an error while reading or writing %1.").arg(file);
    case StoreErrorKind::Constraint:
        return tr("A change to %1 was refused because it conflicts with data already saved.")
                .arg(file);
    case StoreErrorKind::InvalidArgument:
        return tr("A change to %1 was refused because a value was not valid.").arg(file);
    case StoreErrorKind::NotOurDatabase:
    case StoreErrorKind::SchemaTooNew:
    case StoreErrorKind::MigrationFailed:
    case StoreErrorKind::Internal:
        break;
    }
    return tr("An unexpected database error occurred in %1.").arg(file);
}

} // namespace

StoreError::StoreError(StoreErrorKind kind, QString message, QString detail, int sqliteCode)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_detail(std::move(detail))
    , m_sqliteCode(sqliteCode)
{
    m_what = m_message.toUtf8();
    if (!m_detail.isEmpty())
        m_what += " (" + m_detail.toUtf8() + ')';
}

StoreError StoreError::fromSqlite(sqlite3 *db, int code, const QString &path)
{
    const int extended = db ? sqlite3_extended_errcode(db) : code;
    const QString text =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(code));
    // The handle's last error can belong to a different call when code came from elsewhere
    // (e.g. sqlite3_backup_step); keep the code we were given in that case.
    const int effective = (extended & 0xff) == (code & 0xff) ? extended : code;
    return fromSqliteCode(effective, path, text);
}

StoreError StoreError::fromSqliteCode(int code, const QString &path, const QString &detail)
{
    const StoreErrorKind kind = kindOf(code);
    const QString full = QStringLiteral("SQLite %1: %2").arg(code).arg(detail);
    return StoreError(kind, messageFor(kind, path), full, code);
}

} // namespace outpost::store
