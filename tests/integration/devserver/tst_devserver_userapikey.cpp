// The server side of Discourse's User API Key flow, checked with OpenSSL the way a client
// would: make an RSA key pair, ask for a key, decrypt the payload, check the nonce, use the
// key; plus redirects, scopes, client ids and revocation.
#include "HttpProbe.h"
#include "devserver/ServerThread.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <memory>

using namespace devserver;
using namespace Qt::Literals::StringLiterals;

using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

struct KeyPair
{
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key{nullptr, EVP_PKEY_free};

    static KeyPair generate()
    {
        KeyPair k;
        k.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
        return k;
    }
    QByteArray publicPem(bool pkcs1 = false) const
    {
        std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), BIO_free);
        if (pkcs1) {
            std::unique_ptr<OSSL_ENCODER_CTX, decltype(&OSSL_ENCODER_CTX_free)> enc(
                    OSSL_ENCODER_CTX_new_for_pkey(key.get(), EVP_PKEY_PUBLIC_KEY, "PEM",
                                                  "type-specific", nullptr),
                    OSSL_ENCODER_CTX_free);
            if (!enc || !OSSL_ENCODER_to_bio(enc.get(), bio.get()))
                return {};
        } else if (!PEM_write_bio_PUBKEY(bio.get(), key.get())) {
            return {};
        }
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, size);
    }
    QByteArray decrypt(const QByteArray &cipher) const
    {
        std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
                EVP_PKEY_CTX_new(key.get(), nullptr), EVP_PKEY_CTX_free);
        size_t length = 0;
        const auto *in = reinterpret_cast<const unsigned char *>(cipher.constData());
        if (EVP_PKEY_decrypt_init(ctx.get()) <= 0 ||
            EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0 ||
            EVP_PKEY_decrypt(ctx.get(), nullptr, &length, in, size_t(cipher.size())) <= 0)
            return {};
        QByteArray out(qsizetype(length), Qt::Uninitialized);
        if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &length, in,
                             size_t(cipher.size())) <= 0)
            return {};
        out.resize(qsizetype(length));
        return out;
    }
    // What a client does with a payload: strip whitespace, base64-decode, decrypt, parse.
    QJsonObject open(QByteArray payload) const
    {
        payload.replace('\n', "").replace(' ', "");
        return QJsonDocument::fromJson(decrypt(QByteArray::fromBase64(payload))).object();
    }
};

QByteArray form(const QList<QPair<QString, QString>> &fields)
{
    QByteArray out;
    for (const auto &[k, v] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(k) + '=' + QUrl::toPercentEncoding(v);
    }
    return out;
}

} // namespace

class TestDevserverUserApiKey : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerThread> m_server;
    KeyPair m_pair;

    QList<QPair<QString, QString>> params(const QString &clientId,
                                          const QString &nonce = u"7a1c9e"_s,
                                          const QString &scopes = u"read,write"_s,
                                          bool pkcs1 = false)
    {
        return {{u"application_name"_s, u"Outpost"_s},
                {u"client_id"_s, clientId},
                {u"scopes"_s, scopes},
                {u"public_key"_s, QString::fromLatin1(m_pair.publicPem(pkcs1))},
                {u"nonce"_s, nonce}};
    }
    ProbeResponse authorize(const QList<QPair<QString, QString>> &fields, bool json = true)
    {
        HttpProbe probe(m_server->port());
        Headers h{{"Content-Type", "application/x-www-form-urlencoded"}};
        if (json)
            h.append(qMakePair(QByteArray("Accept"), QByteArray("application/json")));
        return probe.request("POST", "/user-api-key", h, form(fields));
    }
    QByteArray keyFrom(const ProbeResponse &r)
    {
        return m_pair.open(r.json().object()[u"payload"_s].toString().toLatin1())[u"key"_s]
                .toString()
                .toLatin1();
    }
    int statusWith(const QByteArray &key, const QByteArray &path = "/session/current.json",
                   const Headers &extra = {})
    {
        HttpProbe probe(m_server->port());
        Headers h{{"User-Api-Key", key}};
        h.append(extra);
        return probe.request("GET", path, h).status;
    }

