// The link simulator between a real client socket and a real devserver: bandwidth and RTT
// slow a transfer by at least what the link allows, bytes are counted exactly, loss cuts
// connections, outages refuse and cut them, and the program reports what it carried.
#include "HttpProbe.h"
#include "devserver/ServerThread.h"
#include "linksim/LinkSimulator.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace devserver;
using namespace Qt::Literals::StringLiterals;

namespace {

// The simulator on its own thread, so the test can block on its sockets.
class LinkThread
{
public:
    LinkThread(quint16 target, const LinkProfile &profile, quint64 seed = 1)
    {
        m_anchor = new QObject;
        m_anchor->moveToThread(&m_thread);
        m_thread.start();
        call([&] {
            m_link = new LinkSimulator(QHostAddress::LocalHost, target, profile, seed);
            m_link->listen(QHostAddress::LocalHost, 0, nullptr);
            m_port = m_link->port();
        });
    }
    ~LinkThread()
    {
        call([&] {
            delete m_link;
            delete m_anchor;
        });
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    LinkSimulator::Stats stats()
    {
        LinkSimulator::Stats s;
        call([&] { s = m_link->stats(); });
        return s;
    }
    bool linkUp()
    {
        bool up = false;
        call([&] { up = m_link->linkUp(); });
        return up;
    }

private:
    template <typename F>
    void call(F &&f)
    {
        QMetaObject::invokeMethod(m_anchor, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }
    QThread m_thread;
    QObject *m_anchor = nullptr;
    LinkSimulator *m_link = nullptr;
    quint16 m_port = 0;
};

qint64 requestBytes(const QByteArray &method, const QByteArray &path, const QByteArray &body = {})
{
    // What HttpProbe writes for a request with no extra headers.
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty() || method == "POST")
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out.size() + 2 + body.size();
}

qint64 responseBytes(const ProbeResponse &r)
{
    qint64 head = QByteArray("HTTP/1.1 200 OK\r\n").size() + 2;
    for (const auto &h : r.headers)
        head += h.first.size() + 2 + h.second.size() + 2;
    return head + r.body.size();
}

} // namespace

class TestLinkSim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerThread> m_server;

private slots:
    void initTestCase()
    {
        ServerThread::Config config;
        config.spec = *GenerateSpec::parse(u"categories=5,topics=60,posts=400"_s, nullptr);
        config.settings.limits.enabled = false;
        config.settings.logToStderr = false;
        m_server = std::make_unique<ServerThread>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void namedProfilesFromTheDesignNotes()
    {
        const auto edge = LinkProfile::byName(u"edge"_s);
        QVERIFY(edge);
        QCOMPARE(edge->downKbps, 240);
        QCOMPARE(edge->rttMs, 840);
        const auto bad = LinkProfile::byName(u"2g-bad"_s);
        QCOMPARE(bad->downKbps, 50);
        QCOMPARE(bad->rttMs, 500);
        QCOMPARE(bad->loss, 0.05);
        const auto g3 = LinkProfile::byName(u"3g"_s);
        QCOMPARE(g3->downKbps, 750);
        QCOMPARE(g3->rttMs, 100);
        const auto outage = LinkProfile::byName(u"outage"_s);
        QCOMPARE(outage->outageUpSeconds, 30);
        QCOMPARE(outage->outageDownSeconds, 90);
        QVERIFY(!LinkProfile::byName(u"5g"_s));
    }

    void downlinkRateAndRttSlowAResponseAndBytesAreCounted()
    {
        LinkProfile p;
        p.downKbps = 400;
        p.rttMs = 300;
        LinkThread link(m_server->port(), p);
        HttpProbe probe(link.port());
        const ProbeResponse r = probe.request("GET", "/latest.json");
        QCOMPARE(r.status, 200);
        QVERIFY(r.complete());
        const qint64 down = responseBytes(r);
        // Handshake (1 RTT) + request up (RTT/2) + response down (RTT/2) + bits / rate.
        const qint64 floorMs = p.rttMs * 2 + down * 8 / p.downKbps;
        QVERIFY2(r.elapsedMs >= floorMs,
                 qPrintable(u"%1 ms < %2 ms for %3 B"_s.arg(r.elapsedMs).arg(floorMs).arg(down)));
        QTRY_COMPARE(link.stats().bytesDown, down);
        QCOMPARE(link.stats().bytesUp, requestBytes("GET", "/latest.json"));
        QVERIFY(link.stats().busyDownMs >= down * 8 / p.downKbps - 1);
        // A second request on the same connection pays no handshake, only the round trip.
        const ProbeResponse again = probe.request("GET", "/site/basic-info.json");
        QVERIFY(again.elapsedMs >= p.rttMs);
        QCOMPARE(link.stats().connections, 1);
    }

    void uplinkRateSlowsAnUpload()
    {
        LinkProfile p;
        p.upKbps = 80;
        LinkThread link(m_server->port(), p);
        HttpProbe probe(link.port());
        const QByteArray body(6000, 'x');
        const ProbeResponse r = probe.request("POST", "/posts.json", {}, body);
        QCOMPARE(r.status, 403); // anonymous: Discourse's not_logged_in, after the upload
        QVERIFY2(r.elapsedMs >= qint64(body.size()) * 8 / p.upKbps,
                 qPrintable(QString::number(r.elapsedMs)));
        QTRY_COMPARE(link.stats().bytesUp, requestBytes("POST", "/posts.json", body));
    }

    void heavyLossCutsConnectionsAndNoLossNever()
    {
        LinkProfile lossy;
        lossy.loss = 0.7;
        LinkThread bad(m_server->port(), lossy, 3);
        int cutSeen = 0;
        for (int i = 0; i < 10; ++i) {
            HttpProbe probe(bad.port());
            const ProbeResponse r = probe.request("GET", "/site/basic-info.json");
            cutSeen += !r.complete();
        }
        QVERIFY(cutSeen > 0);
        QTRY_VERIFY(bad.stats().cuts >= cutSeen);
        QVERIFY(bad.stats().retransmissions > 0);

        LinkThread clean(m_server->port(), LinkProfile{});
        for (int i = 0; i < 10; ++i)
            QVERIFY(HttpProbe(clean.port()).request("GET", "/site/basic-info.json").complete());
        QCOMPARE(clean.stats().cuts, 0);
    }

    void outagesRefuseAndCutThenRecover()
    {
        LinkProfile p;
        p.outageUpSeconds = 1;
        p.outageDownSeconds = 3;
        LinkThread link(m_server->port(), p);
        QTRY_VERIFY(link.linkUp());
        HttpProbe held(link.port());
        QVERIFY(held.request("GET", "/site/basic-info.json").complete());
        QTRY_VERIFY_WITH_TIMEOUT(!link.linkUp(), 5000);
        // The open connection was cut when the link went down...
        QTRY_VERIFY(link.stats().cuts >= 1);
        QVERIFY(!held.request("GET", "/site/basic-info.json").complete());
        // ...and a new one is refused while it is down.
        const int refusedBefore = link.stats().refused;
        QVERIFY(!HttpProbe(link.port()).request("GET", "/site/basic-info.json").complete());
        QCOMPARE(link.stats().refused, refusedBefore + 1);
        QTRY_VERIFY_WITH_TIMEOUT(link.linkUp(), 8000);
        QVERIFY(HttpProbe(link.port()).request("GET", "/site/basic-info.json").complete());
    }

    void theProgramReportsWhatItCarried()
    {
        QProcess p;
        p.start(qEnvironmentVariable("OUTPOST_LINKSIM"),
                {u"--target"_s, u"127.0.0.1:%1"_s.arg(m_server->port()), u"--profile"_s, u"3g"_s});
        QVERIFY(p.waitForStarted());
        while (!p.canReadLine() && p.waitForReadyRead(10000)) {
        }
        const QString first = QString::fromUtf8(p.readLine()).trimmed();
        const auto m = QRegularExpression(u"^listening on 127\\.0\\.0\\.1:(\\d+)$"_s).match(first);
        QVERIFY2(m.hasMatch(), qPrintable(first));
        HttpProbe probe(quint16(m.captured(1).toUInt()));
        const ProbeResponse r = probe.request("GET", "/latest.json");
        QVERIFY(r.complete());
        probe.close();
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(u"3g: down 750 kbit/s"_s), qPrintable(err));
        QVERIFY2(err.contains(u"totals: down %1 B, up %2 B, 1 connections"_s.arg(responseBytes(r))
                                      .arg(requestBytes("GET", "/latest.json"))),
                 qPrintable(err));
    }

    void theProgramRejectsBadArguments()
    {
        QProcess p;
        p.start(qEnvironmentVariable("OUTPOST_LINKSIM"), {u"--target"_s, u"nowhere"_s});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("--target must be HOST:PORT"));
    }
};

QTEST_GUILESS_MAIN(TestLinkSim)
#include "tst_linksim.moc"
