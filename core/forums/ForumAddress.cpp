#include "forums/ForumAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace outpost::forums {

namespace {

// Route prefixes of Discourse pages; what comes before the first of them is the forum.
const QRegularExpression &pagePart()
{
    static const QRegularExpression re(
            u"/(t|c|u|g|tag|tags|badges|search|session|admin|my|posts|raw|uploads)(/.*)?$|"
            "/(latest|top|new|unread|categories|about|faq|guidelines|login|signup|"
            "privacy|tos)(\\.json)?/?$"_s);
    return re;
}

} // namespace

ForumAddress ForumAddress::fromTyped(const QString &typed)
{
    ForumAddress result;
    QString text = typed.trimmed();
    if (text.isEmpty()) {
        result.error = QCoreApplication::translate(
                "outpost::forums",
                "Type the address of the forum, for example community.dhis2.org.");
        return result;
    }
    if (!text.contains(u"://"_s))
        text.prepend(u"https://"_s);
    QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || url.host().contains(u' ')) {
        result.error = QCoreApplication::translate(
                               "outpost::forums",
                               "“%1” is not a web address. Type it as it appears in your browser, "
                               "for example community.dhis2.org.")
                               .arg(typed.trimmed());
        return result;
    }
    if (scheme != u"https"_s && scheme != u"http"_s) {
        result.error = QCoreApplication::translate(
                               "outpost::forums",
                               "Outpost opens forums over https (or http). “%1” is neither.")
                               .arg(typed.trimmed());
        return result;
    }
    if (!url.userInfo().isEmpty()) {
        result.error = QCoreApplication::translate(
                "outpost::forums", "Leave the name and password out of the address; public forums "
                                   "need neither.");
        return result;
    }
    url.setScheme(scheme);
    url.setHost(url.host().toLower());
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    path.remove(pagePart());
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    result.baseUrl = url;
    return result;
}

QString storedForm(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveQuery | QUrl::RemoveFragment)
            .toString();
}

} // namespace outpost::forums
