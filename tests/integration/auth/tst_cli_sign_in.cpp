// The whole User API Key sign-in, end to end: outpost-cli against the devserver over loopback,
// the test playing the person's web browser, the key kept by a real gnome-keyring (this test
// runs inside tests/support/with-keyring.sh).
#include "Clock.h"
#include "auth/CredentialStore.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace outpost;

class TestCliSignIn : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void signInUseAndSignOut();
    void wrongNonceIsRefused();
    void tamperedCodeIsRefused();
    void revokedKeyIsRefusedAtSignIn();

private:
    struct LoginRun
    {
        QProcess *cli = nullptr;
        QUrl consentUrl;
    };
    LoginRun startLogin();
    // The browser's part: open the consent page, change form fields if asked, press Authorize,
    // return the code the forum shows.
    QString approve(const QUrl &consentUrl, const QHash<QString, QString> &override = {});
    QByteArray http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QByteArray &contentType = {});
    QJsonArray userApiKeys();
    int liveKeys();
    int finish(QProcess *cli, const QByteArray &pasted, QByteArray *out, QByteArray *err);
    QStringList cliArgs(const QStringList &command) const;

    QProcess m_server;
    QUrl m_base;
    std::unique_ptr<QTemporaryDir> m_profile;
    QNetworkAccessManager m_browser;
    QByteArray m_logs; // everything the CLI wrote, to search for the key
};

void TestCliSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString devserver = qEnvironmentVariable("OUTPOST_DEVSERVER");
    QVERIFY2(!devserver.isEmpty(), "OUTPOST_DEVSERVER is not set");
    m_server.setProgram(devserver);
    m_server.setArguments(
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--generate"),
             QStringLiteral("categories=3,topics=20,posts=80"), QStringLiteral("--control"),
             QStringLiteral("--rate-limits"), QStringLiteral("off"), QStringLiteral("--quiet")});
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.start();
    QVERIFY(m_server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(m_server.canReadLine(), 20000);
    const QString first = QString::fromUtf8(m_server.readLine()).trimmed();
    QVERIFY2(first.startsWith(QLatin1String("listening on ")), qPrintable(first));
    m_base = QUrl(first.mid(13));
}

void TestCliSignIn::init()
{
    // Each case starts signed out (the keyring lives for the whole test program).
    auth::CredentialStore().removeBlocking(m_base.toString());
    m_profile = std::make_unique<QTemporaryDir>();
    SystemClock clock;
    store::Profile profile = store::Profile::open(m_profile->path());
    store::ForumRepository(profile.userDatabase(), clock)
            .add(m_base.toString(), QStringLiteral("Devserver"));
}

void TestCliSignIn::cleanupTestCase()
{
    m_server.terminate();
    m_server.waitForFinished();
}

QStringList TestCliSignIn::cliArgs(const QStringList &command) const
{
    return QStringList{QStringLiteral("--profile"), m_profile->path()} + command;
}

TestCliSignIn::LoginRun TestCliSignIn::startLogin()
{
    LoginRun run;
    run.cli = new QProcess(this);
    run.cli->setProgram(qEnvironmentVariable("OUTPOST_CLI"));
    run.cli->setArguments(cliArgs({QStringLiteral("login")}));
    run.cli->start();
    if (!run.cli->waitForStarted())
        return run;
    // The consent address is the line on stdout.
    QByteArray out;
    for (int i = 0; i < 200 && !out.contains('\n'); ++i) {
        run.cli->waitForReadyRead(100);
        out += run.cli->readAllStandardOutput();
        if (out.trimmed().isEmpty())
            out.clear();
    }
    m_logs += out;
    run.consentUrl = QUrl(QString::fromUtf8(out.trimmed()));
    return run;
}

