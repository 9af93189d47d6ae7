#include "SyncFixture.h"

#include "Clock.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"
#include "sync/SyncJob.h"

#include <QDir>

namespace outpost::synctest {

namespace {

const QString kClientId = QStringLiteral("outpost-integration-test");

} // namespace

qint64 ExpectedForum::postCount() const
{
    qint64 n = 0;
    for (const QList<qint64> &posts : postsByTopic)
        n += posts.size();
    return n;
}

SyncFixture::SyncFixture(Options options)
    : m_options(std::move(options))
{}

SyncFixture::~SyncFixture() = default;

bool SyncFixture::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    devserver::ServerThread::Config config;
    std::optional<devserver::GenerateSpec> spec =
            devserver::GenerateSpec::parse(m_options.spec, error);
    if (!spec)
        return false;
    spec->seed = m_options.seed;
    config.spec = *spec;
    config.settings.limits.enabled = m_options.rateLimits;
    config.settings.logToStderr = false;
    m_server = std::make_unique<devserver::ServerThread>(config);
    if (!m_server->start(error))
        return false;

    // A member of trust level 1 or more: public and trust-level categories, not Staff.
    m_userId = onServer([](devserver::Server &s) {
        for (const devserver::User &u : s.forum().users()) {
            if (u.id > 3 && u.trustLevel >= 1 && u.trustLevel < 3 && !u.admin && !u.moderator)
                return u.id;
        }
        return 4;
    });
    const int userId = m_userId;
    m_key = onServer([userId](devserver::Server &s) {
        return s.auth().mintUserApiKey(userId, kClientId, QStringLiteral("Outpost tests"),
                                       {QStringLiteral("read"), QStringLiteral("write")},
                                       s.clock().nowMs());
    });

    SystemClock clock;
    store::Profile profile = store::Profile::open(m_dir.path());
    store::ForumRepository forums(profile.userDatabase(), clock);
    m_forum = forums.add(m_server->baseUrl().toString(), QStringLiteral("Devserver"));
    forums.setSyncWindowDays(m_forum.id, m_options.windowDays);
    if (!m_options.rateLimits)
        forums.setSetting(m_forum.id, QStringLiteral("rate_limits"), QStringLiteral("off"));
    m_forum = *forums.find(m_forum.id);
    return true;
}

QString SyncFixture::cachePath() const
{
    return cachePathOf(m_dir.path(), m_forum.id);
}

QString SyncFixture::cachePathOf(const QString &profileDir, qint64 forumId)
{
    return QDir(profileDir).filePath(QStringLiteral("forums/%1/cache.sqlite").arg(forumId));
}

sync::SyncEnvironment SyncFixture::environmentFor(const QString &profileDir,
                                                  const QList<qint64> &followed)
{
    SystemClock clock;
    store::Profile profile = store::Profile::open(profileDir);
    store::ForumRepository forums(profile.userDatabase(), clock);
    std::optional<store::Forum> forum = forums.findByUrl(m_forum.baseUrl);
    if (!forum) {
        forum = forums.add(m_forum.baseUrl, m_forum.name);
        forums.setSyncWindowDays(forum->id, m_options.windowDays);
        if (!m_options.rateLimits)
            forums.setSetting(forum->id, QStringLiteral("rate_limits"), QStringLiteral("off"));
        for (qint64 id : followed)
            forums.follow(forum->id, id);
        forum = forums.find(forum->id);
    }
    sync::SyncEnvironment environment = this->environment();
    environment.profileDirectory = profileDir;
    environment.forum = *forum;
    return environment;
}

void SyncFixture::follow(const QList<qint64> &categoryIds)
{
    SystemClock clock;
    store::Profile profile = store::Profile::open(m_dir.path());
    store::ForumRepository forums(profile.userDatabase(), clock);
    for (qint64 id : categoryIds)
        forums.follow(m_forum.id, id);
}

QList<qint64> SyncFixture::publicCategoriesWithTopics(int count)
{
    return onServer([count](devserver::Server &s) {
        QList<qint64> ids;
        const devserver::Forum &forum = s.forum();
        for (const devserver::Category &c : forum.categories()) {
            if (c.readRestricted() || c.parentId != 0 || c.id == forum.uncategorizedId())
                continue;
            ids.append(c.id);
            if (ids.size() == count)
                break;
        }
        return ids;
    });
}

sync::SyncEnvironment SyncFixture::environment() const
{
    sync::SyncEnvironment environment;
    environment.profileDirectory = m_dir.path();
    environment.forum = m_forum;
    if (m_options.signedIn) {
        environment.credentials.kind = discourse::Credentials::UserApiKey;
        environment.credentials.key = m_key;
        environment.credentials.clientId = kClientId.toLatin1();
    }
    // Faults and outages in tests should not cost real seconds of backoff.
    environment.runner.retry.baseDelay = std::chrono::milliseconds(20);
    environment.runner.retry.maxDelay = std::chrono::milliseconds(200);
    environment.runner.retry.defaultRateLimitWait = std::chrono::milliseconds(500);
    environment.runner.jitterSeed = 7;
    environment.transport.stallTime = std::chrono::seconds(2);
    environment.transport.connectTimeout = std::chrono::milliseconds(2000);
    return environment;
}

sync::SyncReport SyncFixture::sync(const sync::SyncRequest &request, const CancelToken &cancel)
{
    return sync::runSync(environment(), request, cancel);
}

ExpectedForum SyncFixture::expected(const QList<qint64> &categoryIds) const
{
    const int userId = m_userId;
    const qint64 windowStartMs =
            QDateTime::currentMSecsSinceEpoch() - qint64(m_options.windowDays) * 86'400'000;
    return m_server->invoke([&categoryIds, userId, windowStartMs](devserver::Server &s) {
        const devserver::Forum &forum = s.forum();
        const devserver::Viewer viewer{forum.user(userId)};
        ExpectedForum expected;
        for (int id = 1; id <= forum.maxTopicId(); ++id) {
            const devserver::Topic *t = forum.topic(id);
            if (!t || !forum.canSee(viewer, *t))
                continue;
            const devserver::Category *c = forum.category(t->categoryId);
            const bool followed =
                    categoryIds.contains(t->categoryId) || (c && categoryIds.contains(c->parentId));
            if (!followed || (t->bumpedAtMs < windowStartMs && !t->pinnedAtMs))
                continue;
            QList<qint64> posts;
            for (qint32 postId : t->postIds) {
                const devserver::Post *p = forum.post(postId);
                if (p && forum.canSee(viewer, *p))
                    posts.append(p->id);
            }
            expected.postsByTopic.insert(t->id, posts);
        }
        return expected;
    });
}

QList<devserver::RequestRecord> SyncFixture::requestsSince(quint64 sinceSeq)
{
    return onServer([sinceSeq](devserver::Server &s) {
        QList<devserver::RequestRecord> out;
        for (const devserver::RequestRecord &r : s.requestLog().records()) {
            if (r.seq > sinceSeq)
                out.append(r);
        }
        return out;
    });
}

quint64 SyncFixture::lastRequestSeq()
{
    return onServer([](devserver::Server &s) {
        const auto &records = s.requestLog().records();
        return records.empty() ? quint64(0) : records.back().seq;
    });
}

} // namespace outpost::synctest
