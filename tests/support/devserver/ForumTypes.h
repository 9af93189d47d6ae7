#pragma once

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace devserver {

enum class Lang : quint8
{
    En,
    Fr,
    Pt,
    Es,
    Ar
};
inline constexpr int kLangCount = 5;

// A category readable only by staff; any other non-zero value is a minimum trust level.
inline constexpr int kStaffOnly = 99;

struct User
{
    int id = 0;
    QString username;
    QString name;
    Lang lang = Lang::En;
    int trustLevel = 1;
    bool admin = false;
    bool moderator = false;
    qint64 createdAtMs = 0;

    bool staff() const { return admin || moderator; }
};

struct Category
{
    int id = 0;
    int parentId = 0;
    QString name;
    QString slug;
    QString color;
    QString textColor;
    QString description;
    int position = 0;
    // 0: public. Otherwise the minimum trust level to read (kStaffOnly: staff only), which is
    // how Discourse's read_restricted categories (Staff, Lounge) behave for a group per level.
    int readLevel = 0;
    int aboutTopicId = 0;

    bool readRestricted() const { return readLevel > 0; }
};

enum PostFlag : quint8
{
    PostDeleted = 1,
    PostHidden = 2,
    PostWiki = 4,
    PostStoredText = 8, // raw lives in Forum::m_storedText (created or edited at runtime)
};

// Compact on purpose: a CoP-sized forum has 300,000 of these. Text is synthesised on demand
// from (forum seed, id, version) unless PostStoredText is set.
struct Post
{
    qint32 id = 0;
    qint32 topicId = 0;
    qint32 postNumber = 0;
    qint32 userId = 0;
    qint32 replyToPostNumber = 0;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 lastVersionAtMs = 0;
    quint16 version = 1;
    quint16 replyCount = 0;
    quint16 likeCount = 0;
    quint16 reads = 0;
    Lang lang = Lang::En;
    quint8 flags = 0;

    bool deleted() const { return flags & PostDeleted; }
};

struct Topic
{
    int id = 0;
    int categoryId = 0;
    int userId = 0;
    QString title;
    Lang lang = Lang::En;
    qint64 createdAtMs = 0;
    qint64 bumpedAtMs = 0;
    qint64 lastPostedAtMs = 0;
    qint64 pinnedAtMs = 0;
    std::vector<qint32> postIds; // every post in post_number order, deleted ones included
    int postsCount = 0;          // posts not deleted
    // Highest post_number not deleted (Topic.reset_highest): deleting a middle post leaves it,
    // deleting the last one lowers it. New posts still number from postIds.size() + 1.
    int highestPostNumber = 0;
    int views = 0;
    int lastPosterId = 0;
    bool closed = false;
    bool archived = false;
    bool pinned = false;
    bool pinnedGlobally = false;
    bool visible = true;
    bool deleted = false;
};

struct Notification
{
    int id = 0;
    int userId = 0;
    int type =
            0; // Discourse notification_types: 1 mentioned, 2 replied, 5 liked, 6 private_message
    int topicId = 0;
    int postNumber = 0;
    int actorUserId = 0;
    qint64 createdAtMs = 0;
    bool read = false;
};

// Who is asking. Visibility and the can_* flags depend on it, as they do in Discourse.
struct Viewer
{
    const User *user = nullptr;

    bool anonymous() const { return user == nullptr; }
    bool staff() const { return user && user->staff(); }
    int id() const { return user ? user->id : 0; }
};

} // namespace devserver
