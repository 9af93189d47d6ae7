#pragma once

#include "RedirectAllowlist.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace devserver {

// Discourse's defaults (docs/discourse-api.md §2); every one can be changed, and `enabled`
// switches them all off for benchmarks.
struct RateLimitSettings
{
    bool enabled = true;
    int userApiPerMinute = 20;  // max_user_api_reqs_per_minute
    int userApiPerDay = 2880;   // max_user_api_reqs_per_day
    int ipPer10Seconds = 50;    // max_reqs_per_ip_per_10_seconds
    int ipPerMinute = 200;      // max_reqs_per_ip_per_minute
    int adminApiPerMinute = 60; // max_admin_api_reqs_per_minute, shared by all admin keys
    int createPostSeconds = 5;  // rate_limit_create_post
    int newUserCreatePostSeconds = 30;
    int createTopicSeconds = 15; // rate_limit_create_topic
    int newUserCreateTopicSeconds = 120;
    int maxTopicsPerDay = 20;
    int maxLikesPerDay = 50;
    int maxEditsPerDay = 30;
};

// PostValidator and PostRevisor settings.
struct PostingRules
{
    bool validate = true;
    int minPostLength = 20;
    int minFirstPostLength = 20;
    int minTopicTitleLength = 15;
    int maxPostLength = 32000;
    int uniquePostsMinutes = 5;
    int editingGracePeriodSeconds = 300;
    int editingGracePeriodMaxDiff = 100;
    int newUserMaxLinks = 2; // newuser_max_links: links a trust level 0 user may post
    // approve_unless_trust_level: posts of users below this trust level wait for a moderator
    // (0: no review queue).
    int approveUnlessTrustLevel = 0;
};

struct ServerSettings
{
    RateLimitSettings limits;
    PostingRules posting;
    bool honourPerPage = true; // per_page on topic lists (documented since 2025)
    // Who is "logged in" in the browser for /user-api-key/new (empty: the first user).
    QString browserUsername;
    bool browserLoggedIn = true;
    // The categories each user (by username) watches and tracks on the forum, as
    // /session/current.json reports them (empty by default).
    QHash<QString, QList<int>> watchedCategoryIds;
    QHash<QString, QList<int>> trackedCategoryIds;
    QStringList allowedAuthRedirects{QStringLiteral("https://api.discourse.org/api/auth_redirect"),
                                     QStringLiteral("discourse://auth_redirect")};
    // Which Discourse's WildcardUrlChecker matches auth_redirect against the list.
    RedirectRule authRedirectRule = RedirectRule::Current;
    QStringList allowedScopes{QStringLiteral("read"),
                              QStringLiteral("write"),
                              QStringLiteral("message_bus"),
                              QStringLiteral("push"),
                              QStringLiteral("notifications"),
                              QStringLiteral("session_info"),
                              QStringLiteral("one_time_password")};
    bool logToStderr = true;
    int requestLogCapacity = 200000;
    QString siteTitle = QStringLiteral("DHIS2 Community of Practice (devserver)");
};

QJsonObject toJson(const ServerSettings &settings);
// Applies the keys present in `json` (same names as toJson). Unknown keys are an error, so a
// typo in a test does not silently leave a limit on.
bool applyJson(ServerSettings &settings, const QJsonObject &json, QString *error);

// The server's notion of now. Tests move it forward instead of sleeping through a window.
class Clock
{
public:
    qint64 nowMs() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }
    void advance(qint64 ms) { m_offsetMs += ms; }
    qint64 offsetMs() const { return m_offsetMs; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace devserver
