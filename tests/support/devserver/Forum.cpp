#include "Forum.h"

#include "TextSynth.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

struct Forum::ActivityCache
{
    quint64 revision = ~0ULL;
    std::vector<int> ids;
};

std::optional<GenerateSpec> GenerateSpec::parse(const QString &text, QString *error)
{
    GenerateSpec spec;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0).trimmed();
        bool ok = false;
        const qint64 value = part.section(u'=', 1).trimmed().toLongLong(&ok);
        if (!ok || value < 0 || value > 50'000'000) {
            if (error)
                *error = QStringLiteral("bad value in \"%1\" (expected key=number)").arg(part);
            return std::nullopt;
        }
        if (key == u"categories")
            spec.categories = int(value);
        else if (key == u"topics")
            spec.topics = int(value);
        else if (key == u"posts")
            spec.posts = int(value);
        else if (key == u"users")
            spec.users = int(value);
        else if (key == u"seed")
            spec.seed = quint64(value);
        else {
            if (error)
                *error = QStringLiteral("unknown key \"%1\" (use categories, topics, posts, users)")
                                 .arg(key);
            return std::nullopt;
        }
    }
    if (spec.categories < 1 || spec.topics < spec.categories) {
        if (error)
            *error = QStringLiteral("need at least 1 category and one topic per category");
        return std::nullopt;
    }
    if (spec.posts < spec.topics)
        spec.posts = spec.topics;
    return spec;
}

Forum::Forum()
    : m_activity(std::make_unique<ActivityCache>())
{
    m_users.resize(1);
    m_topics.resize(1);
    m_posts.resize(1);
}

Forum::~Forum() = default;
Forum::Forum(Forum &&) noexcept = default;
Forum &Forum::operator=(Forum &&) noexcept = default;

const User *Forum::user(int id) const
{
    return id > 0 && id < int(m_users.size()) ? &m_users[size_t(id)] : nullptr;
}

const User *Forum::userByName(const QString &username) const
{
    const auto it = m_userByName.constFind(username.toLower());
    return it == m_userByName.constEnd() ? nullptr : user(*it);
}

