// A topic and its post stream: /t/{id}.json, /t/{slug}/{id}.json, /t/{id}/{post_number}.json,
// /t/{id}/posts.json?post_ids[]=... and the raw Markdown under /raw/.
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"
#include "TextSynth.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr int kChunkSize = 20; // TopicView.chunk_size
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

std::vector<const Post *> visiblePosts(const Forum &forum, const Topic &topic, const Viewer &viewer)
{
    std::vector<const Post *> out;
    out.reserve(topic.postIds.size());
    for (qint32 id : topic.postIds) {
        const Post *p = forum.post(id);
        if (p && (!p->deleted() || viewer.staff()))
            out.push_back(p);
    }
    return out;
}

// TopicView#filter_posts_near: a quarter of a chunk before the post, the rest from it on, and
// more from before when the end of the topic is near.
std::vector<const Post *> postsNear(const std::vector<const Post *> &stream, int postNumber)
{
    const size_t at =
            size_t(std::find_if(stream.begin(), stream.end(),
                                [&](const Post *p) { return p->postNumber >= postNumber; }) -
                   stream.begin());
    const size_t before = std::min<size_t>(at, kChunkSize / 4);
    size_t first = at - before;
    size_t last = std::min(stream.size(), first + kChunkSize);
    if (last - first < kChunkSize)
        first = last > kChunkSize ? last - kChunkSize : 0;
    return {stream.begin() + qsizetype(first), stream.begin() + qsizetype(last)};
}

QJsonArray timelineLookup(const std::vector<const Post *> &stream, qint64 nowMs)
{
    QJsonArray out;
    const size_t step = std::max<size_t>(1, stream.size() / 25);
    qint64 lastDays = -1;
    for (size_t i = 0; i < stream.size(); i += step) {
        const qint64 days = (nowMs - stream[i]->createdAtMs) / kDayMs;
        if (days != lastDays)
            out.append(QJsonArray{int(i + 1), days});
        lastDays = days;
    }
    return out;
}

QJsonArray participants(const Forum &forum, const std::vector<const Post *> &stream)
{
    QHash<int, int> counts;
    for (const Post *p : stream)
        counts[p->userId] += 1;
    std::vector<std::pair<int, int>> sorted;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sorted.emplace_back(it.value(), it.key());
    std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    QJsonArray out;
    for (size_t i = 0; i < sorted.size() && i < 24; ++i) {
        const User *u = forum.user(sorted[i].second);
        if (!u)
            continue;
        QJsonObject o = basicUserJson(*u);
        o.insert(u"post_count"_s, sorted[i].first);
        o.insert(u"primary_group_name"_s, QJsonValue());
        o.insert(u"flair_name"_s, QJsonValue());
        o.insert(u"flair_url"_s, QJsonValue());
        o.insert(u"flair_color"_s, QJsonValue());
        o.insert(u"flair_bg_color"_s, QJsonValue());
        o.insert(u"flair_group_id"_s, QJsonValue());
        o.insert(u"admin"_s, u->admin);
        o.insert(u"moderator"_s, u->moderator);
        o.insert(u"trust_level"_s, u->trustLevel);
        out.append(o);
    }
    return out;
}

QJsonObject details(const Forum &forum, const Topic &t, const Viewer &viewer,
                    const std::vector<const Post *> &stream)
{
    const bool staff = viewer.staff();
    const bool loggedIn = !viewer.anonymous();
    const bool open = !t.closed && !t.archived;
    const User *creator = forum.user(t.userId);
    const User *last = forum.user(t.lastPosterId ? t.lastPosterId : t.userId);
    QJsonObject d{{u"can_edit"_s, staff || (viewer.id() == t.userId && open)},
                  {u"notification_level"_s, 1},
                  {u"can_move_posts"_s, staff},
                  {u"can_delete"_s, staff},
                  {u"can_remove_allowed_users"_s, staff},
                  {u"can_create_post"_s, loggedIn && (open || staff)},
                  {u"can_reply_as_new_topic"_s, loggedIn},
                  {u"can_flag_topic"_s, loggedIn},
                  {u"can_convert_topic"_s, staff},
                  {u"can_review_topic"_s, staff},
                  {u"can_close_topic"_s, staff},
                  {u"can_archive_topic"_s, staff},
                  {u"can_split_merge_topic"_s, staff},
                  {u"can_edit_staff_notes"_s, staff},
                  {u"can_toggle_topic_visibility"_s, staff},
                  {u"can_pin_unpin_topic"_s, staff},
                  {u"can_moderate_category"_s, staff},
                  {u"participants"_s, participants(forum, stream)},
                  {u"created_by"_s, creator ? basicUserJson(*creator) : QJsonObject()},
                  {u"last_poster"_s, last ? basicUserJson(*last) : QJsonObject()}};
    if (loggedIn)
        d.insert(u"can_remove_self_id"_s, viewer.id());
    return d;
}

