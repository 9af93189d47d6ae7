#pragma once

#include "store/CacheTypes.h"

namespace outpost::store {

class Database;

// What the GUI and the CLI read from a forum's cache. Every list is paged: nothing loads a
// whole table, so memory stays flat however large the cache grows. Use one CacheReader per
// connection (and one connection per thread). Throws StoreError.
class CacheReader
{
public:
    explicit CacheReader(Database &db);

    QString meta(const QString &key) const;

    // All categories (a forum has tens), by position, with counts of cached topics. A topic
    // counts as new when it was never opened and was created at or after newSince.
    QList<CategorySummary> categories(const QDateTime &newSince) const;
    std::optional<discourse::Category> category(qint64 id) const;

    // Topics newest activity first; keyset paging with TopicQuery::after.
    TopicPage topics(const TopicQuery &query) const;
    std::optional<TopicSummary> topic(qint64 id) const;

    // Posts of a topic by post number: `limit` posts from `fromPostNumber` on, ascending.
    QList<CachedPost> posts(qint64 topicId, int fromPostNumber, int limit) const;
    // The `limit` posts before `beforePostNumber`, ascending (for scrolling up).
    QList<CachedPost> postsBefore(qint64 topicId, int beforePostNumber, int limit) const;
    std::optional<CachedPost> post(qint64 postId) const;
    std::optional<CachedPost> postByNumber(qint64 topicId, int postNumber) const;
    // Plain text of a post, as indexed for search.
    std::optional<QString> plainText(qint64 postId) const;

    std::optional<Digest> latestDigest() const;
    std::optional<Digest> digest(qint64 id) const;

    CacheStatus status() const;

private:
    QList<CachedPost> readPosts(std::string_view sql, qint64 a, qint64 b, qint64 c) const;
    Database &m_db;
};

} // namespace outpost::store
