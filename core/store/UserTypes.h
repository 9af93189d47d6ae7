#pragma once

// Values of the person's own database: forums, follows, drafts, outbox.

#include <QDateTime>
#include <QString>

#include <optional>

namespace outpost::store {

struct Forum
{
    qint64 id = 0; // also names the cache folder: forums/<id>/
    QString baseUrl;
    QString name;
    int position = 0;
    int syncWindowDays = 90;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class FollowSource
{
    Local, // followed in Outpost
    Forum, // watched/tracked on the forum and imported
};

struct FollowedCategory
{
    qint64 forumId = 0;
    qint64 categoryId = 0;
    QDateTime followedAt;
    FollowSource source = FollowSource::Local;
};

enum class DraftKind
{
    Reply,
    NewTopic,
    Edit,
};

struct Draft
{
    QString id; // client-generated UUID; empty asks save() to make one
    qint64 forumId = 0;
    DraftKind kind = DraftKind::Reply;
    std::optional<qint64> topicId;
    std::optional<int> replyToPostNumber;
    std::optional<qint64> postId;     // edits
    std::optional<int> baseVersion;   // edits: the version the edit started from
    std::optional<qint64> categoryId; // new topics
    QString title;                    // new topics
    QString raw;
    QDateTime createdAt;
    QDateTime updatedAt;
};

enum class OutboxKind
{
    Reply,
    NewTopic,
    Edit,
    Like,
};

enum class OutboxState
{
    Queued,
    Sending,
    Sent,
    NeedsAttention,
};

// Why an item needs attention, for programs (the GUI offers the fix that goes with it); the
// sentence for people is OutboxItem::error.
enum class OutboxProblem
{
    None,
    TooShort,             // too short, or a required field is empty
    TooSimilar,           // the forum took it for a repeat, and it was not found on the forum
    TopicClosedOrDeleted, // the topic was closed, archived or deleted
    NoPermission,         // not allowed there (a private category, a suspended account, ...)
    NewUserLimit,         // limits on new members (links, first-day replies, ...)
    NotFound,             // the topic or post is gone, or hidden from this person
    EditConflict,         // the post changed on the forum after the edit began
    Refused,              // any other refusal; the forum's own words are in `error`
};

struct OutboxItem
{
    QString id; // client-generated UUID, stable across attempts
    qint64 forumId = 0;
    OutboxKind kind = OutboxKind::Reply;
    OutboxState state = OutboxState::Queued;
    QString draftId; // the draft it came from, if any
    std::optional<qint64> topicId;
    std::optional<int> replyToPostNumber;
    std::optional<qint64> postId;
    std::optional<int> baseVersion;
    std::optional<qint64> categoryId;
    QString title;
    QString raw;
    int attempts = 0;
    QDateTime firstAttemptAt;
    QDateTime lastAttemptAt;
    QString error;
    std::optional<qint64> remotePostId;
    std::optional<qint64> remoteTopicId;
    QString dependsOn; // outbox id that must be delivered first (e.g. the new topic replied to)
    QDateTime createdAt;
    QDateTime updatedAt;
    // An attempt may have reached the forum unanswered: it is looked for on the forum before
    // the item is sent again.
    bool unconfirmed = false;
    OutboxProblem problem = OutboxProblem::None;
    // EditConflict: the post as it is on the forum now (raw holds the person's version).
    QString conflictRaw;
    std::optional<int> conflictVersion;
    // Sent, and waiting in the forum's review queue (no post id until a moderator approves).
    std::optional<qint64> pendingPostId;
};

} // namespace outpost::store
