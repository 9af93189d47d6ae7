#pragma once

#include <QDateTime>
#include <QString>

namespace outpost::store {
class Database;
}

namespace outpost::sync {

// Keys of the cache's meta table the sync keeps (times in ms since the epoch, UTC).
namespace sync_meta {
inline const QString kSiteFetchedAt = QStringLiteral("sync.site_fetched_at");
inline const QString kSessionFetchedAt = QStringLiteral("sync.session_fetched_at");
inline const QString kTopFetchedAt = QStringLiteral("sync.top_fetched_at");
// The ids of the last top lists read, comma-separated, best first.
inline const QString kTopWeekIds = QStringLiteral("sync.top_week_ids");
inline const QString kTopMonthIds = QStringLiteral("sync.top_month_ids");
// Per category (key + id): when page 0 was last read in full (see ListFetcher::probePerPage).
inline const QString kWideListAtPrefix = QStringLiteral("sync.wide_list_at.");
inline const QString kLastSyncAt = QStringLiteral("sync.last_sync_at");
inline const QString kLastCompleteSyncAt = QStringLiteral("sync.last_complete_sync_at");
} // namespace sync_meta

// What a forum's cache says about its syncs, for status displays.
struct SyncStatus
{
    QDateTime lastSyncAt;         // the end of the last run, whatever stopped it
    QDateTime lastCompleteSyncAt; // the end of the last run that pulled everything it should
};

// Throws store::StoreError.
SyncStatus readSyncStatus(store::Database &cache);

} // namespace outpost::sync
