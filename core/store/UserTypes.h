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
};

} // namespace outpost::store
