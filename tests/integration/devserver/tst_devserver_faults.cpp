// Each fault the devserver injects, observed on a real socket: what reaches the client, byte
// for byte, and what happened on the server. Timing checks are lower bounds only (a fault
// must never be gentler than asked); nothing asserts that anything is fast.
#include "HttpProbe.h"
#include "devserver/FaultPlan.h"
#include "devserver/ServerThread.h"

#include <QTest>

#include <zlib.h>

using namespace devserver;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray gunzip(const QByteArray &data, bool *ok)
{
    z_stream zs{};
    *ok = inflateInit2(&zs, 15 + 16) == Z_OK;
    QByteArray out;
    char buffer[8192];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    int rc = Z_OK;
    while (*ok && rc == Z_OK) {
        zs.next_out = reinterpret_cast<Bytef *>(buffer);
        zs.avail_out = sizeof buffer;
        rc = inflate(&zs, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - zs.avail_out));
    }
    inflateEnd(&zs);
    *ok = *ok && rc == Z_STREAM_END;
    return out;
}

bool isJson(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

} // namespace

class TestDevserverFaults : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerThread> m_server;
    QByteArray m_key;

    void addFault(const QString &spec)
    {
        QString error;
        const std::optional<FaultRule> rule = FaultPlan::parse(spec, &error);
        QVERIFY2(rule, qPrintable(error));
        m_server->invoke([&](Server &s) { s.faults().add(*rule); });
    }
    QString lastFault()
    {
        return m_server->invoke([](Server &s) {
            const auto &records = s.requestLog().records();
            return records.empty() ? QString() : records.back().fault;
        });
    }

