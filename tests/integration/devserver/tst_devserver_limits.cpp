// Discourse's rate limits as the devserver enforces them: each limit stops exactly the request
// over it, answers with Discourse's body and headers, and lets requests through again once the
// window has moved on (the server clock is moved forward instead of sleeping).
#include "HttpProbe.h"
#include "devserver/ServerThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

using namespace devserver;
using namespace Qt::Literals::StringLiterals;

using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestDevserverLimits : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerThread> m_server;
    const QByteArray m_adminKey = "limits-admin-key";

    QByteArray mintKey(int userId, const QString &client)
    {
        return m_server->invoke([&](Server &s) {
            return s.auth().mintUserApiKey(userId, client, u"limits"_s, {u"read"_s, u"write"_s},
                                           s.clock().nowMs());
        });
    }
    void settings(const std::function<void(RateLimitSettings &)> &change)
    {
        m_server->invoke([&](Server &s) { change(s.settings().limits); });
    }
    void advance(qint64 ms)
    {
        m_server->invoke([ms](Server &s) { s.clock().advance(ms); });
    }
    // Sends `count` requests and returns their statuses.
    QList<int> burst(HttpProbe &probe, int count, const QByteArray &path,
                     const Headers &headers = {})
    {
        QList<int> statuses;
        for (int i = 0; i < count; ++i)
            statuses << probe.request("GET", path, headers).status;
        return statuses;
    }
    int userIdWithTrustLevel(int level)
    {
        return m_server->invoke([level](Server &s) {
            for (const User &u : s.forum().users()) {
                if (u.id && !u.staff() && u.trustLevel == level)
                    return u.id;
            }
            return 0;
        });
    }
    static void checkRailsLimit(const ProbeResponse &r, const QByteArray &code,
                                const QString &messageStart)
    {
        QCOMPARE(r.status, 429);
        const int wait = r.header("Retry-After").toInt();
        QVERIFY(wait > 0);
        QCOMPARE(r.header("Discourse-Rate-Limit-Error-Code"), code);
        const QJsonObject body = r.json().object();
        QCOMPARE(body.value(u"error_type"_s).toString(), u"rate_limit"_s);
        const QJsonObject extras = body.value(u"extras"_s).toObject();
        QCOMPARE(extras.value(u"wait_seconds"_s).toInt(), wait);
        const QString timeLeft = extras.value(u"time_left"_s).toString();
        QVERIFY(!timeLeft.isEmpty());
        const QString message = body.value(u"errors"_s).toArray().first().toString();
        QVERIFY2(message.startsWith(messageStart) && message.contains(timeLeft),
                 qPrintable(message));
    }

