#pragma once

#include "store/CacheTypes.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <chrono>
#include <memory>

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;
class Transaction;

// Everything the sync engine writes into a forum's cache. Each public method applies one
// response's worth of data in one transaction: a kill at any instant leaves the cache as it
// was before or after that response, never in between. (Called inside a caller's
// Transaction, a method becomes a savepoint of it.) Throws StoreError; on error nothing of
// that call is kept.
//
// New and changed posts are queued for the search index in the same transaction and
// indexed in batches: once indexBatchSize() posts are waiting, the call that queued the
// last of them indexes them all in a transaction of its own. Call indexPendingPosts() at
// the end of a sync so the last posts become searchable too.
//
// Group commit (off unless set): calls made while answers queue up share one transaction,
// each call still a savepoint of it (a call that fails leaves the others), committed once
// the group is groupCommitAge() old, on flush(), or when the writer is destroyed. A kill
// loses at most that stretch, which is not stored and so is fetched again; every commit
// leaves the cache consistent as before.
class CacheWriter
{
public:
    CacheWriter(Database &db, const Clock &clock);
    ~CacheWriter();
    CacheWriter(const CacheWriter &) = delete;
    CacheWriter &operator=(const CacheWriter &) = delete;

    // 0 (the default) commits every call on its own.
    void setGroupCommitAge(std::chrono::milliseconds age) { m_groupAge = age; }
    std::chrono::milliseconds groupCommitAge() const { return m_groupAge; }
    // Joins the group before a caller opens its own Transaction around several calls, so that
    // it becomes a savepoint of the group: opens one (committing one that is old enough
    // first) unless a transaction of someone else is open.
    void openGroup();
    // Commits the open group, if any; not while a savepoint of it is open. Throws StoreError;
    // then nothing of the group is kept.
    void flush();
    bool hasOpenGroup() const { return m_group != nullptr; }

    static constexpr int defaultIndexBatchSize = 2000;
    int indexBatchSize() const { return m_indexBatchSize; }
    // 1 indexes every post in the transaction that writes it (slow for a large sync).
    void setIndexBatchSize(int posts) { m_indexBatchSize = std::max(1, posts); }
    // Indexes all waiting posts now; returns how many.
    int indexPendingPosts();

    void setMeta(const QString &key, const QString &value);

    // /site.json: all categories the user can see. Categories missing from it are removed
    // from the cache when removeMissing is set (their topics stay until a sync drops them).
    void upsertCategories(const QList<discourse::Category> &categories, bool removeMissing);
    void upsertSite(const discourse::Site &site);

    // One page of a topic list. The cursor, when given, is saved in the same transaction, so
    // the position of the sync and the data it describes never disagree.
    void upsertTopicList(const discourse::TopicListPage &page,
                         const std::optional<SyncCursor> &cursor = std::nullopt);

    // /t/{id}.json or /t/{id}/{n}.json: topic metadata (including a move to another
    // category), the post stream, and the posts of the chunk. Cached posts of the topic that
    // are no longer in the stream were deleted on the forum and are removed (with their
    // search entries). plainTexts[i] is the plain text of detail.posts[i].
    void applyTopicDetail(const discourse::TopicDetail &detail, const QStringList &plainTexts);

    // /t/{id}/posts.json: a batch of posts of topics already cached. plainTexts[i] belongs to
    // posts[i].
    void upsertPosts(const QList<discourse::Post> &posts, const QStringList &plainTexts);

    // Posts the forum answered 404 for.
    void deletePosts(const QList<qint64> &postIds);
    // A topic that is gone (404) or left the sync window: its posts, stream, read state and
    // search entries go with it.
    void deleteTopic(qint64 topicId);
    // The planner looked at the topic and found nothing new.
    void markTopicChecked(qint64 topicId);

    void setSyncCursor(const SyncCursor &cursor);

    // Saves a digest run with its topics (upserted from the list items); returns its id.
    qint64 writeDigest(const DigestInput &digest);
    // Keeps the newest `keep` digests.
    void pruneDigests(int keep);

private:
    template <typename Body>
    auto write(Body body);
    void indexIfBatchFull();
    // Before a topic row is written: re-indexes its posts if the title or category changes.
    void prepareTopicChange(qint64 topicId, qint64 categoryId, const QString &title);
    void upsertUser(qint64 id, const QString &username, const QString &name,
                    const QString &avatarTemplate, qint64 nowMs);
    void upsertListItem(const discourse::TopicListItem &item, qint64 nowMs);
    // Returns the topic the post was in before (0 when it is new).
    qint64 upsertPostRow(const discourse::Post &post, const QString &plainText, qint64 nowMs);
    void upsertPostRows(const QList<discourse::Post> &posts, const QStringList &plainTexts,
                        qint64 nowMs, QSet<qint64> &touchedTopics);
    void replaceStream(qint64 topicId, const QList<qint64> &stream);
    void refreshCachedState(qint64 topicId);
    void writeCursor(const SyncCursor &cursor, qint64 nowMs);
    void requireTopic(qint64 topicId);

    Database &m_db;
    const Clock &m_clock;
    QHash<qint64, QString> m_knownUsers; // usernames written by this writer, to skip repeats
    int m_indexBatchSize = defaultIndexBatchSize;
    int m_queuedSinceIndex = 0;
    std::chrono::milliseconds m_groupAge{0};
    std::unique_ptr<Transaction> m_group;
    std::chrono::steady_clock::time_point m_groupOpenedAt;
};

} // namespace outpost::store
