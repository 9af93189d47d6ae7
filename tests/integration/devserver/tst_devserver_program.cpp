// outpost-devserver as a program: its first line, one log line per request, its flags, TLS
// and a clean stop on SIGTERM and SIGINT.
#include "HttpProbe.h"

#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <csignal>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Running
{
    std::unique_ptr<QProcess> process;
    QString firstLine;
    quint16 port = 0;
};

Running start(const QStringList &args,
              const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    Running r;
    r.process = std::make_unique<QProcess>();
    r.process->setProcessEnvironment(env);
    r.process->start(qEnvironmentVariable("OUTPOST_DEVSERVER"), args);
    if (!r.process->waitForStarted(10000))
        return r;
    while (!r.process->canReadLine() && r.process->waitForReadyRead(30000)) {
    }
    r.firstLine = QString::fromUtf8(r.process->readLine()).chopped(1);
    r.port = quint16(r.firstLine.section(u':', -1).toUInt());
    return r;
}

int stop(Running &r, int signal = SIGTERM)
{
    ::kill(pid_t(r.process->processId()), signal);
    if (!r.process->waitForFinished(10000))
        return -1;
    return r.process->exitStatus() == QProcess::NormalExit ? r.process->exitCode() : -2;
}

// A throwaway self-signed certificate for 127.0.0.1.
bool writeSelfSigned(const QString &certPath, const QString &keyPath)
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
            EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)), EVP_PKEY_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(X509_new(), X509_free);
    if (!key || !cert)
        return false;
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 1);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    X509_NAME *name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>("127.0.0.1"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (!X509_sign(cert.get(), key.get(), EVP_sha256()))
        return false;
    auto write = [](const QString &path, auto writer) {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(
                BIO_new_file(path.toLocal8Bit().constData(), "w"), BIO_free);
        return bio && writer(bio.get());
    };
    return write(certPath, [&](BIO *b) { return PEM_write_bio_X509(b, cert.get()) == 1; }) &&
           write(keyPath, [&](BIO *b) {
               return PEM_write_bio_PrivateKey(b, key.get(), nullptr, nullptr, 0, nullptr,
                                               nullptr) == 1;
           });
}

} // namespace