QJsonArray suggested(const Forum &forum, const Topic &t, const Viewer &viewer)
{
    QJsonArray out;
    for (int id : forum.topicsByActivity()) {
        const Topic &other = *forum.topic(id);
        if (other.id == t.id || other.categoryId != t.categoryId || !forum.canSee(viewer, other))
            continue;
        out.append(suggestedTopicJson(forum, other));
        if (out.size() == 5)
            break;
    }
    return out;
}

Response topicView(RouteContext &ctx, int topicId, int nearPostNumber)
{
    const Viewer viewer = ctx.viewer();
    const Topic *t = ctx.forum.topic(topicId);
    // A private or deleted topic is a 404, not a 403 (detailed_404 is off by default).
    if (!t || !ctx.forum.canSee(viewer, *t))
        return errors::notFound();
    std::vector<const Post *> stream = visiblePosts(ctx.forum, *t, viewer);
    // TopicView#setup_filtered_posts: ?username_filters=a,b keeps the first post and the posts
    // of those users (the stream, the chunk and the counts all follow the filter).
    if (const QString names = ctx.request.param(u"username_filters"_s); !names.isEmpty()) {
        QSet<int> userIds;
        for (const QString &name : names.split(u',', Qt::SkipEmptyParts)) {
            if (const User *u = ctx.forum.userByName(name.trimmed()))
                userIds.insert(u->id);
        }
        std::erase_if(stream, [&](const Post *p) {
            return p->postNumber != 1 && !userIds.contains(p->userId);
        });
    }
    std::vector<const Post *> chunk;
    if (nearPostNumber > 0) {
        chunk = postsNear(stream, nearPostNumber);
    } else {
        const int page = ctx.request.intParam(u"page"_s, 1);
        const size_t from = size_t(std::max(0, page - 1)) * kChunkSize;
        if (page > 1 && from >= stream.size())
            return errors::notFound();
        for (size_t i = from; i < stream.size() && i < from + kChunkSize; ++i)
            chunk.push_back(stream[i]);
    }
    const bool includeRaw = ctx.request.hasParam(u"include_raw"_s);
    QJsonArray posts;
    for (const Post *p : chunk)
        posts.append(postJson(ctx.forum, *p, viewer, PostShape::TopicView, includeRaw));
    QJsonArray ids;
    bool hasDeleted = false;
    for (const Post *p : stream) {
        ids.append(p->id);
        hasDeleted = hasDeleted || p->deleted();
    }
    int likeCount = 0;
    int replyCount = 0;
    for (const Post *p : stream) {
        likeCount += p->likeCount;
        replyCount += p->replyToPostNumber ? 1 : 0;
    }
    const bool loggedIn = !viewer.anonymous();
    QJsonObject body{
            {u"post_stream"_s, QJsonObject{{u"posts"_s, posts}, {u"stream"_s, ids}}},
            {u"timeline_lookup"_s, timelineLookup(stream, ctx.now())},
            {u"suggested_topics"_s, suggested(ctx.forum, *t, viewer)},
            {u"tags"_s, QJsonArray()},
            {u"tags_descriptions"_s, QJsonObject()},
            {u"id"_s, t->id},
            {u"title"_s, t->title},
            {u"fancy_title"_s, fancyTitle(t->title)},
            {u"posts_count"_s, t->postsCount},
            {u"created_at"_s, isoTime(t->createdAtMs)},
            {u"views"_s, t->views},
            {u"reply_count"_s, replyCount},
            {u"like_count"_s, likeCount},
            {u"last_posted_at"_s, isoTime(t->lastPostedAtMs)},
            {u"visible"_s, t->visible},
            {u"closed"_s, t->closed},
            {u"archived"_s, t->archived},
            {u"has_summary"_s, false},
            {u"archetype"_s, u"regular"_s},
            {u"slug"_s, ctx.forum.slug(*t)},
            {u"category_id"_s, t->categoryId},
            {u"word_count"_s, t->postsCount * 64},
            {u"deleted_at"_s, QJsonValue()},
            {u"user_id"_s, t->userId},
            {u"featured_link"_s, QJsonValue()},
            {u"pinned_globally"_s, t->pinnedGlobally},
            {u"pinned_at"_s, t->pinnedAtMs ? QJsonValue(isoTime(t->pinnedAtMs)) : QJsonValue()},
            {u"pinned_until"_s, QJsonValue()},
            {u"image_url"_s, QJsonValue()},
            {u"slow_mode_seconds"_s, 0},
            {u"draft"_s, QJsonValue()},
            {u"draft_key"_s, u"topic_%1"_s.arg(t->id)},
            {u"draft_sequence"_s, loggedIn ? QJsonValue(0) : QJsonValue()},
            {u"unpinned"_s, QJsonValue()},
            {u"pinned"_s, t->pinned},
            {u"highest_post_number"_s, t->highestPostNumber},
            {u"deleted_by"_s, QJsonValue()},
            {u"has_deleted"_s, hasDeleted},
            {u"actions_summary"_s, QJsonArray{QJsonObject{{u"id"_s, 4},
                                                          {u"count"_s, 0},
                                                          {u"hidden"_s, false},
                                                          {u"can_act"_s, loggedIn}},
                                              QJsonObject{{u"id"_s, 8},
                                                          {u"count"_s, 0},
                                                          {u"hidden"_s, false},
                                                          {u"can_act"_s, loggedIn}},
                                              QJsonObject{{u"id"_s, 7},
                                                          {u"count"_s, 0},
                                                          {u"hidden"_s, false},
                                                          {u"can_act"_s, loggedIn}}}},
            {u"chunk_size"_s, kChunkSize},
            {u"bookmarked"_s, false},
            {u"bookmarks"_s, QJsonArray()},
            {u"topic_timer"_s, QJsonValue()},
            {u"message_bus_last_id"_s, 0},
            {u"participant_count"_s, ctx.forum.participantCount(*t)},
            {u"show_read_indicator"_s, false},
            {u"thumbnails"_s, QJsonValue()},
            {u"slow_mode_enabled_until"_s, QJsonValue()},
            {u"details"_s, details(ctx.forum, *t, viewer, stream)},
    };
    if (nearPostNumber > 0)
        body.insert(u"current_post_number"_s, std::min(nearPostNumber, t->highestPostNumber));
    return Response::json(body);
}

