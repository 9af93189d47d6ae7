#include "CacheInspection.h"

#include "store/CacheDatabase.h"
#include "store/SearchIndex.h"

#include <QCryptographicHash>

#include <algorithm>

namespace outpost::synctest {

namespace {

QString hashOf(const QString &text)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

// Each row as "kind|col|col|…"; the columns listed in `hashed` are replaced by a short hash.
void appendRows(store::Database &db, std::string_view sql, int columns, const QString &kind,
                QStringList &out, const QList<int> &hashed = {},
                const QSet<qint64> *onlyTopics = nullptr, int topicColumn = 0)
{
    store::Statement s = db.prepare(sql);
    while (s.step()) {
        if (onlyTopics && !onlyTopics->contains(s.int64(topicColumn)))
            continue;
        QStringList cells{kind};
        for (int i = 0; i < columns; ++i) {
            const QString value = s.isNull(i) ? QStringLiteral("-") : s.text(i);
            cells.append(hashed.contains(i) ? hashOf(value) : value);
        }
        out.append(cells.join(u'|'));
    }
}

store::CacheOpenResult openForInspection(const QString &cachePath)
{
    return store::CacheDatabase::open(cachePath);
}

} // namespace

QStringList dumpCache(const QString &cachePath, const QSet<qint64> *onlyTopics)
{
    store::CacheOpenResult cache = openForInspection(cachePath);
    store::Database &db = cache.database;
    QStringList lines;
    appendRows(db, "SELECT id, coalesce(parent_id, 0), name, slug FROM categories", 4,
               QStringLiteral("category"), lines);
    appendRows(db,
               "SELECT id, category_id, title, posts_count, highest_post_number, bumped_at,"
               " last_posted_at, closed, archived, pinned, visible, posts_cached,"
               " last_cached_post_number FROM topics",
               13, QStringLiteral("topic"), lines, {}, onlyTopics, 0);
    appendRows(db,
               "SELECT id, topic_id, post_number, version, username, updated_at, deleted_at,"
               " cooked, plain_text FROM posts",
               9, QStringLiteral("post"), lines, {7, 8}, onlyTopics, 1);
    appendRows(db, "SELECT topic_id, position, post_id FROM topic_stream", 3,
               QStringLiteral("stream"), lines, {}, onlyTopics, 0);
    appendRows(db,
               "SELECT topic_id, stream_highest_post_number, stream_posts_count,"
               " stream_bumped_at, synced_highest_post_number, synced_posts_count,"
               " synced_bumped_at FROM topic_sync",
               7, QStringLiteral("sync"), lines, {}, onlyTopics, 0);
    std::sort(lines.begin(), lines.end());
    return lines;
}

QStringList consistencyProblems(const QString &cachePath)
{
    QStringList problems;
    store::CacheOpenResult cache = openForInspection(cachePath);
    if (cache.status == store::CacheOpenStatus::Rebuilt)
        problems.append(QStringLiteral("the cache was damaged and had to be rebuilt: ") +
                        cache.message);
    store::Database &db = cache.database;
    {
        store::Statement check = db.prepare("PRAGMA integrity_check");
        while (check.step()) {
            if (check.text(0) != QLatin1String("ok"))
                problems.append(QStringLiteral("integrity_check: ") + check.text(0));
        }
    }
    {
        store::Statement check = db.prepare("PRAGMA foreign_key_check");
        while (check.step())
            problems.append(QStringLiteral("foreign key broken in ") + check.text(0));
    }
    if (!store::SearchIndex(db).isConsistent())
        problems.append(QStringLiteral("the search index does not match the posts"));
    {
        store::Statement check = db.prepare(
                "SELECT s.topic_id FROM topic_sync s JOIN topics t ON t.id = s.topic_id"
                " WHERE s.synced_highest_post_number IS NOT NULL"
                " AND s.synced_highest_post_number IS s.stream_highest_post_number"
                " AND s.synced_posts_count IS s.stream_posts_count"
                " AND s.synced_bumped_at IS s.stream_bumped_at"
                " AND EXISTS (SELECT 1 FROM topic_stream ts LEFT JOIN posts p ON p.id = ts.post_id"
                "   WHERE ts.topic_id = s.topic_id AND p.id IS NULL)");
        while (check.step())
            problems.append(QStringLiteral("topic %1 is marked synced but misses posts of its "
                                           "stream")
                                    .arg(check.int64(0)));
    }
    {
        store::Statement check = db.prepare(
                "SELECT p.id FROM posts p WHERE NOT EXISTS (SELECT 1 FROM topic_stream ts"
                " WHERE ts.topic_id = p.topic_id AND ts.post_id = p.id)"
                " AND EXISTS (SELECT 1 FROM topic_stream ts WHERE ts.topic_id = p.topic_id)");
        while (check.step())
            problems.append(QStringLiteral("post %1 is cached but not in its topic's stream")
                                    .arg(check.int64(0)));
    }
    return problems;
}

CacheContents readContents(const QString &cachePath)
{
    store::CacheOpenResult cache = openForInspection(cachePath);
    store::Database &db = cache.database;
    CacheContents contents;
    {
        store::Statement s = db.prepare("SELECT id FROM posts");
        while (s.step())
            contents.postIds.insert(s.int64(0));
    }
    {
        store::Statement s = db.prepare("SELECT DISTINCT topic_id FROM topic_stream");
        while (s.step())
            contents.topicsWithStream.insert(s.int64(0));
    }
    {
        store::Statement s = db.prepare(
                "SELECT t.id FROM topics t JOIN topic_sync s ON s.topic_id = t.id"
                " WHERE s.synced_highest_post_number IS t.highest_post_number"
                " AND s.synced_posts_count IS t.posts_count AND s.synced_bumped_at IS t.bumped_at");
        while (s.step())
            contents.syncedTopics.insert(s.int64(0));
    }
    return contents;
}

QString differencesFromForum(const QString &cachePath,
                             const QHash<qint64, QList<qint64>> &postsByTopic)
{
    store::CacheOpenResult cache = openForInspection(cachePath);
    for (auto it = postsByTopic.cbegin(); it != postsByTopic.cend(); ++it) {
        store::Statement s = cache.database.prepare(
                "SELECT id FROM posts WHERE topic_id = ?1 ORDER BY post_number");
        s.bind(1, it.key());
        QList<qint64> cached;
        while (s.step())
            cached.append(s.int64(0));
        if (cached != it.value()) {
            return QStringLiteral("topic %1: %2 posts cached, %3 on the forum")
                    .arg(it.key())
                    .arg(cached.size())
                    .arg(it.value().size());
        }
    }
    return {};
}

void forgetFullListReads(const QString &cachePath)
{
    store::CacheOpenResult cache = openForInspection(cachePath);
    cache.database.exec("DELETE FROM meta WHERE key LIKE 'sync.wide_list_at.%'");
}

QString diffLines(const QStringList &a, const QStringList &b, int limit)
{
    const QSet<QString> inA(a.cbegin(), a.cend());
    const QSet<QString> inB(b.cbegin(), b.cend());
    QStringList onlyA;
    QStringList onlyB;
    for (const QString &line : a) {
        if (!inB.contains(line) && onlyA.size() < limit)
            onlyA.append(line);
    }
    for (const QString &line : b) {
        if (!inA.contains(line) && onlyB.size() < limit)
            onlyB.append(line);
    }
    return QStringLiteral("only in the first:\n  %1\nonly in the second:\n  %2")
            .arg(onlyA.join(QStringLiteral("\n  ")), onlyB.join(QStringLiteral("\n  ")));
}

} // namespace outpost::synctest
