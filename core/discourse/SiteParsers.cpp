// Parsers for site-wide and per-person responses: site, categories, session, search,
// notifications, user actions and the bare {"success":"OK"}.

#include "ElementReaders.h"
#include "ResponseParsers.h"

namespace outpost::discourse {

using namespace json;

namespace {

// Discourse nests at most three levels of categories; the cap only guards against a hostile
// response recursing without end.
constexpr int maxCategoryDepth = 8;

void readCategoryTree(const Value &array, const Path &arrayPath, State &state,
                      std::optional<qint64> parentId, int depth, QList<Category> &out)
{
    out.reserve(out.size() + array.size());
    qsizetype i = 0;
    for (const Value element : array) {
        const Path itemPath(arrayPath, i++);
        ObjectReader item(objectElement(element, itemPath, state), itemPath, state);
        if (state.failed())
            return;
        Category category = readCategory(item);
        if (!category.parentId)
            category.parentId = parentId;
        const qint64 id = category.id;
        out.append(std::move(category));
        const Value children = item.arrayOrEmpty("subcategory_list"_l1);
        if (children.size() > 0 && depth < maxCategoryDepth)
            readCategoryTree(children, Path(itemPath, "subcategory_list"_l1), state, id, depth + 1,
                             out);
        if (state.failed())
            return;
    }
}

// "/t/some-slug/123/4" -> topic 123, post 4 (legacy search results carry only URLs).
void topicAndPostFromUrl(const QString &url, qint64 &topicId, int &postNumber)
{
    const QStringList parts = url.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype t = parts.indexOf(QStringLiteral("t"));
    if (t < 0)
        return;
    QList<qint64> numbers;
    for (qsizetype i = t + 1; i < parts.size(); ++i) {
        bool ok = false;
        const qint64 n = parts[i].toLongLong(&ok);
        if (ok)
            numbers.append(n);
    }
    if (!numbers.isEmpty())
        topicId = numbers[0];
    if (numbers.size() > 1)
        postNumber = int(numbers[1]);
}

SearchResult readLegacySearch(const Value &groups, State &state)
{
    const Path root;
    SearchResult result;
    qsizetype g = 0;
    for (const Value groupValue : groups) {
        const Path groupPath(root, g++);
        ObjectReader group(objectElement(groupValue, groupPath, state), groupPath, state);
        const QString type = group.requiredString("type"_l1);
        const Value results = group.requiredArray("results"_l1);
        if (state.failed())
            break;
        result.moreResults = result.moreResults || group.boolOr("more"_l1, false);
        const Path resultsPath(groupPath, "results"_l1);
        qsizetype i = 0;
        for (const Value resultValue : results) {
            const Path itemPath(resultsPath, i++);
            ObjectReader item(objectElement(resultValue, itemPath, state), itemPath, state);
            if (state.failed())
                break;
            if (type == QLatin1StringView("topic")) {
                TopicListItem topic;
                topic.id = item.requiredInt64("id"_l1);
                topic.title = item.requiredString("title"_l1);
                const QStringList parts =
                        item.stringOr("url"_l1).split(QLatin1Char('/'), Qt::SkipEmptyParts);
                if (parts.size() >= 2 && parts[0] == QLatin1StringView("t"))
                    topic.slug = parts[1];
                result.topics.append(std::move(topic));
            } else if (type == QLatin1StringView("post")) {
                SearchResultPost post;
                post.id = item.requiredInt64("id"_l1);
                post.blurb = item.stringOr("blurb"_l1, item.stringOr("title"_l1));
                topicAndPostFromUrl(item.stringOr("url"_l1), post.topicId, post.postNumber);
                result.posts.append(std::move(post));
            }
            // user and category groups carry nothing Outpost shows.
        }
    }
    return result;
}

Notification readNotification(ObjectReader &r, bool idRequired)
{
    Notification n;
    n.id = idRequired ? r.requiredInt64("id"_l1) : r.optionalInt64("id"_l1).value_or(0);
    n.notificationType = r.requiredInt("notification_type"_l1);
    n.createdAt = r.requiredTimestamp("created_at"_l1);
    n.read = r.boolOr("read"_l1, false);
    n.topicId = r.optionalInt64("topic_id"_l1);
    n.postNumber = r.optionalInt("post_number"_l1);
    n.slug = r.stringOr("slug"_l1);
    n.fancyTitle = r.stringOr("fancy_title"_l1);
    if (n.fancyTitle.isEmpty()) {
        if (const Value data = r.optionalObject("data"_l1); data.isObject())
            n.fancyTitle = data.member("topic_title"_l1).toString();
    }
    return n;
}

} // namespace

ParseResult<Site> parseSite(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    const Value categories = r.requiredArray("categories"_l1);
    Site site;
    readCategoryTree(categories, Path(root, "categories"_l1), state, std::nullopt, 0,
                     site.categories);
    site.uncategorizedCategoryId = r.optionalInt64("uncategorized_category_id"_l1);
    return finish(state, std::move(site));
}

ParseResult<QList<Category>> parseCategories(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    const Value listObject = r.requiredObject("category_list"_l1);
    const Path listPath(root, "category_list"_l1);
    ObjectReader list(listObject, listPath, state);
    const Value categories = list.requiredArray("categories"_l1);
    QList<Category> result;
    readCategoryTree(categories, Path(listPath, "categories"_l1), state, std::nullopt, 0, result);
    return finish(state, std::move(result));
}

ParseResult<CurrentUser> parseCurrentUser(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader top(rootObject(body, tree, state), root, state);
    const Value userObject = top.requiredObject("current_user"_l1);
    const Path userPath(root, "current_user"_l1);
    ObjectReader r(userObject, userPath, state);

    CurrentUser user;
    user.id = r.requiredInt64("id"_l1);
    user.username = r.requiredString("username"_l1);
    user.name = r.stringOr("name"_l1);
    user.watchedCategoryIds = r.int64List("watched_category_ids"_l1, false);
    user.trackedCategoryIds = r.int64List("tracked_category_ids"_l1, false);
    user.watchedFirstPostCategoryIds = r.int64List("watched_first_post_category_ids"_l1, false);
    user.mutedCategoryIds = r.int64List("muted_category_ids"_l1, false);
    user.unreadNotifications = r.intOr("unread_notifications"_l1, 0);
    return finish(state, std::move(user));
}

ParseResult<SearchResult> parseSearch(const QByteArray &body)
{
    State state;
    Tree tree;
    const Value rootJson = rootValue(body, tree, state);
    if (state.failed())
        return state.takeError();
    if (rootJson.isArray()) {
        SearchResult legacy = readLegacySearch(rootJson, state);
        return finish(state, std::move(legacy));
    }

    const Path root;
    ObjectReader r(rootJson, root, state);
    SearchResult result;
    const Path postsPath(root, "posts"_l1);
    result.posts = readObjectList<SearchResultPost>(
            r.arrayOrEmpty("posts"_l1), postsPath, state, [](ObjectReader &item) {
                SearchResultPost post;
                post.id = item.requiredInt64("id"_l1);
                post.topicId = item.requiredInt64("topic_id"_l1);
                post.postNumber = item.intOr("post_number"_l1, 0);
                post.username = item.stringOr("username"_l1);
                post.blurb = item.stringOr("blurb"_l1);
                post.createdAt = item.optionalTimestamp("created_at"_l1).value_or(QDateTime());
                return post;
            });
    result.topics = readObjectList<TopicListItem>(
            r.arrayOrEmpty("topics"_l1), Path(root, "topics"_l1), state, readTopicListItem);
    if (const Value grouped = r.optionalObject("grouped_search_result"_l1); grouped.isObject()) {
        const Value more = grouped.member("more_full_page_results"_l1);
        result.moreResults = more.toBool(false) || grouped.member("more_posts"_l1).toBool(false);
        result.error = grouped.member("error"_l1).toString();
    }
    return finish(state, std::move(result));
}

ParseResult<NotificationPage> parseNotifications(const QByteArray &body)
{
    State state;
    Tree tree;
    const Value rootJson = rootValue(body, tree, state);
    if (state.failed())
        return state.takeError();
    const Path root;
    NotificationPage page;
    if (rootJson.isArray()) {
        // Legacy shape: a bare array, without ids.
        page.notifications =
                readObjectList<Notification>(rootJson, root, state, [](ObjectReader &item) {
                    return readNotification(item, false);
                });
        return finish(state, std::move(page));
    }
    ObjectReader r(rootJson, root, state);
    const Value list = r.requiredArray("notifications"_l1);
    page.notifications = readObjectList<Notification>(
            list, Path(root, "notifications"_l1), state,
            [](ObjectReader &item) { return readNotification(item, true); });
    page.totalRows = r.optionalInt("total_rows_notifications"_l1);
    page.seenNotificationId = r.optionalInt64("seen_notification_id"_l1);
    page.loadMoreUrl = r.stringOr("load_more_notifications"_l1);
    return finish(state, std::move(page));
}

ParseResult<QList<UserAction>> parseUserActions(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    const Value list = r.requiredArray("user_actions"_l1);
    QList<UserAction> actions = readObjectList<UserAction>(
            list, Path(root, "user_actions"_l1), state, [](ObjectReader &item) {
                UserAction a;
                a.actionType = item.requiredInt("action_type"_l1);
                a.createdAt = item.requiredTimestamp("created_at"_l1);
                a.topicId = item.optionalInt64("topic_id"_l1).value_or(0);
                a.postId = item.optionalInt64("post_id"_l1);
                a.postNumber = item.optionalInt("post_number"_l1);
                a.replyToPostNumber = item.optionalInt("reply_to_post_number"_l1);
                a.title = item.stringOr("title"_l1);
                a.slug = item.stringOr("slug"_l1);
                a.excerpt = item.stringOr("excerpt"_l1);
                a.username = item.stringOr("username"_l1);
                a.actingUsername = item.stringOr("acting_username"_l1);
                a.categoryId = item.optionalInt64("category_id"_l1);
                return a;
            });
    return finish(state, std::move(actions));
}

ParseResult<bool> parseSuccess(const QByteArray &body)
{
    State state;
    Tree tree;
    const Path root;
    ObjectReader r(rootObject(body, tree, state), root, state);
    if (state.failed())
        return state.takeError();
    const Value success = r.member("success"_l1);
    if (success.toString().compare(QLatin1StringView("ok"), Qt::CaseInsensitive) == 0 ||
        success.toBool(false))
        return true;
    state.fail(Path(root, "success"_l1),
               QStringLiteral("expected \"OK\", got %1").arg(describeType(success)));
    return state.takeError();
}

} // namespace outpost::discourse
