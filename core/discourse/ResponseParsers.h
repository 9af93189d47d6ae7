#pragma once

// JSON bodies of the Discourse API -> the value types of Types.h. One function per response
// kind. Each accepts what real Discourse versions send (optional fields missing or null,
// integers as strings, legacy shapes) and refuses, with the JSON path of the problem, what
// we cannot use: empty bodies, HTML pages served with 200, cut-off JSON, wrong types for the
// fields we rely on, an array where an object belongs.
//
// The parsers are pure functions, safe to call from any thread.

#include "ParseResult.h"
#include "Types.h"

#include <QByteArray>
#include <QList>

namespace outpost::discourse {

// GET /site.json
ParseResult<Site> parseSite(const QByteArray &body);
// GET /categories.json[?include_subcategories=true]; subcategories are flattened into the
// list after their parent, with parentId set.
ParseResult<QList<Category>> parseCategories(const QByteArray &body);
// GET /session/current.json
ParseResult<CurrentUser> parseCurrentUser(const QByteArray &body);

// GET /latest.json, /top.json, /new.json, /c/{slug}/{id}/l/latest.json, ...
ParseResult<TopicListPage> parseTopicList(const QByteArray &body);
// GET /t/{id}.json and /t/{id}/{post_number}.json
ParseResult<TopicDetail> parseTopicDetail(const QByteArray &body);
// GET /t/{id}/posts.json?post_ids[]=...
ParseResult<QList<Post>> parseTopicPosts(const QByteArray &body);
// GET /posts.json[?before=id], newest first as the server sends them
ParseResult<QList<Post>> parseLatestPosts(const QByteArray &body);
// GET /posts/{id}.json
ParseResult<Post> parsePost(const QByteArray &body);

// GET /search.json (current shape) and the legacy /search/query array of result groups
ParseResult<SearchResult> parseSearch(const QByteArray &body);
// GET /notifications.json (current object shape and the legacy bare array)
ParseResult<NotificationPage> parseNotifications(const QByteArray &body);
// GET /user_actions.json
ParseResult<QList<UserAction>> parseUserActions(const QByteArray &body);

// POST /posts.json: the new post, or {"action":"enqueued", ...} when it awaits approval
ParseResult<CreatePostResult> parseCreatePostResult(const QByteArray &body);
// PUT /posts/{id}.json: {"post": {...}}
ParseResult<Post> parseEditPostResult(const QByteArray &body);
// POST /post_actions.json: the liked post, with its updated actions summary
ParseResult<Post> parseLikeResult(const QByteArray &body);
// {"success":"OK"} from notification-level changes, mark-read and key revocation
ParseResult<bool> parseSuccess(const QByteArray &body);

} // namespace outpost::discourse
