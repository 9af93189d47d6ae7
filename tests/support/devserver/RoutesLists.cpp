// Topic lists: /latest.json, /top.json, /new.json, a category's /c/.../l/{latest,top}.json and
// /topics/created-by/{username}.json, paginated as TopicQuery does (30 per page, pinned topics
// first on page 0, more_topics_url only when the page is full).
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr int kDefaultPerPage = 30; // TopicQuery::DEFAULT_PER_PAGE_COUNT
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

qint64 periodMs(const QString &period)
{
    if (period == u"daily")
        return kDayMs;
    if (period == u"weekly")
        return 7 * kDayMs;
    if (period == u"monthly")
        return 30 * kDayMs;
    if (period == u"quarterly")
        return 90 * kDayMs;
    if (period == u"yearly")
        return 365 * kDayMs;
    return 0; // all
}

struct ListSpec
{
    QString filter;   // latest, top, new, created-by
    QString basePath; // "/latest", "/c/slug/4/l/latest"
    const Category *category = nullptr;
    int userId = 0; // created-by: only this user's topics
};

int perPage(const RouteContext &ctx)
{
    if (!ctx.server.settings().honourPerPage || !ctx.request.hasParam(u"per_page"_s))
        return kDefaultPerPage;
    return std::clamp(ctx.request.intParam(u"per_page"_s, kDefaultPerPage), 1, 100);
}

Response topicList(RouteContext &ctx, const ListSpec &spec)
{
    const Viewer viewer = ctx.viewer();
    const Forum &forum = ctx.forum;
    const int page = std::max(0, ctx.request.intParam(u"page"_s, 0));
    const int size = perPage(ctx);
    const QString period = ctx.request.param(u"period"_s, u"yearly"_s);
    const bool noSubcategories = ctx.request.param(u"no_subcategories"_s) == u"true";

    auto inScope = [&](const Topic &t) {
        if (!forum.canSee(viewer, t))
            return false;
        if (spec.userId && t.userId != spec.userId)
            return false;
        if (!spec.category)
            return true;
        if (t.categoryId == spec.category->id)
            return true;
        const Category *c = forum.category(t.categoryId);
        return !noSubcategories && c && c->parentId == spec.category->id;
    };

    std::vector<int> ids;
    for (int id : forum.topicsByActivity()) {
        const Topic &t = *forum.topic(id);
        if (!inScope(t))
            continue;
        if (spec.filter == u"new" && ctx.now() - t.createdAtMs > 2 * kDayMs)
            continue;
        if (spec.filter == u"top") {
            const qint64 window = periodMs(period);
            if (window && ctx.now() - t.bumpedAtMs > window)
                continue;
        }
        ids.push_back(id);
    }
    if (spec.filter == u"top") {
        auto score = [&](int id) {
            const Topic &t = *forum.topic(id);
            return t.postsCount * 5 + t.views / 20;
        };
        std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return score(a) > score(b); });
    } else if (ctx.request.param(u"order"_s) == u"created") {
        std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) {
            return forum.topic(a)->createdAtMs > forum.topic(b)->createdAtMs;
        });
    }
    if (ctx.request.param(u"ascending"_s) == u"true")
        std::reverse(ids.begin(), ids.end());

    std::vector<int> pageIds;
    if (spec.filter == u"latest") {
        // TopicQuery#prioritize_pinned_topics
        std::vector<int> pinned;
        std::vector<int> rest;
        for (int id : ids) {
            const Topic &t = *forum.topic(id);
            const bool isPinned = t.pinnedAtMs && (spec.category ? t.categoryId == spec.category->id
                                                                 : t.pinnedGlobally);
            (isPinned ? pinned : rest).push_back(id);
        }
        if (page == 0) {
            pageIds = pinned;
            pageIds.insert(pageIds.end(), rest.begin(), rest.end());
            pageIds.resize(std::min<size_t>(pageIds.size(), size_t(size)));
        } else {
            const size_t offset =
                    size_t(std::max<qint64>(0, qint64(page) * size - qint64(pinned.size())));
            for (size_t i = offset; i < rest.size() && pageIds.size() < size_t(size); ++i)
                pageIds.push_back(rest[i]);
        }
    } else {
        for (size_t i = size_t(page) * size_t(size);
             i < ids.size() && pageIds.size() < size_t(size); ++i)
            pageIds.push_back(ids[i]);
    }

    const TopicListJson list = topicListJson(forum, pageIds, viewer);
    QJsonObject topicList{{u"can_create_topic"_s, !viewer.anonymous()},
                          {u"draft"_s, QJsonValue()},
                          {u"draft_key"_s, u"new_topic"_s},
                          {u"draft_sequence"_s, viewer.anonymous() ? QJsonValue() : QJsonValue(0)},
                          {u"per_page"_s, size},
                          {u"topics"_s, list.topics}};
    if (spec.filter == u"top")
        topicList.insert(u"for_period"_s, period);
    // TopicListSerializer#include_more_topics_url?: only a full page has a next one. The URL
    // has no ".json", as construct_url_with makes it.
    if (int(pageIds.size()) == size) {
        QUrlQuery next;
        next.addQueryItem(u"page"_s, QString::number(page + 1));
        for (const QString &key :
             {u"per_page"_s, u"period"_s, u"order"_s, u"ascending"_s, u"no_subcategories"_s}) {
            if (ctx.request.hasParam(key) &&
                (key != u"per_page" || ctx.server.settings().honourPerPage))
                next.addQueryItem(key, ctx.request.param(key));
        }
        topicList.insert(u"more_topics_url"_s,
                         spec.basePath + u'?' + next.toString(QUrl::FullyEncoded));
    }
    return Response::json(QJsonObject{{u"users"_s, list.users},
                                      {u"primary_groups"_s, QJsonArray()},
                                      {u"topic_list"_s, topicList}});
}

