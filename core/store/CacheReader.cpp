#include "store/CacheReader.h"

#include "store/Database.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

constexpr std::string_view kTopicColumns =
        "t.id, t.title, t.slug, t.category_id, t.posts_count, t.reply_count,"
        " t.highest_post_number, t.created_at, t.last_posted_at, t.bumped_at, t.pinned,"
        " t.closed, t.archived, t.visible, t.views, t.like_count, t.last_poster_username,"
        " t.posts_cached, t.first_cached_post_number, t.last_cached_post_number,"
        " t.last_read_post_number, t.is_mega_topic, t.detail_fetched_at";

TopicSummary readTopic(const Statement &s, int first = 0)
{
    TopicSummary summary;
    discourse::TopicListItem &t = summary.topic;
    t.id = s.int64(first + 0);
    t.title = s.text(first + 1);
    t.slug = s.text(first + 2);
    t.categoryId = s.int64(first + 3);
    t.postsCount = s.integer(first + 4);
    t.replyCount = s.integer(first + 5);
    t.highestPostNumber = s.integer(first + 6);
    t.createdAt = s.dateTime(first + 7);
    t.lastPostedAt = s.dateTime(first + 8);
    t.bumpedAt = s.dateTime(first + 9);
    t.pinned = s.boolean(first + 10);
    t.closed = s.boolean(first + 11);
    t.archived = s.boolean(first + 12);
    t.visible = s.boolean(first + 13);
    t.views = s.integer(first + 14);
    t.likeCount = s.integer(first + 15);
    t.lastPosterUsername = s.text(first + 16);
    summary.postsCached = s.integer(first + 17);
    summary.firstCachedPostNumber = s.optionalInt(first + 18);
    summary.lastCachedPostNumber = s.optionalInt(first + 19);
    summary.lastReadPostNumber = s.integer(first + 20);
    t.lastReadPostNumber = summary.lastReadPostNumber;
    summary.isMegaTopic = s.boolean(first + 21);
    summary.detailFetchedAt = s.dateTime(first + 22);
    return summary;
}

std::string topicSql(std::string_view tail)
{
    return "SELECT " + std::string(kTopicColumns) + " FROM topics t " + std::string(tail);
}

constexpr std::string_view kPostColumns =
        "SELECT p.id, p.topic_id, p.post_number, p.user_id, p.username,"
        " coalesce(u.name, ''), coalesce(u.avatar_template, ''), p.created_at, p.updated_at,"
        " p.cooked, p.raw, p.version, p.post_type, p.reply_to_post_number, p.reply_count,"
        " p.like_count, p.hidden, p.can_edit, p.yours, p.deleted_at, p.action_code,"
        " r.post_id IS NOT NULL"
        " FROM posts p LEFT JOIN users u ON u.id = p.user_id"
        " LEFT JOIN post_reads r ON r.post_id = p.id ";

CachedPost readPost(const Statement &s)
{
    CachedPost cached;
    discourse::Post &p = cached.post;
    p.id = s.int64(0);
    p.topicId = s.int64(1);
    p.postNumber = s.integer(2);
    p.userId = s.optionalInt64(3).value_or(0);
    p.username = s.text(4);
    p.name = s.text(5);
    p.avatarTemplate = s.text(6);
    p.createdAt = s.dateTime(7);
    p.updatedAt = s.dateTime(8);
    p.cooked = s.text(9);
    p.raw = s.optionalText(10);
    p.version = s.integer(11);
    p.postType = discourse::PostType(s.integer(12));
    p.replyToPostNumber = s.optionalInt(13);
    p.replyCount = s.integer(14);
    p.likeCount = s.integer(15);
    p.hidden = s.boolean(16);
    p.canEdit = s.boolean(17);
    p.yours = s.boolean(18);
    if (!s.isNull(19))
        p.deletedAt = s.dateTime(19);
    p.actionCode = s.text(20);
    cached.read = s.boolean(21);
    return cached;
}

std::string postSql(std::string_view tail)
{
    return std::string(kPostColumns) + std::string(tail);
}

} // namespace

CacheReader::CacheReader(Database &db)
    : m_db(db)
{}

QString CacheReader::meta(const QString &key) const
{
    Statement stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?1");
    stmt.bind(1, key);
    return stmt.step() ? stmt.text(0) : QString();
}

