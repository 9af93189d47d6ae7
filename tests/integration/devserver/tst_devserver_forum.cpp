// The generated forum and how it changes: realistic spread and content, determinism, and the
// Discourse semantics of replies, edits, deletions, moves and closes as a client sees them
// over HTTP.
#include "HttpProbe.h"
#include "devserver/ServerThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>

#include <algorithm>

using namespace devserver;
using namespace Qt::Literals::StringLiterals;

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

constexpr qint64 kAnchor = 1'735'689'600'000; // 2025-01-01T00:00:00Z

GenerateSpec spec(const char *text, quint64 seed)
{
    GenerateSpec s = *GenerateSpec::parse(QString::fromLatin1(text), nullptr);
    s.seed = seed;
    s.anchorMs = kAnchor;
    return s;
}

QJsonObject getJson(HttpProbe &probe, const QByteArray &path, const Headers &headers = {})
{
    const ProbeResponse r = probe.request("GET", path, headers);
    if (r.status != 200)
        qWarning("GET %s -> %d %s", path.constData(), r.status, r.body.left(200).constData());
    return r.json().object();
}

QList<int> streamOf(HttpProbe &probe, int topicId)
{
    QList<int> ids;
    for (const QJsonValue &v :
         getJson(probe, "/t/" + QByteArray::number(topicId) + ".json")[u"post_stream"_s]
                 .toObject()[u"stream"_s]
                 .toArray())
        ids << v.toInt();
    return ids;
}

} // namespace

class TestDevserverForum : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerThread> m_server;
    QByteArray m_key; // a trust level 2 user's User API Key
    int m_userId = 0;

    template <typename F>
    auto onServer(F &&f)
    {
        return m_server->invoke(std::forward<F>(f));
    }
    void advance(qint64 ms)
    {
        onServer([ms](Server &s) { s.clock().advance(ms); });
    }
    int longTopic(int minimumPosts)
    {
        return onServer([minimumPosts](Server &s) {
            for (int id = 1; id <= s.forum().maxTopicId(); ++id) {
                const Topic *t = s.forum().topic(id);
                const Category *c = s.forum().category(t->categoryId);
                if (t->postsCount >= minimumPosts && !t->closed && !t->archived &&
                    !c->readRestricted())
                    return id;
            }
            return 0;
        });
    }
    ProbeResponse post(HttpProbe &probe, const QByteArray &form)
    {
        return probe.request(
                "POST", "/posts.json",
                {{"User-Api-Key", m_key}, {"Content-Type", "application/x-www-form-urlencoded"}},
                form);
    }
    static QByteArray replyForm(int topicId, const QString &raw)
    {
        return "topic_id=" + QByteArray::number(topicId) + "&raw=" + QUrl::toPercentEncoding(raw);
    }

