#pragma once

// Plain value types for what the Discourse API returns. The parsers in discourse/ fill them
// from JSON and reject responses that lack what we rely on; everything downstream (store,
// sync, outbox, GUI) works with these, never with raw JSON.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace outpost::discourse {

// Category and topic notification levels (lib/notification_levels.rb).
enum class NotificationLevel
{
    Muted = 0,
    Regular = 1,
    Tracking = 2,
    Watching = 3,
    WatchingFirstPost = 4,
};

struct Category
{
    qint64 id = 0;
    QString name;
    QString slug;
    QString descriptionText; // plain text, may be empty
    QString color;           // hex without '#', e.g. "0088CC"
    QString textColor;       // hex without '#'
    std::optional<qint64> parentId;
    int position = 0;
    int topicCount = 0;
    int postCount = 0;
    bool readRestricted = false;
    NotificationLevel notificationLevel = NotificationLevel::Regular;
};

struct User
{
    qint64 id = 0;
    QString username;
    QString name;
    QString avatarTemplate;
};

// One row of a topic list (/latest.json, /c/{slug}/{id}/l/latest.json, /top.json).
struct TopicListItem
{
    qint64 id = 0;
    QString title;
    QString slug;
    qint64 categoryId = 0;
    int postsCount = 0;
    // Discourse's own count of the posts that answer another post (reply_to_post_number):
    // not the number of replies a person sees; see replies().
    int replyCount = 0;
    int highestPostNumber = 0;
    QDateTime createdAt;
    QDateTime lastPostedAt;
    QDateTime bumpedAt;
    bool pinned = false;
    bool closed = false;
    bool archived = false;
    bool visible = true;
    int views = 0;
    int likeCount = 0;
    QString lastPosterUsername;
    std::optional<int> lastReadPostNumber; // only when signed in
    QStringList tags;

    // The replies Discourse shows for a topic, in its lists and above the topic: every
    // post after the first (its web client's Topic.replyCount is posts_count - 1).
    int replies() const { return postsCount > 1 ? postsCount - 1 : 0; }
};

struct TopicListPage
{
    QList<TopicListItem> topics;
    QList<User> users;
    int perPage = 30;
    QString moreTopicsUrl; // empty when this is the last page
};

enum class PostType
{
    Regular = 1,
    ModeratorAction = 2,
    SmallAction = 3,
    Whisper = 4,
};

struct Post
{
    qint64 id = 0;
    qint64 topicId = 0;
    int postNumber = 0;
    qint64 userId = 0;
    QString username;
    QString name;
    QString avatarTemplate;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString cooked;
    std::optional<QString> raw; // only where the endpoint includes it
    int version = 1;
    PostType postType = PostType::Regular;
    std::optional<int> replyToPostNumber;
    int replyCount = 0;
    int likeCount = 0;
    bool hidden = false;
    bool canEdit = false;
    bool yours = false;
    std::optional<QDateTime> deletedAt;
    QString actionCode;               // small actions: "closed.enabled", "pinned.enabled", ...
    QString topicSlug;                // where the response carries it
    QString topicTitle;               // /posts.json only
    std::optional<qint64> categoryId; // /posts.json only
    bool liked = false;               // actions_summary id 2 "acted" (signed in)
    QString editReason;
};

// /t/{id}.json and /t/{id}/{post_number}.json
struct TopicDetail
{
    qint64 id = 0;
    QString title;
    QString slug;
    qint64 categoryId = 0;
    int postsCount = 0;
    int highestPostNumber = 0;
    QDateTime createdAt;
    QDateTime lastPostedAt;
    std::optional<QDateTime> bumpedAt; // not always present on /t/{id}.json
    bool pinned = false;
    bool closed = false;
    bool archived = false;
    bool visible = true;
    int chunkSize = 20;
    QList<Post> posts;    // the chunk that came with this response
    QList<qint64> stream; // every visible post id in order (empty for mega topics)
    bool isMegaTopic = false;
    std::optional<qint64> megaTopicLastId; // "lastId" of a mega topic's post stream
    std::optional<int> lastReadPostNumber;
    QStringList tags;
    std::optional<NotificationLevel> notificationLevel; // details.notification_level
};

// /session/current.json
struct CurrentUser
{
    qint64 id = 0;
    QString username;
    QString name;
    QList<qint64> watchedCategoryIds;
    QList<qint64> trackedCategoryIds;
    QList<qint64> watchedFirstPostCategoryIds;
    QList<qint64> mutedCategoryIds;
    int unreadNotifications = 0;
};

struct Site
{
    QList<Category> categories;
    std::optional<qint64> uncategorizedCategoryId;
};

struct SearchResultPost
{
    qint64 id = 0;
    qint64 topicId = 0;
    int postNumber = 0;
    QString username;
    QString blurb;
    QDateTime createdAt;
};

struct SearchResult
{
    QList<SearchResultPost> posts;
    QList<TopicListItem> topics;
    bool moreResults = false;
    QString error; // e.g. the search rate limit: Discourse answers 200 with an error text
};

struct Notification
{
    qint64 id = 0; // 0 only in the legacy bare-array shape, which had no ids
    int notificationType = 0;
    bool read = false;
    QDateTime createdAt;
    std::optional<qint64> topicId;
    std::optional<int> postNumber;
    QString fancyTitle;
    QString slug;
};

// /notifications.json (the legacy bare-array shape fills only `notifications`).
struct NotificationPage
{
    QList<Notification> notifications;
    std::optional<int> totalRows;
    std::optional<qint64> seenNotificationId;
    QString loadMoreUrl; // relative, without .json; empty when there is no more
};

// One row of /user_actions.json (e.g. filter=5: a person's replies).
struct UserAction
{
    int actionType = 0;
    QDateTime createdAt;
    qint64 topicId = 0;
    std::optional<qint64> postId;
    std::optional<int> postNumber;
    std::optional<int> replyToPostNumber;
    QString title;
    QString slug;
    QString excerpt;
    QString username;
    QString actingUsername;
    std::optional<qint64> categoryId;
};

// The body of an error response ({"errors": [...], "error_type": ..., "extras": {...}}),
// or what could be made of a non-JSON one (the per-IP 429 is text/plain).
struct ApiError
{
    int status = 0;
    QStringList errors;
    QString errorType;              // "not_found", "invalid_access", "rate_limit", "read_only", ...
    QString action;                 // "create_post" on post validation failures
    std::optional<int> waitSeconds; // Retry-After, else extras.wait_seconds
    QString rateLimitCode;          // Discourse-Rate-Limit-Error-Code header
    // Technical detail for logs and a "details" pane, never shown alone: the <title> of an
    // HTML error page, or the first line of a text body.
    QString detail;
    bool htmlPage = false; // the body was an HTML page (a proxy's or the web server's, not Rails')
};

// POST /posts.json: either the created post, or "enqueued" for moderator approval.
struct CreatePostResult
{
    std::optional<Post> post;
    bool enqueued = false;
    std::optional<qint64> pendingPostId;
    std::optional<int> pendingCount; // how many of the person's posts await approval
};

} // namespace outpost::discourse
