#include "net/Redirects.h"

namespace outpost::net {

namespace {

int defaultPort(const QString &scheme)
{
    if (scheme == u"https")
        return 443;
    if (scheme == u"http")
        return 80;
    return -1;
}

} // namespace

bool isFollowableRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    return schemeA == schemeB && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(defaultPort(schemeA)) == b.port(defaultPort(schemeB));
}

std::optional<HttpRequest> requestForRedirect(const HttpRequest &current,
                                              const HttpRequest &original, int status,
                                              const QUrl &location)
{
    const QString scheme = location.scheme().toLower();
    if (!location.isValid() || (scheme != u"http" && scheme != u"https") ||
        location.host().isEmpty())
        return std::nullopt;

    HttpRequest next = current;
    // A user name or password in a Location header would make libcurl send Basic auth to that
    // host; nobody we redirect to needs it.
    next.url = location.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (!isSameOrigin(next.url, original.url))
        next.credentials.clear();

    const bool becomesGet = (status == 303 && current.method != "HEAD") ||
                            ((status == 301 || status == 302) && current.method == "POST");
    if (becomesGet) {
        next.method = QByteArrayLiteral("GET");
        next.body.clear();
        next.contentType.clear();
    }
    return next;
}

} // namespace outpost::net
