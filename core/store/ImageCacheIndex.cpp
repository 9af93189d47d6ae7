#include "store/ImageCacheIndex.h"

#include "Clock.h"
#include "store/Database.h"

namespace outpost::store {

namespace {

constexpr std::string_view kColumns =
        "SELECT url, local_path, size_bytes, content_type, fetched_at, last_used_at FROM images";

CachedImage readImage(const Statement &s)
{
    return {s.text(0), s.text(1), s.int64(2), s.text(3), s.dateTime(4), s.dateTime(5)};
}

} // namespace

ImageCacheIndex::ImageCacheIndex(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

void ImageCacheIndex::record(const QString &url, const QString &localPath, qint64 sizeBytes,
                             const QString &contentType)
{
    Statement stmt =
            m_db.prepare("INSERT INTO images(url, local_path, size_bytes, content_type, fetched_at,"
                         " last_used_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)"
                         " ON CONFLICT(url) DO UPDATE SET local_path = excluded.local_path,"
                         " size_bytes = excluded.size_bytes, content_type = excluded.content_type,"
                         " fetched_at = excluded.fetched_at, last_used_at = excluded.last_used_at");
    stmt.bind(1, url).bind(2, localPath).bind(3, sizeBytes).bind(4, contentType);
    stmt.bind(5, m_clock.nowMs()).exec();
}

std::optional<CachedImage> ImageCacheIndex::use(const QString &url)
{
    Statement touch = m_db.prepare("UPDATE images SET last_used_at = ?2 WHERE url = ?1");
    touch.bind(1, url).bind(2, m_clock.nowMs()).exec();
    return find(url);
}

std::optional<CachedImage> ImageCacheIndex::find(const QString &url) const
{
    static const std::string sql = std::string(kColumns) + " WHERE url = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, url);
    if (!stmt.step())
        return std::nullopt;
    return readImage(stmt);
}

qint64 ImageCacheIndex::totalBytes() const
{
    return m_db.queryInt64("SELECT coalesce(sum(size_bytes), 0) FROM images").value_or(0);
}

QList<CachedImage> ImageCacheIndex::leastRecentlyUsed(int limit) const
{
    static const std::string sql = std::string(kColumns) + " ORDER BY last_used_at, url LIMIT ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, std::max(0, limit));
    QList<CachedImage> images;
    while (stmt.step())
        images.append(readImage(stmt));
    return images;
}

void ImageCacheIndex::remove(const QString &url)
{
    Statement stmt = m_db.prepare("DELETE FROM images WHERE url = ?1");
    stmt.bind(1, url).exec();
}

} // namespace outpost::store
