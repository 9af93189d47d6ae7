#include "LoopbackHttpServer.h"
#include "RawTcpServer.h"
#include "TestPki.h"
#include "TransferLoop.h"
#include "net/CurlTransport.h"
#include "net/ResponseDescription.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;

namespace {

HttpRequest get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.credentials.append(HttpHeader{"User-Api-Key", "s3cret"});
    return request;
}

LoopbackHttpServer::Handler hello()
{
    return [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
        responder.write("hello over TLS", "text/plain");
    };
}

LoopbackHttpServer::Tls credentials(TestPki &pki, const QString &host = u"localhost"_s,
                                    bool withLoopbackIp = true)
{
    const auto issued = pki.issueServerCertificate(host, withLoopbackIp);
    return {issued.certificatePem, issued.privateKeyPem};
}

} // namespace

class TestCurlTls : public QObject
{
    Q_OBJECT

    QString writeFile(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        clearProxyEnvironment();
    }

    void unknownAuthorityIsRefused()
    {
        TestPki pki(u"Outpost Test CA (unknown)"_s);
        LoopbackHttpServer server(hello(), credentials(pki));
        CurlTransport transport;
        const HttpResponse response = perform(transport, get(server.url(u"/"_s)));
        QCOMPARE(response.error, TransferError::Tls);
        QCOMPARE(response.status, 0);
        QVERIFY(response.body.isEmpty());
        QVERIFY2(response.errorDetail.contains(u"certificate"_s, Qt::CaseInsensitive),
                 qPrintable(response.errorDetail));
        QVERIFY(describeForPeople(response).contains(u"certificate authority"_s));
        // Nothing reached the server: no HTTP request was made over the refused connection.
        QVERIFY(server.requests().empty());
    }

    void configuredAuthorityIsTrusted()
    {
        TestPki pki(u"Outpost Test CA (configured)"_s);
        LoopbackHttpServer server(hello(), credentials(pki));
        TransportConfig config;
        config.extraCaFile = writeFile(u"configured-ca.pem"_s, pki.caCertificatePem());
        QVERIFY(!config.extraCaFile.isEmpty());
        CurlTransport transport(config);
        const HttpResponse response = perform(transport, get(server.url(u"/"_s)));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        QCOMPARE(response.body, QByteArray("hello over TLS"));
        QCOMPARE(server.requests().front().header("User-Api-Key"),
                 std::optional<QByteArray>("s3cret"));
    }

    void systemAuthoritiesStayTrustedBesideTheConfiguredOne()
    {
        // "System" stands for the public CAs: a bundle file the transport is pointed at, as it
        // is at /etc/ssl/certs/ca-certificates.crt by default.
        TestPki publicPki(u"Outpost Test public CA"_s);
        TestPki privatePki(u"Outpost Test organisation CA"_s);
        LoopbackHttpServer publicSite(hello(), credentials(publicPki));
        LoopbackHttpServer privateSite(hello(), credentials(privatePki));
        const QString systemBundle = writeFile(u"system.pem"_s, publicPki.caCertificatePem());
        const QString extra = writeFile(u"organisation.pem"_s, privatePki.caCertificatePem());

        TransportConfig systemOnly;
        systemOnly.systemCaBundle = systemBundle;
        systemOnly.extraCaFile = writeFile(
                u"unrelated.pem"_s, TestPki(u"Outpost Test unrelated CA"_s).caCertificatePem());
        CurlTransport withoutOrganisation(systemOnly);
        QVERIFY(perform(withoutOrganisation, get(publicSite.url(u"/"_s))).isSuccess());
        QCOMPARE(perform(withoutOrganisation, get(privateSite.url(u"/"_s))).error,
                 TransferError::Tls);

        TransportConfig both;
        both.systemCaBundle = systemBundle;
        both.extraCaFile = extra;
        CurlTransport transport(both);
        const HttpResponse fromPublic = perform(transport, get(publicSite.url(u"/"_s)));
        QVERIFY2(fromPublic.isSuccess(), qPrintable(fromPublic.errorDetail));
        const HttpResponse fromPrivate = perform(transport, get(privateSite.url(u"/"_s)));
        QVERIFY2(fromPrivate.isSuccess(), qPrintable(fromPrivate.errorDetail));
    }

    void wrongHostNameIsRefused()
    {
        TestPki pki(u"Outpost Test CA (names)"_s);
        LoopbackHttpServer server(hello(), credentials(pki, u"forum.example.org"_s, false));
        TransportConfig config;
        config.extraCaFile = writeFile(u"names-ca.pem"_s, pki.caCertificatePem());
        CurlTransport transport(config);
        const HttpResponse response = perform(transport, get(server.url(u"/"_s)));
        QCOMPARE(response.error, TransferError::Tls);
        QVERIFY(server.requests().empty());
    }

    void unusableCaFileFailsClosed()
    {
        TestPki pki(u"Outpost Test CA (broken file)"_s);
        LoopbackHttpServer server(hello(), credentials(pki));
        for (const QString &path : {m_dir.filePath(u"missing.pem"_s),
                                    writeFile(u"not-pem.pem"_s, "this is not a certificate")}) {
            TransportConfig config;
            config.extraCaFile = path;
            CurlTransport transport(config);
            const HttpResponse response = perform(transport, get(server.url(u"/"_s)));
            QCOMPARE(response.error, TransferError::Tls);
            QVERIFY2(response.errorDetail.contains(path), qPrintable(response.errorDetail));
        }
        QVERIFY(server.requests().empty());
    }

    void handshakeThatNeverCompletesIsAConnectFailure()
    {
        // Accepts the TCP connection and then says nothing, like a dead middlebox.
        RawTcpServer silent([](const QByteArray &) { return RawTcpServer::Reply{}; });
        TransportConfig config;
        config.connectTimeout = 1s;
        CurlTransport transport(config);
        const HttpResponse response = perform(
                transport, get(QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(silent.port()))));
        QCOMPARE(response.error, TransferError::Connect);
        QVERIFY(!response.requestSent);
        QVERIFY(silent.bytesReceived() > 0); // the ClientHello went out
    }
};

QTEST_GUILESS_MAIN(TestCurlTls)
#include "tst_curl_tls.moc"
