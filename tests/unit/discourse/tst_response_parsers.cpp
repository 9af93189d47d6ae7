#include "tst_response_parsers.h"

#include "discourse/JsonReader.h"
#include "discourse/ResponseParsers.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace outpost::discourse;

namespace {

enum class Kind
{
    Site,
    Categories,
    CurrentUser,
    TopicList,
    TopicDetail,
    TopicPosts,
    LatestPosts,
    Post,
    Search,
    Notifications,
    UserActions,
    CreatePost,
    EditPost,
    Like,
    Success,
};

// Every file under tests/fixtures/discourse/responses and the parser it is a response of.
// The test fails for a fixture missing here, so a new fixture cannot go untested.
const QHash<QString, Kind> &fixtureKinds()
{
    static const QHash<QString, Kind> kinds = {
            {QStringLiteral("discourse_api/categories.json"), Kind::Categories},
            {QStringLiteral("discourse_api/category_latest_topics.json"), Kind::TopicList},
            {QStringLiteral("discourse_api/category_topics.json"), Kind::TopicList},
            {QStringLiteral("discourse_api/create_topic_with_tags.json"), Kind::CreatePost},
            {QStringLiteral("discourse_api/latest.json"), Kind::TopicList},
            {QStringLiteral("discourse_api/new.json"), Kind::TopicList},
            {QStringLiteral("discourse_api/notification_success.json"), Kind::Success},
            {QStringLiteral("discourse_api/notifications.json"), Kind::Notifications},
            {QStringLiteral("discourse_api/post.json"), Kind::Post},
            {QStringLiteral("discourse_api/posts_before.json"), Kind::LatestPosts},
            {QStringLiteral("discourse_api/posts_latest.json"), Kind::LatestPosts},
            {QStringLiteral("discourse_api/replies.json"), Kind::UserActions},
            {QStringLiteral("discourse_api/search.json"), Kind::Search},
            {QStringLiteral("discourse_api/top.json"), Kind::TopicList},
            {QStringLiteral("discourse_api/topic.json"), Kind::TopicDetail},
            {QStringLiteral("discourse_api/topic_posts.json"), Kind::TopicPosts},
            {QStringLiteral("discourse_api_docs/notifications/get.json"), Kind::Notifications},
            {QStringLiteral("discourse_api_docs/posts/get_post_response.json"), Kind::Post},
            {QStringLiteral("discourse_api_docs/posts/update_post_response.json"), Kind::EditPost},
            {QStringLiteral("discourse_api_docs/search/query_response.json"), Kind::Search},
            {QStringLiteral("discourse_api_docs/topics/latest_topics_response.json"),
             Kind::TopicList},
            {QStringLiteral("discourse_api_docs/topics/new_topic_response.json"), Kind::CreatePost},
            {QStringLiteral("discourse_api_docs/topics/top.json"), Kind::TopicList},
            {QStringLiteral("discourse_api_docs/topics/topic_response.json"), Kind::TopicDetail},
    };
    return kinds;
}

QString responsesDir()
{
    return qEnvironmentVariable("OUTPOST_FIXTURES_DIR") + QStringLiteral("/responses");
}

QByteArray fixture(const QString &relative)
{
    QFile file(responsesDir() + u'/' + relative);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// Runs the parser of `kind`; returns the error text, empty on success.
QString parseAs(Kind kind, const QByteArray &body)
{
    auto errorOf = [](const auto &result) {
        return result ? QString() : result.error().toString();
    };
    switch (kind) {
    case Kind::Site:
        return errorOf(parseSite(body));
    case Kind::Categories:
        return errorOf(parseCategories(body));
    case Kind::CurrentUser:
        return errorOf(parseCurrentUser(body));
    case Kind::TopicList:
        return errorOf(parseTopicList(body));
    case Kind::TopicDetail:
        return errorOf(parseTopicDetail(body));
    case Kind::TopicPosts:
        return errorOf(parseTopicPosts(body));
    case Kind::LatestPosts:
        return errorOf(parseLatestPosts(body));
    case Kind::Post:
        return errorOf(parsePost(body));
    case Kind::Search:
        return errorOf(parseSearch(body));
    case Kind::Notifications:
        return errorOf(parseNotifications(body));
    case Kind::UserActions:
        return errorOf(parseUserActions(body));
    case Kind::CreatePost:
        return errorOf(parseCreatePostResult(body));
    case Kind::EditPost:
        return errorOf(parseEditPostResult(body));
    case Kind::Like:
        return errorOf(parseLikeResult(body));
    case Kind::Success:
        return errorOf(parseSuccess(body));
    }
    return QStringLiteral("unknown kind");
}

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    return t.toUTC();
}

const QByteArray sitePayload = R"({
  "default_archetype": "regular",
  "uncategorized_category_id": 1,
  "categories": [
    {"id": 1, "name": "Uncategorized", "slug": "uncategorized", "color": "0088CC",
     "text_color": "FFFFFF", "topic_count": 3, "post_count": 9, "position": 0,
     "description_text": "Topics that need no category.", "read_restricted": false,
     "notification_level": 1, "permission": 1},
    {"id": 12, "name": "Tracker", "slug": "tracker", "color": "F1592A", "text_color": "FFFFFF",
     "topic_count": 40, "post_count": 300, "position": 2, "parent_category_id": 4,
     "description_text": null, "description": "<p>DHIS2 <b>Tracker</b> &amp; events</p>",
     "read_restricted": true, "notification_level": 3},
    {"id": 13, "name": "عربي", "slug": "", "color": "AB9364", "text_color": "FFFFFF",
     "topic_count": "5", "post_count": 7, "position": 3, "notification_level": 9}
  ]
})";

