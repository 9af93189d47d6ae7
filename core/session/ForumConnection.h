#pragma once

#include "discourse/ForumApi.h"
#include "net/RateBudget.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"
#include "session/SqliteRateLog.h"
#include "store/Database.h"
#include "store/UserTypes.h"

#include <functional>
#include <memory>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Profile;
class ForumRepository;
} // namespace outpost::store

namespace outpost::session {

// Keys of per-forum settings (store::ForumRepository::setting) that shape how we talk to it.
namespace forum_settings {
// Rate limits the forum's admins configured, when they differ from Discourse's defaults:
// requests per minute and per day with a user API key.
inline const QString kUserApiPerMinute = QStringLiteral("rate_user_api_per_minute");
inline const QString kUserApiPerDay = QStringLiteral("rate_user_api_per_day");
// "off": no client-side budget (only for a forum of our own, e.g. the devserver in benchmarks).
inline const QString kRateLimits = QStringLiteral("rate_limits");
// An extra CA certificate file (PEM) to trust for this forum, beside the system's CAs.
inline const QString kCaFile = QStringLiteral("ca_file");
} // namespace forum_settings

// The budget the sync and the outbox spend for a forum: Discourse's defaults for a user API
// key (20/min, 2,880/day) or for anonymous requests (per IP: 50 per 10 s, 200/min), unless the
// forum's settings say otherwise.
net::RateLimits rateLimitsFor(discourse::Credentials::Kind kind,
                              const store::ForumRepository &forums, qint64 forumId);

// A random id that names this installation to every forum (Discourse's `client_id`). Made on
// first use and kept in the settings; not a secret.
QByteArray installationClientId(store::Database &userDb, const Clock &clock);

struct ConnectionOptions
{
    discourse::Credentials credentials;
    net::TransportConfig transport;
    // Open the cache with its integrity check, migrations and rebuild-if-damaged (the first
    // connection of a process); otherwise open a further connection.
    bool verifyCache = false;
    // Tests may put a scripted transport here; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
};

// Everything one thread needs to talk to one forum and keep its cache: its own database
// connections, transport, API and rate budget (persisted in the user database). Make one per
// worker thread; never share one between threads.
class ForumConnection
{
public:
    // Throws store::StoreError when a database cannot be opened.
    ForumConnection(const store::Profile &profile, const store::Forum &forum, Clock &clock,
                    ConnectionOptions options);
    ~ForumConnection();
    ForumConnection(const ForumConnection &) = delete;
    ForumConnection &operator=(const ForumConnection &) = delete;

    const store::Forum &forum() const { return m_forum; }
    bool isSignedIn() const { return m_api.credentials().kind != discourse::Credentials::None; }
    // When verifyCache found the cache damaged and rebuilt it: a sentence to show; else empty.
    const QString &cacheNotice() const { return m_cacheNotice; }

    store::Database &userDatabase() { return m_userDb; }
    store::Database &cache() { return m_cache; }
    discourse::ForumApi &api() { return m_api; }
    net::RateBudget &budget() { return *m_budget; }
    net::Transport &transport() { return *m_transport; }
    Clock &clock() { return m_clock; }

private:
    store::Forum m_forum;
    Clock &m_clock;
    store::Database m_userDb;
    QString m_cacheNotice; // before m_cache: opening the cache fills it
    store::Database m_cache;
    discourse::ForumApi m_api;
    std::unique_ptr<SqliteRateLog> m_rateLog;
    std::unique_ptr<net::RateBudget> m_budget;
    std::unique_ptr<net::Transport> m_transport;
};

} // namespace outpost::session