class TestDevserverProgram : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("OUTPOST_DEVSERVER"))); }

    void printsWhereItListensLogsRequestsAndStopsOnSigterm()
    {
        Running r = start(
                {u"--port"_s, u"0"_s, u"--generate"_s, u"categories=4,topics=30,posts=120"_s});
        QVERIFY2(QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:\\d+$"_s)
                         .match(r.firstLine)
                         .hasMatch(),
                 qPrintable(r.firstLine));
        QVERIFY(r.port > 0);
        HttpProbe probe(r.port);
        QCOMPARE(probe.request("GET", "/latest.json").status, 200);
        QCOMPARE(probe.request("GET", "/t/999999.json").status, 404);
        probe.close();
        QCOMPARE(stop(r), 0);
        const QString log = QString::fromUtf8(r.process->readAllStandardError());
        QVERIFY2(
                log.contains(QRegularExpression(
                        u"\\n?\\d+ GET /latest\\.json 200 \\d+B \\d+ms 127\\.0\\.0\\.1 anonymous\\n"_s)),
                qPrintable(log));
        QVERIFY(log.contains(u"GET /t/999999.json 404"_s));
        QCOMPARE(r.process->readAllStandardOutput(), QByteArray()); // nothing after the first line
    }

    void stopsOnSigintToo()
    {
        Running r = start({u"--quiet"_s});
        QVERIFY(r.port > 0);
        QCOMPARE(stop(r, SIGINT), 0);
        QVERIFY(!r.process->readAllStandardError().contains(" GET "));
    }

    void badArgumentsAreExplained_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("generate") << QStringList{u"--generate"_s, u"topics=lots"_s}
                                  << u"bad value"_s;
        QTest::newRow("rate limits")
                << QStringList{u"--rate-limits"_s, u"maybe"_s} << u"on or off"_s;
        QTest::newRow("fault") << QStringList{u"--fault"_s, u".*=explode"_s} << u"unknown kind"_s;
        QTest::newRow("port") << QStringList{u"--port"_s, u"99999"_s} << u"0..65535"_s;
        QTest::newRow("tls half") << QStringList{u"--tls-cert"_s, u"x.pem"_s} << u"go together"_s;
    }

    void badArgumentsAreExplained()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QProcess p;
        p.start(qEnvironmentVariable("OUTPOST_DEVSERVER"), args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(u"outpost-devserver: "_s) && err.contains(message),
                 qPrintable(err));
        QVERIFY(p.readAllStandardOutput().isEmpty());
    }

    void faultsFromTheCommandLine()
    {
        Running r = start({u"--quiet"_s, u"--fault"_s, u"GET ^/latest\\.json$=status:503,count=1"_s,
                           u"--fault"_s, u"GET ^/site\\.json$=cut:10"_s});
        HttpProbe probe(r.port);
        QCOMPARE(probe.request("GET", "/latest.json").status, 503);
        QCOMPARE(probe.request("GET", "/latest.json").status, 200);
        const ProbeResponse cut = probe.request("GET", "/site.json");
        QCOMPARE(cut.body.size(), 10);
        QVERIFY(cut.closedByServer);
        QCOMPARE(stop(r), 0);
    }

    void controlApiOnlyWhenAskedAndAdminKeyFromTheEnvironment()
    {
        Running off = start({u"--quiet"_s});
        QCOMPARE(HttpProbe(off.port).request("GET", "/__devserver/status").status, 404);
        QCOMPARE(stop(off), 0);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OUTPOST_DEVSERVER_ADMIN_API_KEY"_s, u"env-admin-key"_s);
        Running on = start({u"--quiet"_s, u"--control"_s}, env);
        HttpProbe probe(on.port);
        QCOMPARE(probe.request("GET", "/__devserver/status").status, 200);
        const ProbeResponse me =
                probe.request("GET", "/session/current.json", {{"Api-Key", "env-admin-key"}});
        QCOMPARE(me.status, 200);
        QVERIFY(me.json().object()[u"current_user"_s].toObject()[u"admin"_s].toBool());
        QCOMPARE(probe.request("GET", "/session/current.json", {{"Api-Key", "wrong"}}).status, 403);
        QCOMPARE(stop(on), 0);
    }

    void rateLimitFlags()
    {
        Running tight = start({u"--quiet"_s, u"--ip-per-10s"_s, u"3"_s});
        HttpProbe probe(tight.port);
        QList<int> statuses;
        for (int i = 0; i < 4; ++i)
            statuses << probe.request("GET", "/site/basic-info.json").status;
        QCOMPARE(statuses, (QList<int>{200, 200, 200, 429}));
        QCOMPARE(stop(tight), 0);

        Running off = start({u"--quiet"_s, u"--rate-limits"_s, u"off"_s});
        HttpProbe free(off.port);
        int limited = 0;
        for (int i = 0; i < 120; ++i)
            limited += free.request("GET", "/site/basic-info.json").status == 429;
        QCOMPARE(limited, 0);
        QCOMPARE(stop(off), 0);
    }

    void seedAndNowMakeTheForumReproducible()
    {
        const QStringList args{u"--quiet"_s,
                               u"--generate"_s,
                               u"categories=5,topics=50,posts=300"_s,
                               u"--seed"_s,
                               u"9"_s,
                               u"--now"_s,
                               u"2025-01-01T00:00:00Z"_s};
        Running a = start(args);
        Running b = start(args);
        QByteArray bodies[2];
        for (int i = 0; i < 2; ++i) {
            HttpProbe probe(i ? b.port : a.port);
            bodies[i] = probe.request("GET", "/latest.json").body +
                        probe.request("GET", "/t/20.json").body;
        }
        QCOMPARE(bodies[0], bodies[1]);
        QVERIFY(bodies[0].contains("\"created_at\":\"2024-"));
        QCOMPARE(stop(a), 0);
        QCOMPARE(stop(b), 0);
    }

    void servesFixtures()
    {
        const QString dir = qEnvironmentVariable("OUTPOST_FIXTURES_DIR");
        Running r = start({u"--quiet"_s, u"--fixtures"_s, dir});
        QFile topic(dir + u"/responses/discourse_api/topic.json"_s);
        QVERIFY(topic.open(QIODevice::ReadOnly));
        QCOMPARE(HttpProbe(r.port).request("GET", "/t/57.json").body, topic.readAll());
        QCOMPARE(stop(r), 0);
    }

    void servesHttpsWithTheGivenCertificate()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QTemporaryDir dir;
        const QString cert = dir.filePath(u"cert.pem"_s);
        const QString key = dir.filePath(u"key.pem"_s);
        QVERIFY(writeSelfSigned(cert, key));
        Running r = start({u"--quiet"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key});
        QVERIFY2(r.firstLine.startsWith(u"listening on https://127.0.0.1:"_s),
                 qPrintable(r.firstLine));
        HttpProbe probe(r.port, true);
        const ProbeResponse first = probe.request("GET", "/latest.json");
        QCOMPARE(first.status, 200);
        QVERIFY(first.json().isObject());
        QCOMPARE(probe.request("GET", "/site.json").status, 200);
        QCOMPARE(probe.connectionsOpened(), 1);
        QCOMPARE(stop(r), 0);
    }
};

QTEST_GUILESS_MAIN(TestDevserverProgram)
#include "tst_devserver_program.moc"
