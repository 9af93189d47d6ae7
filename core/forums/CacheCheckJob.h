#pragma once

#include "store/CacheDatabase.h"

#include <QObject>
#include <QThread>

namespace outpost::store {
class Profile;
}

namespace outpost::forums {

// A forum's cache opened for the GUI thread. Checking a large cache (PRAGMA quick_check reads
// the whole file: most of a second for 300,000 posts) must not stand between a person and
// their topic list, so a cache already at the current schema is opened at once and checked
// in the background (CacheCheckJob); a new cache, or one that needs an upgrade, is opened,
// checked and migrated here first.
struct QuickCacheOpen
{
    store::Database database;
    bool needsCheck = false; // true: run a CacheCheckJob
    QString notice;          // the cache was damaged and rebuilt: a sentence to show
};

// Throws store::StoreError (e.g. a cache written by a newer Outpost).
QuickCacheOpen openCacheQuickly(const store::Profile &profile, qint64 forumId);

struct CacheCheckResult
{
    store::CacheOpenStatus status = store::CacheOpenStatus::Opened;
    QString message; // for people: rebuilt, or the check failed; empty when all is well
    QString detail;  // technical detail beside the message
    bool failed = false;
};

// The background half of openCacheQuickly(): the integrity check, pending migrations and the
// search-index catch-up of a killed sync, on a connection of its own. A damaged cache is set
// aside and replaced (the GUI must reopen its connection when status is Rebuilt).
class CacheCheckJob : public QObject
{
    Q_OBJECT
public:
    explicit CacheCheckJob(QString cachePath, QObject *parent = nullptr);
    ~CacheCheckJob() override; // waits for the check to finish
    void start();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const outpost::forums::CacheCheckResult &result);

private:
    void finishRun(const CacheCheckResult &result);
    QString m_path;
    QThread *m_thread = nullptr;
};

} // namespace outpost::forums

Q_DECLARE_METATYPE(outpost::forums::CacheCheckResult)
