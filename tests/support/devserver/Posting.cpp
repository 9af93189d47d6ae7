// POST /posts.json and PUT /posts/{id}.json as PostCreator / PostRevisor do them: Discourse's
// validations (lengths, closed topics, "too similar to what you recently posted", new users'
// link limit), content rate limits, the review queue (NewPostManager) and edit conflicts
// (posts_controller#update with original_text), with its exact messages.
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kMaxTopicTitleLength = 255;

QString tooShort(const QString &attribute, int count)
{
    return u"%1 is too short (minimum is %2 %3)"_s.arg(attribute).arg(count).arg(
            count == 1 ? u"character"_s : u"characters"_s);
}

QString strippedRaw(const QString &raw)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    return QString(raw).replace(spaces, u" "_s).trimmed();
}

// PostValidator#max_links_validator counts the links of the cooked post; bare URLs and
// Markdown links in the raw are the same links.
int linkCount(const QString &raw)
{
    static const QRegularExpression link(u"https?://"_s);
    return int(raw.count(link));
}

QStringList bodyErrors(const PostingRules &rules, const QString &raw, bool firstPost)
{
    QStringList errors;
    const int length = int(strippedRaw(raw).size());
    const int minimum = firstPost ? rules.minFirstPostLength : rules.minPostLength;
    if (length < minimum)
        errors << tooShort(u"Body"_s, minimum);
    else if (length > rules.maxPostLength)
        errors << u"Body is limited to %1 characters; you entered %2."_s.arg(rules.maxPostLength)
                          .arg(length);
    return errors;
}

// Post#unique_post_key: per user, a hash of the raw ignoring whitespace and case.
QByteArray uniqueKey(int userId, const QString &raw)
{
    static const QRegularExpression spaces(u"\\s+"_s);
    const QByteArray normalised = QString(raw).remove(spaces).toLower().toUtf8();
    return "unique-post-" + QByteArray::number(userId) + ':' +
           QCryptographicHash::hash(normalised, QCryptographicHash::Sha1).toHex();
}

QString firstValue(const QMultiMap<QString, QString> &params, const QString &key)
{
    const auto it = params.constFind(key);
    return it == params.constEnd() ? QString() : *it;
}

} // namespace

