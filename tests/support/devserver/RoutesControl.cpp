// The control API under /__devserver/ (only with --control, or when enabled from C++): lets a
// test change the forum while it runs, inject faults, set limits, mint keys and read the
// request log. JSON in, JSON out. The endpoints are listed in README.md ("Devserver").
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

Response ok(const QJsonObject &body = {{u"ok"_s, true}})
{
    return Response::json(body);
}

Response fail(const QString &message, int status = 400)
{
    return Response::json(QJsonObject{{u"error"_s, message}}, status);
}

QJsonObject body(const RouteContext &ctx)
{
    return QJsonDocument::fromJson(ctx.request.body).object();
}

// "username" or "user_id"; neither: user 1 (the first admin).
const User *userFrom(const RouteContext &ctx, const QJsonObject &json, const char *key = "username")
{
    if (json.contains(u"user_id"_s))
        return ctx.forum.user(json.value(u"user_id"_s).toInt());
    const QString name = json.value(QLatin1String(key)).toString();
    return name.isEmpty() ? ctx.forum.user(1) : ctx.forum.userByName(name);
}

QJsonObject postSummary(const Forum &forum, const Post &p)
{
    const User *u = forum.user(p.userId);
    return {{u"id"_s, p.id},
            {u"topic_id"_s, p.topicId},
            {u"post_number"_s, p.postNumber},
            {u"username"_s, u ? u->username : QString()},
            {u"raw"_s, forum.raw(p)},
            {u"version"_s, p.version},
            {u"deleted"_s, p.deleted()},
            {u"reply_to_post_number"_s, p.replyToPostNumber},
            {u"created_at"_s, isoTime(p.createdAtMs)}};
}

Response status(RouteContext &ctx)
{
    return ok({{u"base_url"_s, ctx.server.baseUrl().toString()},
               {u"users"_s, int(ctx.forum.users().size()) - 1},
               {u"categories"_s, int(ctx.forum.categories().size())},
               {u"topics"_s, ctx.forum.maxTopicId()},
               {u"posts"_s, ctx.forum.maxPostId()},
               {u"revision"_s, qint64(ctx.forum.revision())},
               {u"seed"_s, qint64(ctx.forum.seed())},
               {u"clock_offset_ms"_s, ctx.server.clock().offsetMs()},
               {u"settings"_s, toJson(ctx.server.settings())}});
}

Response createTopic(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    const User *author = userFrom(ctx, json);
    if (!author)
        return fail(u"unknown username"_s, 404);
    if (json.value(u"validate"_s).toBool()) {
        QMultiMap<QString, QString> params{{u"title"_s, json.value(u"title"_s).toString()},
                                           {u"raw"_s, json.value(u"raw"_s).toString()}};
        if (json.contains(u"category_id"_s))
            params.insert(u"category"_s, QString::number(json.value(u"category_id"_s).toInt()));
        return ctx.server.createPost(*author, params, true);
    }
    const int categoryId = json.value(u"category_id"_s).toInt(ctx.forum.uncategorizedId());
    if (!ctx.forum.category(categoryId))
        return fail(u"unknown category_id"_s, 404);
    const QString title = json.value(u"title"_s).toString();
    const QString raw = json.value(u"raw"_s).toString();
    if (title.isEmpty() || raw.isEmpty())
        return fail(u"title and raw are required"_s);
    const int postId = ctx.forum.createTopic({author->id, categoryId, title, raw, ctx.now()});
    const Post &p = *ctx.forum.post(postId);
    return ok({{u"topic_id"_s, p.topicId}, {u"post_id"_s, p.id}, {u"post_number"_s, p.postNumber}});
}

Response createPost(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    const User *author = userFrom(ctx, json);
    if (!author)
        return fail(u"unknown username"_s, 404);
    const int topicId = json.value(u"topic_id"_s).toInt();
    if (json.value(u"validate"_s).toBool()) {
        QMultiMap<QString, QString> params{{u"topic_id"_s, QString::number(topicId)},
                                           {u"raw"_s, json.value(u"raw"_s).toString()}};
        if (json.contains(u"reply_to_post_number"_s))
            params.insert(u"reply_to_post_number"_s,
                          QString::number(json.value(u"reply_to_post_number"_s).toInt()));
        return ctx.server.createPost(*author, params, true);
    }
    const Topic *t = ctx.forum.topic(topicId);
    if (!t || t->deleted)
        return fail(u"unknown topic_id"_s, 404);
    const QString raw = json.value(u"raw"_s).toString();
    if (raw.isEmpty())
        return fail(u"raw is required"_s);
    const int postId = ctx.forum.createPost(
            {author->id, topicId, raw, json.value(u"reply_to_post_number"_s).toInt(), ctx.now()});
    const Post &p = *ctx.forum.post(postId);
    return ok({{u"topic_id"_s, p.topicId}, {u"post_id"_s, p.id}, {u"post_number"_s, p.postNumber}});
}

