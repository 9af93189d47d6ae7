// OutboxDelivery's decisions where a scripted transport shows them more clearly than a real
// server can: a runner that stops before a write is answered, a success that cannot be read,
// a connection that never opened, a 429 waited out, "too similar" after a landed attempt, a
// 403 on one item while the key works, an edit conflict reported by the forum (409), and the
// username asked for once. The clock is a FakeClock, so waits take no time.
#include "Clock.h"
#include "FakeTransport.h"
#include "net/RequestRunner.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxDelivery.h"
#include "session/ForumConnection.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "store/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace outpost;
using namespace Qt::Literals::StringLiterals;
using store::OutboxItem;
using store::OutboxState;
using test::FakeTransport;

// (No apostrophe inside a raw string literal here: moc's tokenizer takes it for a character
// literal and loses the class.)

namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject postJson(qint64 id, qint64 topicId, int number, const QString &username,
                     const QString &raw, qint64 createdMs, int version = 1, bool liked = false)
{
    QJsonObject like{{u"id"_s, 2}, {u"count"_s, liked ? 1 : 0}};
    if (liked)
        like.insert(u"acted"_s, true);
    return {{u"id"_s, id},
            {u"username"_s, username},
            {u"created_at"_s, iso(createdMs)},
            {u"cooked"_s, u"<p>…</p>"_s},
            {u"post_number"_s, number},
            {u"topic_id"_s, topicId},
            {u"version"_s, version},
            {u"raw"_s, raw},
            {u"actions_summary"_s, QJsonArray{like}}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray topicJson(qint64 id, const QList<QJsonObject> &posts)
{
    QJsonArray array;
    QJsonArray stream;
    for (const QJsonObject &p : posts) {
        array.append(p);
        stream.append(p[u"id"_s]);
    }
    return json({{u"id"_s, id},
                 {u"title"_s, u"A topic"_s},
                 {u"created_at"_s, iso(0)},
                 {u"post_stream"_s, QJsonObject{{u"posts"_s, array}, {u"stream"_s, stream}}}});
}

QString formValue(const QByteArray &body, const QString &name)
{
    for (const QByteArray &pair : body.split('&')) {
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        if (eq > 0 && decode(pair.left(eq)) == name)
            return decode(pair.mid(eq + 1));
    }
    return u"<missing>"_s;
}

const QByteArray kSession = R"({"current_user":{"id":5,"username":"Writer"}})";

} // namespace

class TestDeliveryDecisions : public QObject
{
    Q_OBJECT

    // One profile, one forum, a FakeTransport answering through `respond`.
    struct Rig
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(dir.path());
        store::Forum forum;
        FakeTransport *transport = nullptr;
        std::unique_ptr<session::ForumConnection> connection;
        CancelToken cancel;
        FakeTransport::Responder respond;

        Rig()
        {
            store::ForumRepository forums(profile.userDatabase(), clock);
            forum = forums.add(u"https://forum.example.org"_s, {});
            forums.setSetting(forum.id, session::forum_settings::kRateLimits, u"off"_s);
            session::ConnectionOptions options;
            options.credentials.kind = discourse::Credentials::UserApiKey;
            options.credentials.key = "secret";
            options.verifyCache = true;
            options.makeTransport = [this](const net::TransportConfig &) {
                auto fake = std::make_unique<FakeTransport>(
                        clock, [this](const net::HttpRequest &r, int attempt) {
                            return respond(r, attempt);
                        });
                transport = fake.get();
                return fake;
            };
            connection = std::make_unique<session::ForumConnection>(profile, forum, clock, options);
        }

        outbox::Outbox outbox() { return outbox::Outbox(profile.userDatabase(), clock, forum.id); }
        OutboxItem item(const QString &id)
        {
            return *store::OutboxRepository(profile.userDatabase(), clock).find(id);
        }
        outbox::DeliveryReport deliver(net::RunnerConfig config = {})
        {
            config.jitterSeed = 1;
            net::RequestRunner runner(connection->transport(), connection->budget(), clock, cancel,
                                      config);
            return outbox::OutboxDelivery().deliver(*connection, runner, cancel);
        }
        int count(const QByteArray &method, const QString &pathStart) const
        {
            int n = 0;
            for (const auto &started : transport->started())
                n += started.request.method == method &&
                     started.request.url.path().startsWith(pathStart);
            return n;
        }
    };

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aWriteTheRunnerNeverAnsweredStaysUnconfirmed()
    {
        Rig rig;
        // The forum asks for an hour's pause: longer than a runner sleeps through.
        rig.respond = [](const net::HttpRequest &, int) {
            FakeTransport::Reply reply = FakeTransport::status(
                    429, R"({"errors":["Slow down"],"error_type":"rate_limit"})");
            reply.response.headers.append(net::HttpHeader{"Retry-After", "3600"});
            return reply;
        };
        const OutboxItem item = rig.outbox().queueReply(7, u"Waits for the forum."_s);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.stop, outbox::DeliveryStop::BudgetExhausted);
        QVERIFY(report.resumeAtMs >= rig.clock.nowMs() + 3'000'000);
        QCOMPARE(report.needsAttention, 0);
        QCOMPARE(report.waiting, 1);
        const OutboxItem waiting = rig.item(item.id);
        QCOMPARE(waiting.state, OutboxState::Queued);
        // Left in the runner's queue, it could still go out: the next delivery checks first.
        QVERIFY(waiting.unconfirmed);
    }

    void aSuccessThatCannotBeReadIsLookedUpNotResent()
    {
        Rig rig;
        const QString raw = u"Arrived, but the answer was a proxy's page."_s;
        rig.respond = [&](const net::HttpRequest &r, int) {
            if (r.method == "POST")
                return FakeTransport::ok("<html><body>Thanks!</body></html>");
            if (r.url.path() == u"/session/current.json")
                return FakeTransport::ok(kSession);
            return FakeTransport::ok(
                    topicJson(7, {postJson(70, 7, 1, u"someone"_s, u"First."_s, 0),
                                  postJson(71, 7, 2, u"writer"_s, raw, rig.clock.nowMs())}));
        };
        const OutboxItem item = rig.outbox().queueReply(7, raw);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.sent, 1);
        QCOMPARE(rig.item(item.id).remotePostId, std::optional<qint64>(71));
        QCOMPARE(rig.count("POST", u"/posts.json"_s), 1);
        const QUrlQuery lookup(rig.transport->started().back().request.url);
        QCOMPARE(lookup.queryItemValue(u"username_filters"_s), u"Writer"_s);
    }

    void aConnectionThatNeverOpenedLeavesTheItemQueued()
    {
        Rig rig;
        rig.respond = [](const net::HttpRequest &, int) {
            return FakeTransport::failure(net::TransferError::Connect, false);
        };
        const OutboxItem item = rig.outbox().queueReply(7, u"Written on a bus."_s);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.stop, outbox::DeliveryStop::Offline);
        QCOMPARE(report.waiting, 1);
        QCOMPARE(report.needsAttention, 0);
        QCOMPARE(rig.item(item.id).state, OutboxState::Queued);
        QCOMPARE(rig.count("GET", u"/"_s), 0); // nothing to reconcile yet
        QVERIFY(rig.count("POST", u"/posts.json"_s) >= 1);
    }

    void aRateLimitIsWaitedOutNotCountedAsAFailure()
    {
        Rig rig;
        rig.respond = [](const net::HttpRequest &, int attempt) {
            if (attempt == 1) {
                FakeTransport::Reply reply = FakeTransport::status(
                        429, "{\"errors\":[\"You\u2019re replying a bit too quickly.\"],"
                             "\"error_type\":\"rate_limit\"}");
                reply.response.headers.append(net::HttpHeader{"Retry-After", "4"});
                return reply;
            }
            return FakeTransport::ok(json(postJson(90, 7, 3, u"writer"_s, u"x"_s, 0)));
        };
        const OutboxItem item = rig.outbox().queueReply(7, u"Posted a bit too quickly."_s);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.sent, 1);
        QCOMPARE(rig.item(item.id).attempts, 1); // one attempt as the outbox counts them
        QVERIFY(rig.clock.sleptMs() >= 4000);
    }

    void tooSimilarAfterALandedAttemptIsRecordedAsSent()
    {
        Rig rig;
        const QString raw = u"Sent before; the answer was lost."_s;
        rig.respond = [&](const net::HttpRequest &r, int) {
            if (r.method == "POST")
                return FakeTransport::status(
                        422,
                        R"({"action":"create_post","errors":["Body is too similar to what you recently posted"]})");
            if (r.url.path() == u"/session/current.json")
                return FakeTransport::ok(kSession);
            return FakeTransport::ok(topicJson(
                    7, {postJson(70, 7, 1, u"someone"_s, u"First."_s, 0),
                        postJson(72, 7, 5, u"writer"_s, raw + u"\n"_s, rig.clock.nowMs())}));
        };
        const OutboxItem item = rig.outbox().queueReply(7, raw);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.needsAttention, 0);
        QCOMPARE(rig.item(item.id).remotePostId, std::optional<qint64>(72));
    }

    void aPostOlderThanTheFirstAttemptIsNotOurs()
    {
        Rig rig;
        const QString raw = u"Said the same words an hour ago, by hand."_s;
        const qint64 anHourAgo = rig.clock.nowMs() - 3'600'000;
        rig.respond = [&](const net::HttpRequest &r, int) {
            if (r.method == "POST")
                return FakeTransport::status(
                        422,
                        R"({"action":"create_post","errors":["Body is too similar to what you recently posted"]})");
            if (r.url.path() == u"/session/current.json")
                return FakeTransport::ok(kSession);
            return FakeTransport::ok(
                    topicJson(7, {postJson(72, 7, 5, u"writer"_s, raw, anHourAgo)}));
        };
        const OutboxItem item = rig.outbox().queueReply(7, raw);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.needsAttention, 1);
        QCOMPARE(rig.item(item.id).problem, store::OutboxProblem::TooSimilar);
    }

    void aForbiddenLikeWhileTheKeyWorksNeedsAttention()
    {
        Rig rig;
        rig.respond = [](const net::HttpRequest &r, int) {
            if (r.method == "POST")
                return FakeTransport::status(
                        403,
                        R"({"errors":["You are not permitted to view the requested resource."],"error_type":"invalid_access"})");
            if (r.url.path() == u"/session/current.json")
                return FakeTransport::ok(kSession);
            return FakeTransport::ok(json(postJson(55, 7, 2, u"writer"_s, u"My own post."_s, 0)));
        };
        const OutboxItem item = rig.outbox().queueLike(55);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.stop, outbox::DeliveryStop::Completed);
        QCOMPARE(report.needsAttention, 1);
        const OutboxItem refused = rig.item(item.id);
        QCOMPARE(refused.problem, store::OutboxProblem::NoPermission);
        QVERIFY2(refused.error.contains(u"liking your own post"_s), qPrintable(refused.error));
        QVERIFY(rig.outbox().summary().needsSignIn.isEmpty()); // the key is fine
    }

    void aLikeThatAlreadyLandedIsNotAFailure()
    {
        Rig rig;
        rig.respond = [](const net::HttpRequest &r, int) {
            if (r.method == "POST")
                return FakeTransport::status(
                        403,
                        R"({"errors":["You are not permitted to view the requested resource."],"error_type":"invalid_access"})");
            if (r.url.path() == u"/session/current.json")
                return FakeTransport::ok(kSession);
            return FakeTransport::ok(
                    json(postJson(56, 7, 2, u"other"_s, u"Their post."_s, 0, 1, true)));
        };
        const OutboxItem item = rig.outbox().queueLike(56);
        QCOMPARE(rig.deliver().sent, 1);
        QCOMPARE(rig.item(item.id).state, OutboxState::Sent);
    }

    void anEditConflictTheForumReportsShowsTheirText()
    {
        Rig rig;
        int reads = 0;
        rig.respond = [&](const net::HttpRequest &r, int) {
            if (r.method == "PUT")
                return FakeTransport::status(
                        409,
                        R"({"errors":["That post was edited by another user and your changes can no longer be saved."]})");
            // First read: still version 2 as the edit expects; then someone else's edit lands.
            ++reads;
            return reads == 1 ? FakeTransport::ok(
                                        json(postJson(40, 7, 1, u"writer"_s, u"Old text."_s, 0, 2)))
                              : FakeTransport::ok(json(
                                        postJson(40, 7, 1, u"writer"_s, u"Their text."_s, 0, 3)));
        };
        const OutboxItem item = rig.outbox().queueEdit(40, 2, u"My text."_s);
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.needsAttention, 1);
        const OutboxItem conflict = rig.item(item.id);
        QCOMPARE(conflict.problem, store::OutboxProblem::EditConflict);
        QCOMPARE(conflict.conflictRaw, u"Their text."_s);
        QCOMPARE(conflict.conflictVersion, std::optional<int>(3));
        QCOMPARE(conflict.raw, u"My text."_s);
        // The edit said which text it replaced, so the forum could refuse it atomically.
        for (const auto &started : rig.transport->started()) {
            if (started.request.method == "PUT")
                QCOMPARE(formValue(started.request.body, u"post[original_text]"_s), u"Old text."_s);
        }
    }

    void theUsernameIsAskedForOnce()
    {
        Rig rig;
        rig.respond = [&](const net::HttpRequest &r, int) {
            if (r.method == "POST")
                return FakeTransport::status(503,
                                             "<html><title>503 Service Unavailable</title></html>");
            if (r.url.path() == u"/session/current.json")
                return FakeTransport::ok(kSession);
            return FakeTransport::ok(
                    topicJson(7, {postJson(70, 7, 1, u"someone"_s, u"First."_s, 0)}));
        };
        const OutboxItem item = rig.outbox().queueReply(7, u"Meets a 503 each time."_s);
        for (int i = 0; i < 3; ++i) {
            const outbox::DeliveryReport report = rig.deliver();
            QCOMPARE(report.waiting, 1);
            QCOMPARE(report.needsAttention, 0);
        }
        QCOMPARE(rig.count("GET", u"/session/current.json"_s), 1);
        QCOMPARE(rig.count("GET", u"/t/7.json"_s), 2); // reconciled before each resend
        QCOMPARE(rig.item(item.id).attempts, 3);
        QVERIFY(rig.item(item.id).unconfirmed);
    }

    void cancellingStopsAndLosesNothing()
    {
        Rig rig;
        rig.respond = [](const net::HttpRequest &, int) {
            return FakeTransport::Reply{FakeTransport::ok("{}").response, std::chrono::seconds(60)};
        };
        const OutboxItem first = rig.outbox().queueReply(7, u"Cancelled while it went out."_s);
        const OutboxItem second = rig.outbox().queueReply(8, u"Never started."_s);
        rig.transport->setOnPoll([&] {
            if (rig.clock.nowMs() > rig.transport->started().front().atMs + 1000)
                rig.cancel.cancel();
        });
        const outbox::DeliveryReport report = rig.deliver();
        QCOMPARE(report.stop, outbox::DeliveryStop::Cancelled);
        QCOMPARE(rig.item(first.id).state, OutboxState::Queued);
        QCOMPARE(rig.item(second.id).attempts, 0);
        QCOMPARE(report.waiting, 2);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryDecisions)
#include "tst_delivery_decisions.moc"
