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
#include <QTcpServer>
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
    void handBackSignsIn();
    void handBackWithAnyPortUnderTheOlderRule();
    void handBackWithWrongNonceIsRefused();
    void handBackTamperedIsRefused();
    void handBackNotAllowedFallsBackToPaste();

private:
    struct LoginRun
    {
        QProcess *cli = nullptr;
        QUrl consentUrl;
    };
    LoginRun startLogin(const QStringList &extra = {});
    // The browser with the hand-back: approve on the consent page, and return where the forum
    // redirects (not followed).
    QUrl approveForRedirect(const QUrl &consentUrl, const QHash<QString, QString> &override = {});
    // The browser following that redirect to the receiver: status and page.
    QPair<int, QByteArray> follow(const QUrl &location);
    void allowRedirects(const QStringList &patterns,
                        const QString &rule = QStringLiteral("current"));
    static quint16 freePort();
    void checkKeyNeverLeaks(const QByteArray &key);
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

TestCliSignIn::LoginRun TestCliSignIn::startLogin(const QStringList &extra)
{
    LoginRun run;
    run.cli = new QProcess(this);
    run.cli->setProgram(qEnvironmentVariable("OUTPOST_CLI"));
    run.cli->setArguments(cliArgs(QStringList{QStringLiteral("login")} + extra));
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

QUrl TestCliSignIn::approveForRedirect(const QUrl &consentUrl,
                                       const QHash<QString, QString> &override)
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
    if (!form.hasQueryItem(QStringLiteral("auth_redirect")))
        return {};
    QNetworkRequest request(m_base.resolved(QUrl(QStringLiteral("/user-api-key"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_browser.post(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    reply->deleteLater();
    if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 302)
        return {};
    return QUrl::fromEncoded(reply->rawHeader("Location"));
}

QPair<int, QByteArray> TestCliSignIn::follow(const QUrl &location)
{
    QNetworkRequest request(location);
    QNetworkReply *reply = m_browser.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return {status ? status : -int(reply->error()), reply->readAll()};
}

void TestCliSignIn::allowRedirects(const QStringList &patterns, const QString &rule)
{
    const QJsonObject settings{{QStringLiteral("allowed_user_api_auth_redirects"),
                                QJsonArray::fromStringList(patterns)},
                               {QStringLiteral("auth_redirect_rule"), rule}};
    http("PUT", m_base.resolved(QUrl(QStringLiteral("/__devserver/settings"))),
         QJsonDocument(settings).toJson(), "application/json");
}

quint16 TestCliSignIn::freePort()
{
    // The forum allows one exact port: find one free now (the CLI binds it right after).
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void TestCliSignIn::checkKeyNeverLeaks(const QByteArray &key)
{
    QVERIFY(key.size() >= 32);
    QDirIterator it(m_profile->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(key), qPrintable(f.fileName()));
        QVERIFY2(!content.contains(key.toHex()), qPrintable(f.fileName()));
        ++files;
    }
    QVERIFY(files > 0);
    QVERIFY(!m_logs.contains(key));
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

void TestCliSignIn::handBackSignsIn()
{
    const quint16 port = freePort();
    QVERIFY(port != 0);
    const QString address = QStringLiteral("http://127.0.0.1:%1/outpost-auth").arg(port);
    allowRedirects({address});
    const QStringList args{QStringLiteral("--redirect"), QStringLiteral("--redirect-port"),
                           QString::number(port)};
    LoginRun run = startLogin(args);
    QVERIFY(run.consentUrl.isValid());
    QCOMPARE(QUrlQuery(run.consentUrl)
                     .queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded),
             address);

    const QUrl location = approveForRedirect(run.consentUrl);
    QVERIFY(location.isValid());
    QCOMPARE(location.port(), int(port));
    QVERIFY(QUrlQuery(location).hasQueryItem(QStringLiteral("payload")));
    const auto [status, page] = follow(location);
    QCOMPARE(status, 200);
    QVERIFY2(page.contains("go back to Outpost"), page);

    // Nothing is pasted: stdin stays open, and the CLI finishes on the hand-back alone.
    QVERIFY(run.cli->waitForFinished(30000));
    const QByteArray out = run.cli->readAllStandardOutput();
    const QByteArray err = run.cli->readAllStandardError();
    m_logs += out + err + location.toEncoded();
    QCOMPARE(run.cli->exitCode(), 0);
    QVERIFY2(out.contains("Signed in to"), out + err);
    QVERIFY2(err.contains("handed the key back"), err);

    // The receiver took one request: the same address again finds nobody.
    const auto [again, ignored] = follow(location);
    QCOMPARE(again, -int(QNetworkReply::ConnectionRefusedError));

    const auto [key, outcome] = auth::CredentialStore().loadBlocking(m_base.toString());
    QVERIFY(key);
    QCOMPARE(liveKeys(), 1);
    checkKeyNeverLeaks(*key);
    // The command line held only the port (the key did not exist yet when it was made).
    QVERIFY(!run.cli->arguments().join(u' ').toUtf8().contains(*key));
}

void TestCliSignIn::handBackWithAnyPortUnderTheOlderRule()
{
    // Discourse before its stricter WildcardUrlChecker: one pattern allows every port.
    allowRedirects({QStringLiteral("http://127.0.0.1:*/outpost-auth")}, QStringLiteral("legacy"));
    LoginRun run = startLogin(
            {QStringLiteral("--redirect"), QStringLiteral("--redirect-port"), QStringLiteral("0")});
    const QUrl redirect(
            QUrlQuery(run.consentUrl)
                    .queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded));
    QCOMPARE(redirect.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(redirect.port() > 0);
    const QUrl location = approveForRedirect(run.consentUrl);
    QCOMPARE(location.port(), redirect.port());
    QCOMPARE(follow(location).first, 200);
    QVERIFY(run.cli->waitForFinished(30000));
    m_logs += run.cli->readAllStandardOutput() + run.cli->readAllStandardError();
    QCOMPARE(run.cli->exitCode(), 0);
    const auto [key, outcome] = auth::CredentialStore().loadBlocking(m_base.toString());
    QVERIFY(key);
    checkKeyNeverLeaks(*key);
}

void TestCliSignIn::handBackWithWrongNonceIsRefused()
{
    const quint16 port = freePort();
    allowRedirects({QStringLiteral("http://127.0.0.1:%1/outpost-auth").arg(port)});
    LoginRun run = startLogin({QStringLiteral("--redirect"), QStringLiteral("--redirect-port"),
                               QString::number(port)});
    const QUrl location = approveForRedirect(
            run.consentUrl, {{QStringLiteral("nonce"), QStringLiteral("0123456789abcdef")}});
    QVERIFY(location.isValid());
    // (QVERIFY2 evaluates its message even when the check passes: reading stderr there
    // would take the refusal this test looks for below.)
    QCOMPARE(follow(location).first, 200);
    QVERIFY(run.cli->waitForFinished(30000));
    const QByteArray err = run.cli->readAllStandardError();
    m_logs += run.cli->readAllStandardOutput() + err;
    QCOMPARE(run.cli->exitCode(), 1);
    QVERIFY2(err.contains("another sign-in attempt"), err);
    QVERIFY(!auth::CredentialStore().loadBlocking(m_base.toString()).first);
}

void TestCliSignIn::handBackTamperedIsRefused()
{
    const quint16 port = freePort();
    allowRedirects({QStringLiteral("http://127.0.0.1:%1/outpost-auth").arg(port)});
    LoginRun run = startLogin({QStringLiteral("--redirect"), QStringLiteral("--redirect-port"),
                               QString::number(port)});
    QUrl location = approveForRedirect(run.consentUrl);
    QVERIFY(location.isValid());
    // Someone on the way flips bits of the encrypted payload.
    QUrlQuery query(location);
    QByteArray raw = QByteArray::fromBase64(
            query.queryItemValue(QStringLiteral("payload"), QUrl::FullyDecoded).toLatin1());
    QVERIFY(raw.size() > 100);
    raw[40] = char(raw[40] ^ 0x21);
    query.removeAllQueryItems(QStringLiteral("payload"));
    query.addQueryItem(QStringLiteral("payload"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                          QString::fromLatin1(raw.toBase64()))));
    location.setQuery(query);
    QCOMPARE(follow(location).first, 200);
    QVERIFY(run.cli->waitForFinished(30000));
    const QByteArray err = run.cli->readAllStandardError();
    m_logs += run.cli->readAllStandardOutput() + err;
    QCOMPARE(run.cli->exitCode(), 1);
    QVERIFY2(err.contains("could not be read"), err);
    QVERIFY(!auth::CredentialStore().loadBlocking(m_base.toString()).first);
}

void TestCliSignIn::handBackNotAllowedFallsBackToPaste()
{
    // The forum's default list has no loopback address (and under today's rule a '*' port
    // allows nothing): the CLI says why and asks for the code to paste.
    allowRedirects({QStringLiteral("https://api.discourse.org/api/auth_redirect"),
                    QStringLiteral("http://127.0.0.1:*/outpost-auth")});
    LoginRun run = startLogin({QStringLiteral("--redirect")});
    QVERIFY(run.consentUrl.isValid());
    QVERIFY(!QUrlQuery(run.consentUrl).hasQueryItem(QStringLiteral("auth_redirect")));
    const QString code = approve(run.consentUrl);
    QVERIFY(!code.isEmpty());
    QByteArray out, err;
    QCOMPARE(finish(run.cli, code.toLatin1(), &out, &err), 0);
    QVERIFY2(err.contains("does not allow Outpost to receive the key by itself"), err);
    QVERIFY2(err.contains("allowed_user_api_auth_redirects"), err);
    QVERIFY2(out.contains("Signed in to"), out + err);
    const auto [key, outcome] = auth::CredentialStore().loadBlocking(m_base.toString());
    QVERIFY(key);
    checkKeyNeverLeaks(*key);
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_sign_in.moc"
