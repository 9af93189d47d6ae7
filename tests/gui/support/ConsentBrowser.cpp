#include "ConsentBrowser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace outpost::testing {

ConsentBrowser::ConsentBrowser(QUrl forumBase)
    : m_base(std::move(forumBase))
{}

QByteArray ConsentBrowser::http(const QByteArray &method, const QUrl &url, const QByteArray &body,
                                const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QByteArray ConsentBrowser::formOf(const QUrl &consentUrl, const QHash<QString, QString> &override)
{
    const QString page = QString::fromUtf8(http("GET", consentUrl));
    static const QRegularExpression input(
            uR"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"_s);
    QUrlQuery form;
    for (auto it = input.globalMatch(page); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace(u"&quot;"_s, u"\""_s)
                .replace(u"&lt;"_s, u"<"_s)
                .replace(u"&gt;"_s, u">"_s)
                .replace(u"&#39;"_s, u"'"_s)
                .replace(u"&amp;"_s, u"&"_s);
        value = override.value(m.captured(1), value);
        form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return form.toString(QUrl::FullyEncoded).toUtf8();
}

QString ConsentBrowser::approve(const QUrl &consentUrl, const QHash<QString, QString> &override)
{
    const QByteArray form = formOf(consentUrl, override);
    if (form.isEmpty())
        return {};
    const QString shown = QString::fromUtf8(http("POST", m_base.resolved(QUrl(u"/user-api-key"_s)),
                                                 form, "application/x-www-form-urlencoded"));
    static const QRegularExpression code(u"<code>([^<]+)</code>"_s);
    return code.match(shown).captured(1);
}

QUrl ConsentBrowser::approveForRedirect(const QUrl &consentUrl,
                                        const QHash<QString, QString> &override)
{
    const QByteArray form = formOf(consentUrl, override);
    if (!form.contains("auth_redirect="))
        return {};
    QNetworkRequest request(m_base.resolved(QUrl(u"/user-api-key"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network.post(request, form);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
        return {};
    return QUrl::fromEncoded(reply->rawHeader("Location"));
}

int ConsentBrowser::follow(const QUrl &location, QByteArray *page)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(location));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    reply->deleteLater();
    if (page)
        *page = reply->readAll();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status ? status : -int(reply->error());
}

QJsonArray ConsentBrowser::userApiKeys()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
            http("GET", m_base.resolved(QUrl(u"/__devserver/user-api-keys"_s))));
    return doc.object().value(u"user_api_keys"_s).toArray();
}

int ConsentBrowser::liveKeys()
{
    int live = 0;
    for (const QJsonValue &k : userApiKeys())
        live += k.toObject().value(u"revoked"_s).toBool() ? 0 : 1;
    return live;
}

void ConsentBrowser::revokeAll()
{
    for (const QJsonValue &k : userApiKeys()) {
        const QJsonObject key = k.toObject();
        if (!key.value(u"revoked"_s).toBool())
            http("POST", m_base.resolved(QUrl(u"/__devserver/user-api-keys/%1/revoke"_s.arg(
                                 key.value(u"id"_s).toInteger()))));
    }
}

} // namespace outpost::testing
