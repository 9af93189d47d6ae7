#include "sync/SyncStatus.h"

#include "store/CacheReader.h"

namespace outpost::sync {

namespace {

QDateTime timeAt(const store::CacheReader &reader, const QString &key)
{
    bool ok = false;
    const qint64 ms = reader.meta(key).toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

} // namespace

SyncStatus readSyncStatus(store::Database &cache)
{
    const store::CacheReader reader(cache);
    return SyncStatus{timeAt(reader, sync_meta::kLastSyncAt),
                      timeAt(reader, sync_meta::kLastCompleteSyncAt)};
}

} // namespace outpost::sync
