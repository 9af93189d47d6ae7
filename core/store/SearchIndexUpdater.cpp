#include "store/SearchIndexUpdater.h"

#include "store/Database.h"

#include <limits>

namespace outpost::store {

namespace {

// The removal of indexed posts, always with the values they were indexed with: the title
// and category of their topic now (a change to those re-indexes the topic first) and their
// text now (a change to it removes the entry first).
constexpr std::string_view kUnindexPost =
        "INSERT INTO post_fts(post_fts, rowid, title, body, category)"
        " SELECT 'delete', p.id, t.title, p.plain_text, 'c' || t.category_id"
        " FROM posts p JOIN topics t ON t.id = p.topic_id"
        " WHERE p.id = ?1 AND NOT EXISTS (SELECT 1 FROM search_pending WHERE post_id = ?1)";

constexpr std::string_view kUnindexTopic =
        "INSERT INTO post_fts(post_fts, rowid, title, body, category)"
        " SELECT 'delete', p.id, t.title, p.plain_text, 'c' || t.category_id"
        " FROM posts p JOIN topics t ON t.id = p.topic_id"
        " WHERE p.topic_id = ?1"
        " AND NOT EXISTS (SELECT 1 FROM search_pending q WHERE q.post_id = p.id)";

} // namespace

SearchIndexUpdater::SearchIndexUpdater(Database &db)
    : m_db(db)
{}

SearchIndexUpdater::PostState SearchIndexUpdater::stateOf(qint64 postId)
{
    Statement stmt = m_db.prepare(
            "SELECT p.topic_id, EXISTS (SELECT 1 FROM search_pending WHERE post_id = p.id)"
            " FROM posts p WHERE p.id = ?1");
    stmt.bind(1, postId);
    PostState state;
    if (stmt.step()) {
        state.exists = true;
        state.topicId = stmt.int64(0);
        state.queued = stmt.boolean(1);
    }
    return state;
}

void SearchIndexUpdater::postInserted(qint64 postId)
{
    Statement stmt = m_db.prepare("INSERT OR IGNORE INTO search_pending(post_id) VALUES (?1)");
    stmt.bind(1, postId).exec();
}

void SearchIndexUpdater::postChanging(qint64 postId, const PostState &state)
{
    if (!state.exists || state.queued)
        return;
    Statement unindex = m_db.prepare(kUnindexPost);
    unindex.bind(1, postId).exec();
    postInserted(postId);
}

void SearchIndexUpdater::postDeleting(qint64 postId)
{
    Statement unindex = m_db.prepare(kUnindexPost);
    unindex.bind(1, postId).exec();
    Statement dequeue = m_db.prepare("DELETE FROM search_pending WHERE post_id = ?1");
    dequeue.bind(1, postId).exec();
}

void SearchIndexUpdater::topicDeleting(qint64 topicId)
{
    Statement unindex = m_db.prepare(kUnindexTopic);
    unindex.bind(1, topicId).exec();
    Statement dequeue = m_db.prepare("DELETE FROM search_pending WHERE post_id IN"
                                     " (SELECT id FROM posts WHERE topic_id = ?1)");
    dequeue.bind(1, topicId).exec();
}

void SearchIndexUpdater::streamPruning(qint64 topicId)
{
    constexpr std::string_view orphans =
            "SELECT id FROM posts WHERE topic_id = ?1"
            " AND id NOT IN (SELECT post_id FROM topic_stream WHERE topic_id = ?1)";
    QList<qint64> ids;
    {
        Statement stmt = m_db.prepare(orphans);
        stmt.bind(1, topicId);
        while (stmt.step())
            ids.append(stmt.int64(0));
    }
    for (qint64 id : std::as_const(ids))
        postDeleting(id);
}

void SearchIndexUpdater::topicChanging(qint64 topicId)
{
    Statement unindex = m_db.prepare(kUnindexTopic);
    unindex.bind(1, topicId).exec();
    Statement queue = m_db.prepare("INSERT OR IGNORE INTO search_pending(post_id)"
                                   " SELECT id FROM posts WHERE topic_id = ?1");
    queue.bind(1, topicId).exec();
}

int SearchIndexUpdater::indexPending(int limit)
{
    // The batch is the queued ids up to a bound, so the same bound empties the queue.
    qint64 upTo = std::numeric_limits<qint64>::max();
    if (limit > 0) {
        Statement last = m_db.prepare(
                "SELECT post_id FROM search_pending ORDER BY post_id LIMIT 1 OFFSET ?1");
        last.bind(1, limit - 1);
        if (last.step())
            upTo = last.int64(0);
    }
    // One INSERT for the whole batch, so FTS5 builds one segment. (Queued ids whose post
    // is gone simply join nothing.) CROSS JOIN keeps the queue the outer loop: otherwise
    // SQLite moves the bound onto posts.id and walks every post below it, each batch.
    Statement index =
            m_db.prepare("INSERT INTO post_fts(rowid, title, body, category)"
                         " SELECT p.id, t.title, p.plain_text, 'c' || t.category_id"
                         " FROM search_pending q CROSS JOIN posts p ON p.id = q.post_id"
                         " CROSS JOIN topics t ON t.id = p.topic_id WHERE q.post_id <= ?1");
    index.bind(1, upTo).exec();
    Statement dequeue = m_db.prepare("DELETE FROM search_pending WHERE post_id <= ?1");
    dequeue.bind(1, upTo).exec();
    return m_db.changes();
}

int SearchIndexUpdater::pendingCount()
{
    return int(m_db.queryInt64("SELECT count(*) FROM search_pending").value_or(0));
}

void SearchIndexUpdater::rebuild()
{
    m_db.exec("DELETE FROM search_pending");
    m_db.exec("INSERT INTO post_fts(post_fts) VALUES ('rebuild')");
}

} // namespace outpost::store
