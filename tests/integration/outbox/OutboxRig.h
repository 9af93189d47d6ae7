#pragma once

// What the outbox integration tests share: an in-process devserver (its own thread, real
// loopback HTTP) with a small forum and a signed-in writer, a profile folder with that forum
// added, and deliveries through the real CurlTransport into a real SQLite file.

#include "Clock.h"
#include "devserver/ServerThread.h"
#include "outbox/DeliveryJob.h"
#include "outbox/Outbox.h"
#include "session/ForumConnection.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "store/Profile.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace outpost::test {

struct ForumPost
{
    int id = 0;
    int topicId = 0;
    int postNumber = 0;
    QString raw;
    bool deleted = false;
};

class OutboxServer
{
public:
    // A forum of a few topics, posting limits and rate limits off unless a test turns them on,
    // and a writer (trust level 1) with a user API key.
    explicit OutboxServer(const QString &spec = QStringLiteral("categories=10,topics=12,posts=40"))
    {
        devserver::ServerThread::Config config;
        config.spec = *devserver::GenerateSpec::parse(spec, nullptr);
        config.settings.logToStderr = qEnvironmentVariableIsSet("OUTPOST_DEVSERVER_LOG");
        config.settings.limits.enabled = false;
        server = std::make_unique<devserver::ServerThread>(config);
        QString error;
        started = server->start(&error);
        if (!started)
            qWarning("devserver: %s", qPrintable(error));
        writerId = addUser(QStringLiteral("writer"), 1);
        key = mintKey(writerId);
        for (int i = 0; i < 4; ++i)
            topicIds.append(
                    createTopic(1, QStringLiteral("A topic to reply to, number %1").arg(i)));
    }

    int addUser(const QString &name, int trustLevel)
    {
        return server->invoke([&](devserver::Server &s) {
            return s.forum().addUser(name, name, trustLevel, false, false);
        });
    }
    QByteArray mintKey(int userId)
    {
        return server->invoke([&](devserver::Server &s) {
            return s.auth().mintUserApiKey(userId, QStringLiteral("outbox-tests-%1").arg(userId),
                                           QStringLiteral("Outpost tests"),
                                           {QStringLiteral("read"), QStringLiteral("write")},
                                           s.clock().nowMs());
        });
    }
    // A topic by `userId` in the uncategorized category; returns its id.
    int createTopic(int userId, const QString &title, int categoryId = 0)
    {
        return server->invoke([&](devserver::Server &s) {
            const int firstPost = s.forum().createTopic(
                    {userId, categoryId ? categoryId : s.forum().uncategorizedId(), title,
                     QStringLiteral("The first post of “%1”, long enough to be valid.").arg(title),
                     s.clock().nowMs()});
            return s.forum().post(firstPost)->topicId;
        });
    }
    int firstPostOf(int topicId)
    {
        return server->invoke([&](devserver::Server &s) {
            return int(s.forum().topic(topicId)->postIds.front());
        });
    }
    QList<ForumPost> postsBy(int userId)
    {
        return server->invoke([&](devserver::Server &s) {
            QList<ForumPost> posts;
            for (int id : s.forum().postIdsByUser(userId)) {
                const devserver::Post *p = s.forum().post(id);
                posts.append({p->id, p->topicId, p->postNumber, s.forum().raw(*p), p->deleted()});
            }
            return posts;
        });
    }
    QString raw(int postId)
    {
        return server->invoke(
                [&](devserver::Server &s) { return s.forum().raw(*s.forum().post(postId)); });
    }
    int version(int postId)
    {
        return server->invoke(
                [&](devserver::Server &s) { return int(s.forum().post(postId)->version); });
    }
    void fault(const QString &spec)
    {
        server->invoke([&](devserver::Server &s) {
            QString error;
            const std::optional<devserver::FaultRule> rule =
                    devserver::FaultPlan::parse(spec, &error);
            if (!rule)
                qFatal("bad fault %s: %s", qPrintable(spec), qPrintable(error));
            s.faults().add(*rule);
        });
    }
    void clearFaults()
    {
        server->invoke([](devserver::Server &s) { s.faults().clear(); });
    }
    template <typename F>
    auto invoke(F &&function)
    {
        return server->invoke(std::forward<F>(function));
    }
    QUrl baseUrl() const { return server->baseUrl(); }

    std::unique_ptr<devserver::ServerThread> server;
    bool started = false;
    int writerId = 0;
    QByteArray key;
    QList<int> topicIds;
};

// A profile with the devserver's forum added (client-side budget off), and deliveries into it.
class OutboxProfile
{
public:
    explicit OutboxProfile(const QUrl &forumUrl)
        : profile(store::Profile::open(dir.path()))
    {
        store::ForumRepository forums(profile.userDatabase(), clock);
        forum = forums.add(forumUrl.toString(), QStringLiteral("devserver"));
        forums.setSetting(forum.id, session::forum_settings::kRateLimits, QStringLiteral("off"));
    }

    outbox::Outbox outbox() { return outbox::Outbox(profile.userDatabase(), clock, forum.id); }
    store::OutboxRepository repository()
    {
        return store::OutboxRepository(profile.userDatabase(), clock);
    }
    std::optional<store::OutboxItem> item(const QString &id) { return repository().find(id); }

    outbox::DeliveryEnvironment environment(const QByteArray &key) const
    {
        outbox::DeliveryEnvironment e;
        e.profileDirectory = dir.path();
        e.forum = forum;
        if (!key.isEmpty()) {
            e.credentials.kind = discourse::Credentials::UserApiKey;
            e.credentials.key = key;
            e.credentials.clientId = "outbox-tests";
        }
        // A stall ends after a second (the devserver's stall fault never answers).
        e.transport.stallTime = std::chrono::seconds(1);
        // libcurl's stall check averages over about five seconds; a test of timeouts sets
        // the overall limit instead (a second).
        if (overallTimeout)
            e.transport.overallTimeout = *overallTimeout;
        e.transport.connectTimeout = std::chrono::milliseconds(3000);
        e.runner.jitterSeed = 7;
        e.runner.retry.baseDelay = std::chrono::milliseconds(50);
        e.runner.retry.maxDelay = std::chrono::milliseconds(400);
        e.verifyCache = true;
        return e;
    }
    outbox::DeliveryReport deliver(const QByteArray &key, outbox::DeliveryOptions options = {})
    {
        const CancelToken cancel;
        return outbox::deliverOutbox(environment(key), cancel, std::move(options));
    }

    std::optional<std::chrono::seconds> overallTimeout;
    QTemporaryDir dir;
    SystemClock clock;
    store::Profile profile;
    store::Forum forum;
};

} // namespace outpost::test