Response editPost(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    const Post *p = ctx.forum.post(ctx.intCapture(1));
    if (!p || p->deleted())
        return fail(u"unknown post"_s, 404);
    // Without a username the edit is made by the system (id 0), someone other than the author,
    // so it always makes a new version; with one, PostRevisor's grace period applies.
    const bool named = json.contains(u"username"_s) || json.contains(u"user_id"_s);
    const User *editor = named ? userFrom(ctx, json) : nullptr;
    if (named && !editor)
        return fail(u"unknown username"_s, 404);
    const QString raw = json.value(u"raw"_s).toString();
    if (raw.isEmpty())
        return fail(u"raw is required"_s);
    const PostingRules &rules = ctx.server.settings().posting;
    const bool newVersion = ctx.forum.editPost(
            p->id, raw, json.value(u"edit_reason"_s).toString(), editor ? editor->id : 0, ctx.now(),
            json.value(u"bypass_bump"_s).toBool(), rules.editingGracePeriodSeconds * 1000LL,
            rules.editingGracePeriodMaxDiff);
    const Post &after = *ctx.forum.post(p->id);
    return ok({{u"post_id"_s, after.id},
               {u"version"_s, after.version},
               {u"new_version"_s, newVersion}});
}

Response deletePost(RouteContext &ctx)
{
    if (!ctx.forum.deletePost(ctx.intCapture(1), ctx.now()))
        return fail(u"unknown or already deleted post"_s, 404);
    return ok();
}

Response moveTopic(RouteContext &ctx)
{
    if (!ctx.forum.moveTopic(ctx.intCapture(1), body(ctx).value(u"category_id"_s).toInt(),
                             ctx.now()))
        return fail(u"unknown topic or category"_s, 404);
    return ok();
}

Response topicStatus(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    if (!ctx.forum.topic(ctx.intCapture(1)))
        return fail(u"unknown topic"_s, 404);
    if (!ctx.forum.setTopicStatus(ctx.intCapture(1), json.value(u"status"_s).toString(),
                                  json.value(u"enabled"_s).toBool(true), ctx.now()))
        return fail(u"status must be closed, archived, visible, pinned or pinned_globally"_s);
    return ok();
}

Response showTopic(RouteContext &ctx)
{
    const Topic *t = ctx.forum.topic(ctx.intCapture(1));
    if (!t)
        return fail(u"unknown topic"_s, 404);
    return ok({{u"id"_s, t->id},
               {u"title"_s, t->title},
               {u"category_id"_s, t->categoryId},
               {u"posts_count"_s, t->postsCount},
               {u"highest_post_number"_s, t->highestPostNumber},
               {u"created_at"_s, isoTime(t->createdAtMs)},
               {u"bumped_at"_s, isoTime(t->bumpedAtMs)},
               {u"last_posted_at"_s, isoTime(t->lastPostedAtMs)},
               {u"closed"_s, t->closed},
               {u"archived"_s, t->archived},
               {u"pinned"_s, t->pinned},
               {u"visible"_s, t->visible},
               {u"deleted"_s, t->deleted}});
}

Response retitleTopic(RouteContext &ctx)
{
    const QString title = body(ctx).value(u"title"_s).toString();
    if (title.isEmpty() || !ctx.forum.setTopicTitle(ctx.intCapture(1), title))
        return fail(u"unknown topic or empty title"_s, 404);
    return ok();
}

Response like(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    const User *u = userFrom(ctx, json);
    const Post *p = ctx.forum.post(json.value(u"post_id"_s).toInt());
    if (!u || !p)
        return fail(u"unknown user or post"_s, 404);
    return ok({{u"liked"_s, ctx.forum.like(p->id, u->id, ctx.now())}});
}

Response addUser(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    const QString username = json.value(u"username"_s).toString();
    if (username.isEmpty() || ctx.forum.userByName(username))
        return fail(u"username missing or taken"_s);
    const int id =
            ctx.forum.addUser(username, json.value(u"name"_s).toString(username),
                              json.value(u"trust_level"_s).toInt(1),
                              json.value(u"admin"_s).toBool(), json.value(u"moderator"_s).toBool());
    return ok({{u"id"_s, id}});
}