private slots:
    void initTestCase()
    {
        ServerThread::Config config;
        config.spec = *GenerateSpec::parse(u"categories=5,topics=40,posts=200"_s, nullptr);
        config.settings.logToStderr = false;
        config.adminApiKey = m_adminKey;
        m_server = std::make_unique<ServerThread>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void init()
    {
        m_server->invoke([](Server &s) {
            s.settings().limits = RateLimitSettings{};
            s.resetCounters();
        });
    }

    void defaultsAreDiscourses()
    {
        const RateLimitSettings l;
        QVERIFY(l.enabled);
        QCOMPARE(l.userApiPerMinute, 20);
        QCOMPARE(l.userApiPerDay, 2880);
        QCOMPARE(l.ipPer10Seconds, 50);
        QCOMPARE(l.ipPerMinute, 200);
        QCOMPARE(l.adminApiPerMinute, 60);
        QCOMPARE(l.createPostSeconds, 5);
        QCOMPARE(l.createTopicSeconds, 15);
        QCOMPARE(PostingRules{}.uniquePostsMinutes, 5);
    }

    void userApiKeyTwentyPerMinute()
    {
        const Headers key{{"User-Api-Key", mintKey(4, u"minute"_s)}};
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 20, "/site/basic-info.json", key), QList<int>(20, 200));
        const ProbeResponse over = probe.request("GET", "/site/basic-info.json", key);
        checkRailsLimit(over, "user_api_key_limiter_60_secs",
                        u"You’ve performed this action too many times. Please wait "_s);
        QVERIFY(over.header("Retry-After").toInt() <= 60);
        advance(60'000);
        QCOMPARE(probe.request("GET", "/site/basic-info.json", key).status, 200);
    }

    void userApiKeyPerDay()
    {
        settings([](RateLimitSettings &l) {
            l.userApiPerDay = 30;
            l.userApiPerMinute = 1000;
        });
        const Headers key{{"User-Api-Key", mintKey(4, u"day"_s)}};
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 30, "/site/basic-info.json", key), QList<int>(30, 200));
        const ProbeResponse over = probe.request("GET", "/site/basic-info.json", key);
        checkRailsLimit(over, "user_api_key_limiter_1_day",
                        u"You’ve performed this action too many times."_s);
        QVERIFY(over.header("Retry-After").toInt() > 3600);
        QVERIFY(over.json().object()[u"extras"_s].toObject()[u"time_left"_s].toString().endsWith(
                u"hours"_s));
        advance(24 * 3600 * 1000LL);
        QCOMPARE(probe.request("GET", "/site/basic-info.json", key).status, 200);
    }

    void eachKeyHasItsOwnBudget()
    {
        settings([](RateLimitSettings &l) { l.userApiPerMinute = 3; });
        const Headers first{{"User-Api-Key", mintKey(4, u"first"_s)}};
        const Headers second{{"User-Api-Key", mintKey(6, u"second"_s)}};
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 4, "/site/basic-info.json", first), (QList<int>{200, 200, 200, 429}));
        QCOMPARE(burst(probe, 3, "/site/basic-info.json", second), QList<int>(3, 200));
    }

    void perIpFiftyPerTenSeconds()
    {
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 50, "/site/basic-info.json"), QList<int>(50, 200));
        const ProbeResponse over = probe.request("GET", "/site/basic-info.json");
        QCOMPARE(over.status, 429);
        QVERIFY(over.header("Content-Type").startsWith("text/plain"));
        QCOMPARE(over.header("Discourse-Rate-Limit-Error-Code"), "ip_10_secs_limit");
        const int wait = over.header("Retry-After").toInt();
        QVERIFY(wait >= 1 && wait <= 10);
        QCOMPARE(over.body, "Slow down, you're making too many requests.\nPlease retry again in " +
                                    QByteArray::number(wait) +
                                    " seconds.\nError code: ip_10_secs_limit.\n");
        advance(10'000);
        QCOMPARE(probe.request("GET", "/site/basic-info.json").status, 200);
    }

    void perIpTwoHundredPerMinute()
    {
        settings([](RateLimitSettings &l) { l.ipPer10Seconds = 100000; });
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 200, "/site/basic-info.json"), QList<int>(200, 200));
        const ProbeResponse over = probe.request("GET", "/site/basic-info.json");
        QCOMPARE(over.status, 429);
        QCOMPARE(over.header("Discourse-Rate-Limit-Error-Code"), "ip_60_secs_limit");
    }

    void userApiKeyRequestsCountAgainstTheIpToo()
    {
        settings([](RateLimitSettings &l) { l.ipPer10Seconds = 5; });
        const Headers key{{"User-Api-Key", mintKey(4, u"ip"_s)}};
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 5, "/site/basic-info.json", key), QList<int>(5, 200));
        const ProbeResponse over = probe.request("GET", "/site/basic-info.json");
        QCOMPARE(over.header("Discourse-Rate-Limit-Error-Code"), "ip_10_secs_limit");
    }

    void adminKeysSkipTheIpLimitButShareSixtyPerMinute()
    {
        settings([](RateLimitSettings &l) { l.ipPer10Seconds = 5; });
        HttpProbe probe(m_server->port());
        const QByteArray adminName =
                m_server->invoke([](Server &s) { return s.forum().user(1)->username.toUtf8(); });
        const QByteArray otherName =
                m_server->invoke([](Server &s) { return s.forum().user(2)->username.toUtf8(); });
        const Headers adminA{{"Api-Key", m_adminKey}, {"Api-Username", adminName}};
        const Headers adminB{{"Api-Key", m_adminKey}, {"Api-Username", otherName}};
        QCOMPARE(burst(probe, 30, "/site/basic-info.json", adminA), QList<int>(30, 200));
        QCOMPARE(burst(probe, 30, "/site/basic-info.json", adminB), QList<int>(30, 200));
        const ProbeResponse over = probe.request("GET", "/site/basic-info.json", adminA);
        checkRailsLimit(over, "admin_api_key_rate_limit",
                        u"You’ve performed this action too many times."_s);
        // None of that counted against the IP: an anonymous reader still has all 5.
        QCOMPARE(burst(probe, 5, "/site/basic-info.json"), QList<int>(5, 200));
    }

    void createPostAndTopicLimits()
    {
        settings([](RateLimitSettings &l) { l.ipPer10Seconds = 1000; });
        const int userId = userIdWithTrustLevel(2);
        const int newUserId = userIdWithTrustLevel(0);
        QVERIFY(userId && newUserId);
        const Headers key{{"User-Api-Key", mintKey(userId, u"post"_s)},
                          {"Content-Type", "application/x-www-form-urlencoded"}};
        HttpProbe probe(m_server->port());
        auto reply = [&](const Headers &h, int n) {
            return probe.request(
                    "POST", "/posts.json", h,
                    "topic_id=9&raw=" +
                            QUrl::toPercentEncoding(
                                    u"Reply number %1 in a row, long enough."_s.arg(n)));
        };
        QCOMPARE(reply(key, 1).status, 200);
        const ProbeResponse tooSoon = reply(key, 2);
        QCOMPARE(tooSoon.status, 429);
        QVERIFY(tooSoon.header("Discourse-Rate-Limit-Error-Code")
                        .isEmpty()); // content limits don't name themselves
        const QString message = tooSoon.json().object()[u"errors"_s].toArray().first().toString();
        QVERIFY2(message.startsWith(u"You’re replying a bit too quickly. Please wait "_s),
                 qPrintable(message));
        advance(5'000);
        QCOMPARE(reply(key, 3).status, 200);

        const Headers newcomer{{"User-Api-Key", mintKey(newUserId, u"newcomer"_s)},
                               {"Content-Type", "application/x-www-form-urlencoded"}};
        QCOMPARE(reply(newcomer, 4).status, 200);
        advance(5'000);
        const ProbeResponse stillWaiting = reply(newcomer, 5);
        QCOMPARE(stillWaiting.status,
                 429); // rate_limit_new_user_create_post: 30 s for trust level 0
        QVERIFY(stillWaiting.header("Retry-After").toInt() > 20);
        advance(25'000);
        QCOMPARE(reply(newcomer, 6).status, 200);

        auto topic = [&](int n) {
            return probe.request(
                    "POST", "/posts.json", key,
                    "category=3&title=" +
                            QUrl::toPercentEncoding(
                                    u"Topic number %1 from the limits test"_s.arg(n)) +
                            "&raw=" +
                            QUrl::toPercentEncoding(
                                    u"Opening post of topic %1, long enough."_s.arg(n)));
        };
        QCOMPARE(topic(1).status, 200);
        const ProbeResponse second = topic(2);
        QCOMPARE(second.status, 429);
        QVERIFY(second.json().object()[u"errors"_s].toArray().first().toString().startsWith(
                u"You’re creating topics a bit too quickly."_s));
    }

    void likesPerDay()
    {
        settings([](RateLimitSettings &l) {
            l.maxLikesPerDay = 2;
            l.ipPer10Seconds = 1000;
        });
        const int userId = userIdWithTrustLevel(1);
        const Headers key{{"User-Api-Key", mintKey(userId, u"likes"_s)},
                          {"Content-Type", "application/x-www-form-urlencoded"}};
        const QList<int> posts = m_server->invoke([userId](Server &s) {
            QList<int> ids;
            for (int id = s.forum().maxPostId(); id > 0 && ids.size() < 3; --id) {
                const Post *p = s.forum().post(id);
                if (p->userId != userId && !p->deleted() &&
                    s.forum().canSee(Viewer{s.forum().user(userId)}, *p))
                    ids << id;
            }
            return ids;
        });
        HttpProbe probe(m_server->port());
        QList<int> statuses;
        QByteArray remaining;
        for (int id : posts) {
            const ProbeResponse r =
                    probe.request("POST", "/post_actions.json", key,
                                  "post_action_type_id=2&id=" + QByteArray::number(id));
            statuses << r.status;
            if (r.status == 200)
                remaining = r.header("Discourse-Actions-Remaining");
            else
                QVERIFY(r.json().object()[u"errors"_s].toArray().first().toString().startsWith(
                        u"Wow! You’ve been sharing a lot of love!"_s));
        }
        QCOMPARE(statuses, (QList<int>{200, 200, 429}));
        QCOMPARE(remaining, "0");
    }

    void everythingOffForBenchmarks()
    {
        settings([](RateLimitSettings &l) { l.enabled = false; });
        const Headers key{{"User-Api-Key", mintKey(4, u"off"_s)}};
        HttpProbe probe(m_server->port());
        QCOMPARE(burst(probe, 260, "/site/basic-info.json"), QList<int>(260, 200));
        QCOMPARE(burst(probe, 40, "/site/basic-info.json", key), QList<int>(40, 200));
    }

    void limitsChangeAtRuntimeThroughTheControlApi()
    {
        HttpProbe probe(m_server->port());
        const ProbeResponse set = probe.request("PUT", "/__devserver/settings",
                                                {{"Content-Type", "application/json"}},
                                                R"({"user_api_per_minute": 2})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().object()[u"user_api_per_minute"_s].toInt(), 2);
        const Headers key{{"User-Api-Key", mintKey(4, u"runtime"_s)}};
        QCOMPARE(burst(probe, 3, "/site/basic-info.json", key), (QList<int>{200, 200, 429}));
        const ProbeResponse typo = probe.request("PUT", "/__devserver/settings",
                                                 {{"Content-Type", "application/json"}},
                                                 R"({"user_api_per_minuet": 2})");
        QCOMPARE(typo.status, 400);
    }

    void theRequestLogShowsTheBudgetWasKept()
    {
        settings([](RateLimitSettings &l) { l.userApiPerMinute = 5; });
        const QByteArray plain = mintKey(4, u"log"_s);
        HttpProbe probe(m_server->port());
        burst(probe, 8, "/site/basic-info.json", {{"User-Api-Key", plain}});
        const QList<int> served = m_server->invoke([](Server &s) {
            QList<int> statuses;
            for (const RequestRecord &r : s.requestLog().records()) {
                if (r.auth == u"user_api_key")
                    statuses << r.status;
            }
            return statuses;
        });
        QCOMPARE(served, (QList<int>{200, 200, 200, 200, 200, 429, 429, 429}));
        // The log names the key by id, never by its value.
        const bool leaked = m_server->invoke([&](Server &s) {
            return QJsonDocument(s.requestLog().toJson()).toJson().contains(plain);
        });
        QVERIFY(!leaked);
    }
};

QTEST_GUILESS_MAIN(TestDevserverLimits)
#include "tst_devserver_limits.moc"
