#pragma once

// Values the cache repositories take and return. Forum data itself uses the discourse::
// value types; these add what only the cache knows (what is cached, what was read, cursors).

#include "discourse/Types.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace outpost::store {

// Where a sync of one feed got to. categoryId 0 is the site-wide /latest feed.
struct SyncCursor
{
    qint64 categoryId = 0;
    QDateTime newestBumpedAt;             // newest bumped_at seen in this feed
    std::optional<int> oldestPageFetched; // deepest list page ingested by the backfill
    bool backfillComplete = false;
    QDateTime windowStart; // topics bumped before this are outside the sync window
    QDateTime lastSyncAt;
};

enum class DigestKind
{
    New,
    Active,
    TopWeek,
    TopMonth,
};

// The names stored in digest_topics.kind.
inline QString digestKindName(DigestKind kind)
{
    switch (kind) {
    case DigestKind::New:
        break;
    case DigestKind::Active:
        return QStringLiteral("active");
    case DigestKind::TopWeek:
        return QStringLiteral("top_week");
    case DigestKind::TopMonth:
        return QStringLiteral("top_month");
    }
    return QStringLiteral("new");
}

inline std::optional<DigestKind> digestKindFromName(const QString &name)
{
    for (DigestKind kind :
         {DigestKind::New, DigestKind::Active, DigestKind::TopWeek, DigestKind::TopMonth}) {
        if (digestKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

struct DigestSection
{
    DigestKind kind = DigestKind::New;
    QList<discourse::TopicListItem> topics; // in rank order
};

struct DigestInput
{
    QDateTime since;
    QList<DigestSection> sections;
    QList<discourse::User> users;
};

// --- reads ----------------------------------------------------------------------------------

struct CategorySummary
{
    discourse::Category category;
    int topicsCached = 0;
    int newTopics = 0;    // never opened, created since the caller's "new" threshold
    int unreadTopics = 0; // opened before, with posts after the last one read
};

struct TopicSummary
{
    discourse::TopicListItem topic; // lastReadPostNumber is the merged local/forum value
    int postsCached = 0;
    std::optional<int> firstCachedPostNumber;
    std::optional<int> lastCachedPostNumber;
    int lastReadPostNumber = 0;
    bool isMegaTopic = false;
    QDateTime detailFetchedAt;

    int unreadPosts() const
    {
        return lastReadPostNumber > 0 ? std::max(0, topic.highestPostNumber - lastReadPostNumber)
                                      : 0;
    }
};

// Position in a newest-activity-first topic list, for keyset paging.
struct TopicCursor
{
    qint64 bumpedAtMs = 0;
    qint64 topicId = 0;
};

struct TopicQuery
{
    QList<qint64> categoryIds; // empty: every category
    int limit = 50;
    std::optional<TopicCursor> after; // continue after this topic
};

struct TopicPage
{
    QList<TopicSummary> topics;
    std::optional<TopicCursor> next; // set when there may be more
};

struct CachedPost
{
    discourse::Post post; // username/name/avatar from the users table
    bool read = false;
};

// What the sync planner needs to decide whether a topic must be fetched again.
struct TopicSyncState
{
    qint64 topicId = 0;
    qint64 categoryId = 0;
    int highestPostNumber = 0;
    int postsCount = 0;
    QDateTime bumpedAt;
    QDateTime detailFetchedAt;
    QDateTime lastCheckedAt;
    int postsCached = 0;
    std::optional<int> lastCachedPostNumber;
    int streamLength = 0;
    bool isMegaTopic = false;
};

struct DigestEntry
{
    DigestKind kind = DigestKind::New;
    int rank = 0;
    TopicSummary topic;
};

struct Digest
{
    qint64 id = 0;
    QDateTime since;
    QDateTime createdAt;
    QList<DigestEntry> entries; // by kind, then rank
};

struct CacheStatus
{
    int categories = 0;
    int topics = 0;
    int topicsWithPosts = 0;
    qint64 posts = 0;
    int unreadTopics = 0;
    QDateTime lastSyncAt; // latest of the sync cursors
    int digests = 0;
    qint64 imageBytes = 0;
};

struct CachedImage
{
    QString url;
    QString localPath;
    qint64 sizeBytes = 0;
    QString contentType;
    QDateTime fetchedAt;
    QDateTime lastUsedAt;
};

} // namespace outpost::store
