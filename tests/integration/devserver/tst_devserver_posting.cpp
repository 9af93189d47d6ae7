// What an outbox needs from the forum side, as Discourse does it: reading back one's own posts
// (?username_filters, /topics/created-by), edit conflicts (original_text), the review queue
// ("enqueued"), new users' link limit, topics in categories one may not see, and the faults
// that leave a write's outcome unknown (status-after, storm:0).
#include "HttpProbe.h"
#include "devserver/ServerThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace devserver;
using namespace Qt::Literals::StringLiterals;

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return out;
}

} // namespace

class TestDevserverPosting : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerThread> m_server;
    int m_author = 0;   // trust level 1
    int m_newcomer = 0; // trust level 0
    int m_topicId = 0;  // a public topic by someone else
    int m_uncategorized = 0;
    QByteArray m_key;    // m_author's
    QByteArray m_newKey; // m_newcomer's

    Headers auth(const QByteArray &key) const
    {
        return {{"User-Api-Key", key},
                {"Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"}};
    }
    ProbeResponse post(const QByteArray &key, const QList<QPair<QString, QString>> &fields)
    {
        HttpProbe probe(m_server->port());
        return probe.request("POST", "/posts.json", auth(key), form(fields));
    }
    ProbeResponse get(const QByteArray &path, const QByteArray &key = {})
    {
        HttpProbe probe(m_server->port());
        return probe.request("GET", path, key.isEmpty() ? Headers{} : auth(key));
    }
    void rules(const std::function<void(PostingRules &)> &change)
    {
        m_server->invoke([&](Server &s) { change(s.settings().posting); });
    }

