#pragma once

#include <QString>

namespace outpost::store {

class Database;

// Keeps the search index (post_fts) in step with posts and topics; used by CacheWriter
// inside its transactions. New and changed posts are queued (search_pending) and indexed in
// batches by indexPending(): FTS5 writes a segment per transaction, so indexing 20 posts per
// sync response would spend most of the time merging tiny segments. A post already in the
// index is removed with the exact title, text and category it was indexed with before its
// row changes or goes (external content FTS5 needs the old values to remove an entry).
// Throws StoreError.
class SearchIndexUpdater
{
public:
    explicit SearchIndexUpdater(Database &db);

    // What the index holds for a post, read before its row changes.
    struct PostState
    {
        bool exists = false;
        bool queued = false; // in search_pending: not in the index
        qint64 topicId = 0;
    };
    PostState stateOf(qint64 postId);

    // After a post row was inserted.
    void postInserted(qint64 postId);
    // Before a post row's text or topic changes: takes the old entry out and queues the post.
    void postChanging(qint64 postId, const PostState &state);
    // Before a post row is deleted.
    void postDeleting(qint64 postId);
    // Before all posts of a topic are deleted (with the topic).
    void topicDeleting(qint64 topicId);
    // Before the posts of a topic that are not in its stream are deleted.
    void streamPruning(qint64 topicId);
    // Before a topic's title or category changes: its posts are re-indexed.
    void topicChanging(qint64 topicId);

    // Indexes up to `limit` queued posts (all when limit <= 0) in the caller's transaction;
    // returns how many were taken from the queue.
    int indexPending(int limit);
    int pendingCount();
    // Drops the whole index and builds it again from every post (tokenizer change).
    void rebuild();

private:
    Database &m_db;
};

} // namespace outpost::store
