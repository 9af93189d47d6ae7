// Parsers for topic lists, topics and posts (the sync's hot path).

#include "ElementReaders.h"
#include "ResponseParsers.h"

namespace outpost::discourse {

using namespace json;

namespace {

QList<Post> readPostArray(const Value &array, const Path &path, State &state,
                          std::optional<qint64> topicIdFallback)
{
    return readObjectList<Post>(array, path, state, [&](ObjectReader &item) {
        return readPost(item, topicIdFallback);
    });
}

// A post that some endpoints wrap as {"post": {...}} and others send bare.
ParseResult<Post> parseWrappedOrBarePost(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader top(rootObject(body, tree, state), root, state);
    if (state.failed())
        return state.takeError();
    if (const Value wrapped = top.optionalObject("post"_l1); wrapped.isObject()) {
        const Path postPath(root, "post"_l1);
        ObjectReader reader(wrapped, postPath, state);
        Post post = readPost(reader);
        return finish(state, std::move(post));
    }
    Post post = readPost(top);
    return finish(state, std::move(post));
}

} // namespace

ParseResult<TopicListPage> parseTopicList(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader top(rootObject(body, tree, state), root, state);
    const Value listObject = top.requiredObject("topic_list"_l1);
    if (state.failed())
        return state.takeError();

    TopicListPage page;
    const Path listPath(root, "topic_list"_l1);
    ObjectReader list(listObject, listPath, state);
    const Value topics = list.requiredArray("topics"_l1);
    page.topics = readObjectList<TopicListItem>(topics, Path(listPath, "topics"_l1), state,
                                                readTopicListItem);
    page.perPage = list.intOr("per_page"_l1, 30);
    page.moreTopicsUrl = list.stringOr("more_topics_url"_l1);

    const Path usersPath(root, "users"_l1);
    page.users = readObjectList<User>(top.arrayOrEmpty("users"_l1), usersPath, state, readUser);
    return finish(state, std::move(page));
}

ParseResult<TopicDetail> parseTopicDetail(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);

    TopicDetail t;
    t.id = r.requiredInt64("id"_l1);
    t.title = r.requiredString("title"_l1);
    t.createdAt = r.requiredTimestamp("created_at"_l1);
    const Value streamObject = r.requiredObject("post_stream"_l1);
    if (state.failed())
        return state.takeError();

    t.slug = r.stringOr("slug"_l1);
    // Personal messages have no category (null).
    t.categoryId = r.optionalInt64("category_id"_l1).value_or(0);
    t.postsCount = r.intOr("posts_count"_l1, 0);
    t.highestPostNumber = r.intOr("highest_post_number"_l1, 0);
    t.lastPostedAt = r.optionalTimestamp("last_posted_at"_l1).value_or(QDateTime());
    t.bumpedAt = r.optionalTimestamp("bumped_at"_l1);
    t.pinned = r.boolOr("pinned"_l1, false);
    t.closed = r.boolOr("closed"_l1, false);
    t.archived = r.boolOr("archived"_l1, false);
    t.visible = r.boolOr("visible"_l1, true);
    t.chunkSize = r.intOr("chunk_size"_l1, 20);
    t.lastReadPostNumber = r.optionalInt("last_read_post_number"_l1);
    t.tags = readTags(r);
    if (const Value details = r.optionalObject("details"_l1); details.isObject()) {
        if (const auto level = details.member("notification_level"_l1).toInt64())
            t.notificationLevel = toNotificationLevel(int(*level));
    }

    const Path streamPath(root, "post_stream"_l1);
    ObjectReader stream(streamObject, streamPath, state);
    const Value posts = stream.requiredArray("posts"_l1);
    t.posts = readPostArray(posts, Path(streamPath, "posts"_l1), state, t.id);
    // Mega topics (>= 10,000 posts) send isMegaTopic and lastId instead of the full stream.
    t.isMegaTopic = stream.boolOr("isMegaTopic"_l1, false);
    t.megaTopicLastId = stream.optionalInt64("lastId"_l1);
    t.stream = stream.int64List("stream"_l1, /*required=*/false);
    return finish(state, std::move(t));
}

ParseResult<QList<Post>> parseTopicPosts(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    const Value streamObject = r.requiredObject("post_stream"_l1);
    if (state.failed())
        return state.takeError();
    const std::optional<qint64> topicId = r.optionalInt64("id"_l1);
    const Path streamPath(root, "post_stream"_l1);
    ObjectReader stream(streamObject, streamPath, state);
    const Value posts = stream.requiredArray("posts"_l1);
    QList<Post> result = readPostArray(posts, Path(streamPath, "posts"_l1), state, topicId);
    return finish(state, std::move(result));
}

ParseResult<QList<Post>> parseLatestPosts(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    const Value posts = r.requiredArray("latest_posts"_l1);
    QList<Post> result = readPostArray(posts, Path(root, "latest_posts"_l1), state, std::nullopt);
    return finish(state, std::move(result));
}

ParseResult<Post> parsePost(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    if (state.failed())
        return state.takeError();
    Post post = readPost(r);
    return finish(state, std::move(post));
}

ParseResult<CreatePostResult> parseCreatePostResult(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    if (state.failed())
        return state.takeError();

    CreatePostResult result;
    const QString action = r.stringOr("action"_l1);
    if (action == QLatin1StringView("enqueued")) {
        // Held for a moderator: no post yet, only the pending entry.
        result.enqueued = true;
        result.pendingCount = r.optionalInt("pending_count"_l1);
        if (const Value pending = r.optionalObject("pending_post"_l1); pending.isObject())
            result.pendingPostId = pending.member("id"_l1).toInt64();
        return result;
    }
    if (const Value wrapped = r.optionalObject("post"_l1); wrapped.isObject()) {
        const Path postPath(root, "post"_l1);
        ObjectReader reader(wrapped, postPath, state);
        result.post = readPost(reader);
    } else if (!r.member("id"_l1).isUndefined() || !r.member("post_number"_l1).isUndefined()) {
        result.post = readPost(r);
    } else {
        state.fail(root, QStringLiteral("neither a post nor an \"enqueued\" result"));
    }
    return finish(state, std::move(result));
}

ParseResult<Post> parseEditPostResult(const QByteArray &body)
{
    return parseWrappedOrBarePost(body);
}

ParseResult<Post> parseLikeResult(const QByteArray &body)
{
    return parseWrappedOrBarePost(body);
}

} // namespace outpost::discourse