Response Server::createPost(const User &author, const QMultiMap<QString, QString> &params,
                            bool skipLimits)
{
    const QString raw = firstValue(params, u"raw"_s);
    if (raw.trimmed().isEmpty())
        return errors::paramMissing(u"raw"_s);
    const PostingRules &rules = m_settings.posting;
    const RateLimitSettings &limits = m_settings.limits;
    const Viewer viewer{&author};
    const qint64 now = m_clock.nowMs();
    const bool reply = params.contains(u"topic_id"_s);
    QStringList problems;

    const Topic *topic = nullptr;
    const Category *category = nullptr;
    QString title;
    if (reply) {
        topic = m_forum.topic(firstValue(params, u"topic_id"_s).toInt());
        // PostCreator: a topic that is gone, hidden from the user, closed or archived is
        // reported as topic_not_found, with a 422.
        if (!topic || !m_forum.canSee(viewer, *topic) || topic->deleted ||
            ((topic->closed || topic->archived) && !author.staff()))
            return errors::createPostFailed({u"Something has gone wrong. Perhaps this topic was "
                                             "closed or deleted while you were looking at it?"_s});
    } else {
        title = firstValue(params, u"title"_s).trimmed();
        const QString categoryParam = firstValue(params, u"category"_s);
        category = m_forum.category(categoryParam.isEmpty() ? m_forum.uncategorizedId()
                                                            : categoryParam.toInt());
        if (!category)
            return errors::createPostFailed({u"Category can't be blank"_s});
        // TopicCreator: guardian.ensure_can_create!(Topic, category) raises InvalidAccess.
        if (!m_forum.canSee(viewer, *category))
            return errors::invalidAccess();
        if (rules.validate) {
            if (title.isEmpty())
                problems << u"Title can't be blank"_s;
            else if (title.size() < rules.minTopicTitleLength)
                problems << tooShort(u"Title"_s, rules.minTopicTitleLength);
            else if (title.size() > kMaxTopicTitleLength)
                problems << u"Title is too long (maximum is %1 characters)"_s.arg(
                        kMaxTopicTitleLength);
        }
    }
    const QByteArray unique = uniqueKey(author.id, raw);
    if (rules.validate) {
        problems << bodyErrors(rules, raw, !reply);
        const int links = linkCount(raw);
        if (author.trustLevel == 0 && !author.staff() && links > rules.newUserMaxLinks) {
            // server.en.yml too_many_links
            problems << (rules.newUserMaxLinks == 1
                                 ? u"Sorry, new users can only put one link in a post."_s
                                 : u"Sorry, new users can only put %1 links in a post."_s.arg(
                                           rules.newUserMaxLinks));
        }
        if (!author.staff() && rules.uniquePostsMinutes > 0 &&
            m_recentPostHashes.value(unique, 0) > now)
            problems << u"Body is too similar to what you recently posted"_s;
    }
    if (!problems.isEmpty())
        return errors::createPostFailed(problems);

    if (limits.enabled && !skipLimits && !author.staff()) {
        const QByteArray user = QByteArray::number(author.id);
        const bool newUser = author.trustLevel == 0;
        if (reply) {
            const int seconds =
                    newUser ? limits.newUserCreatePostSeconds : limits.createPostSeconds;
            const auto outcome = m_limiter.hit("create_post:" + user, 1, seconds * 1000LL, now);
            if (!outcome.allowed)
                return errors::rateLimited(outcome.retryAfterSeconds, {}, u"create_post"_s);
        } else {
            const int seconds =
                    newUser ? limits.newUserCreateTopicSeconds : limits.createTopicSeconds;
            const auto perDay =
                    m_limiter.peek("topics_per_day:" + user, limits.maxTopicsPerDay, kDayMs, now);
            if (!perDay.allowed)
                return errors::rateLimited(perDay.retryAfterSeconds, {}, u"topics_per_day"_s);
            const auto outcome = m_limiter.hit("create_topic:" + user, 1, seconds * 1000LL, now);
            if (!outcome.allowed)
                return errors::rateLimited(outcome.retryAfterSeconds, {}, u"create_topic"_s);
            m_limiter.hit("topics_per_day:" + user, limits.maxTopicsPerDay, kDayMs, now);
        }
    }

    // NewPostManager: posts of users below approve_unless_trust_level wait in the review
    // queue; the answer is the "enqueued" result rather than a post.
    if (!author.staff() && author.trustLevel < rules.approveUnlessTrustLevel) {
        const int pendingId = m_nextPendingPostId++;
        const int pendingCount = ++m_pendingPostCounts[author.id];
        return Response::json(
                QJsonObject{{u"action"_s, u"enqueued"_s},
                            {u"pending_post"_s, QJsonObject{{u"id"_s, pendingId},
                                                            {u"raw"_s, raw},
                                                            {u"created_at"_s, isoTime(now)}}},
                            {u"pending_count"_s, pendingCount},
                            {u"reason"_s, u"trust_level"_s},
                            {u"success"_s, true}});
    }

    int postId = 0;
    if (reply) {
        postId = m_forum.createPost({author.id, topic->id, raw,
                                     firstValue(params, u"reply_to_post_number"_s).toInt(), now});
    } else {
        postId = m_forum.createTopic({author.id, category->id, title, raw, now});
    }
    if (rules.uniquePostsMinutes > 0)
        m_recentPostHashes.insert(unique, now + rules.uniquePostsMinutes * 60'000LL);
    return Response::json(
            postJson(m_forum, *m_forum.post(postId), viewer, PostShape::Created, true));
}

Response Server::updatePost(const User &editor, int postId,
                            const QMultiMap<QString, QString> &params)
{
    const Viewer viewer{&editor};
    const Post *post = m_forum.post(postId);
    if (!post || !m_forum.canSee(viewer, *post) || post->deleted())
        return errors::notFound();
    const Topic *topic = m_forum.topic(post->topicId);
    const bool own = post->userId == editor.id;
    if (!editor.staff() && (!own || topic->archived))
        return errors::invalidAccess();
    QString raw = firstValue(params, u"post[raw]"_s);
    if (raw.isEmpty())
        raw = firstValue(params, u"raw"_s);
    if (raw.trimmed().isEmpty())
        return errors::paramMissing(u"post"_s);
    // posts_controller#update: the text the editor started from (original_text, formerly
    // raw_old) must still be the post's, else someone edited it meanwhile.
    QString original = firstValue(params, u"post[original_text]"_s);
    if (original.isEmpty())
        original = firstValue(params, u"post[raw_old]"_s);
    if (!original.isEmpty() && original != m_forum.raw(*post))
        return errors::editConflict();
    if (m_settings.posting.validate) {
        const QStringList problems = bodyErrors(m_settings.posting, raw, post->postNumber == 1);
        if (!problems.isEmpty())
            return errors::unprocessable(problems);
    }
    const RateLimitSettings &limits = m_settings.limits;
    const qint64 now = m_clock.nowMs();
    if (limits.enabled && !editor.staff()) {
        const auto outcome = m_limiter.hit("edit_post:" + QByteArray::number(editor.id),
                                           limits.maxEditsPerDay, kDayMs, now);
        if (!outcome.allowed)
            return errors::rateLimited(outcome.retryAfterSeconds, {}, u"edit_post"_s);
    }
    QString reason = firstValue(params, u"post[edit_reason]"_s);
    if (reason.isEmpty())
        reason = firstValue(params, u"edit_reason"_s);
    const bool bypassBump = firstValue(params, u"bypass_bump"_s) == u"true";
    const PostingRules &rules = m_settings.posting;
    m_forum.editPost(postId, raw, reason, editor.id, now, bypassBump,
                     rules.editingGracePeriodSeconds * 1000LL, rules.editingGracePeriodMaxDiff);
    return Response::json(QJsonObject{{u"post"_s, postJson(m_forum, *m_forum.post(postId), viewer,
                                                           PostShape::Updated, true)}});
}

} // namespace devserver
