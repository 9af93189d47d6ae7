#pragma once

#include "ForumTypes.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace devserver {

// Size and shape of a generated forum. parse() reads the `--generate` syntax:
// "categories=40,topics=50000,posts=300000[,users=N]".
struct GenerateSpec
{
    int categories = 12;
    int topics = 200;
    int posts = 1500;
    int users = 0; // 0: derived from the post count
    quint64 seed = 1;
    // Timestamps spread over the two years before this instant. 0: the current hour, so two
    // forums generated in the same hour from the same seed are identical.
    qint64 anchorMs = 0;

    static std::optional<GenerateSpec> parse(const QString &text, QString *error);
};

struct PostText
{
    QString raw;
    QString cooked;
};

// The forum: users, categories, topics and posts, with the mutations sync tests need.
// Not thread-safe: it lives on the server's thread (see ServerThread for calls from elsewhere).
class Forum
{
public:
    Forum();
    ~Forum();
    Forum(Forum &&) noexcept;
    Forum &operator=(Forum &&) noexcept;

    static Forum generate(const GenerateSpec &spec);

    quint64 seed() const { return m_seed; }
    // Bumped by every mutation; caches keyed on it stay valid until the forum changes.
    quint64 revision() const { return m_revision; }

    // --- lookup
    const std::vector<User> &users() const { return m_users; }
    const User *user(int id) const;
    const User *userByName(const QString &username) const;
    const std::vector<Category> &categories() const { return m_categories; }
    const Category *category(int id) const;
    const Topic *topic(int id) const;
    const Post *post(int id) const;
    const Post *postByNumber(const Topic &topic, int postNumber) const;
    int maxTopicId() const { return int(m_topics.size()) - 1; }
    int maxPostId() const { return int(m_posts.size()) - 1; }
    int uncategorizedId() const { return m_uncategorizedId; }

    // --- visibility, as Guardian decides it for reading
    bool canSee(const Viewer &viewer, const Category &category) const;
    bool canSee(const Viewer &viewer, const Topic &topic) const;
    bool canSee(const Viewer &viewer, const Post &post) const;

    // --- content
    PostText text(const Post &post) const;
    QString raw(const Post &post) const { return text(post).raw; }
    QString editReason(const Post &post) const;
    qint64 deletedAtMs(const Post &post) const;
    // Plain-text excerpt of the cooked HTML, ~maxLength characters, "&hellip;" when cut.
    QString excerpt(const Post &post, int maxLength = 200) const;
    QString slug(const Topic &topic) const;

    // --- derived data
    // Ids of visible, undeleted topics by bumped_at, newest first (cached per revision).
    const std::vector<int> &topicsByActivity() const;
    int participantCount(const Topic &topic) const;
    const std::vector<Notification> &notifications(int userId) const;

    // --- mutations (no validation: PostCreator validates like Discourse before calling these)
    struct NewTopic
    {
        int userId = 0;
        int categoryId = 0;
        QString title;
        QString raw;
        qint64 atMs = 0;
    };
    struct NewPost
    {
        int userId = 0;
        int topicId = 0;
        QString raw;
        int replyToPostNumber = 0;
        qint64 atMs = 0;
    };
    int createTopic(const NewTopic &topic); // returns the first post's id
    int createPost(const NewPost &post);    // returns the post id
    // Returns true when a new version was made (false: a grace-period edit, same version).
    bool editPost(int postId, const QString &raw, const QString &editReason, int editorUserId,
                  qint64 atMs, bool bypassBump, qint64 gracePeriodMs, int graceMaxDiff);
    bool deletePost(int postId, qint64 atMs);
    bool moveTopic(int topicId, int categoryId, qint64 atMs);
    bool setTopicStatus(int topicId, const QString &status, bool enabled, qint64 atMs);
    bool setTopicTitle(int topicId, const QString &title);
    // A like by userId; false when that user already liked it.
    bool like(int postId, int userId, qint64 atMs);
    bool likedBy(int postId, int userId) const;
    void markNotificationsRead(int userId, int upToId);
    int addUser(const QString &username, const QString &name, int trustLevel, bool admin,
                bool moderator);

    // Posts in one topic, or by one user, in id order (for exactly-once checks in tests).
    std::vector<int> postIdsByUser(int userId) const;

private:
    friend class ForumGenerator;
    void touch() { ++m_revision; }
    void addNotification(int userId, int type, int topicId, int postNumber, int actor, qint64 atMs);

    quint64 m_seed = 1;
    quint64 m_revision = 0;
    int m_uncategorizedId = 1;
    std::vector<User> m_users;          // index = id (0 unused)
    std::vector<Category> m_categories; // in position order
    std::vector<Topic> m_topics;        // index = id (0 unused)
    std::vector<Post> m_posts;          // index = id (0 unused)
    QHash<QString, int> m_userByName;   // lower-cased username -> id
    QHash<int, PostText> m_storedText;
    QHash<int, QString> m_editReasons;
    QHash<int, qint64> m_deletedAt;
    QSet<quint64> m_likes; // (user << 32) | post, runtime likes only
    QHash<int, std::vector<Notification>> m_notifications;
    int m_nextNotificationId = 1;

    struct ActivityCache;
    mutable std::unique_ptr<ActivityCache> m_activity;
};

} // namespace devserver