private slots:
    void initTestCase()
    {
        ServerThread::Config config;
        config.spec = *GenerateSpec::parse(u"categories=4,topics=30,posts=150"_s, nullptr);
        config.settings.limits.enabled = false;
        config.settings.logToStderr = false;
        m_server = std::make_unique<ServerThread>(config);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_pair = KeyPair::generate();
        QVERIFY(m_pair.key);
        QVERIFY(m_pair.publicPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(m_pair.publicPem(true).startsWith("-----BEGIN RSA PUBLIC KEY-----"));
    }

    void init()
    {
        m_server->invoke([](Server &s) {
            s.settings() = [&] {
                ServerSettings fresh;
                fresh.limits.enabled = false;
                fresh.logToStderr = false;
                return fresh;
            }();
        });
    }

    void probeAdvertisesApiVersion4()
    {
        HttpProbe probe(m_server->port());
        const ProbeResponse r = probe.request("HEAD", "/user-api-key/new");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("Auth-Api-Version"), "4");
    }

    void consentPageForWhoeverIsLoggedIn()
    {
        const QByteArray query = form(params(u"page"_s));
        HttpProbe probe(m_server->port());
        const ProbeResponse page = probe.request("GET", "/user-api-key/new?" + query);
        QCOMPARE(page.status, 200);
        QVERIFY(page.header("Content-Type").startsWith("text/html"));
        const QString first =
                m_server->invoke([](Server &s) { return s.forum().user(1)->username; });
        QVERIFY(page.body.contains(
                "<form id=\"authorize\" method=\"post\" action=\"/user-api-key\">"));
        QVERIFY(page.body.contains("@" + first.toUtf8()));
        QVERIFY(page.body.contains("name=\"nonce\" value=\"7a1c9e\""));

        const QString other =
                m_server->invoke([](Server &s) { return s.forum().user(7)->username; });
        const ProbeResponse set = probe.request("PUT", "/__devserver/browser-user",
                                                {{"Content-Type", "application/json"}},
                                                "{\"username\":\"" + other.toUtf8() + "\"}");
        QVERIFY2(set.status == 200, set.body.constData());
        QVERIFY(probe.request("GET", "/user-api-key/new?" + query)
                        .body.contains("@" + other.toUtf8()));

        probe.request("PUT", "/__devserver/browser-user", {{"Content-Type", "application/json"}},
                      R"({"username":null})");
        const ProbeResponse loggedOut = probe.request("GET", "/user-api-key/new?" + query);
        QCOMPARE(loggedOut.status, 302);
        QCOMPARE(loggedOut.header("Location"), "/login");
    }

    void badRequestsAreRefused()
    {
        auto fields = params(u"bad"_s);
        fields.removeLast(); // no nonce
        const ProbeResponse missing = authorize(fields);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.json().object()[u"errors"_s].toArray().first().toString(),
                 u"param is missing or the value is empty: nonce"_s);
        QCOMPARE(authorize(params(u"bad"_s, u"n"_s, u"read,admin"_s)).status, 403);
        auto notAKey = params(u"bad"_s);
        notAKey[3].second = u"-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"_s;
        QCOMPARE(authorize(notAKey).status, 400);
        // A nonce too long for RSA-2048 with PKCS#1 v1.5 (245 bytes) is an error, not a key.
        const int before =
                m_server->invoke([](Server &s) { return int(s.auth().toJson().size()); });
        QCOMPARE(authorize(params(u"bad"_s, QString(250, u'x'))).status, 400);
        QCOMPARE(m_server->invoke([](Server &s) { return int(s.auth().toJson().size()); }), before);
    }

    void jsonPayloadDecryptsToAWorkingKey()
    {
        const ProbeResponse r = authorize(params(u"json"_s, u"0ddba11"_s));
        QCOMPARE(r.status, 200);
        const QJsonObject body = r.json().object();
        QCOMPARE(body.keys(), (QStringList{u"instructions"_s, u"payload"_s}));
        QVERIFY(body[u"instructions"_s].toString().contains(u"\"Outpost\""_s));
        const QString payload = body[u"payload"_s].toString();
        QVERIFY(payload.endsWith(u'\n'));
        for (const QString &line : payload.split(u'\n', Qt::SkipEmptyParts).mid(0, 5))
            QVERIFY(line.size() <= 60);
        const QJsonObject opened = m_pair.open(payload.toLatin1());
        QCOMPARE(opened[u"nonce"_s].toString(), u"0ddba11"_s);
        QCOMPARE(opened[u"api"_s].toInt(), 4);
        QCOMPARE(opened[u"push"_s].toBool(true), false);
        const QByteArray key = opened[u"key"_s].toString().toLatin1();
        QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(QString::fromLatin1(key)).hasMatch());
        HttpProbe probe(m_server->port());
        const QJsonObject me =
                probe.request("GET", "/session/current.json", {{"User-Api-Key", key}})
                        .json()
                        .object()[u"current_user"_s]
                        .toObject();
        QCOMPARE(me[u"id"_s].toInt(), 1);
        // Only a hash of the key is kept.
        const bool storedInClear = m_server->invoke([&](Server &s) {
            const UserApiKeyRecord *k = s.auth().find(key);
            return !k || k->keyHash == key || k->keyHash != sha256Hex(key);
        });
        QVERIFY(!storedInClear);
    }

    void pkcs1PublicKeysWorkToo()
    {
        const ProbeResponse r = authorize(params(u"pkcs1"_s, u"abc"_s, u"read"_s, true));
        QCOMPARE(r.status, 200);
        QCOMPARE(statusWith(keyFrom(r)), 200);
    }

    void htmlPageShowsThePayloadToPaste()
    {
        const ProbeResponse r = authorize(params(u"html"_s, u"p4ste"_s), false);
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("please paste the following key into your application:"));
        const auto m =
                QRegularExpression(u"<code>([^<]+)</code>"_s).match(QString::fromUtf8(r.body));
        QVERIFY(m.hasMatch());
        QCOMPARE(m_pair.open(m.captured(1).toLatin1())[u"nonce"_s].toString(), u"p4ste"_s);
    }

    void redirectsOnlyToAllowedUrls()
    {
        auto withRedirect = [&](const QString &url) {
            auto fields = params(u"redirect"_s, u"r3d"_s);
            fields.append(qMakePair(u"auth_redirect"_s, url));
            return authorize(fields, false);
        };
        const ProbeResponse r = withRedirect(u"discourse://auth_redirect"_s);
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromLatin1(r.header("Location")));
        QCOMPARE(location.scheme(), u"discourse"_s);
        const QString payload =
                QUrlQuery(location).queryItemValue(u"payload"_s, QUrl::FullyDecoded);
        QCOMPARE(m_pair.open(payload.toLatin1())[u"nonce"_s].toString(), u"r3d"_s);
        QCOMPARE(withRedirect(u"https://evil.example/auth_redirect"_s).status, 403);
        QCOMPARE(withRedirect(u"http://127.0.0.1:5555/discourse-auth"_s).status, 403);

        // WildcardUrlChecker today: scheme, port and userinfo must be equal; '*' works in the
        // host and the path or query, not in the port ("http://127.0.0.1:*/..." is no URL).
        m_server->invoke([](Server &s) {
            s.settings().allowedAuthRedirects
                    << u"http://127.0.0.1:5555/discourse-auth"_s << u"http://127.0.0.1:*/any-port"_s
                    << u"outpost://auth?*"_s << u"https://*.example.org/cb"_s;
        });
        const ProbeResponse loopback = withRedirect(u"HTTP://127.0.0.1:5555/discourse-auth"_s);
        QCOMPARE(loopback.status, 302);
        QVERIFY2(loopback.header("Location")
                         .startsWith("http://127.0.0.1:5555/discourse-auth?payload="),
                 loopback.header("Location").constData());
        QCOMPARE(withRedirect(u"http://127.0.0.1:5556/discourse-auth"_s).status, 403);
        QCOMPARE(withRedirect(u"http://127.0.0.1:5555/discourse-auth?state=9"_s).status, 403);
        QCOMPARE(withRedirect(u"http://127.0.0.1:5555/elsewhere"_s).status, 403);
        QCOMPARE(withRedirect(u"http://user@127.0.0.1:5555/discourse-auth"_s).status, 403);
        QCOMPARE(withRedirect(u"http://127.0.0.1:5555/any-port"_s).status, 403);
        QCOMPARE(withRedirect(u"https://app.example.org/cb"_s).status, 302);
        QCOMPARE(withRedirect(u"https://app.example.org.evil.com/cb"_s).status, 403);
        const ProbeResponse withQuery = withRedirect(u"outpost://auth?state=9"_s);
        QCOMPARE(withQuery.status, 302);
        QVERIFY(withQuery.header("Location").startsWith("outpost://auth?state=9&payload="));

        // The consent page refuses the redirect too (before the form, with Discourse's generic
        // error), so a client can learn it before the person approves anything.
        HttpProbe probe(m_server->port());
        auto consent = [&](const QString &redirect) {
            auto fields = params(u"redirect"_s, u"r3d"_s);
            fields.append(qMakePair(u"auth_redirect"_s, redirect));
            return probe.request("GET", "/user-api-key/new?" + form(fields));
        };
        const ProbeResponse refusedPage = consent(u"http://127.0.0.1:5556/discourse-auth"_s);
        QCOMPARE(refusedPage.status, 200);
        QVERIFY(refusedPage.body.contains("unable to issue user API keys"));
        QVERIFY(!refusedPage.body.contains("<form"));
        QVERIFY(consent(u"http://127.0.0.1:5555/discourse-auth"_s).body.contains("<form"));
    }

    void legacyRedirectRuleAllowsAnyPort()
    {
        // The older WildcardUrlChecker: a whole-string pattern whose first '*' matches \S*.
        m_server->invoke([](Server &s) {
            s.settings().authRedirectRule = RedirectRule::Legacy;
            s.settings().allowedAuthRedirects << u"http://127.0.0.1:*/discourse-auth"_s;
        });
        auto withRedirect = [&](const QString &url) {
            auto fields = params(u"legacy"_s, u"l3g"_s);
            fields.append(qMakePair(u"auth_redirect"_s, url));
            return authorize(fields, false);
        };
        const ProbeResponse loopback = withRedirect(u"http://127.0.0.1:41234/discourse-auth"_s);
        QCOMPARE(loopback.status, 302);
        const QUrl location(QString::fromLatin1(loopback.header("Location")));
        QCOMPARE(location.port(), 41234);
        QCOMPARE(m_pair.open(QUrlQuery(location)
                                     .queryItemValue(u"payload"_s, QUrl::FullyDecoded)
                                     .toLatin1())[u"nonce"_s]
                         .toString(),
                 u"l3g"_s);
        QCOMPARE(withRedirect(u"http://127.0.0.1:41234/elsewhere"_s).status, 403);
    }

    void reauthorisingTheSameClientReplacesItsKey()
    {
        const QByteArray first = keyFrom(authorize(params(u"same-client"_s)));
        const QByteArray other = keyFrom(authorize(params(u"other-client"_s)));
        const QByteArray second = keyFrom(authorize(params(u"same-client"_s)));
        QCOMPARE(statusWith(first), 403);
        QCOMPARE(statusWith(second), 200);
        QCOMPARE(statusWith(other), 200);
    }

    void clientIdHeaderMovesTheKey()
    {
        const QByteArray a = keyFrom(authorize(params(u"move-a"_s)));
        const QByteArray b = keyFrom(authorize(params(u"move-b"_s)));
        QCOMPARE(statusWith(a, "/session/current.json", {{"User-Api-Client-Id", "move-b"}}), 200);
        QCOMPARE(statusWith(b), 403); // the user's other key for move-b was destroyed
        QCOMPARE(statusWith(a), 200);
    }

    void scopesAreEnforced()
    {
        const QByteArray readOnly = keyFrom(authorize(params(u"read-only"_s, u"n"_s, u"read"_s)));
        QCOMPARE(statusWith(readOnly, "/latest.json"), 200);
        HttpProbe probe(m_server->port());
        const ProbeResponse write = probe.request(
                "POST", "/posts.json",
                {{"User-Api-Key", readOnly}, {"Content-Type", "application/x-www-form-urlencoded"}},
                "topic_id=5&raw=Trying+to+write+with+a+read+key.");
        QCOMPARE(write.status, 403);
        QCOMPARE(write.json().object()[u"error_type"_s].toString(), u"invalid_access"_s);
        const QByteArray sessionOnly =
                keyFrom(authorize(params(u"session"_s, u"n"_s, u"session_info"_s)));
        QCOMPARE(statusWith(sessionOnly, "/session/current.json"), 200);
        QCOMPARE(statusWith(sessionOnly, "/latest.json"), 403);
        // Any key may revoke itself.
        QCOMPARE(probe.request("POST", "/user-api-key/revoke", {{"User-Api-Key", readOnly}}).status,
                 200);
    }

    void revokedAndUnknownKeysAreInvalidAccess()
    {
        const QByteArray key = keyFrom(authorize(params(u"revoke"_s)));
        HttpProbe probe(m_server->port());
        const ProbeResponse revoked =
                probe.request("POST", "/user-api-key/revoke", {{"User-Api-Key", key}});
        QCOMPARE(revoked.status, 200);
        QCOMPARE(revoked.body, R"({"success":"OK"})");
        const QByteArray expected =
                R"({"error_type":"invalid_access","errors":["You are not permitted to view the requested resource."]})";
        QCOMPARE(probe.request("GET", "/latest.json", {{"User-Api-Key", key}}).body, expected);
        QCOMPARE(probe.request("GET", "/latest.json", {{"User-Api-Key", "f00"}}).body, expected);
    }
};

QTEST_GUILESS_MAIN(TestDevserverUserApiKey)
#include "tst_devserver_userapikey.moc"