const QByteArray currentUserPayload = R"({"current_user": {
  "id": 42, "username": "amina", "name": "Amina K.", "unread_notifications": 3,
  "watched_category_ids": [12, 4], "tracked_category_ids": [], "watched_first_post_category_ids": [7],
  "muted_category_ids": null, "regular_category_ids": [1]}})";

} // namespace

void TestResponseParsers::everyFixtureParses()
{
    QDirIterator it(responsesDir(), {QStringLiteral("*.json")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(responsesDir()).relativeFilePath(path);
        QVERIFY2(fixtureKinds().contains(relative),
                 qPrintable(QStringLiteral("fixture not covered by any parser: ") + relative));
        const QString error = parseAs(fixtureKinds().value(relative), fixture(relative));
        QVERIFY2(error.isEmpty(), qPrintable(relative + QStringLiteral(": ") + error));
        ++count;
    }
    QCOMPARE(count, fixtureKinds().size());
}

void TestResponseParsers::topicDetailFixture()
{
    const auto topic = parseTopicDetail(fixture(QStringLiteral("discourse_api/topic.json")));
    QVERIFY(topic);
    QCOMPARE(topic->id, 57);
    QCOMPARE(topic->title, QStringLiteral("THIS SITE IS A SANDBOX -- it is reset every day"));
    QCOMPARE(topic->categoryId, 13);
    QCOMPARE(topic->highestPostNumber, 14);
    QCOMPARE(topic->stream, (QList<qint64>{83, 84, 86, 226}));
    QCOMPARE(topic->posts.size(), 4);
    QCOMPARE(topic->createdAt, utc("2013-02-04T15:26:25.977-05:00"));
    QCOMPARE(topic->createdAt, utc("2013-02-04T20:26:25.977Z"));
    QVERIFY(!topic->bumpedAt);
    const Post &first = topic->posts.first();
    QCOMPARE(first.id, 83);
    QCOMPARE(first.topicId, 57);
    QCOMPARE(first.username, QStringLiteral("samsaffron"));
    QCOMPARE(first.version, 5);
    QVERIFY(!first.canEdit); // null in this fixture
    QCOMPARE(topic->posts[1].postType, PostType::ModeratorAction);
    QCOMPARE(topic->posts[3].replyToPostNumber, std::optional<int>(1));
    QVERIFY(!topic->posts[0].replyToPostNumber);
}

void TestResponseParsers::topicDetailDocsFixture()
{
    const auto topic = parseTopicDetail(
            fixture(QStringLiteral("discourse_api_docs/topics/topic_response.json")));
    QVERIFY(topic);
    QCOMPARE(topic->chunkSize, 20);
    QVERIFY(topic->pinned);
    QVERIFY(!topic->lastPostedAt.isValid()); // null in the fixture
    QCOMPARE(topic->notificationLevel,
             std::optional<NotificationLevel>(NotificationLevel::Regular));
    QCOMPARE(topic->posts.first().createdAt, utc("2016-10-01T13:51:26.235Z"));
    QCOMPARE(topic->posts.first().createdAt.timeSpec(), Qt::UTC);
}

void TestResponseParsers::topicListFixtures()
{
    const auto latest = parseTopicList(fixture(QStringLiteral("discourse_api/latest.json")));
    QVERIFY(latest);
    QCOMPARE(latest->moreTopicsUrl, QStringLiteral("/latest.json?page=1"));
    QVERIFY(latest->topics.size() >= 2);
    QVERIFY(latest->topics.first().pinned);
    QCOMPARE(latest->topics.first().views, 268);
    QCOMPARE(latest->topics.first().bumpedAt, utc("2013-02-07T18:43:11.191Z"));
    QCOMPARE(latest->users.first().username, QStringLiteral("test_users"));

    const auto docs = parseTopicList(
            fixture(QStringLiteral("discourse_api_docs/topics/latest_topics_response.json")));
    QVERIFY(docs);
    QCOMPARE(docs->perPage, 30);
    QVERIFY(docs->moreTopicsUrl.isEmpty());

    // "visible    " (sic) in the gem's fixture: visible keeps its default.
    const auto category =
            parseTopicList(fixture(QStringLiteral("discourse_api/category_topics.json")));
    QVERIFY(category);
    QVERIFY(category->topics.first().visible);
    QCOMPARE(category->topics.first().lastReadPostNumber, std::optional<int>(2));
}

void TestResponseParsers::topicPostsFixtureIgnoresNonStringRaw()
{
    const auto posts = parseTopicPosts(fixture(QStringLiteral("discourse_api/topic_posts.json")));
    QVERIFY(posts);
    QCOMPARE(posts->size(), 1);
    QCOMPARE(posts->first().id, 123456);
    QCOMPARE(posts->first().topicId, 57);
    QVERIFY(!posts->first().raw); // an array in this fixture: not something we can edit
}

void TestResponseParsers::latestPostsFixtureHasRaw()
{
    const auto posts = parseLatestPosts(fixture(QStringLiteral("discourse_api/posts_before.json")));
    QVERIFY(posts);
    QCOMPARE(posts->size(), 3);
    QCOMPARE(posts->first().id, 14);
    QCOMPARE(posts->first().raw,
             std::optional<QString>(QStringLiteral("hi there.  hi there.  hi there.")));
    const auto latest =
            parseLatestPosts(fixture(QStringLiteral("discourse_api/posts_latest.json")));
    QVERIFY(latest);
    QCOMPARE(latest->first().topicTitle, QStringLiteral("This is an uncategorized title"));
    QCOMPARE(latest->first().categoryId, std::optional<qint64>(1));
}

void TestResponseParsers::singlePostAndLikes()
{
    const auto post = parsePost(fixture(QStringLiteral("discourse_api/post.json")));
    QVERIFY(post);
    QCOMPARE(post->id, 11);
    QCOMPARE(post->userId, -1);
    QVERIFY(post->raw);
    QVERIFY(post->raw->startsWith(QStringLiteral("The first paragraph")));
    QCOMPARE(post->likeCount, 0);

    const QByteArray liked = R"({"id": 9, "topic_id": 3, "post_number": 2, "cooked": "<p>x</p>",
        "created_at": "2024-01-02T03:04:05.678Z",
        "actions_summary": [{"id": 2, "count": 4, "acted": true, "can_undo": true}]})";
    const auto like = parseLikeResult(liked);
    QVERIFY(like);
    QVERIFY(like->liked);
    QCOMPARE(like->likeCount, 4);
}

