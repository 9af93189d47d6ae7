#include "RedirectAllowlist.h"

#include <QRegularExpression>
#include <QUrl>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

std::optional<QUrl> parseWithHost(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return std::nullopt;
    return url;
}

// Regexp.escape(pattern) with every '*' turned into `wildcard`, anchored, case-insensitive.
bool wildcardMatch(const QString &pattern, const QString &value, const QString &wildcard)
{
    QString regex = QRegularExpression::escape(pattern);
    regex.replace(u"\\*"_s, wildcard);
    const QRegularExpression re(u"\\A(?:"_s + regex + u")\\z"_s,
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(value).hasMatch();
}

int portOf(const QUrl &url)
{
    // Ruby's URI gives http and https their default port; other schemes have none.
    const QString scheme = url.scheme().toLower();
    const int fallback = scheme == u"http" ? 80 : (scheme == u"https" ? 443 : -1);
    return url.port(fallback);
}

bool hostsMatch(QString host, QString hostToCheck)
{
    host = host.toLower();
    hostToCheck = hostToCheck.toLower();
    if (host.startsWith(u"*."_s) && host.count(u'*') == 1) {
        const QString suffix = host.mid(1); // ".example.org"
        if (!hostToCheck.endsWith(suffix))
            return false;
        static const QRegularExpression label(u"\\A[A-Za-z0-9.-]+\\z"_s);
        return label.match(hostToCheck.chopped(suffix.size())).hasMatch();
    }
    return wildcardMatch(host, hostToCheck, u"[A-Za-z0-9.-]*"_s);
}

QString pathAndQuery(const QUrl &url)
{
    QString result = url.path(QUrl::FullyEncoded);
    if (!url.query(QUrl::FullyEncoded).isEmpty())
        result += u'?' + url.query(QUrl::FullyEncoded);
    return result;
}

bool currentRule(const QString &pattern, const QUrl &candidate)
{
    if (pattern == u"*")
        return true;
    // Ruby's URI takes '*' in a host, QUrl does not: stand a letter token in for it while
    // parsing. In a port it stays invalid, as it is for Ruby.
    static const QString token = u"zwildcardz"_s;
    QString masked = pattern;
    masked.replace(u'*', token);
    const std::optional<QUrl> allowed = parseWithHost(masked);
    if (!allowed)
        return false;
    const auto unmask = [](QString text) { return text.replace(token, u"*"_s); };
    return allowed->scheme().compare(candidate.scheme(), Qt::CaseInsensitive) == 0 &&
           portOf(*allowed) == portOf(candidate) &&
           unmask(allowed->userInfo()).compare(candidate.userInfo(), Qt::CaseInsensitive) == 0 &&
           hostsMatch(unmask(allowed->host(QUrl::FullyEncoded)),
                      candidate.host(QUrl::FullyEncoded)) &&
           wildcardMatch(unmask(pathAndQuery(*allowed)), pathAndQuery(candidate), u".*"_s) &&
           wildcardMatch(unmask(allowed->fragment(QUrl::FullyEncoded)),
                         candidate.fragment(QUrl::FullyEncoded), u".*"_s);
}

bool legacyRule(const QString &pattern, const QString &url)
{
    QString regex = QRegularExpression::escape(pattern);
    if (const qsizetype star = regex.indexOf(u"\\*"_s); star >= 0)
        regex.replace(star, 2, u"\\S*"_s);
    const QRegularExpression re(u"\\A(?:"_s + regex + u")\\z"_s,
                                QRegularExpression::CaseInsensitiveOption);
    return re.match(url).hasMatch();
}

} // namespace

bool redirectAllowed(const QString &url, const QStringList &patterns, RedirectRule rule)
{
    const std::optional<QUrl> candidate = parseWithHost(url);
    if (!candidate)
        return false;
    for (const QString &pattern : patterns) {
        if (rule == RedirectRule::Current ? currentRule(pattern, *candidate)
                                          : legacyRule(pattern, url))
            return true;
    }
    return false;
}

} // namespace devserver
