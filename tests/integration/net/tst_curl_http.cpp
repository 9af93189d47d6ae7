#include "LoopbackHttpServer.h"
#include "OutpostVersion.h"
#include "RawTcpServer.h"
#include "TransferLoop.h"
#include "net/CurlTransport.h"
#include "net/ResponseDescription.h"

#include <QTcpServer>
#include <QTest>

#include <memory>
#include <set>
#include <thread>
#include <vector>
#include <zlib.h>

using namespace outpost;
using namespace outpost::net;
using namespace outpost::test;
using namespace std::chrono_literals;
using namespace Qt::Literals::StringLiterals;
using Then = RawTcpServer::Reply::Then;
using Status = QHttpServerResponder::StatusCode;

namespace {

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(
            static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(data.size())) + 32),
            Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = static_cast<uInt>(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(static_cast<qsizetype>(stream.total_out));
    deflateEnd(&stream);
    return out;
}

QByteArray sampleJson(int posts)
{
    QByteArray json = "{\"post_stream\":{\"posts\":[";
    for (int i = 0; i < posts; ++i) {
        if (i)
            json += ',';
        json += "{\"id\":" + QByteArray::number(1000 + i) +
                ",\"username\":\"field_implementer\",\"cooked\":\"<p>Data entry works offline "
                "when the DHIS2 app caches metadata first.</p>\",\"post_number\":" +
                QByteArray::number(i + 1) + "}";
    }
    return json + "]}}";
}

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
    config.stallTime = 2s;
    return config;
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace

class TestCurlHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { clearProxyEnvironment(); }

    void sendsUserAgentEncodingsAndHeaders()
    {
        LoopbackHttpServer server([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write("{}", "application/json");
        });
        CurlTransport transport;
        HttpRequest request = get(server.url(u"/latest.json?page=2"_s));
        request.headers.append(HttpHeader{"Accept", "application/json"});
        request.credentials.append(HttpHeader{"User-Api-Key", "0123abcd"});
        const HttpResponse response = perform(transport, request);

        QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        QCOMPARE(response.body, QByteArray("{}"));
        QCOMPARE(response.finalUrl, request.url);
        const auto received = server.requests();
        QCOMPARE(received.size(), std::size_t(1));
        const ReceivedRequest &got = received.front();
        QCOMPARE(got.path, u"/latest.json"_s);
        QCOMPARE(got.query, u"page=2"_s);
        QVERIFY(got.header("User-Agent")->startsWith("Outpost/" + QByteArray(kVersion) + " ("));
        const QByteArray encodings = got.header("Accept-Encoding").value_or(QByteArray());
        QVERIFY2(encodings.contains("gzip") && encodings.contains("br"), encodings.constData());
        QCOMPARE(got.header("Accept"), std::optional<QByteArray>("application/json"));
        QCOMPARE(got.header("User-Api-Key"), std::optional<QByteArray>("0123abcd"));
        QVERIFY(!got.header("Expect"));
    }

    void decodesGzipAndCountsCompressedBytes()
    {
        const QByteArray json = sampleJson(400);
        const QByteArray compressed = gzip(json);
        QVERIFY(compressed.size() * 10 < json.size());
        LoopbackHttpServer server([&](const QHttpServerRequest &,
                                      QHttpServerResponder &&responder) {
            responder.write(compressed,
                            {{"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}});
        });
        CurlTransport transport;
        const HttpResponse response = perform(transport, get(server.url(u"/t/1.json"_s)));
        QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        QCOMPARE(response.body, json);
        // On the wire: the compressed body plus the headers, not the decoded size.
        QVERIFY(response.bytesDown > compressed.size());
        QVERIFY(response.bytesDown < compressed.size() + 1'000);
    }

    void countsEveryByteOnTheWire_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("bodySize");
        QTest::addColumn<bool>("compressed");
        QTest::newRow("GET") << QByteArray("GET") << 0 << false;
        QTest::newRow("GET gzip") << QByteArray("GET") << 0 << true;
        QTest::newRow("POST small") << QByteArray("POST") << 300 << false;
        QTest::newRow("POST 200 KB") << QByteArray("POST") << 200'000 << true;
        QTest::newRow("PUT") << QByteArray("PUT") << 5'000 << false;
    }

    void countsEveryByteOnTheWire()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, bodySize);
        QFETCH(bool, compressed);
        const QByteArray json = sampleJson(50);
        RawTcpServer server([&](const QByteArray &) {
            if (compressed)
                return RawTcpServer::Reply{
                        rawHttpResponse(200, gzip(json), "Content-Encoding: gzip\r\n")};
            return RawTcpServer::Reply{rawHttpResponse(200, json)};
        });
        CurlTransport transport;
        HttpRequest request = get(server.url(u"/posts.json"_s));
        request.method = method;
        request.body = QByteArray(bodySize, 'r');
        request.contentType = "application/x-www-form-urlencoded";
        const HttpResponse response = perform(transport, request);
        QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        QCOMPARE(response.body, json);
        QVERIFY(response.requestSent);
        QCOMPARE(server.requests().size(), std::size_t(1));
        QVERIFY(server.requests().front().startsWith(method + ' '));
        QVERIFY(server.requests().front().endsWith(request.body));
        QCOMPARE(response.bytesUp, server.bytesReceived());
        QCOMPARE(response.bytesDown, server.bytesSent());
    }

    void reusesItsConnection()
    {
        LoopbackHttpServer server([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(sampleJson(3), "application/json");
        });
        CurlTransport transport;
        for (int i = 0; i < 6; ++i) {
            const HttpResponse response =
                    perform(transport, get(server.url(QStringLiteral("/t/%1.json").arg(i))));
            QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        }
        QCOMPARE(server.requests().size(), std::size_t(6));
        QCOMPARE(server.connectionCount(), 1);
    }

    void parallelTransfersShareTheMulti()
    {
        LoopbackHttpServer server([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(sampleJson(20), "application/json");
        });
        TransportConfig config;
        config.maxConnectionsPerHost = 2;
        CurlTransport transport(config);
        std::set<Transport::TransferId> open;
        for (int i = 0; i < 8; ++i)
            open.insert(transport.start(get(server.url(QStringLiteral("/t/%1.json").arg(i)))));
        QCOMPARE(transport.activeCount(), 8);
        while (!open.empty()) {
            for (auto &completion : transport.poll(1s)) {
                QVERIFY2(completion.response.isSuccess(),
                         qPrintable(completion.response.errorDetail));
                QVERIFY(open.erase(completion.id) == 1);
            }
        }
        QCOMPARE(transport.activeCount(), 0);
        QVERIFY(server.connectionCount() <= 2);
    }

    void parallelPlainRequestsDoNotWaitForTheFirstAnswer()
    {
        // Cleartext HTTP is HTTP/1.1 here: parallel requests each take a connection at once
        // instead of waiting for the first answer to tell whether its connection could be
        // multiplexed (CURLOPT_PIPEWAIT), which on an EDGE link held every start back by a
        // round trip. The server answers nothing until all of them have arrived.
        constexpr int kParallel = 3;
        auto held = std::make_shared<std::vector<QHttpServerResponder>>();
        held->reserve(kParallel);
        LoopbackHttpServer server(
                [held](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                    held->push_back(std::move(responder));
                    if (int(held->size()) < kParallel)
                        return;
                    for (QHttpServerResponder &waiting : *held)
                        waiting.write(sampleJson(2), "application/json");
                    held->clear();
                });
        TransportConfig config = quickConfig();
        config.maxConnectionsPerHost = kParallel;
        CurlTransport transport(config);
        std::set<Transport::TransferId> open;
        for (int i = 0; i < kParallel; ++i)
            open.insert(transport.start(get(server.url(QStringLiteral("/t/%1.json").arg(i)))));
        // Without the fix the transfers wait for each other for ever: give up after a while.
        for (int polls = 0; !open.empty() && polls < 20; ++polls) {
            for (auto &completion : transport.poll(500ms)) {
                QVERIFY2(completion.response.isSuccess(),
                         qPrintable(completion.response.errorDetail));
                open.erase(completion.id);
            }
        }
        for (Transport::TransferId id : open)
            transport.abort(id);
        QVERIFY2(open.empty(), "parallel requests waited for the first answer");
        QCOMPARE(server.connectionCount(), kParallel);
    }

    void postBodyArrivesWhole()
    {
        LoopbackHttpServer server([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write("{\"id\":77}", "application/json");
        });
        CurlTransport transport;
        HttpRequest request = get(server.url(u"/posts.json"_s));
        request.method = "POST";
        request.body = "raw=Hello%20from%20the%20bus&topic_id=12";
        request.contentType = "application/x-www-form-urlencoded";
        const HttpResponse response = perform(transport, request);
        QVERIFY(response.isSuccess());
        QVERIFY(response.requestSent);
        const ReceivedRequest got = server.requests().front();
        QCOMPARE(got.method, QByteArray("POST"));
        QCOMPARE(got.body, request.body);
        QCOMPARE(got.header("Content-Type"), std::optional<QByteArray>(request.contentType));
    }

    // libcurl re-sends a request once, silently, when a reused keep-alive connection dies
    // before any answer byte. For a POST the server may have acted on the first copy (here it
    // did, then dropped the connection), so writes go out on a connection of their own.
    void aWriteIsNeverResentOnAReusedConnection()
    {
        RawTcpServer server([](const QByteArray &request) {
            if (request.startsWith("POST"))
                return RawTcpServer::Reply{{}, Then::Close}; // acted on, then lost
            return RawTcpServer::Reply{rawHttpResponse(200, "{}")};
        });
        CurlTransport transport;
        QVERIFY(perform(transport, get(server.url(u"/site.json"_s))).isSuccess());
        HttpRequest post = get(server.url(u"/posts.json"_s));
        post.method = "POST";
        post.body = "raw=Sent+once";
        post.contentType = "application/x-www-form-urlencoded";
        const HttpResponse response = perform(transport, post);
        QCOMPARE(response.error, TransferError::ConnectionCut);
        QVERIFY(response.requestSent);
        int posts = 0;
        for (const QByteArray &request : server.requests())
            posts += request.startsWith("POST") ? 1 : 0;
        QCOMPARE(posts, 1);
        QCOMPARE(server.connectionCount(), 2); // the GET's, then the POST's own
        // Reads still reuse the connection they had.
        QVERIFY(perform(transport, get(server.url(u"/t/1.json"_s))).isSuccess());
        QVERIFY(perform(transport, get(server.url(u"/t/2.json"_s))).isSuccess());
        QCOMPARE(server.connectionCount(), 2);
    }

    void redirectWithinOriginKeepsCredentials()
    {
        std::unique_ptr<LoopbackHttpServer> server;
        server = std::make_unique<LoopbackHttpServer>(
                [&](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    if (request.url().path() == u"/start")
                        responder.write({{"Location", "/final?x=1"}}, Status::Found);
                    else
                        responder.write("done", "text/plain");
                });
        CurlTransport transport;
        HttpRequest request = get(server->url(u"/start"_s));
        request.credentials.append(HttpHeader{"User-Api-Key", "s3cret"});
        const HttpResponse response = perform(transport, request);
        QVERIFY(response.isSuccess());
        QCOMPARE(response.body, QByteArray("done"));
        QCOMPARE(response.finalUrl, server->url(u"/final?x=1"_s));
        const auto received = server->requests();
        QCOMPARE(received.size(), std::size_t(2));
        QCOMPARE(received[1].path, u"/final"_s);
        QCOMPARE(received[1].header("User-Api-Key"), std::optional<QByteArray>("s3cret"));
    }

    void redirectToAnotherOriginDropsCredentials()
    {
        LoopbackHttpServer elsewhere(
                [](const QHttpServerRequest &, QHttpServerResponder &&responder) {
                    responder.write("landed", "text/plain");
                });
        const QByteArray target = elsewhere.url(u"/landing"_s).toEncoded();
        LoopbackHttpServer forum([&](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write({{"Location", target}}, Status::PermanentRedirect);
        });
        CurlTransport transport;
        HttpRequest request = get(forum.url(u"/t/1.json"_s));
        request.headers.append(HttpHeader{"Accept", "application/json"});
        request.credentials.append(HttpHeader{"User-Api-Key", "s3cret"});
        request.credentials.append(HttpHeader{"User-Api-Client-Id", "outpost-1"});
        const HttpResponse response = perform(transport, request);
        QVERIFY(response.isSuccess());
        QCOMPARE(response.body, QByteArray("landed"));
        QCOMPARE(forum.requests().front().header("User-Api-Key"),
                 std::optional<QByteArray>("s3cret"));
        const auto landed = elsewhere.requests();
        QCOMPARE(landed.size(), std::size_t(1));
        QVERIFY(!landed.front().header("User-Api-Key"));
        QVERIFY(!landed.front().header("User-Api-Client-Id"));
        QCOMPARE(landed.front().header("Accept"), std::optional<QByteArray>("application/json"));
        // Both hops' bytes are counted.
        QVERIFY(response.bytesDown > 2 * 40);
    }

    void seeOtherTurnsAPostIntoAGet()
    {
        LoopbackHttpServer server(
                [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    if (request.method() == QHttpServerRequest::Method::Post)
                        responder.write({{"Location", "/t/5.json"}}, Status::SeeOther);
                    else
                        responder.write("{}", "application/json");
                });
        CurlTransport transport;
        HttpRequest request = get(server.url(u"/posts.json"_s));
        request.method = "POST";
        request.body = "raw=hi";
        const HttpResponse response = perform(transport, request);
        QVERIFY(response.isSuccess());
        QVERIFY(response.requestSent);
        const auto received = server.requests();
        QCOMPARE(received.size(), std::size_t(2));
        QCOMPARE(received[1].method, QByteArray("GET"));
        QVERIFY(received[1].body.isEmpty());
    }

    void redirectLoopStops()
    {
        LoopbackHttpServer server([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write({{"Location", "/again"}}, Status::Found);
        });
        CurlTransport transport;
        const HttpResponse response = perform(transport, get(server.url(u"/again"_s)));
        QCOMPARE(response.error, TransferError::TooManyRedirects);
        QCOMPARE(server.requests().size(), std::size_t(6)); // the first request and five hops
        QVERIFY(!describeForPeople(response).isEmpty());
    }

    void stallIsDetected()
    {
        RawTcpServer server([](const QByteArray &) {
            return RawTcpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789",
                                       Then::Silence};
        });
        CurlTransport transport(quickConfig());
        const HttpResponse response = perform(transport, get(server.url(u"/t/1.json"_s)));
        QCOMPARE(response.error, TransferError::Stalled);
        QVERIFY(response.requestSent);
        QVERIFY(response.body.isEmpty());
        QVERIFY(!response.errorDetail.isEmpty());
    }

    void cutMidBody()
    {
        RawTcpServer server([](const QByteArray &) {
            return RawTcpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789",
                                       Then::Close};
        });
        CurlTransport transport(quickConfig());
        const HttpResponse response = perform(transport, get(server.url(u"/t/1.json"_s)));
        QCOMPARE(response.error, TransferError::ConnectionCut);
        QCOMPARE(response.status, 200);
        QVERIFY(!response.isSuccess());
    }

    void refusedConnection()
    {
        CurlTransport transport(quickConfig());
        HttpRequest request = get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(closedPort())));
        request.method = "POST";
        request.body = "raw=x";
        const HttpResponse response = perform(transport, request);
        QCOMPARE(response.error, TransferError::Connect);
        QVERIFY(!response.requestSent); // safe to send again
        QCOMPARE(response.bytesUp, 0);
    }

    void unresolvableHost()
    {
        CurlTransport transport(quickConfig());
        const HttpResponse response =
                perform(transport, get(QUrl(u"http://outpost-no-such-host.invalid/latest.json"_s)));
        QCOMPARE(response.error, TransferError::Resolve);
        QVERIFY(!response.requestSent);
        QVERIFY(describeForPeople(response).contains(u"offline"_s));
    }

    void abortEndsASlowTransfer()
    {
        RawTcpServer server([](const QByteArray &) {
            return RawTcpServer::Reply{"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nabc",
                                       Then::Silence};
        });
        CurlTransport transport; // default stall time: 45 s
        HttpRequest request = get(server.url(u"/slow"_s));
        const Transport::TransferId id = transport.start(request);
        while (server.requests().empty())
            QVERIFY(transport.poll(50ms).empty());
        transport.abort(id);
        const auto completions = transport.poll(10min);
        QCOMPARE(completions.size(), std::size_t(1));
        QCOMPARE(completions.front().id, id);
        QCOMPARE(completions.front().response.error, TransferError::Cancelled);
        QVERIFY(completions.front().response.requestSent);
        QCOMPARE(transport.activeCount(), 0);
        transport.abort(id); // a finished id is ignored
    }

    void wakeUpEndsABlockedPoll()
    {
        RawTcpServer server([](const QByteArray &) {
            return RawTcpServer::Reply{{}, Then::Silence};
        });
        CurlTransport transport;
        const Transport::TransferId id = transport.start(get(server.url(u"/slow"_s)));
        std::thread waker([&] {
            while (server.requests().empty())
                std::this_thread::sleep_for(5ms);
            transport.wakeUp();
        });
        // Without the wake-up this would block for ten minutes and the test would time out.
        while (server.requests().empty())
            QVERIFY(transport.poll(10min).empty());
        waker.join();
        QCOMPARE(transport.activeCount(), 1);
        transport.abort(id);
        QCOMPARE(transport.poll(0ms).size(), std::size_t(1));
    }

    void badRequestsFailCleanly()
    {
        CurlTransport transport;
        HttpRequest injected = get(QUrl(u"http://127.0.0.1:1/"_s));
        injected.headers.append(HttpHeader{"X-Evil", "a\r\nHost: elsewhere"});
        HttpResponse response = perform(transport, injected);
        QCOMPARE(response.error, TransferError::Other);
        QVERIFY(response.errorDetail.contains(u"header"_s));

        response = perform(transport, get(QUrl(u"file:///etc/passwd"_s)));
        QCOMPARE(response.error, TransferError::Other);
        QVERIFY(response.body.isEmpty());
    }

    void refusesOversizedResponses()
    {
        LoopbackHttpServer server([](const QHttpServerRequest &, QHttpServerResponder &&responder) {
            responder.write(QByteArray(50'000, 'x'), "text/plain");
        });
        TransportConfig config;
        config.maxResponseBytes = 10'000;
        CurlTransport transport(config);
        const HttpResponse response = perform(transport, get(server.url(u"/big"_s)));
        QCOMPARE(response.error, TransferError::Other);
        QVERIFY(response.errorDetail.contains(u"10000"_s));
        QVERIFY(response.body.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurlHttp)
#include "tst_curl_http.moc"