void TestResponseParsers::createAndEditResults()
{
    const auto created = parseCreatePostResult(
            fixture(QStringLiteral("discourse_api/create_topic_with_tags.json")));
    QVERIFY(created);
    QVERIFY(!created->enqueued);
    QVERIFY(created->post);
    QCOMPARE(created->post->topicId, 21);
    QCOMPARE(created->post->postNumber, 1);

    const auto enqueued = parseCreatePostResult(
            R"({"action":"enqueued","pending_post":{"id":77,"raw":"hello"},"pending_count":2})");
    QVERIFY(enqueued);
    QVERIFY(enqueued->enqueued);
    QVERIFY(!enqueued->post);
    QCOMPARE(enqueued->pendingPostId, std::optional<qint64>(77));
    QCOMPARE(enqueued->pendingCount, std::optional<int>(2));

    const auto edited = parseEditPostResult(
            fixture(QStringLiteral("discourse_api_docs/posts/update_post_response.json")));
    QVERIFY(edited);
    QCOMPARE(edited->id, 25);
    QCOMPARE(edited->version, 3);
    QCOMPARE(edited->updatedAt, utc("2016-10-04T13:02:15.146Z"));
}

void TestResponseParsers::notificationsBothShapes()
{
    const auto current = parseNotifications(
            fixture(QStringLiteral("discourse_api_docs/notifications/get.json")));
    QVERIFY(current);
    QCOMPARE(current->notifications.size(), 2);
    QCOMPARE(current->notifications[0].id, 3);
    QVERIFY(!current->notifications[0].topicId);
    QCOMPARE(current->notifications[1].topicId, std::optional<qint64>(10));
    QCOMPARE(current->notifications[1].fancyTitle, QStringLiteral("Greetings!"));
    QCOMPARE(current->totalRows, std::optional<int>(2));
    QCOMPARE(current->seenNotificationId, std::optional<qint64>(3));
    QVERIFY(current->loadMoreUrl.startsWith(QStringLiteral("/notifications?offset=60")));

    const auto legacy =
            parseNotifications(fixture(QStringLiteral("discourse_api/notifications.json")));
    QVERIFY(legacy);
    QCOMPARE(legacy->notifications.size(), 1);
    QCOMPARE(legacy->notifications[0].notificationType, 9);
    QCOMPARE(legacy->notifications[0].fancyTitle, QStringLiteral(".json feed for notifications"));
    QVERIFY(!legacy->totalRows);
}

