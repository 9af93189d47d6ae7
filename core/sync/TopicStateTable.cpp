#include "sync/TopicStateTable.h"

#include "store/Database.h"

#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace outpost::sync {

namespace {

constexpr std::string_view kStateSql =
        "SELECT t.id, t.category_id, t.title, t.visible, t.highest_post_number, t.posts_count,"
        " t.bumped_at, s.stream_highest_post_number, s.stream_posts_count, s.stream_bumped_at,"
        " s.synced_highest_post_number, s.synced_posts_count, s.synced_bumped_at,"
        " t.posts_cached, t.last_cached_post_number"
        " FROM topics t LEFT JOIN topic_sync s ON s.topic_id = t.id WHERE t.id = ?1";

std::optional<ChangeMark> markAt(const store::Statement &s, int column)
{
    if (s.isNull(column))
        return std::nullopt;
    return ChangeMark{s.integer(column), s.integer(column + 1), s.int64(column + 2)};
}

TopicStates readStates(const store::Statement &s)
{
    TopicStates states;
    states.topicId = s.int64(0);
    states.categoryId = s.int64(1);
    states.title = s.text(2);
    states.visible = s.boolean(3);
    states.listed = ChangeMark{s.integer(4), s.integer(5), s.int64(6)};
    states.stream = markAt(s, 7);
    states.synced = markAt(s, 10);
    states.postsCached = s.integer(13);
    states.lastCachedPostNumber = s.optionalInt(14);
    return states;
}

QString jsonIds(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return u'[' + parts.join(u',') + u']';
}

} // namespace

ChangeMark ChangeMark::of(const discourse::TopicListItem &item)
{
    QDateTime bumped = item.bumpedAt;
    if (!bumped.isValid())
        bumped = item.lastPostedAt.isValid() ? item.lastPostedAt : item.createdAt;
    return ChangeMark{item.highestPostNumber, item.postsCount,
                      bumped.isValid() ? bumped.toMSecsSinceEpoch() : 0};
}

TopicStateTable::TopicStateTable(store::Database &db)
    : m_db(db)
{}

std::optional<TopicStates> TopicStateTable::state(qint64 topicId) const
{
    store::Statement stmt = m_db.prepare(kStateSql);
    stmt.bind(1, topicId);
    if (!stmt.step())
        return std::nullopt;
    return readStates(stmt);
}

QHash<qint64, TopicStates> TopicStateTable::states(const QList<qint64> &topicIds) const
{
    QHash<qint64, TopicStates> result;
    store::Statement stmt = m_db.prepare(kStateSql);
    for (qint64 id : topicIds) {
        stmt.bind(1, id);
        if (stmt.step())
            result.insert(id, readStates(stmt));
        stmt.reset();
    }
    return result;
}

QList<std::pair<qint64, qint64>> TopicStateTable::needingWork(const QList<qint64> &categoryIds,
                                                              qint64 sinceMs) const
{
    store::Statement stmt = m_db.prepare(
            "SELECT t.id, t.bumped_at FROM topics t LEFT JOIN topic_sync s ON s.topic_id = t.id"
            " WHERE t.category_id IN (SELECT value FROM json_each(?1)) AND t.bumped_at >= ?2"
            " AND (s.synced_highest_post_number IS NOT t.highest_post_number"
            "   OR s.synced_posts_count IS NOT t.posts_count"
            "   OR s.synced_bumped_at IS NOT t.bumped_at)"
            " ORDER BY t.bumped_at DESC, t.id DESC");
    stmt.bind(1, jsonIds(categoryIds)).bind(2, sinceMs);
    QList<std::pair<qint64, qint64>> result;
    while (stmt.step())
        result.append({stmt.int64(0), stmt.int64(1)});
    return result;
}

