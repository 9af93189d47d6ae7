#include "OutpostVersion.h"
#include "net/NetLog.h"
#include "net/Redirects.h"
#include "net/ResponseDescription.h"
#include "net/TransportConfig.h"

#include <QTest>

#include <set>

using namespace outpost::net;

namespace {

QUrl url(const char *text)
{
    return QUrl(QString::fromLatin1(text));
}

HttpRequest post(const char *target)
{
    HttpRequest r;
    r.method = "POST";
    r.url = url(target);
    r.body = "raw=hello";
    r.contentType = "application/x-www-form-urlencoded";
    r.headers.append(HttpHeader{"Accept", "application/json"});
    r.credentials.append(HttpHeader{"User-Api-Key", "secret"});
    return r;
}

} // namespace

class TestRedirectsAndText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void origins()
    {
        QVERIFY(isSameOrigin(url("https://Forum.Example/a"), url("https://forum.example:443/b?x")));
        QVERIFY(isSameOrigin(url("http://forum.example/"), url("http://forum.example:80/")));
        QVERIFY(!isSameOrigin(url("https://forum.example/"), url("http://forum.example/")));
        QVERIFY(!isSameOrigin(url("https://forum.example/"), url("https://forum.example:8443/")));
        QVERIFY(!isSameOrigin(url("https://forum.example/"), url("https://cdn.forum.example/")));
    }

    void sameOriginKeepsCredentials()
    {
        const HttpRequest original = post("https://forum.example/posts.json");
        const auto next = requestForRedirect(original, original, 307,
                                             url("https://forum.example/posts-moved.json"));
        QVERIFY(next);
        QCOMPARE(next->method, QByteArray("POST"));
        QCOMPARE(next->body, original.body);
        QCOMPARE(next->credentials.size(), 1);
        QCOMPARE(next->headers.size(), 1);
    }

    void otherOriginDropsCredentialsForGood()
    {
        const HttpRequest original = post("https://forum.example/posts.json");
        auto away = requestForRedirect(original, original, 308, url("https://other.example/x"));
        QVERIFY(away);
        QVERIFY(away->credentials.isEmpty());
        QCOMPARE(away->headers.size(), 1);
        // Coming back to the original origin does not bring them back.
        auto back = requestForRedirect(*away, original, 308, url("https://forum.example/y"));
        QVERIFY(back);
        QVERIFY(back->credentials.isEmpty());
        // A scheme downgrade is another origin.
        auto downgrade =
                requestForRedirect(original, original, 307, url("http://forum.example/posts.json"));
        QVERIFY(downgrade && downgrade->credentials.isEmpty());
    }

    void methodRewrites()
    {
        const HttpRequest original = post("https://forum.example/posts.json");
        for (int status : {301, 302, 303}) {
            const auto next = requestForRedirect(original, original, status,
                                                 url("https://forum.example/t/1"));
            QVERIFY(next);
            QCOMPARE(next->method, QByteArray("GET"));
            QVERIFY(next->body.isEmpty());
            QVERIFY(next->contentType.isEmpty());
        }
        HttpRequest put = original;
        put.method = "PUT";
        QCOMPARE(requestForRedirect(put, put, 302, url("https://forum.example/z"))->method,
                 QByteArray("PUT"));
        QCOMPARE(requestForRedirect(put, put, 303, url("https://forum.example/z"))->method,
                 QByteArray("GET"));
        HttpRequest head;
        head.method = "HEAD";
        head.url = url("https://forum.example/");
        QCOMPARE(requestForRedirect(head, head, 303, url("https://forum.example/z"))->method,
                 QByteArray("HEAD"));
    }

    void refusesOtherSchemesAndStripsUserInfo()
    {
        const HttpRequest original = post("https://forum.example/posts.json");
        QVERIFY(!requestForRedirect(original, original, 302, url("file:///etc/passwd")));
        QVERIFY(!requestForRedirect(original, original, 302, url("ftp://forum.example/")));
        const auto next = requestForRedirect(original, original, 302,
                                             url("https://user:pw@forum.example/a#frag"));
        QVERIFY(next);
        QCOMPARE(next->url, url("https://forum.example/a"));
        QVERIFY(isFollowableRedirect(308));
        QVERIFY(!isFollowableRedirect(304));
        QVERIFY(!isFollowableRedirect(300));
    }

    void logTargetsHideSecrets()
    {
        QCOMPARE(loggableTarget(url("https://u:p@forum.example/t/12.json?page=2&print=true")),
                 QByteArray("/t/12.json?page=2&print=true"));
        const QByteArray redacted = loggableTarget(
                url("https://forum.example/user-api-key/new?client_id=abc&nonce=n0nc3&"
                    "public_key=PEMDATA&scopes=read&api_key=k3y&auth_redirect=x"));
        QVERIFY(!redacted.contains("n0nc3"));
        QVERIFY(!redacted.contains("PEMDATA"));
        QVERIFY(!redacted.contains("k3y"));
        QVERIFY(redacted.contains("scopes=read"));
        QVERIFY(redacted.startsWith("/user-api-key/new?"));
        QCOMPARE(loggableTarget(url("https://forum.example")), QByteArray("/"));
    }

    void everyErrorHasItsOwnSentence()
    {
        const TransferError errors[] = {
                TransferError::Cancelled, TransferError::Resolve, TransferError::Connect,
                TransferError::Timeout,   TransferError::Stalled, TransferError::ConnectionCut,
                TransferError::Tls,       TransferError::Proxy,   TransferError::TooManyRedirects,
                TransferError::Other};
        std::set<QString> sentences;
        for (TransferError error : errors) {
            const QString text = describeForPeople(error);
            QVERIFY(text.endsWith(u'.'));
            QVERIFY(text.size() > 20);
            sentences.insert(text);
            HttpResponse response;
            response.error = error;
            response.status = 200; // an error wins over a status
            QCOMPARE(describeForPeople(response), text);
            QVERIFY(!technicalName(error).isEmpty());
        }
        QCOMPARE(sentences.size(), std::size(errors));
        QVERIFY(describeForPeople(TransferError::None).isEmpty());
    }

    void statusesPeopleMaySee()
    {
        HttpResponse ok;
        ok.status = 204;
        QVERIFY(describeForPeople(ok).isEmpty());
        std::set<QString> sentences;
        for (int status : {400, 401, 403, 404, 407, 413, 422, 429, 500, 503, 418, 507, 304}) {
            HttpResponse r;
            r.status = status;
            const QString text = describeForPeople(r);
            QVERIFY2(!text.isEmpty(), qPrintable(QString::number(status)));
            sentences.insert(text);
        }
        QCOMPARE(sentences.size(), std::size_t(13));
        HttpResponse teapot;
        teapot.status = 418;
        QVERIFY(describeForPeople(teapot).contains(u"418"));
    }

    void userAgentNamesOutpostAndItsVersion()
    {
        const QByteArray agent = defaultUserAgent();
        QVERIFY(agent.startsWith("Outpost/" + QByteArray(outpost::kVersion) + " ("));
        QCOMPARE(TransportConfig().userAgent, agent);
    }
};

QTEST_GUILESS_MAIN(TestRedirectsAndText)
#include "tst_redirects_and_text.moc"
