#include "ForumConnection.h"

#include "Clock.h"
#include "net/CurlTransport.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QUuid>

namespace outpost::session {

namespace {

const QString kClientIdKey = QStringLiteral("client_id");

int positiveSetting(const store::ForumRepository &forums, qint64 forumId, const QString &key,
                    int fallback)
{
    bool ok = false;
    const int value = forums.setting(forumId, key).value_or(QString()).toInt(&ok);
    return ok && value > 0 ? value : fallback;
}

store::Database openCache(const store::Profile &profile, qint64 forumId, bool verify,
                          QString *notice)
{
    if (!verify)
        return profile.openCacheConnection(forumId);
    store::CacheOpenResult opened = profile.openCache(forumId);
    *notice = opened.message;
    return std::move(opened.database);
}

} // namespace

net::RateLimits rateLimitsFor(discourse::Credentials::Kind kind,
                              const store::ForumRepository &forums, qint64 forumId)
{
    if (forums.setting(forumId, forum_settings::kRateLimits) == QLatin1String("off"))
        return net::RateLimits{};
    switch (kind) {
    case discourse::Credentials::UserApiKey:
        return net::RateLimits::userApiKey(
                positiveSetting(forums, forumId, forum_settings::kUserApiPerMinute, 20),
                positiveSetting(forums, forumId, forum_settings::kUserApiPerDay, 2'880));
    case discourse::Credentials::AdminApiKey:
        // All admin keys of a forum share 60 requests a minute.
        return net::RateLimits{{{60, 60'000}}};
    case discourse::Credentials::None:
        break;
    }
    return net::RateLimits::anonymous();
}

QByteArray installationClientId(store::Database &userDb, const Clock &clock)
{
    store::SettingsRepository settings(userDb, clock);
    if (const auto id = settings.value(kClientIdKey); id && !id->isEmpty())
        return id->toLatin1();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    settings.set(kClientIdKey, id);
    return id.toLatin1();
}

ForumConnection::ForumConnection(const store::Profile &profile, const store::Forum &forum,
                                 Clock &clock, ConnectionOptions options)
    : m_forum(forum)
    , m_clock(clock)
    , m_userDb(profile.openUserDatabaseConnection())
    , m_cache(openCache(profile, forum.id, options.verifyCache, &m_cacheNotice))
    , m_api(QUrl(forum.baseUrl), options.credentials)
{
    const store::ForumRepository forums(m_userDb, m_clock);
    m_rateLog = std::make_unique<SqliteRateLog>(m_userDb, forum.id, m_clock);
    m_budget = std::make_unique<net::RateBudget>(
            rateLimitsFor(options.credentials.kind, forums, forum.id), m_clock, m_rateLog.get());

    net::TransportConfig config = options.transport;
    if (config.extraCaFile.isEmpty())
        config.extraCaFile = forums.setting(forum.id, forum_settings::kCaFile).value_or(QString());
    m_transport = options.makeTransport ? options.makeTransport(config)
                                        : std::make_unique<net::CurlTransport>(config);
}

ForumConnection::~ForumConnection() = default;

} // namespace outpost::session