const Category *Forum::category(int id) const
{
    for (const Category &c : m_categories) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const Topic *Forum::topic(int id) const
{
    return id > 0 && id < int(m_topics.size()) ? &m_topics[size_t(id)] : nullptr;
}

const Post *Forum::post(int id) const
{
    return id > 0 && id < int(m_posts.size()) ? &m_posts[size_t(id)] : nullptr;
}

const Post *Forum::postByNumber(const Topic &topic, int postNumber) const
{
    if (postNumber < 1 || postNumber > int(topic.postIds.size()))
        return nullptr;
    return post(topic.postIds[size_t(postNumber - 1)]);
}

bool Forum::canSee(const Viewer &viewer, const Category &category) const
{
    if (category.parentId) {
        if (const Category *parent = this->category(category.parentId);
            parent && !canSee(viewer, *parent))
            return false;
    }
    if (!category.readRestricted() || viewer.staff())
        return true;
    if (category.readLevel == kStaffOnly || viewer.anonymous())
        return false;
    return viewer.user->trustLevel >= category.readLevel;
}

bool Forum::canSee(const Viewer &viewer, const Topic &topic) const
{
    if (topic.deleted && !viewer.staff())
        return false;
    const Category *c = category(topic.categoryId);
    return c && canSee(viewer, *c);
}

bool Forum::canSee(const Viewer &viewer, const Post &post) const
{
    const Topic *t = topic(post.topicId);
    return t && canSee(viewer, *t) && (!post.deleted() || viewer.staff());
}

PostText Forum::text(const Post &post) const
{
    if (post.flags & PostStoredText)
        return m_storedText.value(post.id);
    return synthesizePost(*this, post);
}

QString Forum::editReason(const Post &post) const
{
    return m_editReasons.value(post.id);
}

qint64 Forum::deletedAtMs(const Post &post) const
{
    return post.deleted() ? m_deletedAt.value(post.id, post.updatedAtMs) : 0;
}

QString Forum::excerpt(const Post &post, int maxLength) const
{
    const QString plain = plainText(text(post).cooked);
    if (plain.size() <= maxLength)
        return htmlEscape(plain);
    qsizetype cut = plain.lastIndexOf(u' ', maxLength);
    if (cut < maxLength / 2)
        cut = maxLength;
    return htmlEscape(plain.left(cut)) + QStringLiteral("&hellip;");
}

QString Forum::slug(const Topic &topic) const
{
    return slugify(topic.title);
}

const std::vector<int> &Forum::topicsByActivity() const
{
    if (m_activity->revision != m_revision) {
        std::vector<int> &ids = m_activity->ids;
        ids.clear();
        ids.reserve(m_topics.size());
        for (const Topic &t : m_topics) {
            if (t.id && !t.deleted && t.visible)
                ids.push_back(t.id);
        }
        std::sort(ids.begin(), ids.end(), [this](int a, int b) {
            const Topic &ta = m_topics[size_t(a)];
            const Topic &tb = m_topics[size_t(b)];
            return ta.bumpedAtMs != tb.bumpedAtMs ? ta.bumpedAtMs > tb.bumpedAtMs : a > b;
        });
        m_activity->revision = m_revision;
    }
    return m_activity->ids;
}

int Forum::participantCount(const Topic &topic) const
{
    QSet<int> users;
    for (qint32 id : topic.postIds) {
        if (const Post *p = post(id); p && !p->deleted())
            users.insert(p->userId);
    }
    return int(users.size());
}

const std::vector<Notification> &Forum::notifications(int userId) const
{
    static const std::vector<Notification> none;
    const auto it = m_notifications.constFind(userId);
    return it == m_notifications.constEnd() ? none : *it;
}

void Forum::addNotification(int userId, int type, int topicId, int postNumber, int actor,
                            qint64 atMs)
{
    if (userId == actor || !user(userId))
        return;
    std::vector<Notification> &list = m_notifications[userId];
    list.push_back({m_nextNotificationId++, userId, type, topicId, postNumber, actor, atMs, false});
}

int Forum::createTopic(const NewTopic &spec)
{
    Topic t;
    t.id = int(m_topics.size());
    t.categoryId = spec.categoryId ? spec.categoryId : m_uncategorizedId;
    t.userId = spec.userId;
    t.title = spec.title;
    t.lang = user(spec.userId) ? user(spec.userId)->lang : Lang::En;
    t.createdAtMs = spec.atMs;
    t.bumpedAtMs = spec.atMs;
    t.lastPostedAtMs = spec.atMs;
    m_topics.push_back(std::move(t));
    return createPost({spec.userId, int(m_topics.size()) - 1, spec.raw, 0, spec.atMs});
}

int Forum::createPost(const NewPost &spec)
{
    Topic &t = m_topics[size_t(spec.topicId)];
    Post p;
    p.id = int(m_posts.size());
    p.topicId = t.id;
    p.postNumber = int(t.postIds.size()) + 1;
    p.userId = spec.userId;
    p.replyToPostNumber = spec.replyToPostNumber;
    p.createdAtMs = spec.atMs;
    p.updatedAtMs = spec.atMs;
    p.lastVersionAtMs = spec.atMs;
    p.lang = t.lang;
    p.flags = PostStoredText;
    m_posts.push_back(p);
    m_storedText.insert(p.id, {spec.raw, cookMarkdown(*this, spec.raw)});

    t.postIds.push_back(p.id);
    t.postsCount += 1;
    t.highestPostNumber = p.postNumber;
    t.lastPostedAtMs = spec.atMs;
    t.bumpedAtMs = spec.atMs;
    t.lastPosterId = spec.userId;
    if (spec.replyToPostNumber) {
        if (const Post *target = postByNumber(t, spec.replyToPostNumber)) {
            m_posts[size_t(target->id)].replyCount += 1;
            addNotification(target->userId, 2, t.id, p.postNumber, spec.userId, spec.atMs);
        }
    }
    touch();
    return p.id;
}

namespace {
// Size of the changed middle once the common prefix and suffix are removed: a cheap stand-in
// for the character diff Discourse measures against editing_grace_period_max_diff.
int changedSize(const QString &a, const QString &b)
{
    qsizetype prefix = 0;
    const qsizetype shorter = std::min(a.size(), b.size());
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    return int(std::max(a.size(), b.size()) - prefix - suffix);
}
} // namespace

bool Forum::editPost(int postId, const QString &raw, const QString &editReason, int editorUserId,
                     qint64 atMs, bool bypassBump, qint64 gracePeriodMs, int graceMaxDiff)
{
    Post &p = m_posts[size_t(postId)];
    const QString before = text(p).raw;
    // PostRevisor#should_create_new_version?: another editor, an edit reason, or outside the
    // grace period (or a bigger change than it allows) makes a new revision.
    const bool newVersion = gracePeriodMs <= 0 || editorUserId != p.userId ||
                            !editReason.isEmpty() || atMs - p.lastVersionAtMs > gracePeriodMs ||
                            changedSize(before, raw) > graceMaxDiff;
    if (newVersion) {
        p.version += 1;
        p.lastVersionAtMs = atMs;
    }
    p.updatedAtMs = atMs;
    p.flags |= PostStoredText;
    m_storedText.insert(p.id, {raw, cookMarkdown(*this, raw)});
    if (!editReason.isEmpty())
        m_editReasons.insert(p.id, editReason);

    // PostRevisor#bump_topic: only an edit of the last post moves bumped_at.
    Topic &t = m_topics[size_t(p.topicId)];
    bool last = true;
    for (size_t i = size_t(p.postNumber); i < t.postIds.size(); ++i) {
        if (!m_posts[size_t(t.postIds[i])].deleted())
            last = false;
    }
    if (last && !bypassBump)
        t.bumpedAtMs = atMs;
    touch();
    return newVersion;
}

bool Forum::deletePost(int postId, qint64 atMs)
{
    const Post *existing = post(postId);
    if (!existing || existing->deleted())
        return false;
    Post &p = m_posts[size_t(postId)];
    p.flags |= PostDeleted;
    m_deletedAt.insert(p.id, atMs);
    Topic &t = m_topics[size_t(p.topicId)];
    if (p.postNumber == 1) {
        t.deleted = true; // deleting the first post deletes the topic (PostDestroyer)
    }
    // Topic.reset_highest
    t.postsCount = 0;
    t.highestPostNumber = 0;
    t.lastPostedAtMs = t.createdAtMs;
    for (qint32 id : t.postIds) {
        const Post &q = m_posts[size_t(id)];
        if (q.deleted())
            continue;
        t.postsCount += 1;
        t.highestPostNumber = q.postNumber;
        t.lastPostedAtMs = std::max(t.lastPostedAtMs, q.createdAtMs);
        t.lastPosterId = q.userId;
    }
    if (p.replyToPostNumber) {
        if (const Post *target = postByNumber(t, p.replyToPostNumber); target && target->replyCount)
            m_posts[size_t(target->id)].replyCount -= 1;
    }
    touch();
    return true;
}

bool Forum::moveTopic(int topicId, int categoryId, qint64)
{
    if (!topic(topicId) || !category(categoryId))
        return false;
    m_topics[size_t(topicId)].categoryId = categoryId;
    touch();
    return true;
}

bool Forum::setTopicStatus(int topicId, const QString &status, bool enabled, qint64 atMs)
{
    if (!topic(topicId))
        return false;
    Topic &t = m_topics[size_t(topicId)];
    if (status == u"closed")
        t.closed = enabled;
    else if (status == u"archived")
        t.archived = enabled;
    else if (status == u"visible")
        t.visible = enabled;
    else if (status == u"pinned" || status == u"pinned_globally") {
        t.pinned = enabled;
        t.pinnedGlobally = enabled && status == u"pinned_globally";
        t.pinnedAtMs = enabled ? atMs : 0;
    } else
        return false;
    touch();
    return true;
}

bool Forum::setTopicTitle(int topicId, const QString &title)
{
    if (!topic(topicId))
        return false;
    m_topics[size_t(topicId)].title = title;
    touch();
    return true;
}

bool Forum::like(int postId, int userId, qint64 atMs)
{
    const quint64 key = (quint64(quint32(userId)) << 32) | quint32(postId);
    if (m_likes.contains(key))
        return false;
    m_likes.insert(key);
    Post &p = m_posts[size_t(postId)];
    p.likeCount += 1;
    addNotification(p.userId, 5, p.topicId, p.postNumber, userId, atMs);
    touch();
    return true;
}

bool Forum::likedBy(int postId, int userId) const
{
    return m_likes.contains((quint64(quint32(userId)) << 32) | quint32(postId));
}

void Forum::markNotificationsRead(int userId, int upToId)
{
    const auto it = m_notifications.find(userId);
    if (it == m_notifications.end())
        return;
    for (Notification &n : *it) {
        if (upToId == 0 || n.id == upToId)
            n.read = true;
    }
    touch();
}

int Forum::addUser(const QString &username, const QString &name, int trustLevel, bool admin,
                   bool moderator)
{
    User u;
    u.id = int(m_users.size());
    u.username = username;
    u.name = name;
    u.trustLevel = trustLevel;
    u.admin = admin;
    u.moderator = moderator;
    u.createdAtMs = QDateTime::currentMSecsSinceEpoch();
    m_userByName.insert(username.toLower(), u.id);
    m_users.push_back(std::move(u));
    touch();
    return int(m_users.size()) - 1;
}

std::vector<int> Forum::postIdsByUser(int userId) const
{
    std::vector<int> ids;
    for (const Post &p : m_posts) {
        if (p.id && p.userId == userId)
            ids.push_back(p.id);
    }
    return ids;
}

} // namespace devserver