Response listUsers(RouteContext &ctx)
{
    QJsonArray out;
    for (const User &u : ctx.forum.users()) {
        if (!u.id)
            continue;
        out.append(QJsonObject{{u"id"_s, u.id},
                               {u"username"_s, u.username},
                               {u"name"_s, u.name},
                               {u"trust_level"_s, u.trustLevel},
                               {u"admin"_s, u.admin},
                               {u"moderator"_s, u.moderator}});
    }
    return ok({{u"users"_s, out}});
}

Response listPosts(RouteContext &ctx)
{
    QJsonArray out;
    const QString username = ctx.request.param(u"username"_s);
    const int topicId = ctx.request.intParam(u"topic_id"_s, 0);
    if (!username.isEmpty()) {
        const User *u = ctx.forum.userByName(username);
        if (!u)
            return fail(u"unknown username"_s, 404);
        for (int id : ctx.forum.postIdsByUser(u->id)) {
            const Post &p = *ctx.forum.post(id);
            if (!topicId || p.topicId == topicId)
                out.append(postSummary(ctx.forum, p));
        }
    } else if (const Topic *t = ctx.forum.topic(topicId)) {
        for (qint32 id : t->postIds)
            out.append(postSummary(ctx.forum, *ctx.forum.post(id)));
    } else {
        return fail(u"give username and/or topic_id"_s);
    }
    return ok({{u"posts"_s, out}});
}

Response faults(RouteContext &ctx)
{
    return ok(ctx.server.faults().toJson());
}

Response addFault(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    QString spec = json.value(u"spec"_s).toString();
    if (spec.isEmpty()) {
        spec = json.value(u"method"_s).toString() + u' ' + json.value(u"path"_s).toString(u".*"_s) +
               u'=' + json.value(u"kind"_s).toString();
        if (json.contains(u"value"_s))
            spec += u':' + QString::number(json.value(u"value"_s).toInt());
        if (json.contains(u"value2"_s))
            spec += u':' + QString::number(json.value(u"value2"_s).toInt());
        if (json.contains(u"count"_s))
            spec += u",count="_s + QString::number(json.value(u"count"_s).toInt());
        if (json.contains(u"probability"_s))
            spec += u",p="_s + QString::number(json.value(u"probability"_s).toDouble());
        spec = spec.trimmed();
    }
    QString error;
    const std::optional<FaultRule> rule = FaultPlan::parse(spec, &error);
    if (!rule)
        return fail(error);
    return ok({{u"id"_s, ctx.server.faults().add(*rule)}});
}

Response randomFaults(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    QStringList kinds;
    for (const QJsonValue &k : json.value(u"kinds"_s).toArray())
        kinds << k.toString();
    QString spec = u"seed=%1,rate=%2"_s.arg(json.value(u"seed"_s).toInteger(1))
                           .arg(json.value(u"rate"_s).toDouble(0.1));
    if (!kinds.isEmpty())
        spec += u",kinds="_s + kinds.join(u'+');
    QString error;
    const auto parsed = FaultPlan::parseRandom(spec, &error);
    if (!parsed)
        return fail(error);
    ctx.server.faults().setRandom(std::get<0>(*parsed), std::get<1>(*parsed), std::get<2>(*parsed));
    return ok();
}

Response settings(RouteContext &ctx)
{
    if (ctx.request.method == "PUT") {
        QString error;
        if (!applyJson(ctx.server.settings(), body(ctx), &error))
            return fail(error);
    }
    return ok(toJson(ctx.server.settings()));
}

Response mintKey(RouteContext &ctx)
{
    const QJsonObject json = body(ctx);
    const User *u = userFrom(ctx, json);
    if (!u)
        return fail(u"unknown username"_s, 404);
    QStringList scopes;
    for (const QJsonValue &s : json.value(u"scopes"_s).toArray())
        scopes << s.toString();
    if (scopes.isEmpty())
        scopes = {u"read"_s, u"write"_s};
    int id = 0;
    const QByteArray key = ctx.server.auth().mintUserApiKey(
            u->id, json.value(u"client_id"_s).toString(u"devserver-test"_s),
            json.value(u"application_name"_s).toString(u"Outpost tests"_s), scopes, ctx.now(), &id);
    return ok({{u"key"_s, QString::fromLatin1(key)}, {u"id"_s, id}, {u"username"_s, u->username}});
}

