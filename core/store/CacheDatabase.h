#pragma once

#include "store/Database.h"
#include "store/Migrator.h"

namespace outpost::store {

enum class CacheOpenStatus
{
    Opened,  // the existing cache, checked and up to date
    Created, // there was none: a new empty cache
    Rebuilt, // the old one was damaged: set aside, and a new empty cache made
};

struct CacheOpenResult
{
    Database database;
    CacheOpenStatus status = CacheOpenStatus::Opened;
    QString message;      // for the person when status is Rebuilt, else empty
    QString setAsidePath; // where the damaged file went
    MigrationReport migration;
};

// Opens the re-downloadable cache of one forum. A damaged cache (not a database, truncated,
// broken pages, or some other file) is never fatal: it is moved aside as
// "cache.sqlite.corrupt-<UTC time>" and an empty cache takes its place; the result says so
// in a sentence the caller shows. A cache written by a newer Outpost is refused, not
// replaced (StoreErrorKind::SchemaTooNew). Every connection to a cache must be opened here
// (it registers the search tokenizer the schema needs).
class CacheDatabase
{
public:
    struct Options
    {
        // quick_check and migrate. Only the first connection of a session needs it; further
        // connections (another thread) pass false.
        bool verifyAndMigrate = true;
        // A sync writes into a file of hundreds of megabytes; a page cache that holds the
        // pages it keeps coming back to (the newest posts, the index being merged) saves
        // most of the reads. This is a ceiling, not an allocation.
        int cacheSizeKiB = 32 * 1024;
        int walAutoCheckpointPages = 4000;
        // Posts are 1-3 KiB rows: 8 KiB pages waste less room than 4 KiB ones (the cache of
        // the benchmark is 13 % smaller) and mean fewer pages for quick_check to visit.
        int pageSize = 8192;
    };

    static CacheOpenResult open(const QString &path, const Options &options);
    static CacheOpenResult open(const QString &path) { return open(path, Options()); }

    // Moves the file and its -wal/-shm companions aside; returns the new path of the file.
    // Throws StoreError when it cannot (the caller must not create a new cache then).
    static QString setAside(const QString &path);

    static DatabaseOptions connectionOptions(const Options &options);
};

} // namespace outpost::store