private slots:
    void initTestCase()
    {
        ServerThread::Config config;
        config.spec = *GenerateSpec::parse(u"categories=6,topics=60,posts=400"_s, nullptr);
        config.spec.seed = 5;
        config.settings.limits.enabled = false;
        config.settings.logToStderr = false;
        m_server = std::make_unique<ServerThread>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_key = m_server->invoke([](Server &s) {
            return s.auth().mintUserApiKey(5, u"faults"_s, u"fault tests"_s,
                                           {u"read"_s, u"write"_s}, s.clock().nowMs());
        });
    }

    void cleanup()
    {
        m_server->invoke([](Server &s) {
            s.faults().clear();
            s.resetCounters();
        });
    }

    void keepAliveWithExactContentLength()
    {
        HttpProbe probe(m_server->port());
        const ProbeResponse a = probe.request("GET", "/latest.json");
        const ProbeResponse b = probe.request("GET", "/site.json");
        QCOMPARE(a.status, 200);
        QCOMPARE(b.status, 200);
        QVERIFY(a.complete());
        QVERIFY(b.complete());
        QVERIFY(a.json().isObject());
        QCOMPARE(probe.connectionsOpened(), 1);
        QCOMPARE(a.header("Connection"), "keep-alive");
    }

    void connectionCloseIsHonoured()
    {
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("GET", "/site.json", {{"Connection", "close"}});
        QVERIFY(r.complete());
        QCOMPARE(r.header("Connection"), "close");
        QVERIFY(!probe.moreDataWithin(2000));
        QVERIFY(!probe.isOpen());
    }

    void gzipOnlyWhenAskedAndLargeEnough()
    {
        HttpProbe probe(m_server->port());
        const ProbeResponse plain = probe.request("GET", "/latest.json");
        const ProbeResponse zipped =
                probe.request("GET", "/latest.json", {{"Accept-Encoding", "gzip, deflate"}});
        QCOMPARE(zipped.header("Content-Encoding"), "gzip");
        QVERIFY(zipped.complete());
        QVERIFY(zipped.body.size() < plain.body.size() / 3);
        bool ok = false;
        QCOMPARE(gunzip(zipped.body, &ok), plain.body);
        QVERIFY(ok);
        const ProbeResponse small =
                probe.request("GET", "/site/basic-info.json", {{"Accept-Encoding", "gzip"}});
        QVERIFY(small.body.size() < 1000);
        QVERIFY(small.header("Content-Encoding").isEmpty());
        QVERIFY(small.json().isObject());
    }

    void headHasLengthButNoBody()
    {
        HttpProbe probe(m_server->port());
        const ProbeResponse head = probe.request("HEAD", "/latest.json");
        QCOMPARE(head.status, 200);
        QVERIFY(head.header("Content-Length").toInt() > 1000);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(probe.request("GET", "/site.json").status, 200); // the connection is still in sync
    }

    void latencyDelaysTheFirstByte()
    {
        addFault(u"GET ^/site\\.json$=latency:400,count=1"_s);
        HttpProbe probe(m_server->port());
        const ProbeResponse slow = probe.request("GET", "/site.json");
        QVERIFY(slow.complete());
        QVERIFY2(slow.firstByteMs >= 400, qPrintable(QString::number(slow.firstByteMs)));
        QCOMPARE(lastFault(), u"latency:400"_s);
        probe.request("GET", "/site.json");
        QCOMPARE(lastFault(), QString()); // count=1: used up
    }

    void bandwidthCapPacesTheWholeResponse()
    {
        addFault(u"GET ^/latest\\.json$=bandwidth:20000"_s);
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("GET", "/latest.json");
        QVERIFY(r.complete());
        // 20,000 B/s in 1,000-byte steps: all but the first step wait their turn.
        const qint64 total = r.body.size() + 200;
        const qint64 floorMs = (total / 1000 - 1) * 50;
        QVERIFY2(r.elapsedMs >= floorMs,
                 qPrintable(u"%1 ms for %2 B"_s.arg(r.elapsedMs).arg(total)));
        QVERIFY(r.bodyReads > 3);
    }

    void cutAfterBodyBytes()
    {
        addFault(u"GET ^/t/.*=cut:200"_s);
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("GET", "/t/12.json");
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentLength > 200);
        QCOMPARE(r.body.size(), 200);
        QVERIFY(r.closedByServer);
        QVERIFY(!r.complete());
        QVERIFY(!m_server->invoke(
                [](Server &s) { return s.requestLog().records().back().complete; }));
    }

    void serverErrorsLookLikeTheirSource_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("marker");
        QTest::newRow("500 from Rails") << 500 << "application/json"_ba
                                        << "\"error\":\"Internal Server Error\""_ba;
        QTest::newRow("502 from nginx") << 502 << "text/html"_ba
                                        << "<center><h1>502 Bad Gateway</h1></center>"_ba;
        QTest::newRow("503 from nginx") << 503 << "text/html"_ba
                                        << "<center>nginx</center>"_ba;
        QTest::newRow("504 from nginx") << 504 << "text/html"_ba
                                        << "504 Gateway Timeout"_ba;
    }

    void serverErrorsLookLikeTheirSource()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, marker);
        addFault(u"^/latest\\.json$=status:%1,count=1"_s.arg(status));
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("GET", "/latest.json");
        QCOMPARE(r.status, status);
        QVERIFY(r.complete());
        QVERIFY(r.header("Content-Type").startsWith(contentType));
        QVERIFY2(r.body.contains(marker), r.body.constData());
        QCOMPARE(probe.request("GET", "/latest.json").status, 200);
    }

    void stormOf429ThenRecovery()
    {
        addFault(u"GET .*=storm:7,count=3"_s);
        HttpProbe probe(m_server->port());
        for (int i = 0; i < 3; ++i) {
            const ProbeResponse r = probe.request("GET", "/latest.json");
            QCOMPARE(r.status, 429);
            QCOMPARE(r.header("Retry-After"), "7");
            const QJsonObject body = r.json().object();
            QCOMPARE(body.value(u"error_type"_s).toString(), u"rate_limit"_s);
            QCOMPARE(body.value(u"extras"_s).toObject().value(u"wait_seconds"_s).toInt(), 7);
        }
        QCOMPARE(probe.request("GET", "/latest.json").status, 200);
    }

    void truncatedJsonIsAShortButCompleteResponse()
    {
        HttpProbe probe(m_server->port());
        const QByteArray whole = probe.request("GET", "/t/7.json").body;
        addFault(u"GET ^/t/7\\.json$=truncate"_s);
        const ProbeResponse r = probe.request("GET", "/t/7.json");
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete()); // Content-Length matches what was sent: HTTP is fine, JSON is not
        QCOMPARE(r.body.size(), whole.size() / 2);
        QVERIFY(whole.startsWith(r.body));
        QVERIFY(!isJson(r.body));
    }

    void invalidJsonAndHtmlInPlaceOfJson()
    {
        addFault(u"GET ^/latest\\.json$=invalid-json,count=1"_s);
        addFault(u"GET ^/site\\.json$=html200,count=1"_s);
        HttpProbe probe(m_server->port());
        const ProbeResponse invalid = probe.request("GET", "/latest.json");
        QCOMPARE(invalid.status, 200);
        QVERIFY(invalid.complete());
        QVERIFY(!isJson(invalid.body));
        const ProbeResponse portal = probe.request("GET", "/site.json");
        QCOMPARE(portal.status, 200);
        QVERIFY(portal.header("Content-Type").startsWith("text/html"));
        QVERIFY(!isJson(portal.body));
    }

    void slowDripDeliversEverythingInSmallPieces()
    {
        addFault(u"GET ^/site/basic-info\\.json$=drip:100:60"_s);
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("GET", "/site/basic-info.json");
        QVERIFY(r.complete());
        QVERIFY(r.json().isObject());
        const qint64 total = r.body.size() + 200; // headers drip too
        QVERIFY2(r.elapsedMs >= (total / 100 - 1) * 60, qPrintable(QString::number(r.elapsedMs)));
        QVERIFY(r.bodyReads >= r.body.size() / 100 - 1);
    }

    void acceptedButResponseLost()
    {
        addFault(u"POST ^/posts\\.json$=lost,count=1"_s);
        const int before = m_server->invoke([](Server &s) { return s.forum().maxPostId(); });
        const QByteArray raw = "A reply whose answer never reaches the client.";
        const QByteArray form =
                "topic_id=12&raw=" + QUrl::toPercentEncoding(QString::fromLatin1(raw));
        const QList<QPair<QByteArray, QByteArray>> headers{
                {"User-Api-Key", m_key}, {"Content-Type", "application/x-www-form-urlencoded"}};
        HttpProbe probe(m_server->port());
        const ProbeResponse lost = probe.request("POST", "/posts.json", headers, form);
        QVERIFY(!lost.gotHeaders);
        QVERIFY(lost.body.isEmpty());
        QVERIFY(lost.closedByServer);
        // ...but the post landed.
        const QString landed = m_server->invoke([&](Server &s) {
            return s.forum().maxPostId() == before + 1 ? s.forum().raw(*s.forum().post(before + 1))
                                                       : QString();
        });
        QCOMPARE(landed, QString::fromLatin1(raw));
        // Sending it again is what Discourse calls a duplicate.
        HttpProbe retry(m_server->port());
        const ProbeResponse again = retry.request("POST", "/posts.json", headers, form);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.json().object().value(u"errors"_s).toArray().first().toString(),
                 u"Body is too similar to what you recently posted"_s);
    }

    void stallSendsHeadersThenNothing()
    {
        addFault(u"GET ^/latest\\.json$=stall,count=1"_s);
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("GET", "/latest.json", {}, {}, 500);
        QVERIFY(r.gotHeaders);
        QCOMPARE(r.status, 200);
        QVERIFY(r.contentLength > 0);
        QVERIFY(r.body.isEmpty());
        QVERIFY(!probe.moreDataWithin(300));
    }

    void rulesMatchMethodAndPath()
    {
        addFault(u"POST ^/posts\\.json$=status:503"_s);
        HttpProbe probe(m_server->port());
        QCOMPARE(probe.request("GET", "/posts.json").status, 200);
        QCOMPARE(probe.request("GET", "/t/3.json").status, 200);
    }

    void randomFaultsAreReproducibleFromTheSeed()
    {
        auto run = [&] {
            m_server->invoke([](Server &s) {
                s.faults().clear();
                s.resetCounters();
                s.faults().setRandom(42, 0.5,
                                     {FaultKind::Latency, FaultKind::Status, FaultKind::Truncate,
                                      FaultKind::InvalidJson, FaultKind::Html200});
            });
            HttpProbe probe(m_server->port());
            QStringList faults;
            for (int i = 0; i < 24; ++i) {
                probe.request("GET", "/site/basic-info.json");
                faults << lastFault();
            }
            return faults;
        };
        const QStringList first = run();
        const QStringList second = run();
        QCOMPARE(first, second);
        const auto faulted = std::count_if(first.begin(), first.end(),
                                           [](const QString &f) { return !f.isEmpty(); });
        QVERIFY2(faulted > 4 && faulted < 20, qPrintable(first.join(u'|')));
    }

    void faultSpecsAreCheckedAndExplained_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("cut") << u"GET ^/t/.*=cut:200,count=3"_s << true;
        QTest::newRow("regex with = and ,") << u"^/a{1,2}=b=latency:10"_s << true;
        QTest::newRow("drip") << u".*=drip:10:20,p=0.5"_s << true;
        QTest::newRow("unknown kind") << u".*=explode"_s << false;
        QTest::newRow("bad regex") << u"(=cut:1"_s << false;
        QTest::newRow("status not 5xx") << u".*=status:404"_s << false;
        QTest::newRow("drip without interval") << u".*=drip:10"_s << false;
        QTest::newRow("no kind") << u"^/latest"_s << false;
    }

    void faultSpecsAreCheckedAndExplained()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        const auto rule = FaultPlan::parse(spec, &error);
        QCOMPARE(rule.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void controlApiSetsAndClearsFaults()
    {
        HttpProbe probe(m_server->port());
        const QByteArray json = R"({"spec":"GET ^/latest\\.json$=status:502"})";
        const ProbeResponse added = probe.request("POST", "/__devserver/faults",
                                                  {{"Content-Type", "application/json"}}, json);
        QCOMPARE(added.status, 200);
        QCOMPARE(probe.request("GET", "/latest.json").status, 502);
        QCOMPARE(probe.request("DELETE", "/__devserver/faults").status, 200);
        QCOMPARE(probe.request("GET", "/latest.json").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestDevserverFaults)
#include "tst_devserver_faults.moc"
