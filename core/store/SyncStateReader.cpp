#include "store/SyncStateReader.h"

#include "store/Database.h"

namespace outpost::store {

namespace {

SyncCursor readCursor(const Statement &s)
{
    SyncCursor cursor;
    cursor.categoryId = s.int64(0);
    cursor.newestBumpedAt = s.dateTime(1);
    cursor.oldestPageFetched = s.optionalInt(2);
    cursor.backfillComplete = s.boolean(3);
    cursor.windowStart = s.dateTime(4);
    cursor.lastSyncAt = s.dateTime(5);
    return cursor;
}

constexpr std::string_view kCursorColumns =
        "SELECT category_id, newest_bumped_at, oldest_page_fetched, backfill_complete,"
        " window_start, last_sync_at FROM sync_cursors";

} // namespace

SyncStateReader::SyncStateReader(Database &db)
    : m_db(db)
{}

QHash<qint64, TopicSyncState> SyncStateReader::topicStates(const QList<qint64> &topicIds) const
{
    QHash<qint64, TopicSyncState> states;
    Statement stmt = m_db.prepare(
            "SELECT id, category_id, highest_post_number, posts_count, bumped_at,"
            " detail_fetched_at, last_checked_at, posts_cached, last_cached_post_number,"
            " (SELECT count(*) FROM topic_stream s WHERE s.topic_id = topics.id),"
            " is_mega_topic FROM topics WHERE id = ?1");
    for (qint64 id : topicIds) {
        stmt.bind(1, id);
        if (stmt.step()) {
            TopicSyncState state;
            state.topicId = stmt.int64(0);
            state.categoryId = stmt.int64(1);
            state.highestPostNumber = stmt.integer(2);
            state.postsCount = stmt.integer(3);
            state.bumpedAt = stmt.dateTime(4);
            state.detailFetchedAt = stmt.dateTime(5);
            state.lastCheckedAt = stmt.dateTime(6);
            state.postsCached = stmt.integer(7);
            state.lastCachedPostNumber = stmt.optionalInt(8);
            state.streamLength = stmt.integer(9);
            state.isMegaTopic = stmt.boolean(10);
            states.insert(id, state);
        }
        stmt.reset();
    }
    return states;
}

QList<qint64> SyncStateReader::missingPostIds(qint64 topicId, int limit) const
{
    Statement stmt = m_db.prepare(
            "SELECT s.post_id FROM topic_stream s LEFT JOIN posts p ON p.id = s.post_id"
            " WHERE s.topic_id = ?1 AND p.id IS NULL ORDER BY s.position LIMIT ?2");
    stmt.bind(1, topicId).bind(2, std::max(0, limit));
    QList<qint64> ids;
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

QHash<qint64, int> SyncStateReader::cachedPostVersions(qint64 topicId) const
{
    Statement stmt = m_db.prepare("SELECT id, version FROM posts WHERE topic_id = ?1");
    stmt.bind(1, topicId);
    QHash<qint64, int> versions;
    while (stmt.step())
        versions.insert(stmt.int64(0), stmt.integer(1));
    return versions;
}

std::optional<SyncCursor> SyncStateReader::cursor(qint64 categoryId) const
{
    static const std::string sql = std::string(kCursorColumns) + " WHERE category_id = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, categoryId);
    if (!stmt.step())
        return std::nullopt;
    return readCursor(stmt);
}

QList<SyncCursor> SyncStateReader::cursors() const
{
    static const std::string sql = std::string(kCursorColumns) + " ORDER BY category_id";
    Statement stmt = m_db.prepare(sql);
    QList<SyncCursor> result;
    while (stmt.step())
        result.append(readCursor(stmt));
    return result;
}

QList<qint64> SyncStateReader::topicsBumpedBefore(qint64 categoryId, const QDateTime &before,
                                                  int limit) const
{
    Statement stmt = m_db.prepare("SELECT id FROM topics WHERE category_id = ?1 AND bumped_at < ?2"
                                  " ORDER BY bumped_at, id LIMIT ?3");
    stmt.bind(1, categoryId).bind(2, before).bind(3, std::max(0, limit));
    QList<qint64> ids;
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

} // namespace outpost::store