Response listKeys(RouteContext &ctx)
{
    return ok({{u"user_api_keys"_s, ctx.server.auth().toJson()}});
}

Response revokeKey(RouteContext &ctx)
{
    if (!ctx.server.auth().revoke(ctx.intCapture(1), ctx.now()))
        return fail(u"unknown or already revoked key"_s, 404);
    return ok();
}

Response adminKey(RouteContext &ctx)
{
    ctx.server.auth().setAdminApiKey(body(ctx).value(u"key"_s).toString().toUtf8());
    return ok();
}

Response browserUser(RouteContext &ctx)
{
    const QJsonValue name = body(ctx).value(u"username"_s);
    if (name.isString() && !ctx.forum.userByName(name.toString()))
        return fail(u"unknown username"_s, 404);
    // null: nobody is logged in in the browser (the consent page redirects to /login).
    ctx.server.settings().browserLoggedIn = name.isString();
    ctx.server.settings().browserUsername = name.toString();
    return ok();
}

Response requests(RouteContext &ctx)
{
    if (ctx.request.method == "DELETE") {
        ctx.server.requestLog().clear();
        return ok();
    }
    const quint64 since = ctx.request.param(u"since"_s).toULongLong();
    QJsonArray records = ctx.server.requestLog().toJson(since);
    // The control API's own calls are left out: tests count the client's requests.
    QJsonArray filtered;
    for (const QJsonValue &r : records) {
        if (!r.toObject().value(u"path"_s).toString().startsWith(u"/__devserver/"_s))
            filtered.append(r);
    }
    return ok({{u"requests"_s, filtered}});
}

Response reset(RouteContext &ctx)
{
    ctx.server.resetCounters();
    return ok();
}

Response clock(RouteContext &ctx)
{
    ctx.server.clock().advance(body(ctx).value(u"advance_ms"_s).toInteger());
    return ok({{u"offset_ms"_s, ctx.server.clock().offsetMs()}, {u"now"_s, isoTime(ctx.now())}});
}

} // namespace

void addControlRoutes(Router &router)
{
    router.add("GET", u"/__devserver/status"_s, status);
    router.add("POST", u"/__devserver/topics"_s, createTopic);
    router.add("GET", u"/__devserver/topics/(\\d+)"_s, showTopic);
    router.add("PUT", u"/__devserver/topics/(\\d+)"_s, retitleTopic);
    router.add("POST", u"/__devserver/topics/(\\d+)/move"_s, moveTopic);
    router.add("POST", u"/__devserver/topics/(\\d+)/status"_s, topicStatus);
    router.add("GET", u"/__devserver/posts"_s, listPosts);
    router.add("POST", u"/__devserver/posts"_s, createPost);
    router.add("PUT", u"/__devserver/posts/(\\d+)"_s, editPost);
    router.add("DELETE", u"/__devserver/posts/(\\d+)"_s, deletePost);
    router.add("POST", u"/__devserver/likes"_s, like);
    router.add("GET", u"/__devserver/users"_s, listUsers);
    router.add("POST", u"/__devserver/users"_s, addUser);
    router.add("GET", u"/__devserver/faults"_s, faults);
    router.add("POST", u"/__devserver/faults"_s, addFault);
    router.add("POST", u"/__devserver/faults/random"_s, randomFaults);
    router.add("DELETE", u"/__devserver/faults"_s, [](RouteContext &ctx) {
        ctx.server.faults().clear();
        return ok();
    });
    router.add("DELETE", u"/__devserver/faults/(\\d+)"_s, [](RouteContext &ctx) {
        return ctx.server.faults().remove(ctx.intCapture(1)) ? ok() : fail(u"unknown fault"_s, 404);
    });
    router.add("GET", u"/__devserver/settings"_s, settings);
    router.add("PUT", u"/__devserver/settings"_s, settings);
    router.add("GET", u"/__devserver/user-api-keys"_s, listKeys);
    router.add("POST", u"/__devserver/user-api-keys"_s, mintKey);
    router.add("POST", u"/__devserver/user-api-keys/(\\d+)/revoke"_s, revokeKey);
    router.add("PUT", u"/__devserver/admin-api-key"_s, adminKey);
    router.add("PUT", u"/__devserver/browser-user"_s, browserUser);
    router.add("GET", u"/__devserver/requests"_s, requests);
    router.add("DELETE", u"/__devserver/requests"_s, requests);
    router.add("POST", u"/__devserver/reset"_s, reset);
    router.add("POST", u"/__devserver/clock"_s, clock);
}

} // namespace devserver
