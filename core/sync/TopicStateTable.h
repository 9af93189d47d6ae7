#pragma once

#include "discourse/Types.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace outpost::store {
class Database;
}

namespace outpost::sync {

// The three fields that tell whether a topic changed on the forum (docs/discourse-api.md
// §3.11): a new post raises highest_post_number, a deletion lowers posts_count (and, for the
// last post, highest_post_number), an edit of the last post moves bumped_at.
struct ChangeMark
{
    int highestPostNumber = 0;
    int postsCount = 0;
    qint64 bumpedAtMs = 0;

    friend bool operator==(const ChangeMark &, const ChangeMark &) = default;

    // What the cache will hold as the listed state once `item` is stored (the same fallback
    // as store::CacheWriter when a list leaves bumped_at out).
    static ChangeMark of(const discourse::TopicListItem &item);
};

// A topic's three states (docs/sync.md, "State we keep per topic").
struct TopicStates
{
    qint64 topicId = 0;
    qint64 categoryId = 0;
    QString title;
    bool visible = true;
    ChangeMark listed;                // as the newest list or topic response showed it
    std::optional<ChangeMark> stream; // what the stored post stream belongs to
    std::optional<ChangeMark> synced; // for which every post of the stream is cached
    int postsCached = 0;
    std::optional<int> lastCachedPostNumber;

    bool needsWork() const { return !synced || *synced != listed; }
    // The stored stream still describes the topic: only its missing posts are to fetch.
    bool streamIsCurrent() const { return stream && *stream == listed; }
};

// The sync's bookkeeping in the cache (table topic_sync, migration 0002) and the reads the
// planner needs. Writes are meant to run inside the transaction of the response they belong
// to. Throws store::StoreError.
class TopicStateTable
{
public:
    explicit TopicStateTable(store::Database &db);

    std::optional<TopicStates> state(qint64 topicId) const;
    QHash<qint64, TopicStates> states(const QList<qint64> &topicIds) const;

    // Topics of these categories with activity at or after `sinceMs` that need work, as
    // (id, bumped_at), newest first.
    QList<std::pair<qint64, qint64>> needingWork(const QList<qint64> &categoryIds,
                                                 qint64 sinceMs) const;

    // After a topic response was applied: the stream now stored belongs to the topic row's
    // listed state. Marks the topic synced when no post of the stream is missing; returns
    // whether it is.
    bool recordStream(qint64 topicId);
    // After a batch of posts was stored: marks the topic synced (synced = stream state) when
    // no post of the stream is missing any more; returns whether it is.
    bool completeIfNothingMissing(qint64 topicId);
    // The forum did not return some posts of the stream when asked for them by id (deleted
    // or hidden meanwhile): accept the stream as synced rather than asking again every run.
    void acceptStream(qint64 topicId);
    int missingCount(qint64 topicId) const;

    // Cached topics of these categories whose bumped_at is in (afterMs, upToMs]; nullopt
    // bounds are open.
    QList<std::pair<qint64, qint64>> topicsInRange(const QList<qint64> &categoryIds,
                                                   std::optional<qint64> afterMs,
                                                   std::optional<qint64> upToMs) const;

    // For the digest: topics of these categories created at or after `sinceMs`, newest
    // first; and those created before it with posts at or after it, latest post first.
    QList<qint64> createdSince(const QList<qint64> &categoryIds, qint64 sinceMs, int limit) const;
    QList<qint64> activeSince(const QList<qint64> &categoryIds, qint64 sinceMs, int limit) const;

private:
    store::Database &m_db;
};

} // namespace outpost::sync
