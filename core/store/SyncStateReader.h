#pragma once

#include "store/CacheTypes.h"

#include <QHash>

namespace outpost::store {

class Database;

// What the sync planner reads to decide what to fetch next. Throws StoreError.
class SyncStateReader
{
public:
    explicit SyncStateReader(Database &db);

    // The cached state of the given topics; topics not in the cache are absent.
    QHash<qint64, TopicSyncState> topicStates(const QList<qint64> &topicIds) const;
    // Ids in the topic's post stream that are not cached yet, in stream order.
    QList<qint64> missingPostIds(qint64 topicId, int limit) const;
    // post id -> version of the cached posts of a topic (to spot edits).
    QHash<qint64, int> cachedPostVersions(qint64 topicId) const;

    std::optional<SyncCursor> cursor(qint64 categoryId) const;
    QList<SyncCursor> cursors() const;

    // Cached topics of a category whose last activity is older than `before` (they left the
    // sync window), oldest first.
    QList<qint64> topicsBumpedBefore(qint64 categoryId, const QDateTime &before, int limit) const;

private:
    Database &m_db;
};

} // namespace outpost::store