void TestResponseParsers::searchBothShapes()
{
    const auto current =
            parseSearch(fixture(QStringLiteral("discourse_api_docs/search/query_response.json")));
    QVERIFY(current);
    QCOMPARE(current->posts.size(), 1);
    QCOMPARE(current->posts[0].topicId, 13);
    QCOMPARE(current->topics.size(), 1);
    QVERIFY(current->error.isEmpty());

    const auto legacy = parseSearch(fixture(QStringLiteral("discourse_api/search.json")));
    QVERIFY(legacy);
    QCOMPARE(legacy->topics.size(), 3);
    QCOMPARE(legacy->topics[1].slug, QStringLiteral("test-topic-2"));
    QVERIFY(legacy->moreResults);

    const auto limited = parseSearch(R"({"posts":[],"grouped_search_result":{"error":
        "You’ve performed this action too many times, please try again later.","more_full_page_results":null}})");
    QVERIFY(limited);
    QVERIFY(limited->error.startsWith(QStringLiteral("You’ve performed")));
}

void TestResponseParsers::siteAndCategories()
{
    const auto site = parseSite(sitePayload);
    QVERIFY2(site, site ? "" : qPrintable(site.error().toString()));
    QCOMPARE(site->uncategorizedCategoryId, std::optional<qint64>(1));
    QCOMPARE(site->categories.size(), 3);
    const Category &tracker = site->categories[1];
    QCOMPARE(tracker.parentId, std::optional<qint64>(4));
    QVERIFY(tracker.readRestricted);
    QCOMPARE(tracker.notificationLevel, NotificationLevel::Watching);
    QCOMPARE(tracker.descriptionText, QStringLiteral("DHIS2 Tracker & events"));
    QCOMPARE(site->categories[2].topicCount, 5); // a number as a string
    QCOMPARE(site->categories[2].name, QStringLiteral("عربي"));
    QCOMPARE(site->categories[2].notificationLevel, NotificationLevel::Regular);

    const auto list = parseCategories(fixture(QStringLiteral("discourse_api/categories.json")));
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).descriptionText, QStringLiteral("Test category #1."));

    const auto nested = parseCategories(R"({"category_list":{"categories":[
        {"id":4,"name":"Implementation","slug":"implementation","subcategory_list":[
          {"id":12,"name":"Tracker","slug":"tracker"}]}]}})");
    QVERIFY(nested);
    QCOMPARE(nested->size(), 2);
    QCOMPARE(nested->at(1).parentId, std::optional<qint64>(4));
}

void TestResponseParsers::currentUser()
{
    const auto user = parseCurrentUser(currentUserPayload);
    QVERIFY(user);
    QCOMPARE(user->id, 42);
    QCOMPARE(user->username, QStringLiteral("amina"));
    QCOMPARE(user->watchedCategoryIds, (QList<qint64>{12, 4}));
    QCOMPARE(user->watchedFirstPostCategoryIds, (QList<qint64>{7}));
    QVERIFY(user->mutedCategoryIds.isEmpty());
    QCOMPARE(user->unreadNotifications, 3);
}