bool TopicStateTable::recordStream(qint64 topicId)
{
    store::Statement stmt = m_db.prepare(
            "INSERT INTO topic_sync(topic_id, stream_highest_post_number, stream_posts_count,"
            " stream_bumped_at)"
            " SELECT id, highest_post_number, posts_count, bumped_at FROM topics WHERE id = ?1"
            " ON CONFLICT(topic_id) DO UPDATE SET"
            " stream_highest_post_number = excluded.stream_highest_post_number,"
            " stream_posts_count = excluded.stream_posts_count,"
            " stream_bumped_at = excluded.stream_bumped_at");
    stmt.bind(1, topicId).exec();
    return completeIfNothingMissing(topicId);
}

bool TopicStateTable::completeIfNothingMissing(qint64 topicId)
{
    store::Statement stmt = m_db.prepare(
            "UPDATE topic_sync SET synced_highest_post_number = stream_highest_post_number,"
            " synced_posts_count = stream_posts_count, synced_bumped_at = stream_bumped_at"
            " WHERE topic_id = ?1 AND stream_highest_post_number IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM topic_stream ts LEFT JOIN posts p ON p.id = ts.post_id"
            "   WHERE ts.topic_id = ?1 AND p.id IS NULL)");
    stmt.bind(1, topicId).exec();
    return m_db.changes() > 0;
}

void TopicStateTable::acceptStream(qint64 topicId)
{
    store::Statement stmt = m_db.prepare(
            "UPDATE topic_sync SET synced_highest_post_number = stream_highest_post_number,"
            " synced_posts_count = stream_posts_count, synced_bumped_at = stream_bumped_at"
            " WHERE topic_id = ?1 AND stream_highest_post_number IS NOT NULL");
    stmt.bind(1, topicId).exec();
}

int TopicStateTable::missingCount(qint64 topicId) const
{
    store::Statement stmt =
            m_db.prepare("SELECT count(*) FROM topic_stream ts LEFT JOIN posts p ON p.id ="
                         " ts.post_id WHERE ts.topic_id = ?1 AND p.id IS NULL");
    stmt.bind(1, topicId);
    return stmt.step() ? stmt.integer(0) : 0;
}

QList<std::pair<qint64, qint64>> TopicStateTable::topicsInRange(const QList<qint64> &categoryIds,
                                                                std::optional<qint64> afterMs,
                                                                std::optional<qint64> upToMs) const
{
    store::Statement stmt =
            m_db.prepare("SELECT id, bumped_at FROM topics WHERE category_id IN"
                         " (SELECT value FROM json_each(?1)) AND bumped_at > ?2 AND bumped_at <= ?3"
                         " ORDER BY bumped_at DESC, id DESC");
    stmt.bind(1, jsonIds(categoryIds))
            .bind(2, afterMs.value_or(std::numeric_limits<qint64>::min()))
            .bind(3, upToMs.value_or(std::numeric_limits<qint64>::max()));
    QList<std::pair<qint64, qint64>> result;
    while (stmt.step())
        result.append({stmt.int64(0), stmt.int64(1)});
    return result;
}

QList<qint64> TopicStateTable::createdSince(const QList<qint64> &categoryIds, qint64 sinceMs,
                                            int limit) const
{
    store::Statement stmt = m_db.prepare(
            "SELECT id FROM topics WHERE category_id IN (SELECT value FROM json_each(?1))"
            " AND created_at >= ?2 ORDER BY created_at DESC, id DESC LIMIT ?3");
    stmt.bind(1, jsonIds(categoryIds)).bind(2, sinceMs).bind(3, limit);
    QList<qint64> ids;
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

QList<qint64> TopicStateTable::activeSince(const QList<qint64> &categoryIds, qint64 sinceMs,
                                           int limit) const
{
    store::Statement stmt = m_db.prepare(
            "SELECT id FROM topics WHERE category_id IN (SELECT value FROM json_each(?1))"
            " AND created_at < ?2 AND last_posted_at >= ?2"
            " ORDER BY last_posted_at DESC, id DESC LIMIT ?3");
    stmt.bind(1, jsonIds(categoryIds)).bind(2, sinceMs).bind(3, limit);
    QList<qint64> ids;
    while (stmt.step())
        ids.append(stmt.int64(0));
    return ids;
}

} // namespace outpost::sync
