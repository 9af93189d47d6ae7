#pragma once

#include <QString>
#include <QStringList>

namespace devserver {

// How Discourse matches an `auth_redirect` against the site setting
// allowed_user_api_auth_redirects (a '|'-separated list; UserApiKeyClient.invalid_auth_redirect?
// asks WildcardUrlChecker.check_url of every entry).
enum class RedirectRule
{
    // WildcardUrlChecker as of discourse/discourse 0ac1705: both URLs are parsed; scheme, port
    // (the scheme's default when absent) and userinfo must be equal; '*' in the host matches
    // [A-Za-z0-9.-]* ("*.example.org" matches any subdomain), '*' in the path, query or fragment
    // matches anything. A '*' in the port is not a URL, so such an entry matches nothing: the
    // port of a loopback redirect must be listed exactly. "*" alone allows every URL.
    Current,
    // The older WildcardUrlChecker (discourse/discourse 52c1084): the entry is a whole-string,
    // case-insensitive pattern whose first '*' matches \S*, so http://127.0.0.1:*/cb allows any
    // port.
    Legacy,
};

// The URL to check must have a scheme and a host under both rules.
bool redirectAllowed(const QString &url, const QStringList &patterns, RedirectRule rule);

} // namespace devserver