void TestResponseParsers::userActionsAndSuccess()
{
    const auto actions = parseUserActions(fixture(QStringLiteral("discourse_api/replies.json")));
    QVERIFY(actions);
    QCOMPARE(actions->first().actionType, 5);
    QCOMPARE(actions->first().postId, std::optional<qint64>(48));
    QCOMPARE(actions->first().replyToPostNumber, std::optional<int>(2));
    QVERIFY(parseSuccess(R"({"success":"OK"})").value());
    QVERIFY(!parseSuccess(R"({"success":"no"})"));
}

void TestResponseParsers::malformedInputs_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("errorKind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messagePart");

    using K = ParseError::Kind;
    const int list = int(Kind::TopicList);
    const int detail = int(Kind::TopicDetail);
    QTest::newRow("empty") << list << QByteArray() << int(K::Empty) << QString()
                           << QStringLiteral("empty");
    QTest::newRow("whitespace") << list << QByteArray(" \r\n ") << int(K::Empty) << QString()
                                << QStringLiteral("empty");
    QTest::newRow("html with 200")
            << list << QByteArray("<!DOCTYPE html><html><head><title>Hotel Wi-Fi login</title>")
            << int(K::Html) << QString() << QStringLiteral("Hotel Wi-Fi login");
    QTest::newRow("plain text") << list << QByteArray("Slow down, too many requests")
                                << int(K::NotJson) << QString() << QStringLiteral("not JSON");
    QTest::newRow("truncated object")
            << list << QByteArray(R"({"topic_list":{"topics":[{"id":1,"ti)") << int(K::Truncated)
            << QString() << QStringLiteral("cut off");
    QTest::newRow("truncated array") << list << QByteArray(R"({"topic_list":{"topics":[{"id":1},)")
                                     << int(K::Truncated) << QString() << QStringLiteral("cut off");
    QTest::newRow("truncated after whitespace")
            << list << QByteArray("\r\n  {\"topic_list\":{\"topics\":[{\"id\":1}")
            << int(K::Truncated) << QString() << QStringLiteral("cut off");
    QTest::newRow("garbage inside")
            << list << QByteArray(R"({"topic_list": {,}})") << int(K::NotJson) << QString()
            << QStringLiteral("invalid JSON");
    QTest::newRow("array at top") << list << QByteArray("[1,2]") << int(K::Shape) << QString()
                                  << QStringLiteral(
                                             "expected an object at the top level, got an array");
    QTest::newRow("missing topic_list")
            << list << QByteArray(R"({"users":[]})") << int(K::Shape)
            << QStringLiteral("topic_list") << QStringLiteral("missing");
    QTest::newRow("topics not array") << list << QByteArray(R"({"topic_list":{"topics":{}}})")
                                      << int(K::Shape) << QStringLiteral("topic_list.topics")
                                      << QStringLiteral("expected an array, got an object");
    QTest::newRow("id is text")
            << list
            << QByteArray(R"({"topic_list":{"topics":[{"id":1,"title":"a"},{"id":2,"title":"b"},)"
                          R"({"id":3,"title":"c"},{"id":"four","title":"d"}]}})")
            << int(K::Shape) << QStringLiteral("topic_list.topics[3].id")
            << QStringLiteral("expected an integer, got the string \"four\"");
    QTest::newRow("id fractional")
            << list << QByteArray(R"({"topic_list":{"topics":[{"id":1.5,"title":"a"}]}})")
            << int(K::Shape) << QStringLiteral("topic_list.topics[0].id")
            << QStringLiteral("expected an integer");
    QTest::newRow("title null") << list
                                << QByteArray(
                                           R"({"topic_list":{"topics":[{"id":1,"title":null}]}})")
                                << int(K::Shape) << QStringLiteral("topic_list.topics[0].title")
                                << QStringLiteral("expected a string, got null");
    QTest::newRow("topic not object")
            << list << QByteArray(R"({"topic_list":{"topics":[7]}})") << int(K::Shape)
            << QStringLiteral("topic_list.topics[0]") << QStringLiteral("expected an object");
    QTest::newRow("user without username")
            << list << QByteArray(R"({"topic_list":{"topics":[]},"users":[{"id":1}]})")
            << int(K::Shape) << QStringLiteral("users[0].username") << QStringLiteral("missing");
    const QByteArray postPrefix =
            R"({"id":5,"title":"t","created_at":"2024-01-01T00:00:00.000Z","post_stream":{"posts":[)";
    QTest::newRow("post bad timestamp")
            << detail
            << (postPrefix + R"({"id":1,"post_number":1,"cooked":"","created_at":"yesterday"}]}})")
            << int(K::Shape) << QStringLiteral("post_stream.posts[0].created_at")
            << QStringLiteral("expected an ISO 8601 timestamp, got the string \"yesterday\"");
    QTest::newRow("post cooked missing")
            << detail
            << (postPrefix + R"({"id":1,"post_number":1,"created_at":"2024-01-01T00:00:00Z"}]}})")
            << int(K::Shape) << QStringLiteral("post_stream.posts[0].cooked")
            << QStringLiteral("missing");
    QTest::newRow("stream with text id")
            << detail << (postPrefix + R"(],"stream":[1,2,"x"]}})") << int(K::Shape)
            << QStringLiteral("post_stream.stream[2]") << QStringLiteral("expected an integer");
    QTest::newRow("post number too large")
            << detail
            << (postPrefix +
                R"({"id":1,"post_number":99999999999,"cooked":"","created_at":"2024-01-01T00:00:00Z"}]}})")
            << int(K::Shape) << QStringLiteral("post_stream.posts[0].post_number")
            << QStringLiteral("out of range");
    QTest::newRow("current user missing")
            << int(Kind::CurrentUser) << QByteArray("{}") << int(K::Shape)
            << QStringLiteral("current_user") << QStringLiteral("missing");
    QTest::newRow("current user bad ids")
            << int(Kind::CurrentUser)
            << QByteArray(
                       R"({"current_user":{"id":1,"username":"a","watched_category_ids":[1,true]}})")
            << int(K::Shape) << QStringLiteral("current_user.watched_category_ids[1]")
            << QStringLiteral("expected an integer, got true");
    QTest::newRow("notification without type")
            << int(Kind::Notifications)
            << QByteArray(R"({"notifications":[{"id":1,"created_at":"2024-01-01T00:00:00Z"}]})")
            << int(K::Shape) << QStringLiteral("notifications[0].notification_type")
            << QStringLiteral("missing");
    QTest::newRow("create post neither")
            << int(Kind::CreatePost) << QByteArray(R"({"action":"create_post"})") << int(K::Shape)
            << QString() << QStringLiteral("neither a post");
    QTest::newRow("site categories wrong")
            << int(Kind::Site) << QByteArray(R"({"categories":"none"})") << int(K::Shape)
            << QStringLiteral("categories") << QStringLiteral("expected an array");
    QTest::newRow("category without slug")
            << int(Kind::Categories)
            << QByteArray(R"({"category_list":{"categories":[{"id":1,"name":"a"}]}})")
            << int(K::Shape) << QStringLiteral("category_list.categories[0].slug")
            << QStringLiteral("missing");
}

