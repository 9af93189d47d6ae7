#include "discourse/ForumApi.h"

#include <QDebug>
#include <QTest>

using namespace outpost;
using namespace outpost::discourse;

namespace {

const QByteArray secretKey = QByteArrayLiteral("0123456789abcdef0123456789abcdef");

ForumApi userApi(const QString &base = QStringLiteral("https://forum.example.org"))
{
    Credentials credentials;
    credentials.kind = Credentials::UserApiKey;
    credentials.key = secretKey;
    credentials.clientId = QByteArrayLiteral("outpost-client-1");
    return ForumApi(QUrl(base), credentials);
}

// Decodes application/x-www-form-urlencoded the way Rails does: '+' is a space.
QList<std::pair<QString, QString>> decodeForm(const QByteArray &body)
{
    QList<std::pair<QString, QString>> fields;
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        auto decode = [](QByteArray part) {
            part.replace('+', ' ');
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
        };
        fields.append({decode(pair.left(eq)), decode(pair.mid(eq + 1))});
    }
    return fields;
}

QString formValue(const QByteArray &body, const QString &name)
{
    for (const auto &[key, value] : decodeForm(body)) {
        if (key == name)
            return value;
    }
    return QStringLiteral("<missing>");
}

QByteArray headerValue(const QList<net::HttpHeader> &headers, const QByteArray &name)
{
    for (const net::HttpHeader &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

// The decoded values of every `name` parameter of the query, in order.
QStringList queryValues(const QUrl &url, const QString &name)
{
    QStringList values;
    for (const QByteArray &pair : url.query(QUrl::FullyEncoded).toLatin1().split('&')) {
        const qsizetype eq = pair.indexOf('=');
        if (QString::fromUtf8(QByteArray::fromPercentEncoding(pair.left(eq))) == name)
            values << QString::fromUtf8(QByteArray::fromPercentEncoding(pair.mid(eq + 1)));
    }
    return values;
}

bool containsSecret(const net::HttpRequest &r)
{
    if (r.url.toEncoded().contains(secretKey) || r.body.contains(secretKey))
        return true;
    for (const net::HttpHeader &h : r.headers) {
        if (h.value.contains(secretKey) || h.name.contains(secretKey))
            return true;
    }
    return false;
}

} // namespace

class TestForumApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void getRequestsHaveTheExpectedUrls_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("expected");

        const QString root = QStringLiteral("https://forum.example.org");
        const QString sub = QStringLiteral("https://example.org/forum/");
        QTest::newRow("site") << root << 0 << root + QStringLiteral("/site.json");
        QTest::newRow("categories")
                << root << 1
                << root + QStringLiteral("/categories.json?include_subcategories=true");
        QTest::newRow("session") << root << 2 << root + QStringLiteral("/session/current.json");
        QTest::newRow("latest page 0") << root << 3 << root + QStringLiteral("/latest.json");
        QTest::newRow("latest page 2 per_page")
                << root << 4 << root + QStringLiteral("/latest.json?page=2&per_page=100");
        QTest::newRow("category latest")
                << root << 5 << root + QStringLiteral("/c/implementation/12/l/latest.json?page=1");
        QTest::newRow("category latest, Arabic slug")
                << root << 6
                << root + QStringLiteral("/c/%D8%B9%D8%B1%D8%A8%D9%8A/7/l/latest.json");
        QTest::newRow("category latest, no slug")
                << root << 7 << root + QStringLiteral("/c/7/l/latest.json");
        QTest::newRow("top monthly")
                << root << 8 << root + QStringLiteral("/top.json?period=monthly");
        QTest::newRow("topic") << root << 9 << root + QStringLiteral("/t/57.json");
        QTest::newRow("topic raw")
                << root << 10 << root + QStringLiteral("/t/57.json?include_raw=1");
        QTest::newRow("topic near") << root << 11 << root + QStringLiteral("/t/57/31.json");
        QTest::newRow("latest posts") << root << 12 << root + QStringLiteral("/posts.json");
        QTest::newRow("posts before")
                << root << 13 << root + QStringLiteral("/posts.json?before=950");
        QTest::newRow("post") << root << 14 << root + QStringLiteral("/posts/11.json");
        QTest::newRow("raw") << root << 15 << root + QStringLiteral("/raw/57/3");
        QTest::newRow("search")
                << root << 16
                << root + QStringLiteral(
                                  "/search.json?q=%40alice%20in%3Afirst%20a%2Bb%26c%3Dd&page=2");
        QTest::newRow("notifications")
                << root << 17
                << root + QStringLiteral("/notifications.json?recent=true&limit=30&silent=true");
        QTest::newRow("topic by user")
                << root << 18
                << root + QStringLiteral(
                                  "/t/57.json?username_filters=ana.m%C3%BCller&include_raw=1");
        QTest::newRow("topics created by")
                << root << 19 << root + QStringLiteral("/topics/created-by/ana.m%C3%BCller.json");
        QTest::newRow("topics created by, page 1")
                << root << 20 << root + QStringLiteral("/topics/created-by/bob.json?page=1");
        QTest::newRow("subfolder site")
                << sub << 0 << QStringLiteral("https://example.org/forum/site.json");
        QTest::newRow("subfolder topic")
                << sub << 9 << QStringLiteral("https://example.org/forum/t/57.json");
    }

    void getRequestsHaveTheExpectedUrls()
    {
        QFETCH(QString, base);
        QFETCH(int, which);
        QFETCH(QString, expected);
        const ForumApi api = userApi(base);
        QVERIFY(api.isValid());
        net::HttpRequest r;
        switch (which) {
        case 0:
            r = api.site();
            break;
        case 1:
            r = api.categories();
            break;
        case 2:
            r = api.currentSession();
            break;
        case 3:
            r = api.latest();
            break;
        case 4:
            r = api.latest(2, 100);
            break;
        case 5:
            r = api.categoryLatest(QStringLiteral("implementation"), 12, 1);
            break;
        case 6:
            r = api.categoryLatest(QStringLiteral("عربي"), 7);
            break;
        case 7:
            r = api.categoryLatest(QString(), 7);
            break;
        case 8:
            r = api.top(TopPeriod::Monthly);
            break;
        case 9:
            r = api.topic(57);
            break;
        case 10:
            r = api.topic(57, true);
            break;
        case 11:
            r = api.topicNear(57, 31);
            break;
        case 12:
            r = api.latestPosts();
            break;
        case 13:
            r = api.latestPosts(950);
            break;
        case 14:
            r = api.post(11);
            break;
        case 15:
            r = api.raw(57, 3);
            break;
        case 16:
            r = api.search(QStringLiteral("@alice in:first a+b&c=d"), 2);
            break;
        case 17:
            r = api.notifications();
            break;
        case 18:
            r = api.topicByUser(57, QStringLiteral("ana.müller"), true);
            break;
        case 19:
            r = api.topicsCreatedBy(QStringLiteral("ana.müller"));
            break;
        case 20:
            r = api.topicsCreatedBy(QStringLiteral("bob"), 1);
            break;
        }
        QCOMPARE(QString::fromLatin1(r.url.toEncoded()), expected);
        QCOMPARE(r.method, QByteArray("GET"));
        QVERIFY(r.isIdempotent());
        QVERIFY(r.body.isEmpty());
        const QByteArray accept = headerValue(r.headers, "Accept");
        QCOMPARE(accept, which == 15 ? QByteArray("text/plain") : QByteArray("application/json"));
    }

    void searchQueryRoundTrips()
    {
        const QString q =
                QStringLiteral("dhis2 tracker #implementation @ali order:latest 100% ✓ عربي");
        const net::HttpRequest r = userApi().search(q);
        QCOMPARE(queryValues(r.url, QStringLiteral("q")), QStringList{q});
    }

    void credentialsOnlyInTheCredentialList()
    {
        const ForumApi api = userApi();
        const QList<net::HttpRequest> requests = {
                api.site(),
                api.latest(3),
                api.topic(1, true),
                api.createReply(1, QStringLiteral("hello there, long enough body")),
                api.editPost(5, QStringLiteral("x")),
                api.like(5),
                api.revokeUserApiKey(),
                api.search(QStringLiteral("q")),
                *api.topicListPage(QStringLiteral("/latest?page=1"))};
        for (const net::HttpRequest &r : requests) {
            QVERIFY2(!containsSecret(r), r.url.toEncoded().constData());
            QCOMPARE(headerValue(r.credentials, "User-Api-Key"), secretKey);
            QCOMPARE(headerValue(r.credentials, "User-Api-Client-Id"),
                     QByteArray("outpost-client-1"));
            QVERIFY(headerValue(r.headers, "User-Api-Key").isEmpty());
        }
    }

    void adminCredentialsUseApiKeyHeaders()
    {
        Credentials admin;
        admin.kind = Credentials::AdminApiKey;
        admin.key = secretKey;
        admin.apiUsername = QByteArrayLiteral("system");
        const net::HttpRequest r =
                ForumApi(QUrl(QStringLiteral("https://f.example")), admin).site();
        QCOMPARE(headerValue(r.credentials, "Api-Key"), secretKey);
        QCOMPARE(headerValue(r.credentials, "Api-Username"), QByteArray("system"));
        QVERIFY(headerValue(r.credentials, "User-Api-Key").isEmpty());
        QVERIFY(!containsSecret(r));
    }

    void anonymousRequestsCarryNoCredentials()
    {
        const net::HttpRequest r = ForumApi(QUrl(QStringLiteral("https://f.example"))).latest();
        QVERIFY(r.credentials.isEmpty());
    }

    void credentialsDebugOutputIsRedacted()
    {
        QString printed;
        QDebug(&printed) << userApi().credentials();
        QVERIFY(printed.contains(QLatin1String("<redacted>")));
        QVERIFY(!printed.contains(QString::fromLatin1(secretKey)));
        QVERIFY(!printed.contains(QLatin1String("0123456789")));
        QVERIFY(printed.contains(QLatin1String("outpost-client-1")));
    }

    void createReplyIsFormEncoded()
    {
        const QString raw = QStringLiteral(
                "a+b & c=d\nsecond line\r\n100% sure; مرحبا بالعالم 👍 <b>not html</b> %20 +");
        const net::HttpRequest r = userApi().createReply(57, raw, 3);
        QCOMPARE(r.method, QByteArray("POST"));
        QVERIFY(!r.isIdempotent());
        QCOMPARE(r.url.toString(), QStringLiteral("https://forum.example.org/posts.json"));
        QVERIFY(r.contentType.startsWith("application/x-www-form-urlencoded"));
        QCOMPARE(formValue(r.body, QStringLiteral("raw")), raw);
        QCOMPARE(formValue(r.body, QStringLiteral("topic_id")), QStringLiteral("57"));
        QCOMPARE(formValue(r.body, QStringLiteral("reply_to_post_number")), QStringLiteral("3"));
        // Only unreserved characters, '%', '+', '&' and '=' appear in the encoded body.
        for (char c : r.body) {
            const bool plain =
                    QChar::isLetterOrNumber(uchar(c)) || QByteArray("-._~%+&=").contains(c);
            QVERIFY2(plain, QByteArray(1, c).constData());
        }
        QCOMPARE(decodeForm(r.body).size(), 3);
    }

    void createReplyWithoutReplyTarget()
    {
        const net::HttpRequest r = userApi().createReply(57, QStringLiteral("text"));
        QCOMPARE(formValue(r.body, QStringLiteral("reply_to_post_number")),
                 QStringLiteral("<missing>"));
    }

    void createTopicSendsTitleRawAndCategory()
    {
        const net::HttpRequest r =
                userApi().createTopic(QStringLiteral("Tracker & events: = questions?"),
                                      QStringLiteral("Body\n\n- item"), 12);
        QCOMPARE(formValue(r.body, QStringLiteral("title")),
                 QStringLiteral("Tracker & events: = questions?"));
        QCOMPARE(formValue(r.body, QStringLiteral("raw")), QStringLiteral("Body\n\n- item"));
        QCOMPARE(formValue(r.body, QStringLiteral("category")), QStringLiteral("12"));
        QVERIFY(formValue(r.body, QStringLiteral("topic_id")) == QStringLiteral("<missing>"));
    }

    void editPostIsAPutWithNestedNames()
    {
        const net::HttpRequest r =
                userApi().editPost(25, QStringLiteral("new text"), QStringLiteral("typo"));
        QCOMPARE(r.method, QByteArray("PUT"));
        QCOMPARE(r.url.toString(), QStringLiteral("https://forum.example.org/posts/25.json"));
        QVERIFY(r.body.contains("post%5Braw%5D=new+text"));
        QCOMPARE(formValue(r.body, QStringLiteral("post[raw]")), QStringLiteral("new text"));
        QCOMPARE(formValue(r.body, QStringLiteral("post[edit_reason]")), QStringLiteral("typo"));
        const net::HttpRequest noReason = userApi().editPost(25, QStringLiteral("x"));
        QCOMPARE(decodeForm(noReason.body).size(), 1);
        // The text the edit started from, for the forum's conflict check.
        const net::HttpRequest guarded = userApi().editPost(
                25, QStringLiteral("new text"), {}, QStringLiteral("old text & more\nlines"));
        QCOMPARE(formValue(guarded.body, QStringLiteral("post[original_text]")),
                 QStringLiteral("old text & more\nlines"));
        QCOMPARE(formValue(guarded.body, QStringLiteral("post[edit_reason]")),
                 QStringLiteral("<missing>"));
    }

    void likeUsesPostActionTypeTwo()
    {
        const net::HttpRequest r = userApi().like(77);
        QCOMPARE(r.url.path(), QStringLiteral("/post_actions.json"));
        QCOMPARE(formValue(r.body, QStringLiteral("id")), QStringLiteral("77"));
        QCOMPARE(formValue(r.body, QStringLiteral("post_action_type_id")), QStringLiteral("2"));
    }

    void revokeIsAPostToTheRevokeRoute()
    {
        const net::HttpRequest r =
                userApi(QStringLiteral("https://example.org/forum")).revokeUserApiKey();
        QCOMPARE(r.method, QByteArray("POST"));
        QCOMPARE(r.url.toString(), QStringLiteral("https://example.org/forum/user-api-key/revoke"));
    }

    void topicPostsRepeatsPostIds()
    {
        const net::HttpRequest r = userApi().topicPosts(57, {83, 84, 86}, true);
        QCOMPARE(QString::fromLatin1(r.url.toEncoded()),
                 QStringLiteral("https://forum.example.org/t/57/posts.json?post_ids%5B%5D=83&"
                                "post_ids%5B%5D=84&post_ids%5B%5D=86&include_raw=1"));
        QCOMPARE(queryValues(r.url, QStringLiteral("post_ids[]")),
                 (QStringList{QStringLiteral("83"), QStringLiteral("84"), QStringLiteral("86")}));
    }

    void topicPostsUrlStaysShortAtTheBatchLimit()
    {
        QList<qint64> ids;
        for (int i = 0; i < ForumApi::maxPostIdsPerRequest; ++i)
            ids.append(std::numeric_limits<qint64>::max() - i); // the longest ids there are
        const net::HttpRequest r =
                userApi(QStringLiteral("https://a-rather-long-forum-host-name.example.org/"
                                       "community/forum"))
                        .topicPosts(std::numeric_limits<qint64>::max(), ids, true);
        const qsizetype length = r.url.toEncoded().size();
        QVERIFY2(length < 2048, QByteArray::number(length).constData());
        QCOMPARE(queryValues(r.url, QStringLiteral("post_ids[]")).size(),
                 ForumApi::maxPostIdsPerRequest);
    }

    void moreTopicsUrlResolves_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("more");
        QTest::addColumn<QString>("expected");
        const QString root = QStringLiteral("https://forum.example.org");
        const QString sub = QStringLiteral("https://example.org/forum");
        QTest::newRow("relative, no .json") << root << QStringLiteral("/latest?page=1")
                                            << root + QStringLiteral("/latest.json?page=1");
        QTest::newRow("already .json") << root << QStringLiteral("/latest.json?page=1")
                                       << root + QStringLiteral("/latest.json?page=1");
        QTest::newRow("category list")
                << root << QStringLiteral("/c/implementation/12/l/latest?page=3&per_page=100")
                << root + QStringLiteral("/c/implementation/12/l/latest.json?page=3&per_page=100");
        QTest::newRow("subfolder missing")
                << sub << QStringLiteral("/latest?page=1")
                << QStringLiteral("https://example.org/forum/latest.json?page=1");
        QTest::newRow("subfolder present")
                << sub << QStringLiteral("/forum/latest?page=1")
                << QStringLiteral("https://example.org/forum/latest.json?page=1");
        QTest::newRow("subfolder prefix is not the subfolder")
                << sub << QStringLiteral("/forum-archive/latest?page=1")
                << QStringLiteral("https://example.org/forum/forum-archive/latest.json?page=1");
        QTest::newRow("absolute on this forum")
                << sub << QStringLiteral("https://example.org/forum/top?period=weekly&page=2")
                << QStringLiteral("https://example.org/forum/top.json?period=weekly&page=2");
        QTest::newRow("no leading slash") << root << QStringLiteral("latest?page=4")
                                          << root + QStringLiteral("/latest.json?page=4");
    }

    void moreTopicsUrlResolves()
    {
        QFETCH(QString, base);
        QFETCH(QString, more);
        QFETCH(QString, expected);
        const std::optional<net::HttpRequest> r = userApi(base).topicListPage(more);
        QVERIFY(r);
        QCOMPARE(QString::fromLatin1(r->url.toEncoded()), expected);
        QCOMPARE(headerValue(r->headers, "Accept"), QByteArray("application/json"));
        QCOMPARE(headerValue(r->credentials, "User-Api-Key"), secretKey);
    }

    void moreTopicsUrlElsewhereIsRefused()
    {
        const ForumApi api = userApi();
        QVERIFY(!api.topicListPage(QString()));
        QVERIFY(!api.topicListPage(QStringLiteral("   ")));
        QVERIFY(!api.topicListPage(QStringLiteral("https://evil.example.com/latest?page=1")));
        QVERIFY(!api.topicListPage(QStringLiteral("//evil.example.com/latest?page=1")));
        QVERIFY(!api.topicListPage(QStringLiteral("http://forum.example.org/latest?page=1")));
        QVERIFY(!api.topicListPage(QStringLiteral("https://forum.example.org:8443/latest")));
    }

    void invalidBaseUrls()
    {
        QVERIFY(!ForumApi(QUrl(QStringLiteral("ftp://forum.example.org"))).isValid());
        QVERIFY(!ForumApi(QUrl(QStringLiteral("forum.example.org"))).isValid());
        QVERIFY(!ForumApi(QUrl()).isValid());
        QVERIFY(ForumApi(QUrl(QStringLiteral("http://127.0.0.1:8080"))).isValid());
        QCOMPARE(ForumApi(QUrl(QStringLiteral("http://127.0.0.1:8080/"))).site().url.toString(),
                 QStringLiteral("http://127.0.0.1:8080/site.json"));
    }
};

QTEST_GUILESS_MAIN(TestForumApi)
#include "tst_forum_api.moc"