namespace {

constexpr std::string_view kCategoryColumns =
        "SELECT id, parent_id, name, slug, description_text, color, position, topic_count,"
        " post_count, read_restricted, notification_level FROM categories";

discourse::Category readCategory(const Statement &s)
{
    discourse::Category c;
    c.id = s.int64(0);
    c.parentId = s.optionalInt64(1);
    c.name = s.text(2);
    c.slug = s.text(3);
    c.descriptionText = s.text(4);
    c.color = s.text(5);
    c.position = s.integer(6);
    c.topicCount = s.integer(7);
    c.postCount = s.integer(8);
    c.readRestricted = s.boolean(9);
    c.notificationLevel = discourse::NotificationLevel(s.integer(10));
    return c;
}

} // namespace

QList<CategorySummary> CacheReader::categories(const QDateTime &newSince) const
{
    // One pass over the covering index topics_read_state for all counts.
    struct Counts
    {
        int cached = 0;
        int fresh = 0;
        int unread = 0;
    };
    QHash<qint64, Counts> counts;
    {
        Statement stmt = m_db.prepare(
                "SELECT category_id, count(*),"
                " sum(last_read_post_number = 0 AND coalesce(created_at, 0) >= ?1),"
                " sum(last_read_post_number > 0 AND highest_post_number > last_read_post_number)"
                " FROM topics GROUP BY category_id");
        stmt.bind(1, newSince.isValid() ? newSince.toMSecsSinceEpoch() : 0);
        while (stmt.step())
            counts.insert(stmt.int64(0), {stmt.integer(1), stmt.integer(2), stmt.integer(3)});
    }
    static const std::string sql = std::string(kCategoryColumns) + " ORDER BY position, name";
    Statement stmt = m_db.prepare(sql);
    QList<CategorySummary> result;
    while (stmt.step()) {
        CategorySummary summary;
        summary.category = readCategory(stmt);
        const Counts c = counts.value(summary.category.id);
        summary.topicsCached = c.cached;
        summary.newTopics = c.fresh;
        summary.unreadTopics = c.unread;
        result.append(std::move(summary));
    }
    return result;
}

std::optional<discourse::Category> CacheReader::category(qint64 id) const
{
    static const std::string sql = std::string(kCategoryColumns) + " WHERE id = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readCategory(stmt);
}

TopicPage CacheReader::topics(const TopicQuery &query) const
{
    TopicPage page;
    const int limit = std::max(1, query.limit);
    const qint64 afterBumped =
            query.after ? query.after->bumpedAtMs : std::numeric_limits<qint64>::max();
    const qint64 afterId = query.after ? query.after->topicId : std::numeric_limits<qint64>::max();
    static const std::string all = topicSql("WHERE (t.bumped_at, t.id) < (?1, ?2)"
                                            " ORDER BY t.bumped_at DESC, t.id DESC LIMIT ?3");
    static const std::string one =
            topicSql("WHERE t.category_id = ?4 AND (t.bumped_at, t.id) < (?1, ?2)"
                     " ORDER BY t.bumped_at DESC, t.id DESC LIMIT ?3");

    // Several categories: each is a short index range, so read `limit` (+1 to know whether
    // more follow) from each and merge, rather than sorting every topic of all of them.
    QList<TopicSummary> merged;
    const auto readInto = [&](const std::string &sql, std::optional<qint64> categoryId) {
        Statement stmt = m_db.prepare(sql);
        stmt.bind(1, afterBumped).bind(2, afterId).bind(3, limit + 1);
        if (categoryId)
            stmt.bind(4, *categoryId);
        while (stmt.step())
            merged.append(readTopic(stmt));
    };
    if (query.categoryIds.isEmpty()) {
        readInto(all, std::nullopt);
    } else {
        QSet<qint64> seen;
        for (qint64 categoryId : query.categoryIds) {
            if (!seen.contains(categoryId)) {
                seen.insert(categoryId);
                readInto(one, categoryId);
            }
        }
        std::sort(merged.begin(), merged.end(), [](const TopicSummary &a, const TopicSummary &b) {
            const qint64 ab = a.topic.bumpedAt.toMSecsSinceEpoch();
            const qint64 bb = b.topic.bumpedAt.toMSecsSinceEpoch();
            return ab != bb ? ab > bb : a.topic.id > b.topic.id;
        });
    }
    const bool more = merged.size() > limit;
    if (more)
        merged.resize(limit);
    if (more && !merged.isEmpty()) {
        const discourse::TopicListItem &last = merged.constLast().topic;
        page.next = TopicCursor{last.bumpedAt.toMSecsSinceEpoch(), last.id};
    }
    page.topics = std::move(merged);
    return page;
}

std::optional<TopicSummary> CacheReader::topic(qint64 id) const
{
    static const std::string sql = topicSql("WHERE t.id = ?1");
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readTopic(stmt);
}

