#include "net/NetLog.h"

#include <QUrlQuery>

namespace outpost::net {

Q_LOGGING_CATEGORY(lcNet, "outpost.net", QtInfoMsg)

namespace {

bool looksSecret(const QString &key)
{
    static const QLatin1String kMarkers[] = {
            QLatin1String("key"),      QLatin1String("token"),   QLatin1String("secret"),
            QLatin1String("password"), QLatin1String("nonce"),   QLatin1String("payload"),
            QLatin1String("otp"),      QLatin1String("session"), QLatin1String("auth"),
    };
    const QString lower = key.toLower();
    for (const auto &marker : kMarkers) {
        if (lower.contains(marker))
            return true;
    }
    return false;
}

} // namespace

QByteArray loggableTarget(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = QByteArrayLiteral("/");
    if (!url.hasQuery())
        return target;

    QUrlQuery query(url);
    auto items = query.queryItems(QUrl::FullyEncoded);
    for (auto &item : items) {
        if (looksSecret(QUrl::fromPercentEncoding(item.first.toUtf8())))
            item.second = QStringLiteral("***");
    }
    query.setQueryItems(items);
    return target + '?' + query.query(QUrl::FullyEncoded).toUtf8();
}

} // namespace outpost::net
