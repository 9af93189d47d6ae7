// A forum served over HTTPS by a certificate authority the system does not know (a private
// forum, a company CA): Outpost refuses it with a clear sentence, and talks to it once the
// person configured that CA for the forum. TLS verification itself is never turned off.
#include "Clock.h"
#include "TestPki.h"
#include "discourse/ResponseParsers.h"
#include "session/ForumConnection.h"
#include "session/SingleRequest.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;

class TestForumTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const auto server = m_pki.issueServerCertificate(QStringLiteral("localhost"), true);
        m_caFile = m_dir.filePath(QStringLiteral("forum-ca.pem"));
        writeFile(m_caFile, m_pki.caCertificatePem());
        writeFile(m_dir.filePath(QStringLiteral("server.pem")), server.certificatePem);
        writeFile(m_dir.filePath(QStringLiteral("server.key")), server.privateKeyPem);

        m_server.setProgram(qEnvironmentVariable("OUTPOST_DEVSERVER"));
        m_server.setArguments(
                {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
                 QStringLiteral("categories=2,topics=5,posts=20"), QStringLiteral("--tls-cert"),
                 m_dir.filePath(QStringLiteral("server.pem")), QStringLiteral("--tls-key"),
                 m_dir.filePath(QStringLiteral("server.key")), QStringLiteral("--quiet")});
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start();
        QVERIFY(m_server.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 20000);
        const QString first = QString::fromUtf8(m_server.readLine()).trimmed();
        QVERIFY2(first.startsWith(QLatin1String("listening on https://")), qPrintable(first));
        m_url = first.mid(13);
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        m_server.waitForFinished();
    }

    void unknownAuthorityIsRefusedUntilConfigured()
    {
        QTemporaryDir profileDir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(profileDir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        const store::Forum forum = forums.add(m_url, QStringLiteral("Private forum"));

        {
            session::ConnectionOptions options;
            options.verifyCache = true;
            session::ForumConnection connection(profile, forum, clock, options);
            const net::HttpResponse response =
                    session::performSingleRequest(connection, connection.api().site());
            QCOMPARE(response.error, net::TransferError::Tls);
            QCOMPARE(response.status, 0);
            const QString sentence = session::describeFailure(response);
            QVERIFY2(sentence.contains(QLatin1String("identity could not be verified")),
                     qPrintable(sentence));
        }

        forums.setSetting(forum.id, session::forum_settings::kCaFile, m_caFile);
        session::ForumConnection connection(profile, forum, clock, {});
        const net::HttpResponse response =
                session::performSingleRequest(connection, connection.api().site());
        QVERIFY2(response.isSuccess(), qPrintable(response.errorDetail));
        const auto site = discourse::parseSite(response.body);
        QVERIFY(site.ok());
        QVERIFY(!site.value().categories.isEmpty());
    }

    void anotherAuthorityIsStillRefused()
    {
        // Trusting one private CA does not mean trusting any: a certificate from a second,
        // unrelated authority is refused even with the first one configured.
        test::TestPki other(QStringLiteral("Somebody else's CA"));
        const QString otherCa = m_dir.filePath(QStringLiteral("other-ca.pem"));
        writeFile(otherCa, other.caCertificatePem());

        QTemporaryDir profileDir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(profileDir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        const store::Forum forum = forums.add(m_url, QString());
        forums.setSetting(forum.id, session::forum_settings::kCaFile, otherCa);
        session::ConnectionOptions options;
        options.verifyCache = true;
        session::ForumConnection connection(profile, forum, clock, options);
        QCOMPARE(session::performSingleRequest(connection, connection.api().site()).error,
                 net::TransferError::Tls);
    }

private:
    static void writeFile(const QString &path, const QByteArray &data)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
    }

    QTemporaryDir m_dir;
    test::TestPki m_pki{QStringLiteral("Outpost test forum CA")};
    QString m_caFile;
    QProcess m_server;
    QString m_url;
};

QTEST_GUILESS_MAIN(TestForumTls)
#include "tst_forum_tls.moc"
