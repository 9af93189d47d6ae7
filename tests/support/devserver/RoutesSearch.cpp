// /search.json: Discourse's full-page search, modelled on topic titles and on the text of
// posts written at runtime (generated bodies are synthesised on demand and not indexed).
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"
#include "TextSynth.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr int kPerPage = 50; // Search.per_filter

struct Query
{
    QStringList terms;
    const User *author = nullptr;
    bool unknownAuthor = false;
    int categoryId = 0;
    bool unknownCategory = false;
    qint64 afterMs = 0;
    qint64 beforeMs = 0;
    int status = 0; // 1 open, 2 closed
};

Query parse(const Forum &forum, const QString &q)
{
    Query out;
    for (const QString &token : q.split(u' ', Qt::SkipEmptyParts)) {
        if (token.startsWith(u'@') && token.size() > 1) {
            out.author = forum.userByName(token.mid(1));
            out.unknownAuthor = !out.author;
        } else if (token.startsWith(u'#') && token.size() > 1) {
            out.unknownCategory = true;
            for (const Category &c : forum.categories()) {
                if (c.slug.compare(token.mid(1), Qt::CaseInsensitive) == 0) {
                    out.categoryId = c.id;
                    out.unknownCategory = false;
                }
            }
        } else if (token.startsWith(u"after:"_s) || token.startsWith(u"before:"_s)) {
            const QDate d = QDate::fromString(token.section(u':', 1), Qt::ISODate);
            const qint64 ms = d.isValid() ? d.startOfDay(Qt::UTC).toMSecsSinceEpoch() : 0;
            (token.startsWith(u'a') ? out.afterMs : out.beforeMs) = ms;
        } else if (token == u"status:open") {
            out.status = 1;
        } else if (token == u"status:closed") {
            out.status = 2;
        } else if (token.startsWith(u"order:"_s) || token.startsWith(u"in:"_s)) {
            continue; // results come newest first already
        } else {
            out.terms << token.toLower();
        }
    }
    return out;
}

bool containsAll(const QString &text, const QStringList &terms)
{
    const QString lower = text.toLower();
    for (const QString &t : terms) {
        if (!lower.contains(t))
            return false;
    }
    return true;
}

QJsonObject searchPost(const Forum &forum, const Post &p)
{
    const User *u = forum.user(p.userId);
    return {{u"id"_s, p.id},
            {u"name"_s, u ? u->name : QString()},
            {u"username"_s, u ? u->username : QString()},
            {u"avatar_template"_s, avatarTemplate(u ? u->username : QString())},
            {u"created_at"_s, isoTime(p.createdAtMs)},
            {u"like_count"_s, p.likeCount},
            {u"blurb"_s, forum.excerpt(p, 200)},
            {u"post_number"_s, p.postNumber},
            {u"topic_id"_s, p.topicId}};
}

} // namespace

Response searchRoute(RouteContext &ctx)
{
    static int searchLogId = 0;
    const QString term = ctx.request.param(u"q"_s, ctx.request.param(u"term"_s)).trimmed();
    const int page = std::clamp(ctx.request.intParam(u"page"_s, 1), 1, 10);
    QJsonObject grouped{{u"more_posts"_s, QJsonValue()},
                        {u"more_users"_s, QJsonValue()},
                        {u"more_categories"_s, QJsonValue()},
                        {u"term"_s, term},
                        {u"search_log_id"_s, ++searchLogId},
                        {u"more_full_page_results"_s, QJsonValue()},
                        {u"can_create_topic"_s, !ctx.viewer().anonymous()},
                        {u"error"_s, QJsonValue()},
                        {u"post_ids"_s, QJsonArray()},
                        {u"user_ids"_s, QJsonArray()},
                        {u"category_ids"_s, QJsonArray()},
                        {u"tag_ids"_s, QJsonArray()},
                        {u"group_ids"_s, QJsonArray()}};
    auto reply = [&](const QJsonArray &posts, const QJsonArray &topics, const QJsonArray &users) {
        QJsonObject body{{u"posts"_s, posts},
                         {u"users"_s, users},
                         {u"categories"_s, QJsonArray()},
                         {u"tags"_s, QJsonArray()},
                         {u"groups"_s, QJsonArray()},
                         {u"grouped_search_result"_s, grouped}};
        if (!posts.isEmpty())
            body.insert(u"topics"_s, topics);
        return Response::json(body);
    };

    // Search's own limiter answers 200 with an error, not 429 (search_controller#show).
    const RateLimitSettings &limits = ctx.server.settings().limits;
    if (limits.enabled) {
        const bool anon = ctx.viewer().anonymous();
        const QByteArray key = anon ? "search_anon:" + ctx.request.peer.toString().toUtf8()
                                    : "search:" + QByteArray::number(ctx.viewer().id());
        if (!ctx.server.limiter().hit(key, anon ? 15 : 30, 60'000, ctx.now()).allowed) {
            grouped.insert(
                    u"error"_s,
                    u"You’ve performed this action too many times, please try again later."_s);
            return reply({}, {}, {});
        }
    }
    const Query query = parse(ctx.forum, term);
    if (query.terms.join(u' ').size() < 3 && !query.author && !query.categoryId) {
        grouped.insert(u"error"_s, u"Your search term is too short."_s);
        return reply({}, {}, {});
    }
    std::vector<int> postIds;
    if (!query.unknownAuthor && !query.unknownCategory) {
        QSet<int> runtimeTopics;
        // Posts written at runtime: their stored text is searched too.
        for (int id = ctx.forum.maxPostId(); id >= 1; --id) {
            const Post *p = ctx.forum.post(id);
            if (!(p->flags & PostStoredText) || p->deleted() || !ctx.forum.canSee(ctx.viewer(), *p))
                continue;
            if (query.author && p->userId != query.author->id)
                continue;
            if (!query.terms.isEmpty() && !containsAll(ctx.forum.raw(*p), query.terms))
                continue;
            runtimeTopics.insert(p->topicId);
            postIds.push_back(id);
        }
        for (int topicId : ctx.forum.topicsByActivity()) {
            const Topic &t = *ctx.forum.topic(topicId);
            if (runtimeTopics.contains(topicId) || !ctx.forum.canSee(ctx.viewer(), t))
                continue;
            if ((query.categoryId && t.categoryId != query.categoryId) ||
                (query.author && t.userId != query.author->id) ||
                (query.afterMs && t.createdAtMs < query.afterMs) ||
                (query.beforeMs && t.createdAtMs >= query.beforeMs) ||
                (query.status == 1 && t.closed) || (query.status == 2 && !t.closed))
                continue;
            if (!containsAll(t.title, query.terms) || t.postIds.empty())
                continue;
            postIds.push_back(t.postIds.front());
        }
    }
    const size_t from = size_t(page - 1) * kPerPage;
    QJsonArray posts;
    QJsonArray ids;
    std::vector<int> topicIds;
    for (size_t i = from; i < postIds.size() && i < from + kPerPage; ++i) {
        const Post &p = *ctx.forum.post(postIds[i]);
        posts.append(searchPost(ctx.forum, p));
        ids.append(p.id);
        if (std::find(topicIds.begin(), topicIds.end(), p.topicId) == topicIds.end())
            topicIds.push_back(p.topicId);
    }
    grouped.insert(u"post_ids"_s, ids);
    if (postIds.size() > from + kPerPage)
        grouped.insert(u"more_full_page_results"_s, true);
    const TopicListJson topics = topicListJson(ctx.forum, topicIds, ctx.viewer());
    return reply(posts, topics.topics, {});
}

} // namespace devserver
