#include "Settings.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

struct IntField
{
    const char *name;
    int RateLimitSettings::*limit;
    int PostingRules::*rule;
};

const IntField kIntFields[] = {
        {"user_api_per_minute", &RateLimitSettings::userApiPerMinute, nullptr},
        {"user_api_per_day", &RateLimitSettings::userApiPerDay, nullptr},
        {"ip_per_10_seconds", &RateLimitSettings::ipPer10Seconds, nullptr},
        {"ip_per_minute", &RateLimitSettings::ipPerMinute, nullptr},
        {"admin_api_per_minute", &RateLimitSettings::adminApiPerMinute, nullptr},
        {"rate_limit_create_post", &RateLimitSettings::createPostSeconds, nullptr},
        {"rate_limit_new_user_create_post", &RateLimitSettings::newUserCreatePostSeconds, nullptr},
        {"rate_limit_create_topic", &RateLimitSettings::createTopicSeconds, nullptr},
        {"rate_limit_new_user_create_topic", &RateLimitSettings::newUserCreateTopicSeconds,
         nullptr},
        {"max_topics_per_day", &RateLimitSettings::maxTopicsPerDay, nullptr},
        {"max_likes_per_day", &RateLimitSettings::maxLikesPerDay, nullptr},
        {"max_edits_per_day", &RateLimitSettings::maxEditsPerDay, nullptr},
        {"min_post_length", nullptr, &PostingRules::minPostLength},
        {"min_first_post_length", nullptr, &PostingRules::minFirstPostLength},
        {"min_topic_title_length", nullptr, &PostingRules::minTopicTitleLength},
        {"max_post_length", nullptr, &PostingRules::maxPostLength},
        {"unique_posts_mins", nullptr, &PostingRules::uniquePostsMinutes},
        {"editing_grace_period", nullptr, &PostingRules::editingGracePeriodSeconds},
        {"editing_grace_period_max_diff", nullptr, &PostingRules::editingGracePeriodMaxDiff},
        {"newuser_max_links", nullptr, &PostingRules::newUserMaxLinks},
        {"approve_unless_trust_level", nullptr, &PostingRules::approveUnlessTrustLevel},
};

} // namespace

QJsonObject toJson(const ServerSettings &s)
{
    QJsonObject o{{u"rate_limits"_s, s.limits.enabled},
                  {u"validate_posts"_s, s.posting.validate},
                  {u"per_page"_s, s.honourPerPage},
                  {u"browser_username"_s,
                   s.browserLoggedIn ? QJsonValue(s.browserUsername) : QJsonValue()},
                  {u"allowed_user_api_auth_redirects"_s,
                   QJsonArray::fromStringList(s.allowedAuthRedirects)},
                  {u"auth_redirect_rule"_s,
                   s.authRedirectRule == RedirectRule::Current ? u"current"_s : u"legacy"_s},
                  {u"allow_user_api_key_scopes"_s, QJsonArray::fromStringList(s.allowedScopes)}};
    for (const IntField &f : kIntFields)
        o.insert(QLatin1String(f.name), f.limit ? s.limits.*f.limit : s.posting.*f.rule);
    return o;
}

bool applyJson(ServerSettings &s, const QJsonObject &json, QString *error)
{
    ServerSettings next = s;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString key = it.key();
        if (key == u"rate_limits") {
            next.limits.enabled = it->toBool();
        } else if (key == u"validate_posts") {
            next.posting.validate = it->toBool();
        } else if (key == u"per_page") {
            next.honourPerPage = it->toBool();
        } else if (key == u"browser_username") {
            next.browserLoggedIn = !it->isNull();
            next.browserUsername = it->toString();
        } else if (key == u"allowed_user_api_auth_redirects") {
            next.allowedAuthRedirects.clear();
            for (const QJsonValue &v : it->toArray())
                next.allowedAuthRedirects << v.toString();
        } else if (key == u"auth_redirect_rule") {
            if (it->toString() != u"current" && it->toString() != u"legacy") {
                if (error)
                    *error = u"auth_redirect_rule must be \"current\" or \"legacy\""_s;
                return false;
            }
            next.authRedirectRule =
                    it->toString() == u"current" ? RedirectRule::Current : RedirectRule::Legacy;
        } else if (key == u"allow_user_api_key_scopes") {
            next.allowedScopes.clear();
            for (const QJsonValue &v : it->toArray())
                next.allowedScopes << v.toString();
        } else {
            bool known = false;
            for (const IntField &f : kIntFields) {
                if (key != QLatin1String(f.name))
                    continue;
                if (!it->isDouble()) {
                    if (error)
                        *error = u"%1 must be a number"_s.arg(key);
                    return false;
                }
                (f.limit ? next.limits.*f.limit : next.posting.*f.rule) = it->toInt();
                known = true;
            }
            if (!known) {
                if (error)
                    *error = u"unknown setting \"%1\""_s.arg(key);
                return false;
            }
        }
    }
    s = next;
    return true;
}

} // namespace devserver