Response topicPosts(RouteContext &ctx)
{
    const Viewer viewer = ctx.viewer();
    const Topic *t = ctx.forum.topic(ctx.intCapture(1));
    if (!t || !ctx.forum.canSee(viewer, *t))
        return errors::notFound();
    const std::vector<const Post *> stream = visiblePosts(ctx.forum, *t, viewer);
    QSet<int> wanted;
    for (const QString &id : ctx.request.paramList(u"post_ids[]"_s))
        wanted.insert(id.toInt());
    const bool includeRaw = ctx.request.hasParam(u"include_raw"_s);
    QJsonArray posts;
    int taken = 0;
    for (const Post *p : stream) {
        if (wanted.isEmpty() ? taken >= kChunkSize : !wanted.contains(p->id))
            continue;
        posts.append(postJson(ctx.forum, *p, viewer, PostShape::TopicView, includeRaw));
        ++taken;
    }
    return Response::json(
            QJsonObject{{u"post_stream"_s, QJsonObject{{u"posts"_s, posts}}}, {u"id"_s, t->id}});
}

Response rawPost(RouteContext &ctx)
{
    const Topic *t = ctx.forum.topic(ctx.intCapture(1));
    if (!t || !ctx.forum.canSee(ctx.viewer(), *t))
        return errors::notFound();
    const Post *p = ctx.forum.postByNumber(*t, ctx.intCapture(2));
    if (!p || !ctx.forum.canSee(ctx.viewer(), *p))
        return errors::notFound();
    return Response::text(ctx.forum.raw(*p).toUtf8());
}

// /raw/{topic_id}?page=N: 100 posts per page as Markdown (MARKDOWN_TOPIC_PAGE_SIZE).
Response rawTopic(RouteContext &ctx)
{
    const Topic *t = ctx.forum.topic(ctx.intCapture(1));
    if (!t || !ctx.forum.canSee(ctx.viewer(), *t))
        return errors::notFound();
    const std::vector<const Post *> stream = visiblePosts(ctx.forum, *t, ctx.viewer());
    const size_t page = size_t(std::max(1, ctx.request.intParam(u"page"_s, 1)));
    QStringList parts;
    for (size_t i = (page - 1) * 100; i < stream.size() && i < page * 100; ++i) {
        const Post *p = stream[i];
        const User *u = ctx.forum.user(p->userId);
        parts << u"%1 | %2 | #%3\n\n%4"_s.arg(u ? u->username : QString(), isoTime(p->updatedAtMs))
                         .arg(p->postNumber)
                         .arg(ctx.forum.raw(*p));
    }
    return Response::text(parts.join(u"\n\n-------------------------\n\n"_s).toUtf8());
}

} // namespace

void addTopicRoutes(Router &router)
{
    router.add("GET", u"/t/(\\d+)/posts\\.json"_s, topicPosts);
    // Like Discourse's routes, /t/{number}/{number} is topic and post number; a slug is
    // anything that is not all digits.
    router.add("GET", u"/t/(?:[^/]*[^0-9/][^/]*/)?(\\d+)\\.json"_s,
               [](RouteContext &ctx) { return topicView(ctx, ctx.intCapture(1), 0); });
    router.add("GET", u"/t/(?:[^/]*[^0-9/][^/]*/)?(\\d+)/(\\d+)\\.json"_s, [](RouteContext &ctx) {
        return topicView(ctx, ctx.intCapture(1), std::max(1, ctx.intCapture(2)));
    });
    router.add("GET", u"/raw/(\\d+)/(\\d+)"_s, rawPost);
    router.add("GET", u"/raw/(\\d+)"_s, rawTopic);
}

} // namespace devserver