Response latest(RouteContext &ctx)
{
    return topicList(ctx, {u"latest"_s, u"/latest"_s, nullptr});
}

Response top(RouteContext &ctx)
{
    return topicList(ctx, {u"top"_s, u"/top"_s, nullptr});
}

Response newTopics(RouteContext &ctx)
{
    if (ctx.viewer().anonymous())
        return errors::notLoggedIn();
    return topicList(ctx, {u"new"_s, u"/new"_s, nullptr});
}

// /c/{slug}/{id}/l/{filter}.json, /c/{parent}/{slug}/{id}/l/{filter}.json, /c/{id}/l/{filter}.json
// and /c/{slug}/{id}.json (the category's default view, latest).
Response categoryList(RouteContext &ctx)
{
    const QString slugPath = ctx.match.captured(u"path"_s);
    const QString filter = ctx.match.captured(u"filter"_s).isEmpty()
                                   ? u"latest"_s
                                   : ctx.match.captured(u"filter"_s);
    bool numeric = false;
    const int id = slugPath.section(u'/', -1).toInt(&numeric);
    const Category *category = nullptr;
    if (numeric)
        category = ctx.forum.category(id);
    else {
        for (const Category &c : ctx.forum.categories()) {
            if (c.slug == slugPath.section(u'/', -1))
                category = &c;
        }
    }
    // An unknown category and one the viewer may not see look the same (ListController).
    if (!category || !ctx.forum.canSee(ctx.viewer(), *category))
        return errors::notFound();
    if (filter == u"new" && ctx.viewer().anonymous())
        return errors::notLoggedIn();
    QString base = u"/c/"_s;
    if (const Category *parent = ctx.forum.category(category->parentId))
        base += parent->slug + u'/';
    base += category->slug + u'/' + QString::number(category->id) + u"/l/"_s + filter;
    return topicList(ctx, {filter, base, category});
}

// ListController#topics_by (TopicQuery#list_topics_by): the topics a user created that the
// viewer may see, most recently bumped first, 30 a page.
Response topicsCreatedBy(RouteContext &ctx)
{
    const User *user = ctx.forum.userByName(ctx.match.captured(u"username"_s));
    if (!user)
        return errors::notFound();
    return topicList(ctx, {u"created-by"_s, u"/topics/created-by/"_s + user->username.toLower(),
                           nullptr, user->id});
}

} // namespace

void addListRoutes(Router &router)
{
    router.add("GET", u"/latest\\.json"_s, latest);
    router.add("GET", u"/top\\.json"_s, top);
    router.add("GET", u"/top/(?<period>all|yearly|quarterly|monthly|weekly|daily)\\.json"_s,
               [](RouteContext &ctx) {
                   Request copy = ctx.request;
                   copy.params.replace(u"period"_s, ctx.match.captured(u"period"_s));
                   RouteContext inner{ctx.server, ctx.forum, copy, ctx.principal, ctx.match};
                   return topicList(inner, {u"top"_s, u"/top"_s, nullptr});
               });
    router.add("GET", u"/new\\.json"_s, newTopics);
    router.add("GET", u"/c/(?<path>[^.]+?)/l/(?<filter>latest|top|new)\\.json"_s, categoryList);
    router.add("GET", u"/c/(?<path>[^.]+?)\\.json"_s, categoryList);
    router.add("GET", u"/topics/created-by/(?<username>[^/]+?)\\.json"_s, topicsCreatedBy);
}

} // namespace devserver