void TestResponseParsers::malformedInputs()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    QFETCH(int, errorKind);
    QFETCH(QString, path);
    QFETCH(QString, messagePart);

    ParseError error;
    switch (Kind(kind)) {
    case Kind::TopicList: {
        const auto r = parseTopicList(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case Kind::TopicDetail: {
        const auto r = parseTopicDetail(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case Kind::CurrentUser: {
        const auto r = parseCurrentUser(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case Kind::Notifications: {
        const auto r = parseNotifications(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case Kind::CreatePost: {
        const auto r = parseCreatePostResult(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case Kind::Site: {
        const auto r = parseSite(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    case Kind::Categories: {
        const auto r = parseCategories(body);
        QVERIFY(!r);
        error = r.error();
        break;
    }
    default:
        QFAIL("kind not handled in this test");
    }
    QCOMPARE(int(error.kind), errorKind);
    QCOMPARE(error.path, path);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QVERIFY(!describeForPeople(error).isEmpty());
}

void TestResponseParsers::errorToStringJoinsPathAndMessage()
{
    const auto r = parseTopicList(R"({"topic_list":{"topics":[{"id":"x","title":"a"}]}})");
    QVERIFY(!r);
    QCOMPARE(r.error().toString(),
             QStringLiteral("topic_list.topics[0].id: expected an integer, got the string \"x\""));
}

void TestResponseParsers::lenientWhereDiscourseIsLoose()
{
    // Optional fields null or of odd types, numbers as strings, BOM, no zone.
    const QByteArray body = "\xEF\xBB\xBF"
                            R"({"topic_list":{"per_page":"30","topics":[{"id":"17","title":"t",
                            "posts_count":null,"pinned":null,"visible":"yes","bumped_at":"2024-02-29T23:59:59Z",
                            "created_at":"2024-02-29T10:00:00","last_posted_at":"not a date",
                            "tags":["a",{"id":3,"name":"b","slug":"b"},7],"category_id":null}]}})";
    const auto r = parseTopicList(body);
    QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
    const TopicListItem &t = r->topics.first();
    QCOMPARE(t.id, 17);
    QCOMPARE(t.postsCount, 0);
    QVERIFY(t.visible);
    QCOMPARE(t.bumpedAt, utc("2024-02-29T23:59:59Z"));
    QCOMPARE(t.createdAt, utc("2024-02-29T10:00:00Z"));
    QVERIFY(!t.lastPostedAt.isValid());
    QCOMPARE(t.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(r->perPage, 30);
}

void TestResponseParsers::timestamps_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("msecs"); // -1: invalid
    QTest::newRow("Z millis") << QStringLiteral("2024-03-01T12:34:56.789Z")
                              << qint64(1709296496789);
    QTest::newRow("no fraction") << QStringLiteral("2024-03-01T12:34:56Z") << qint64(1709296496000);
    QTest::newRow("micro") << QStringLiteral("2024-03-01T12:34:56.789123Z")
                           << qint64(1709296496789);
    QTest::newRow("offset") << QStringLiteral("2013-02-04T15:26:25.977-05:00")
                            << qint64(1360009585977);
    QTest::newRow("offset no colon")
            << QStringLiteral("2013-02-04T15:26:25.977-0500") << qint64(1360009585977);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00.000Z") << qint64(0);
    QTest::newRow("before epoch") << QStringLiteral("1969-12-31T23:59:59.000Z") << qint64(-1000);
    QTest::newRow("leap day") << QStringLiteral("2000-02-29T00:00:00Z") << qint64(951782400000);
    QTest::newRow("not leap") << QStringLiteral("1900-02-29T00:00:00Z") << qint64(-1);
    QTest::newRow("month 13") << QStringLiteral("2024-13-01T00:00:00Z") << qint64(-1);
    QTest::newRow("garbage after") << QStringLiteral("2024-03-01T12:34:56Zjunk") << qint64(-1);
    QTest::newRow("date only") << QStringLiteral("2024-03-01") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("dot no digits") << QStringLiteral("2024-03-01T12:34:56.Z") << qint64(-1);
}

void TestResponseParsers::timestamps()
{
    QFETCH(QString, text);
    QFETCH(qint64, msecs);
    const QDateTime parsed = outpost::discourse::json::parseTimestamp(text);
    if (msecs == -1) {
        QVERIFY(!parsed.isValid());
    } else {
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.toMSecsSinceEpoch(), msecs);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestResponseParsers::everyPrefixOfAResponseIsRefused()
{
    // A connection cut anywhere must give a clear refusal, never a half-read topic.
    const QByteArray full = fixture(QStringLiteral("discourse_api/topic.json"));
    int truncated = 0;
    for (qsizetype length = 0; length < full.size(); length += 3) {
        const auto r = parseTopicDetail(full.left(length));
        QVERIFY2(!r, qPrintable(QString::number(length)));
        QVERIFY(r.error().kind == ParseError::Kind::Truncated ||
                r.error().kind == ParseError::Kind::Empty);
        truncated += r.error().kind == ParseError::Kind::Truncated;
    }
    QVERIFY(truncated > 1000);
    QVERIFY(parseTopicDetail(full));
}

void TestResponseParsers::corruptedBytesNeverCrash()
{
    // Flipped bytes: each parse either succeeds or names a problem; none crashes or hangs.
    const QByteArray original =
            fixture(QStringLiteral("discourse_api_docs/topics/topic_response.json"));
    QRandomGenerator random(42);
    int refused = 0;
    for (int round = 0; round < 2000; ++round) {
        QByteArray corrupted = original;
        for (int flips = 1 + int(random.bounded(4)); flips > 0; --flips)
            corrupted[random.bounded(corrupted.size())] = char(random.bounded(256));
        const auto r = parseTopicDetail(corrupted);
        if (!r) {
            ++refused;
            QVERIFY(!r.error().message.isEmpty());
        }
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(TestResponseParsers)