QList<CachedPost> CacheReader::readPosts(std::string_view sql, qint64 a, qint64 b, qint64 c) const
{
    QList<CachedPost> result;
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, a).bind(2, b).bind(3, c);
    while (stmt.step())
        result.append(readPost(stmt));
    return result;
}

QList<CachedPost> CacheReader::posts(qint64 topicId, int fromPostNumber, int limit) const
{
    static const std::string sql = postSql(
            "WHERE p.topic_id = ?1 AND p.post_number >= ?2 ORDER BY p.post_number LIMIT ?3");
    return readPosts(sql, topicId, fromPostNumber, std::max(0, limit));
}

QList<CachedPost> CacheReader::postsBefore(qint64 topicId, int beforePostNumber, int limit) const
{
    static const std::string sql = postSql(
            "WHERE p.topic_id = ?1 AND p.post_number < ?2 ORDER BY p.post_number DESC LIMIT ?3");
    QList<CachedPost> result = readPosts(sql, topicId, beforePostNumber, std::max(0, limit));
    std::reverse(result.begin(), result.end());
    return result;
}

std::optional<CachedPost> CacheReader::post(qint64 postId) const
{
    static const std::string sql = postSql("WHERE p.id = ?1");
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, postId);
    if (!stmt.step())
        return std::nullopt;
    return readPost(stmt);
}

std::optional<CachedPost> CacheReader::postByNumber(qint64 topicId, int postNumber) const
{
    const QList<CachedPost> found = posts(topicId, postNumber, 1);
    if (found.isEmpty() || found.constFirst().post.postNumber != postNumber)
        return std::nullopt;
    return found.constFirst();
}

std::optional<QString> CacheReader::plainText(qint64 postId) const
{
    Statement stmt = m_db.prepare("SELECT plain_text FROM posts WHERE id = ?1");
    stmt.bind(1, postId);
    if (!stmt.step())
        return std::nullopt;
    return stmt.text(0);
}

std::optional<Digest> CacheReader::latestDigest() const
{
    const std::optional<qint64> id = m_db.queryInt64("SELECT max(id) FROM digests");
    if (!id)
        return std::nullopt;
    return digest(*id);
}

std::optional<Digest> CacheReader::digest(qint64 id) const
{
    Statement run = m_db.prepare("SELECT since, created_at FROM digests WHERE id = ?1");
    run.bind(1, id);
    if (!run.step())
        return std::nullopt;
    Digest digest;
    digest.id = id;
    digest.since = run.dateTime(0);
    digest.createdAt = run.dateTime(1);

    static const std::string sql =
            "SELECT d.kind, d.rank, " + std::string(kTopicColumns) +
            " FROM digest_topics d JOIN topics t ON t.id = d.topic_id WHERE d.digest_id = ?1"
            " ORDER BY CASE d.kind WHEN 'new' THEN 0 WHEN 'active' THEN 1"
            " WHEN 'top_week' THEN 2 ELSE 3 END, d.rank";
    Statement entries = m_db.prepare(sql);
    entries.bind(1, id);
    while (entries.step()) {
        DigestEntry entry;
        entry.kind = digestKindFromName(entries.text(0)).value_or(DigestKind::New);
        entry.rank = entries.integer(1);
        entry.topic = readTopic(entries, 2);
        digest.entries.append(std::move(entry));
    }
    return digest;
}

CacheStatus CacheReader::status() const
{
    CacheStatus status;
    Statement stmt = m_db.prepare(
            "SELECT (SELECT count(*) FROM categories), (SELECT count(*) FROM topics),"
            " (SELECT count(*) FROM topics WHERE posts_cached > 0),"
            " (SELECT coalesce(sum(posts_cached), 0) FROM topics),"
            " (SELECT count(*) FROM topics WHERE last_read_post_number > 0"
            "   AND highest_post_number > last_read_post_number),"
            " (SELECT max(last_sync_at) FROM sync_cursors), (SELECT count(*) FROM digests),"
            " (SELECT coalesce(sum(size_bytes), 0) FROM images)");
    if (stmt.step()) {
        status.categories = stmt.integer(0);
        status.topics = stmt.integer(1);
        status.topicsWithPosts = stmt.integer(2);
        status.posts = stmt.int64(3);
        status.unreadTopics = stmt.integer(4);
        status.lastSyncAt = stmt.dateTime(5);
        status.digests = stmt.integer(6);
        status.imageBytes = stmt.int64(7);
    }
    return status;
}

} // namespace outpost::store