private slots:
    void initTestCase()
    {
        ServerThread::Config config;
        config.spec = spec("categories=12,topics=300,posts=3000", 11);
        config.settings.limits.enabled = false;
        config.settings.logToStderr = false;
        m_server = std::make_unique<ServerThread>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_userId = onServer([](Server &s) {
            for (const User &u : s.forum().users()) {
                if (u.id && !u.staff() && u.trustLevel == 2)
                    return u.id;
            }
            return 0;
        });
        QVERIFY(m_userId);
        m_key = onServer([this](Server &s) {
            return s.auth().mintUserApiKey(m_userId, u"forum"_s, u"forum tests"_s,
                                           {u"read"_s, u"write"_s}, s.clock().nowMs());
        });
    }

    void generatedForumHasARealisticShape()
    {
        const Forum forum = Forum::generate(spec("categories=20,topics=5000,posts=40000", 7));
        QCOMPARE(forum.maxTopicId(), 5000);
        QCOMPARE(forum.maxPostId(), 40000);
        QCOMPARE(int(forum.categories().size()), 20);
        int upTo10 = 0;
        int huge = 0;
        int closed = 0;
        int pinnedGlobally = 0;
        QSet<int> languages;
        for (int id = 1; id <= forum.maxTopicId(); ++id) {
            const Topic &t = *forum.topic(id);
            upTo10 += t.postIds.size() <= 10;
            huge += t.postIds.size() >= 1000;
            closed += t.closed;
            pinnedGlobally += t.pinnedGlobally;
            languages.insert(int(t.lang));
            // bumped_at is the last post's time, and nothing is in the future.
            const Post &last = *forum.postByNumber(t, t.highestPostNumber);
            QCOMPARE(t.bumpedAtMs, last.createdAtMs);
            QVERIFY(t.bumpedAtMs <= kAnchor);
        }
        QVERIFY2(upTo10 > 5000 * 0.7, qPrintable(QString::number(upTo10)));
        QVERIFY(huge >= 1);
        QVERIFY(closed > 0);
        QCOMPARE(pinnedGlobally, 1);
        QCOMPARE(languages.size(), kLangCount);
        QVERIFY(std::any_of(forum.categories().begin(), forum.categories().end(),
                            [](const Category &c) { return c.parentId; }));
        QVERIFY(std::any_of(forum.categories().begin(), forum.categories().end(),
                            [](const Category &c) { return c.readRestricted(); }));
        // Post ids follow time across the forum; there are edits and deletions.
        int edited = 0;
        int deleted = 0;
        for (int id = 2; id <= forum.maxPostId(); ++id) {
            QVERIFY(forum.post(id)->createdAtMs >= forum.post(id - 1)->createdAtMs);
            edited += forum.post(id)->version > 1;
            deleted += forum.post(id)->deleted();
        }
        QVERIFY(edited > 400);
        QVERIFY(deleted > 100);
    }

    void cookedHtmlHasDiscoursesMarkup()
    {
        const Forum forum = Forum::generate(spec("categories=8,topics=200,posts=3000", 3));
        QString all;
        for (int id = 1; id <= forum.maxPostId(); ++id)
            all += forum.text(*forum.post(id)).cooked;
        for (const QString &needle :
             {u"<aside class=\"quote no-group\" data-username=\""_s, u"<pre data-code-wrap=\""_s,
              u"<code class=\"lang-"_s, u"<a class=\"mention\" href=\"/u/"_s,
              u"<aside class=\"onebox allowlistedgeneric\""_s,
              u"<div class=\"lightbox-wrapper\">"_s, u"class=\"emoji\""_s, u"<ul>"_s,
              u"rel=\"noopener nofollow ugc\""_s}) {
            QVERIFY2(all.contains(needle), qPrintable(needle));
        }
        QVERIFY(all.contains(QRegularExpression(u"width=\"690\" height=\"\\d+\""_s)));
        QVERIFY(all.contains(QRegularExpression(u"\\p{Arabic}{3,}"_s)));
        QVERIFY(all.contains(u"ção"_s));
        // A quote names the real author of the quoted post.
        static const QRegularExpression quote(
                u"\\[quote=\"([^,]+), post:(\\d+), topic:(\\d+)\"\\]"_s);
        int quotes = 0;
        for (int id = 1; id <= forum.maxPostId() && quotes < 20; ++id) {
            const auto m = quote.match(forum.raw(*forum.post(id)));
            if (!m.hasMatch())
                continue;
            const Post *quoted =
                    forum.postByNumber(*forum.topic(m.captured(3).toInt()), m.captured(2).toInt());
            QVERIFY(quoted);
            QCOMPARE(forum.user(quoted->userId)->username, m.captured(1));
            ++quotes;
        }
        QVERIFY(quotes > 5);
    }

    void sameSeedGivesIdenticalJson()
    {
        auto start = [](quint64 seed) {
            ServerThread::Config config;
            config.spec = spec("categories=8,topics=120,posts=900", seed);
            config.settings.limits.enabled = false;
            config.settings.logToStderr = false;
            auto server = std::make_unique<ServerThread>(config);
            server->start(nullptr);
            return server;
        };
        const auto a = start(21);
        const auto b = start(21);
        const auto c = start(22);
        HttpProbe pa(a->port()), pb(b->port()), pc(c->port());
        const QList<QByteArray> paths{"/latest.json",
                                      "/latest.json?page=2",
                                      "/top.json?period=all",
                                      "/site.json",
                                      "/categories.json?include_subcategories=true",
                                      "/t/40.json",
                                      "/t/40/3.json",
                                      "/posts.json",
                                      "/posts.json?before=300",
                                      "/c/announcements/2/l/latest.json"};
        int differ = 0;
        for (const QByteArray &path : paths) {
            const ProbeResponse ra = pa.request("GET", path);
            QVERIFY2(ra.status == 200, path.constData());
            QCOMPARE(ra.body, pb.request("GET", path).body);
            differ += ra.body != pc.request("GET", path).body;
        }
        QVERIFY(differ >= paths.size() - 1); // a different seed is a different forum
    }

    void aReplyExtendsTheStreamAndBumpsTheTopic()
    {
        const int topic = longTopic(3);
        HttpProbe probe(m_server->port());
        const QJsonObject before = getJson(probe, "/t/" + QByteArray::number(topic) + ".json");
        advance(60'000);
        const ProbeResponse r =
                post(probe, replyForm(topic, u"A fresh reply that should bump the topic."_s));
        QCOMPARE(r.status, 200);
        const QJsonObject created = r.json().object();
        const QJsonObject after = getJson(probe, "/t/" + QByteArray::number(topic) + ".json");
        QCOMPARE(after[u"posts_count"_s].toInt(), before[u"posts_count"_s].toInt() + 1);
        QCOMPARE(after[u"highest_post_number"_s].toInt(), created[u"post_number"_s].toInt());
        QCOMPARE(after[u"post_stream"_s].toObject()[u"stream"_s].toArray().last().toInt(),
                 created[u"id"_s].toInt());
        const QJsonArray latest =
                getJson(probe, "/latest.json")[u"topic_list"_s].toObject()[u"topics"_s].toArray();
        const auto firstUnpinned =
                std::find_if(latest.begin(), latest.end(),
                             [](const QJsonValue &t) { return !t[u"pinned"_s].toBool(); });
        QCOMPARE((*firstUnpinned)[u"id"_s].toInt(), topic);
        QCOMPARE((*firstUnpinned)[u"bumped_at"_s].toString(), created[u"created_at"_s].toString());
    }

    void onlyEditingTheLastPostBumps()
    {
        const int topic = longTopic(4);
        HttpProbe probe(m_server->port());
        // bumped_at is not part of the topic view; the control API shows it.
        const QByteArray path = "/__devserver/topics/" + QByteArray::number(topic);
        const QList<int> stream = streamOf(probe, topic);
        const QString bumped = getJson(probe, path)[u"bumped_at"_s].toString();
        QVERIFY(!bumped.isEmpty());
        advance(120'000);
        auto edit = [&](int postId, const QByteArray &raw) {
            return probe.request("PUT", "/__devserver/posts/" + QByteArray::number(postId),
                                 {{"Content-Type", "application/json"}},
                                 R"({"raw":")" + raw + R"("})");
        };
        QCOMPARE(edit(stream[1], "An edit of an earlier post, by someone else.").status, 200);
        const QJsonObject afterEarly = getJson(probe, path);
        QCOMPARE(afterEarly[u"bumped_at"_s].toString(), bumped);
        const QJsonObject edited =
                getJson(probe, "/posts/" + QByteArray::number(stream[1]) + ".json");
        QVERIFY(edited[u"version"_s].toInt() >= 2);
        QCOMPARE(edited[u"raw"_s].toString(), u"An edit of an earlier post, by someone else."_s);
        QCOMPARE(edit(stream.last(), "An edit of the last post, which bumps the topic.").status,
                 200);
        const QString bumpedAgain = getJson(probe, path)[u"bumped_at"_s].toString();
        QVERIFY2(bumpedAgain > bumped, qPrintable(bumped + u" -> "_s + bumpedAgain));
    }

    void ownQuickEditsKeepTheirVersion()
    {
        const int topic = longTopic(2);
        HttpProbe probe(m_server->port());
        const ProbeResponse created =
                post(probe, replyForm(topic, u"A reply that I will fix in a moment."_s));
        QCOMPARE(created.status, 200);
        const QByteArray id = QByteArray::number(created.json().object()[u"id"_s].toInt());
        const Headers json{{"User-Api-Key", m_key}, {"Content-Type", "application/json"}};
        auto put = [&](const QByteArray &body) {
            return probe.request("PUT", "/posts/" + id + ".json", json, body)
                    .json()
                    .object()[u"post"_s]
                    .toObject();
        };
        QCOMPARE(put(R"({"post":{"raw":"A reply that I will fix in a moment!"}})")[u"version"_s]
                         .toInt(),
                 1);
        QCOMPARE(
                put(R"({"post":{"raw":"A reply that I fixed, with a reason.","edit_reason":"typo"}})")
                        [u"version"_s]
                                .toInt(),
                2);
        advance(6 * 60'000);
        const QJsonObject late =
                put(R"({"post":{"raw":"A reply that I fixed again, much later."}})");
        QCOMPARE(late[u"version"_s].toInt(), 3);
        QCOMPARE(late[u"edit_reason"_s].toString(), u"typo"_s);
    }

    void deletionsFollowTopicResetHighest()
    {
        const int topic = longTopic(5);
        HttpProbe probe(m_server->port());
        const QByteArray path = "/t/" + QByteArray::number(topic) + ".json";
        const QJsonObject before = getJson(probe, path);
        const QList<int> stream = streamOf(probe, topic);
        QCOMPARE(probe.request("DELETE", "/__devserver/posts/" + QByteArray::number(stream[2]))
                         .status,
                 200);
        const QJsonObject middle = getJson(probe, path);
        QVERIFY(!streamOf(probe, topic).contains(stream[2]));
        QCOMPARE(middle[u"posts_count"_s].toInt(), before[u"posts_count"_s].toInt() - 1);
        QCOMPARE(middle[u"highest_post_number"_s].toInt(),
                 before[u"highest_post_number"_s].toInt());
        QCOMPARE(probe.request("GET", "/posts/" + QByteArray::number(stream[2]) + ".json").status,
                 404);

        const int lastNumber = getJson(probe, "/posts/" + QByteArray::number(stream.last()) +
                                                      ".json")[u"post_number"_s]
                                       .toInt();
        const int previousNumber =
                getJson(probe, "/posts/" + QByteArray::number(stream[stream.size() - 2]) +
                                       ".json")[u"post_number"_s]
                        .toInt();
        QCOMPARE(probe.request("DELETE", "/__devserver/posts/" + QByteArray::number(stream.last()))
                         .status,
                 200);
        QCOMPARE(getJson(probe, path)[u"highest_post_number"_s].toInt(), previousNumber);
        // A new post never reuses a deleted post's number.
        const ProbeResponse r =
                post(probe, replyForm(topic, u"A reply after the last post was deleted."_s));
        QCOMPARE(r.json().object()[u"post_number"_s].toInt(), lastNumber + 1);
    }

    void movingAndClosingATopic()
    {
        const int topic = longTopic(2);
        HttpProbe probe(m_server->port());
        const QByteArray path = "/t/" + QByteArray::number(topic) + ".json";
        const int from = getJson(probe, path)[u"category_id"_s].toInt();
        const int to = onServer([from](Server &s) {
            for (const Category &c : s.forum().categories()) {
                if (c.id != from && !c.readRestricted() && !c.parentId && c.id != 1)
                    return c.id;
            }
            return 0;
        });
        const ProbeResponse moved =
                probe.request("POST", "/__devserver/topics/" + QByteArray::number(topic) + "/move",
                              {{"Content-Type", "application/json"}},
                              R"({"category_id":)" + QByteArray::number(to) + "}");
        QCOMPARE(moved.status, 200);
        QCOMPARE(getJson(probe, path)[u"category_id"_s].toInt(), to);
        const QJsonArray inNew =
                getJson(probe, "/c/" + QByteArray::number(to) +
                                       "/l/latest.json?per_page=100")[u"topic_list"_s]
                        .toObject()[u"topics"_s]
                        .toArray();
        QVERIFY(std::any_of(inNew.begin(), inNew.end(),
                            [&](const QJsonValue &t) { return t[u"id"_s].toInt() == topic; }));

        QCOMPARE(probe.request("POST",
                               "/__devserver/topics/" + QByteArray::number(topic) + "/status",
                               {{"Content-Type", "application/json"}},
                               R"({"status":"closed","enabled":true})")
                         .status,
                 200);
        QVERIFY(getJson(probe, path)[u"closed"_s].toBool());
        const ProbeResponse refused =
                post(probe, replyForm(topic, u"Trying to reply to a closed topic."_s));
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json().object()[u"action"_s].toString(), u"create_post"_s);
        probe.request("POST", "/__devserver/topics/" + QByteArray::number(topic) + "/status",
                      {{"Content-Type", "application/json"}},
                      R"({"status":"closed","enabled":false})");
        QCOMPARE(post(probe, replyForm(topic, u"Replying now that it is open again."_s)).status,
                 200);
    }

    void privateCategoriesAreHiddenAsDiscourseHidesThem()
    {
        struct Private
        {
            int lounge = 0;
            int staff = 0;
        };
        const Private topics = onServer([](Server &s) {
            Private p;
            for (int id = 1; id <= s.forum().maxTopicId(); ++id) {
                const Category *c = s.forum().category(s.forum().topic(id)->categoryId);
                if (c->readLevel == 3 && !p.lounge)
                    p.lounge = id;
                if (c->readLevel == kStaffOnly && !p.staff)
                    p.staff = id;
            }
            return p;
        });
        QVERIFY(topics.lounge && topics.staff);
        const int regular3 = onServer([](Server &s) {
            for (const User &u : s.forum().users())
                if (u.id && !u.staff() && u.trustLevel == 3)
                    return u.id;
            return 0;
        });
        const QByteArray key = onServer([regular3](Server &s) {
            return s.auth().mintUserApiKey(regular3, u"tl3"_s, u"tl3"_s, {u"read"_s},
                                           s.clock().nowMs());
        });
        HttpProbe probe(m_server->port());
        const Headers tl3{{"User-Api-Key", key}};
        QCOMPARE(probe.request("GET", "/t/" + QByteArray::number(topics.lounge) + ".json").status,
                 404);
        QCOMPARE(probe.request("GET", "/t/" + QByteArray::number(topics.lounge) + ".json", tl3)
                         .status,
                 200);
        QCOMPARE(probe.request("GET", "/t/" + QByteArray::number(topics.staff) + ".json", tl3)
                         .status,
                 404);
        // Nor do their posts leak through /posts.json.
        const QJsonArray anonymous = getJson(probe, "/posts.json")[u"latest_posts"_s].toArray();
        for (const QJsonValue &p : anonymous) {
            const int category = p[u"category_id"_s].toInt();
            QVERIFY(!onServer([category](Server &s) {
                return s.forum().category(category)->readRestricted();
            }));
        }
    }

    void postsNearAPostNumber()
    {
        const int topic = longTopic(60);
        QVERIFY(topic);
        HttpProbe probe(m_server->port());
        const QList<int> stream = streamOf(probe, topic);
        const int n = getJson(probe, "/posts/" + QByteArray::number(stream[30]) +
                                             ".json")[u"post_number"_s]
                              .toInt();
        const QJsonObject near = getJson(probe, "/t/" + QByteArray::number(topic) + "/" +
                                                        QByteArray::number(n) + ".json");
        const QJsonArray posts = near[u"post_stream"_s].toObject()[u"posts"_s].toArray();
        QCOMPARE(posts.size(), 20);
        QCOMPARE(posts[0][u"id"_s].toInt(), stream[25]); // five before
        QCOMPARE(posts[5][u"id"_s].toInt(), stream[30]);
        QCOMPARE(near[u"post_stream"_s].toObject()[u"stream"_s].toArray().size(), stream.size());
        const QJsonArray tail =
                getJson(probe, "/t/" + QByteArray::number(topic) + "/100000.json")[u"post_stream"_s]
                        .toObject()[u"posts"_s]
                        .toArray();
        QCOMPARE(tail.last()[u"id"_s].toInt(), stream.last());
        QCOMPARE(tail.size(), 20);
        QCOMPARE(probe.request("GET", "/t/" + QByteArray::number(topic) + ".json?page=2")
                         .json()
                         .object()[u"post_stream"_s]
                         .toObject()[u"posts"_s]
                         .toArray()
                         .first()[u"id"_s]
                         .toInt(),
                 stream[20]);
        QCOMPARE(probe.request("GET", "/t/" + QByteArray::number(topic) + ".json?page=999").status,
                 404);
    }

    void perPageAndPagination()
    {
        HttpProbe probe(m_server->port());
        const QJsonObject list =
                getJson(probe, "/latest.json?per_page=100")[u"topic_list"_s].toObject();
        QCOMPARE(list[u"topics"_s].toArray().size(), 100);
        QCOMPARE(list[u"more_topics_url"_s].toString(), u"/latest?page=1&per_page=100"_s);
        onServer([](Server &s) { s.settings().honourPerPage = false; });
        QCOMPARE(getJson(probe, "/latest.json?per_page=100")[u"topic_list"_s]
                         .toObject()[u"topics"_s]
                         .toArray()
                         .size(),
                 30);
        onServer([](Server &s) { s.settings().honourPerPage = true; });
        // A client that follows more_topics_url literally gets the HTML app, as on the real site.
        const ProbeResponse html = probe.request("GET", "/latest?page=1");
        QVERIFY(html.header("Content-Type").startsWith("text/html"));
        const ProbeResponse json =
                probe.request("GET", "/latest?page=1", {{"Accept", "application/json"}});
        QVERIFY(json.json().isObject());
    }

    void postingAcceptsFormJsonAndMultipart()
    {
        const int topic = longTopic(2);
        HttpProbe probe(m_server->port());
        const QByteArray t = QByteArray::number(topic);
        const ProbeResponse json = probe.request(
                "POST", "/posts.json",
                {{"User-Api-Key", m_key}, {"Content-Type", "application/json"}},
                R"({"topic_id":)" + t + R"(,"raw":"A reply sent as a JSON body, long enough."})");
        QCOMPARE(json.status, 200);
        const QByteArray body =
                "--XyZ\r\nContent-Disposition: form-data; name=\"topic_id\"\r\n\r\n" + t +
                "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"raw\"\r\n\r\n"
                "A reply sent as multipart form data.\r\n--XyZ--\r\n";
        const ProbeResponse multipart = probe.request(
                "POST", "/posts.json",
                {{"User-Api-Key", m_key}, {"Content-Type", "multipart/form-data; boundary=XyZ"}},
                body);
        QCOMPARE(multipart.status, 200);
        QCOMPARE(multipart.json().object()[u"raw"_s].toString(),
                 u"A reply sent as multipart form data."_s);
        const ProbeResponse broken = probe.request(
                "POST", "/posts.json",
                {{"User-Api-Key", m_key}, {"Content-Type", "application/json"}}, "{not json");
        QCOMPARE(broken.status, 400);
    }

    void theRequestLogTellsWhatWasFetched()
    {
        HttpProbe probe(m_server->port());
        probe.request("DELETE", "/__devserver/requests");
        probe.request("GET", "/latest.json?page=1", {{"User-Api-Key", m_key}});
        probe.request("GET", "/t/999999.json");
        const QJsonArray log = getJson(probe, "/__devserver/requests")[u"requests"_s].toArray();
        QCOMPARE(log.size(), 2); // the control calls themselves are not listed
        const QJsonObject first = log[0].toObject();
        QCOMPARE(first[u"method"_s].toString(), u"GET"_s);
        QCOMPARE(first[u"path"_s].toString(), u"/latest.json"_s);
        QCOMPARE(first[u"query"_s].toString(), u"page=1"_s);
        QCOMPARE(first[u"status"_s].toInt(), 200);
        QCOMPARE(first[u"auth"_s].toString(), u"user_api_key"_s);
        QVERIFY(first[u"key_id"_s].toInt() > 0);
        QVERIFY(first[u"bytes_sent"_s].toInt() > first[u"body_bytes"_s].toInt());
        QVERIFY(first[u"complete"_s].toBool());
        QCOMPARE(log[1].toObject()[u"status"_s].toInt(), 404);
        const int since = first[u"seq"_s].toInt();
        QCOMPARE(getJson(probe,
                         "/__devserver/requests?since=" + QByteArray::number(since))[u"requests"_s]
                         .toArray()
                         .size(),
                 1);
    }

    void fixtureModeServesTheRealFilesByteForByte()
    {
        ServerThread::Config config;
        config.spec = spec("categories=4,topics=20,posts=80", 1);
        config.fixturesDir = qEnvironmentVariable("OUTPOST_FIXTURES_DIR");
        config.settings.logToStderr = false;
        ServerThread fixtures(config);
        QString error;
        QVERIFY2(fixtures.start(&error), qPrintable(error));
        HttpProbe probe(fixtures.port());
        const QList<QPair<QByteArray, QString>> cases{
                {"/t/57.json", u"responses/discourse_api/topic.json"_s},
                {"/latest.json", u"responses/discourse_api/latest.json"_s},
                {"/posts/11.json", u"responses/discourse_api/post.json"_s},
                {"/posts.json?before=14", u"responses/discourse_api/posts_before.json"_s}};
        for (const auto &[path, file] : cases) {
            QFile f(config.fixturesDir + u'/' + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(probe.request("GET", path).body, f.readAll());
        }
        QVERIFY(probe.request("GET", "/t/3.json")
                        .json()
                        .object()
                        .contains(u"post_stream"_s)); // generated
    }
};

QTEST_GUILESS_MAIN(TestDevserverForum)
#include "tst_devserver_forum.moc"