private slots:
    void initTestCase()
    {
        ServerThread::Config config;
        config.spec = *GenerateSpec::parse(u"categories=10,topics=30,posts=150"_s, nullptr);
        config.settings.logToStderr = false;
        config.settings.limits.enabled = false;
        m_server = std::make_unique<ServerThread>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_server->invoke([this](Server &s) {
            m_author = s.forum().addUser(u"writer"_s, u"Writer"_s, 1, false, false);
            m_newcomer = s.forum().addUser(u"newcomer"_s, u"Newcomer"_s, 0, false, false);
            const int firstPost = s.forum().createTopic(
                    {1, s.forum().uncategorizedId(), u"A public topic to reply to"_s,
                     u"The first post of it, long enough."_s, s.clock().nowMs()});
            m_topicId = s.forum().post(firstPost)->topicId;
            m_uncategorized = s.forum().uncategorizedId();
            m_key = s.auth().mintUserApiKey(m_author, u"posting"_s, u"test"_s,
                                            {u"read"_s, u"write"_s}, s.clock().nowMs());
            m_newKey = s.auth().mintUserApiKey(m_newcomer, u"posting-new"_s, u"test"_s,
                                               {u"read"_s, u"write"_s}, s.clock().nowMs());
        });
        QVERIFY(m_topicId > 0);
    }

    void init()
    {
        m_server->invoke([](Server &s) {
            s.settings().posting = PostingRules{};
            s.faults().clear();
            s.resetCounters();
        });
    }

    void usernameFiltersKeepTheFirstPostAndTheUsersPosts()
    {
        const QString mine = u"My own reply, written for the username filter test."_s;
        QCOMPARE(
                post(m_key, {{u"topic_id"_s, QString::number(m_topicId)}, {u"raw"_s, mine}}).status,
                200);
        m_server->invoke([this](Server &s) {
            s.forum().createPost(
                    {2, m_topicId, u"Someone else's reply in between."_s, 0, s.clock().nowMs()});
        });
        const ProbeResponse all = get("/t/" + QByteArray::number(m_topicId) + ".json", m_key);
        const ProbeResponse filtered = get("/t/" + QByteArray::number(m_topicId) +
                                                   ".json?username_filters=Writer&include_raw=1",
                                           m_key);
        QCOMPARE(filtered.status, 200);
        const QJsonObject stream = filtered.json().object()[u"post_stream"_s].toObject();
        const QJsonArray posts = stream[u"posts"_s].toArray();
        QCOMPARE(posts.size(), 2); // post 1 and the writer's reply
        QCOMPARE(posts[0].toObject()[u"post_number"_s].toInt(), 1);
        QCOMPARE(posts[1].toObject()[u"username"_s].toString(), u"writer"_s);
        QCOMPARE(posts[1].toObject()[u"raw"_s].toString(), mine);
        QCOMPARE(stream[u"stream"_s].toArray().size(), 2);
        QVERIFY(all.json().object()[u"post_stream"_s][u"stream"_s].toArray().size() > 2);
        // Near a post number, the filter applies too.
        const ProbeResponse near = get("/t/" + QByteArray::number(m_topicId) +
                                               "/99.json?username_filters=nobody-at-all",
                                       m_key);
        QCOMPARE(near.json().object()[u"post_stream"_s][u"posts"_s].toArray().size(), 1);
    }

    void topicsCreatedByListsOnlyThatUsersTopics()
    {
        const QString title = u"A topic of the writer's own making"_s;
        const ProbeResponse created =
                post(m_key, {{u"title"_s, title},
                             {u"raw"_s, u"The body of the writer's topic."_s},
                             {u"category"_s, QString::number(m_uncategorized)}});
        QCOMPARE(created.status, 200);
        const int topicId = created.json().object()[u"topic_id"_s].toInt();
        const ProbeResponse list = get("/topics/created-by/writer.json", m_key);
        QCOMPARE(list.status, 200);
        const QJsonArray topics = list.json().object()[u"topic_list"_s][u"topics"_s].toArray();
        QVERIFY(!topics.isEmpty());
        QCOMPARE(topics[0].toObject()[u"id"_s].toInt(), topicId); // most recently bumped first
        QCOMPARE(topics[0].toObject()[u"title"_s].toString(), title);
        for (const QJsonValue &t : topics)
            QVERIFY(t.toObject()[u"id"_s].toInt() != m_topicId); // not the writer's
        QCOMPARE(get("/topics/created-by/no-such-user.json").status, 404);
    }

    void editWithAStaleOriginalTextIsAConflict()
    {
        const ProbeResponse created =
                post(m_key, {{u"topic_id"_s, QString::number(m_topicId)},
                             {u"raw"_s, u"A reply the writer will edit twice over."_s}});
        const int postId = created.json().object()[u"id"_s].toInt();
        QVERIFY(postId > 0);
        HttpProbe probe(m_server->port());
        const QByteArray path = "/posts/" + QByteArray::number(postId) + ".json";
        const ProbeResponse edited = probe.request(
                "PUT", path, auth(m_key),
                form({{u"post[raw]"_s, u"The writer's first edit of the reply."_s},
                      {u"post[original_text]"_s, u"A reply the writer will edit twice over."_s}}));
        QCOMPARE(edited.status, 200);
        const ProbeResponse stale = probe.request(
                "PUT", path, auth(m_key),
                form({{u"post[raw]"_s, u"An edit based on the text before the first one."_s},
                      {u"post[raw_old]"_s, u"A reply the writer will edit twice over."_s}}));
        QCOMPARE(stale.status, 409);
        QVERIFY(stale.json().object()[u"errors"_s].toArray()[0].toString().contains(
                u"edited by another user"_s));
        const QString raw = m_server->invoke(
                [postId](Server &s) { return s.forum().raw(*s.forum().post(postId)); });
        QCOMPARE(raw, u"The writer's first edit of the reply."_s);
    }

    void postsOfLowTrustLevelsWaitForReview()
    {
        rules([](PostingRules &r) { r.approveUnlessTrustLevel = 1; });
        const int before = m_server->invoke(
                [this](Server &s) { return int(s.forum().postIdsByUser(m_newcomer).size()); });
        const ProbeResponse r = post(m_newKey, {{u"topic_id"_s, QString::number(m_topicId)},
                                                {u"raw"_s, u"A first post that a moderator reads "
                                                           "before anyone else."_s}});
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json().object();
        QCOMPARE(body[u"action"_s].toString(), u"enqueued"_s);
        QVERIFY(body[u"pending_post"_s].toObject()[u"id"_s].toInt() > 0);
        QCOMPARE(body[u"pending_count"_s].toInt(), 1);
        QCOMPARE(m_server->invoke([this](Server &s) {
            return int(s.forum().postIdsByUser(m_newcomer).size());
        }),
                 before);
        // Trust level 1 is not held back.
        const QJsonObject direct =
                post(m_key, {{u"topic_id"_s, QString::number(m_topicId)},
                             {u"raw"_s, u"The writer's reply goes straight in."_s}})
                        .json()
                        .object();
        QVERIFY(direct[u"id"_s].toInt() > 0);
        QVERIFY(!direct.contains(u"action"_s));
    }

    void newUsersMayPostOnlyAFewLinks()
    {
        const QString raw = u"See https://a.example/1 and https://b.example/2 and "
                            "https://c.example/3 for the details."_s;
        const ProbeResponse refused =
                post(m_newKey, {{u"topic_id"_s, QString::number(m_topicId)}, {u"raw"_s, raw}});
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.json().object()[u"errors"_s].toArray()[0].toString(),
                 u"Sorry, new users can only put 2 links in a post."_s);
        // The same text from trust level 1 is fine.
        QCOMPARE(post(m_key, {{u"topic_id"_s, QString::number(m_topicId)}, {u"raw"_s, raw}}).status,
                 200);
    }

    void aTopicInACategoryOneCannotSeeIsForbidden()
    {
        const int hidden = m_server->invoke([](Server &s) {
            for (const Category &c : s.forum().categories()) {
                if (c.readLevel == kStaffOnly)
                    return c.id;
            }
            return 0;
        });
        QVERIFY(hidden > 0);
        const ProbeResponse r = post(m_key, {{u"title"_s, u"A topic where it may not go"_s},
                                             {u"raw"_s, u"Staff only, but not staff."_s},
                                             {u"category"_s, QString::number(hidden)}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json().object()[u"error_type"_s].toString(), u"invalid_access"_s);
    }

    void statusAfterProcessesTheRequestThenFails()
    {
        m_server->invoke([](Server &s) {
            s.faults().add(
                    *FaultPlan::parse(u"POST ^/posts\\.json$=status-after:504,count=1"_s, nullptr));
        });
        const QString raw = u"A reply whose answer the proxy gave up on."_s;
        const ProbeResponse r =
                post(m_key, {{u"topic_id"_s, QString::number(m_topicId)}, {u"raw"_s, raw}});
        QCOMPARE(r.status, 504);
        const bool landed = m_server->invoke([this, raw](Server &s) {
            for (int id : s.forum().postIdsByUser(m_author)) {
                if (s.forum().raw(*s.forum().post(id)) == raw)
                    return true;
            }
            return false;
        });
        QVERIFY(landed);
        QString error;
        QVERIFY(!FaultPlan::parse(u"POST .*=status-after:404"_s, &error));
    }

    void stormOfZeroAsksForNoWait()
    {
        m_server->invoke([](Server &s) {
            s.faults().add(*FaultPlan::parse(u"GET ^/site\\.json$=storm:0,count=1"_s, nullptr));
        });
        const ProbeResponse r = get("/site.json", m_key);
        QCOMPARE(r.status, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("0"));
        QCOMPARE(FaultPlan::parse(u"GET .*=storm"_s, nullptr)->value, 30);
    }
};

QTEST_GUILESS_MAIN(TestDevserverPosting)
#include "tst_devserver_posting.moc"
