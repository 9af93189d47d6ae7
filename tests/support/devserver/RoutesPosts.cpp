// Posts: /posts.json (latest, and POST to create), /posts/{id}.json (GET, PUT, DELETE),
// /posts/{id}/raw and POST /post_actions.json (likes).
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr int kLatestWindow = 50; // posts_controller#latest: ids in (before - 50, before]
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

Response latestPosts(RouteContext &ctx)
{
    const Viewer viewer = ctx.viewer();
    int before = ctx.request.intParam(u"before"_s, 0);
    if (before <= 0)
        before = ctx.forum.maxPostId();
    QJsonArray posts;
    for (int id = before; id > before - kLatestWindow && id >= 1; --id) {
        const Post *p = ctx.forum.post(id);
        if (!p || p->deleted() || !ctx.forum.canSee(viewer, *p))
            continue;
        posts.append(postJson(ctx.forum, *p, viewer, PostShape::Latest, true));
    }
    return Response::json(QJsonObject{{u"latest_posts"_s, posts}});
}

const Post *visiblePost(RouteContext &ctx, int id)
{
    const Post *p = ctx.forum.post(id);
    return p && ctx.forum.canSee(ctx.viewer(), *p) ? p : nullptr;
}

Response showPost(RouteContext &ctx)
{
    const Post *p = visiblePost(ctx, ctx.intCapture(1));
    if (!p)
        return errors::notFound();
    return Response::json(postJson(ctx.forum, *p, ctx.viewer(), PostShape::Single, true));
}

Response rawOfPost(RouteContext &ctx)
{
    const Post *p = visiblePost(ctx, ctx.intCapture(1));
    if (!p)
        return errors::notFound();
    return Response::text(ctx.forum.raw(*p).toUtf8());
}

Response createPost(RouteContext &ctx)
{
    if (!ctx.principal.user)
        return errors::notLoggedIn();
    return ctx.server.createPost(*ctx.principal.user, ctx.request.params);
}

Response updatePost(RouteContext &ctx)
{
    if (!ctx.principal.user)
        return errors::notLoggedIn();
    return ctx.server.updatePost(*ctx.principal.user, ctx.intCapture(1), ctx.request.params);
}

Response deletePost(RouteContext &ctx)
{
    if (!ctx.principal.user)
        return errors::notLoggedIn();
    const Post *p = visiblePost(ctx, ctx.intCapture(1));
    if (!p || p->deleted())
        return errors::notFound();
    if (!ctx.viewer().staff() && p->userId != ctx.viewer().id())
        return errors::invalidAccess();
    ctx.forum.deletePost(p->id, ctx.now());
    return Response::empty(200);
}

Response postAction(RouteContext &ctx)
{
    const User *user = ctx.principal.user;
    if (!user)
        return errors::notLoggedIn();
    if (!ctx.request.hasParam(u"id"_s))
        return errors::paramMissing(u"id"_s);
    if (!ctx.request.hasParam(u"post_action_type_id"_s))
        return errors::paramMissing(u"post_action_type_id"_s);
    const Post *p = visiblePost(ctx, ctx.request.intParam(u"id"_s, 0));
    if (!p || p->deleted())
        return errors::invalidAccess(); // guardian.ensure_can_see!(@post)
    const int type = ctx.request.intParam(u"post_action_type_id"_s, 0);
    if (type != 2)
        return Response::json(postJson(ctx.forum, *p, ctx.viewer(), PostShape::Single, false));
    // Guardian#post_can_act?: not your own post, not twice.
    if (p->userId == user->id || ctx.forum.likedBy(p->id, user->id))
        return errors::invalidAccess();
    const RateLimitSettings &limits = ctx.server.settings().limits;
    const QByteArray key = "create_like:" + QByteArray::number(user->id);
    int remaining = limits.maxLikesPerDay;
    if (limits.enabled && !user->staff()) {
        const auto outcome =
                ctx.server.limiter().hit(key, limits.maxLikesPerDay, kDayMs, ctx.now());
        if (!outcome.allowed)
            return errors::rateLimited(outcome.retryAfterSeconds, {}, u"create_like"_s);
        remaining = limits.maxLikesPerDay - ctx.server.limiter().used(key, kDayMs, ctx.now());
    }
    ctx.forum.like(p->id, user->id, ctx.now());
    Response r = Response::json(
            postJson(ctx.forum, *ctx.forum.post(p->id), ctx.viewer(), PostShape::Single, false));
    r.setHeader("Discourse-Actions-Remaining", QByteArray::number(remaining));
    r.setHeader("Discourse-Actions-Max", QByteArray::number(limits.maxLikesPerDay));
    return r;
}

} // namespace

void addPostRoutes(Router &router)
{
    router.add("GET", u"/posts\\.json"_s, latestPosts);
    router.add("POST", u"/posts\\.json"_s, createPost);
    router.add("POST", u"/posts"_s, createPost);
    router.add("GET", u"/posts/(\\d+)\\.json"_s, showPost);
    router.add("PUT", u"/posts/(\\d+)\\.json"_s, updatePost);
    router.add("DELETE", u"/posts/(\\d+)\\.json"_s, deletePost);
    router.add("GET", u"/posts/(\\d+)/raw"_s, rawOfPost);
    router.add("POST", u"/post_actions\\.json"_s, postAction);
    router.add("POST", u"/post_actions"_s, postAction);
}

} // namespace devserver
