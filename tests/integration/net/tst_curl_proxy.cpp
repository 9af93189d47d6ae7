#include "RawTcpServer.h"
#include "TransferLoop.h"
#include "net/CurlTransport.h"

#include <QTcpServer>
#include <QTest>

using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using Then = RawTcpServer::Reply::Then;

namespace {

// A host that cannot resolve: only a proxy can answer for it.
const QUrl kTarget(u"http://forum.outpost-proxy-test.invalid/latest.json?page=1"_s);

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    return request;
}

TransportConfig quickConfig()
{
    TransportConfig config;
    config.connectTimeout = 5s;
    return config;
}

QByteArray proxyUrl(const RawTcpServer &proxy)
{
    return "http://127.0.0.1:" + QByteArray::number(proxy.port());
}

} // namespace

// A forward proxy for plain HTTP: it answers absolute-form requests itself (there is nothing to
// forward to without a network) and refuses CONNECT tunnels.
class TestCurlProxy : public QObject
{
    Q_OBJECT

    std::unique_ptr<RawTcpServer> m_proxy;

private Q_SLOTS:
    void init()
    {
        clearProxyEnvironment();
        m_proxy = std::make_unique<RawTcpServer>([](const QByteArray &request) {
            if (request.startsWith("CONNECT "))
                return RawTcpServer::Reply{"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n",
                                           Then::Close};
            return RawTcpServer::Reply{rawHttpResponse(200, "answered by the proxy")};
        });
    }

    void cleanup()
    {
        m_proxy.reset();
        clearProxyEnvironment();
    }

    void environmentProxyIsUsed()
    {
        qputenv("http_proxy", proxyUrl(*m_proxy));
        CurlTransport transport(quickConfig());
        const HttpResponse response = perform(transport, get(kTarget));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        QCOMPARE(response.body, QByteArray("answered by the proxy"));
        const auto requests = m_proxy->requests();
        QCOMPARE(requests.size(), std::size_t(1));
        QVERIFY2(requests.front().startsWith("GET " + kTarget.toEncoded() + " HTTP/1.1\r\n"),
                 requests.front().constData());
    }

    void noProxyIsHonoured()
    {
        qputenv("http_proxy", proxyUrl(*m_proxy));
        qputenv("no_proxy", "example.org,outpost-proxy-test.invalid");
        CurlTransport transport(quickConfig());
        const HttpResponse response = perform(transport, get(kTarget));
        QCOMPARE(response.error, TransferError::Resolve);
        QVERIFY(m_proxy->requests().empty());
    }

    void explicitProxyWinsOverTheEnvironment()
    {
        RawTcpServer other([](const QByteArray &) {
            return RawTcpServer::Reply{rawHttpResponse(200, "wrong proxy")};
        });
        qputenv("http_proxy", proxyUrl(other));
        TransportConfig config = quickConfig();
        config.proxy = proxyUrl(*m_proxy);
        CurlTransport transport(config);
        const HttpResponse response = perform(transport, get(kTarget));
        QCOMPARE(response.body, QByteArray("answered by the proxy"));
        QVERIFY(other.requests().empty());
    }

    void emptyProxyMeansNone()
    {
        qputenv("http_proxy", proxyUrl(*m_proxy));
        TransportConfig config = quickConfig();
        config.proxy = QByteArray();
        CurlTransport transport(config);
        QCOMPARE(perform(transport, get(kTarget)).error, TransferError::Resolve);
        QVERIFY(m_proxy->requests().empty());
    }

    void httpsGoesThroughATunnelAndARefusalIsAProxyError()
    {
        qputenv("https_proxy", proxyUrl(*m_proxy));
        CurlTransport transport(quickConfig());
        HttpRequest request = get(QUrl(u"https://forum.outpost-proxy-test.invalid/latest.json"_s));
        request.credentials.append(HttpHeader{"User-Api-Key", "s3cret"});
        const HttpResponse response = perform(transport, request);
        QCOMPARE(response.error, TransferError::Proxy);
        const auto requests = m_proxy->requests();
        QCOMPARE(requests.size(), std::size_t(1));
        QVERIFY(requests.front().startsWith("CONNECT forum.outpost-proxy-test.invalid:443 "));
        // Inside a tunnel the proxy never sees the credentials.
        QVERIFY(!requests.front().contains("s3cret"));
    }

    void unreachableExplicitProxyIsAProxyError()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        TransportConfig config = quickConfig();
        config.proxy = "http://127.0.0.1:" + QByteArray::number(port);
        CurlTransport transport(config);
        QCOMPARE(perform(transport, get(kTarget)).error, TransferError::Proxy);
    }
};

QTEST_GUILESS_MAIN(TestCurlProxy)
#include "tst_curl_proxy.moc"