QByteArray TestCliSignIn::http(const QByteArray &method, const QUrl &url, const QByteArray &body,
                               const QByteArray &contentType)
{
    QNetworkRequest request(url);
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = m_browser.sendCustomRequest(request, method, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    const QByteArray answer = reply->readAll();
    reply->deleteLater();
    return answer;
}

QString TestCliSignIn::approve(const QUrl &consentUrl, const QHash<QString, QString> &override)
{
    const QString page = QString::fromUtf8(http("GET", consentUrl));
    static const QRegularExpression input(
            QStringLiteral(R"re(<input type="hidden" name="([^"]+)" value="([^"]*)">)re"));
    QUrlQuery form;
    for (auto it = input.globalMatch(page); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        value.replace(QLatin1String("&quot;"), QLatin1String("\""))
                .replace(QLatin1String("&lt;"), QLatin1String("<"))
                .replace(QLatin1String("&gt;"), QLatin1String(">"))
                .replace(QLatin1String("&#39;"), QLatin1String("'"))
                .replace(QLatin1String("&amp;"), QLatin1String("&"));
        value = override.value(m.captured(1), value);
        form.addQueryItem(m.captured(1), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    if (form.isEmpty())
        return {};
    const QString shown = QString::fromUtf8(
            http("POST", m_base.resolved(QUrl(QStringLiteral("/user-api-key"))),
                 form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded"));
    static const QRegularExpression code(QStringLiteral("<code>([^<]+)</code>"));
    return code.match(shown).captured(1);
}

QJsonArray TestCliSignIn::userApiKeys()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
            http("GET", m_base.resolved(QUrl(QStringLiteral("/__devserver/user-api-keys")))));
    return doc.object().value(QLatin1String("user_api_keys")).toArray();
}

int TestCliSignIn::liveKeys()
{
    int live = 0;
    for (const QJsonValue &k : userApiKeys())
        live += k.toObject().value(QLatin1String("revoked")).toBool() ? 0 : 1;
    return live;
}

int TestCliSignIn::finish(QProcess *cli, const QByteArray &pasted, QByteArray *out, QByteArray *err)
{
    cli->write(pasted);
    cli->write("\n\n");
    cli->closeWriteChannel();
    cli->waitForFinished(30000);
    *out = cli->readAllStandardOutput();
    *err = cli->readAllStandardError();
    m_logs += *out + *err;
    return cli->exitStatus() == QProcess::NormalExit ? cli->exitCode() : -1;
}

void TestCliSignIn::signInUseAndSignOut()
{
    LoginRun run = startLogin();
    QVERIFY(run.consentUrl.isValid());
    QCOMPARE(run.consentUrl.path(), QStringLiteral("/user-api-key/new"));
    QCOMPARE(QUrlQuery(run.consentUrl).queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded),
             QStringLiteral("read,write"));

    const QString code = approve(run.consentUrl);
    QVERIFY(!code.isEmpty());
    QByteArray out, err;
    QCOMPARE(finish(run.cli, code.toLatin1(), &out, &err), 0);
    QVERIFY2(out.contains("Signed in to"), out + err);

    // The key is in the keychain, and the forum knows it (one live key for this client).
    auth::CredentialStore keychain;
    const auto [key, outcome] = keychain.loadBlocking(m_base.toString());
    QVERIFY(key);
    QVERIFY(key->size() >= 32);
    QCOMPARE(liveKeys(), 1);

    // The key must not be anywhere on disk in the profile, nor in anything the CLI printed.
    QDirIterator it(m_profile->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(*key), qPrintable(f.fileName()));
        QVERIFY2(!content.contains(key->toHex()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
    QVERIFY(!m_logs.contains(*key));

    // Sign out: the forum revokes the key and the keychain forgets it.
    QProcess logout;
    logout.start(qEnvironmentVariable("OUTPOST_CLI"), cliArgs({QStringLiteral("logout")}));
    QVERIFY(logout.waitForFinished(30000));
    const QByteArray logoutOut = logout.readAllStandardOutput() + logout.readAllStandardError();
    QVERIFY(!logoutOut.contains(*key));
    QCOMPARE(logout.exitCode(), 0);
    QVERIFY(logoutOut.contains("Signed out"));
    QVERIFY(!auth::CredentialStore().loadBlocking(m_base.toString()).first);
    QCOMPARE(liveKeys(), 0);
}

void TestCliSignIn::wrongNonceIsRefused()
{
    LoginRun run = startLogin();
    QVERIFY(run.consentUrl.isValid());
    const QString code = approve(run.consentUrl,
                                 {{QStringLiteral("nonce"), QStringLiteral("0123456789abcdef")}});
    QVERIFY(!code.isEmpty());
    QByteArray out, err;
    QCOMPARE(finish(run.cli, code.toLatin1(), &out, &err), 1);
    QVERIFY2(err.contains("another sign-in attempt"), err);
    QVERIFY(!auth::CredentialStore().loadBlocking(m_base.toString()).first);
}

void TestCliSignIn::tamperedCodeIsRefused()
{
    LoginRun run = startLogin();
    QVERIFY(run.consentUrl.isValid());
    const QString code = approve(run.consentUrl);
    QByteArray raw = QByteArray::fromBase64(code.toLatin1());
    QVERIFY(raw.size() > 100);
    raw[40] = char(raw[40] ^ 0x21);
    QByteArray out, err;
    QCOMPARE(finish(run.cli, raw.toBase64(), &out, &err), 1);
    QVERIFY2(err.contains("could not be read"), err);
    QVERIFY(!auth::CredentialStore().loadBlocking(m_base.toString()).first);
}

void TestCliSignIn::revokedKeyIsRefusedAtSignIn()
{
    // The forum revokes the key between the browser step and the paste (e.g. an admin acted):
    // the CLI checks the key before keeping it, and refuses a dead one.
    LoginRun run = startLogin();
    const QString code = approve(run.consentUrl);
    // (Refused sign-ins above left keys on the forum too: the forum made them, we dropped them.)
    QVERIFY(liveKeys() >= 1);
    for (const QJsonValue &k : userApiKeys()) {
        const QJsonObject key = k.toObject();
        if (!key.value(QLatin1String("revoked")).toBool())
            http("POST",
                 m_base.resolved(QUrl(QStringLiteral("/__devserver/user-api-keys/%1/revoke")
                                              .arg(key.value(QLatin1String("id")).toInteger()))));
    }
    QByteArray out, err;
    QCOMPARE(finish(run.cli, code.toLatin1(), &out, &err), 1);
    QVERIFY2(err.contains("did not accept"), err);
    QCOMPARE(liveKeys(), 0);
    QVERIFY(!auth::CredentialStore().loadBlocking(m_base.toString()).first);
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_sign_in.moc"
