#include "controllers/LinkPolicy.h"

#include "AppSettings.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace outpost::gui {

QUrl LinkPolicy::decodeOutpostLink(const QUrl &link)
{
    if (link.scheme() != u"outpost-link"_s)
        return {};
    const QString encoded = link.toString(QUrl::FullyEncoded).mid(int(qstrlen("outpost-link:")));
    const QUrl url = QUrl::fromEncoded(QByteArray::fromPercentEncoding(encoded.toLatin1()),
                                       QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s && scheme != u"mailto"_s))
        return {};
    return url;
}

std::optional<std::pair<qint64, int>> LinkPolicy::forumTopic(const QUrl &url, const QUrl &base)
{
    if (!base.isValid() || url.host().compare(base.host(), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    QString path = url.path();
    const QString basePath = base.path().endsWith(u'/') ? base.path().chopped(1) : base.path();
    if (!basePath.isEmpty()) {
        if (!path.startsWith(basePath + u'/'))
            return std::nullopt;
        path = path.mid(basePath.size());
    }
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    if (parts.size() < 2 || parts.at(0) != u"t"_s)
        return std::nullopt;
    // /t/{id}, /t/{id}/{n}, /t/{slug}/{id}, /t/{slug}/{id}/{n}
    bool ok = false;
    qint64 topic = parts.at(1).toLongLong(&ok);
    int next = 2;
    if (!ok) {
        if (parts.size() < 3)
            return std::nullopt;
        topic = parts.at(2).toLongLong(&ok);
        next = 3;
        if (!ok)
            return std::nullopt;
    }
    int post = 1;
    if (parts.size() > next) {
        bool numeric = false;
        const int n = parts.at(next).toInt(&numeric);
        if (numeric && n > 0)
            post = n;
    }
    if (topic <= 0)
        return std::nullopt;
    return std::make_pair(topic, post);
}

LinkPolicy::Target LinkPolicy::classify(const QUrl &link, const QUrl &forumBase)
{
    Target target;
    const QString scheme = link.scheme();
    if (scheme == u"outpost-post"_s) {
        const QStringList parts = link.path().split(u'/');
        bool okTopic = false;
        bool okPost = false;
        const qint64 topic = parts.value(0).toLongLong(&okTopic);
        const int post = parts.value(1).toInt(&okPost);
        if (okTopic && okPost && topic > 0 && post > 0) {
            target.kind = Target::Kind::ForumPost;
            target.topicId = topic;
            target.postNumber = post;
        }
        return target;
    }
    if (scheme == u"outpost-image"_s) {
        bool ok = false;
        const int index = link.path().toInt(&ok);
        if (ok && index >= 0) {
            target.kind = Target::Kind::Image;
            target.imageIndex = index;
        }
        return target;
    }
    const QUrl url = decodeOutpostLink(link);
    if (url.isEmpty())
        return target;
    target.url = url;
    if (const auto topic = forumTopic(url, forumBase)) {
        target.kind = Target::Kind::ForumPost;
        target.topicId = topic->first;
        target.postNumber = topic->second;
        return target;
    }
    target.kind = Target::Kind::External;
    return target;
}

bool LinkPolicy::needsConfirmation(const QUrl &url, const AppSettings &settings)
{
    if (url.scheme() == u"mailto"_s)
        return true;
    return !settings.trustedLinkHosts().contains(url.host().toLower());
}

} // namespace outpost::gui
