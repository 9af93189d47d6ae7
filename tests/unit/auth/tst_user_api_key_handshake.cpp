#include "auth/UserApiKeyHandshake.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using outpost::auth::UserApiKeyHandshake;

namespace {

// Plays the forum's part: encrypt the payload to the client's public key with PKCS#1 v1.5 and
// base64 it with a line break every 60 characters, as Ruby's Base64.encode64 does.
QByteArray forumEncrypt(const QByteArray &publicPem, const QByteArray &payload)
{
    BIO *bio = BIO_new_mem_buf(publicPem.constData(), int(publicPem.size()));
    EVP_PKEY *pkey = PEM_read_bio_PUBKEY(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!pkey)
        return {};
    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(pkey, nullptr);
    QByteArray out;
    size_t length = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(payload.constData());
    if (EVP_PKEY_encrypt_init(ctx) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1 &&
        EVP_PKEY_encrypt(ctx, nullptr, &length, in, size_t(payload.size())) == 1) {
        out.resize(qsizetype(length));
        if (EVP_PKEY_encrypt(ctx, reinterpret_cast<unsigned char *>(out.data()), &length, in,
                             size_t(payload.size())) != 1)
            out.clear();
    }
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    const QByteArray base64 = out.toBase64();
    QByteArray wrapped;
    for (qsizetype i = 0; i < base64.size(); i += 60)
        wrapped += base64.mid(i, 60) + '\n';
    return wrapped;
}

QByteArray payloadJson(const QByteArray &key, const QByteArray &nonce, int api = 4)
{
    QJsonObject o{{QStringLiteral("key"), QString::fromLatin1(key)},
                  {QStringLiteral("nonce"), QString::fromLatin1(nonce)},
                  {QStringLiteral("push"), false},
                  {QStringLiteral("api"), api}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::unique_ptr<UserApiKeyHandshake> makeHandshake(QUrl redirect = {})
{
    UserApiKeyHandshake::Options options;
    options.forumUrl = QUrl(QStringLiteral("https://forum.example.org/community/"));
    options.applicationName = QStringLiteral("Outpost (laptop)");
    options.clientId = QByteArrayLiteral("client-1234");
    options.authRedirect = redirect;
    QString error;
    auto handshake = UserApiKeyHandshake::start(options, &error);
    if (!handshake)
        qWarning() << error;
    return handshake;
}

} // namespace

class TestUserApiKeyHandshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void authorizationUrlCarriesEverythingDiscourseNeeds()
    {
        auto handshake = makeHandshake();
        QVERIFY(handshake);
        const QUrl url = handshake->authorizationUrl();
        QCOMPARE(url.host(), QStringLiteral("forum.example.org"));
        QCOMPARE(url.path(), QStringLiteral("/community/user-api-key/new"));
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("application_name"), QUrl::FullyDecoded),
                 QStringLiteral("Outpost (laptop)"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id")), QStringLiteral("client-1234"));
        QCOMPARE(query.queryItemValue(QStringLiteral("scopes"), QUrl::FullyDecoded),
                 QStringLiteral("read,write"));
        QCOMPARE(query.queryItemValue(QStringLiteral("nonce")),
                 QString::fromLatin1(handshake->nonce()));
        // The PEM (with its '+', '/', '=' and newlines) must survive the round trip.
        QCOMPARE(query.queryItemValue(QStringLiteral("public_key"), QUrl::FullyDecoded).toLatin1(),
                 handshake->publicKeyPem());
        QVERIFY(handshake->publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("auth_redirect")));
        // The nonce is short enough to fit the RSA payload and random per attempt.
        QVERIFY(handshake->nonce().size() <= 64);
        QVERIFY(makeHandshake()->nonce() != handshake->nonce());
    }

    void redirectIsPassedWhenConfigured()
    {
        auto handshake =
                makeHandshake(QUrl(QStringLiteral("http://127.0.0.1:4711/discourse-auth")));
        const QUrlQuery query(handshake->authorizationUrl());
        QCOMPARE(query.queryItemValue(QStringLiteral("auth_redirect"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:4711/discourse-auth"));
    }

    void acceptsThePastedPayload()
    {
        auto handshake = makeHandshake();
        const QByteArray pasted =
                forumEncrypt(handshake->publicKeyPem(),
                             payloadJson("0123456789abcdef0123456789abcdef", handshake->nonce()));
        QVERIFY(pasted.contains('\n'));
        // People paste with stray spaces and line breaks around it.
        const auto result = handshake->acceptPayload(
                QStringLiteral("  \n") + QString::fromLatin1(pasted) + QStringLiteral(" \n"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.key, QByteArrayLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(result.apiVersion, 4);
    }

    void acceptsTheRedirectUrl()
    {
        auto handshake = makeHandshake();
        const QByteArray payload = forumEncrypt(handshake->publicKeyPem(),
                                                payloadJson("feedface", handshake->nonce()));
        const QString url =
                QStringLiteral("http://127.0.0.1:4711/discourse-auth?payload=") +
                QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(payload)));
        const auto result = handshake->acceptPayload(url);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.key, QByteArrayLiteral("feedface"));
    }

    void refusesAWrongNonce()
    {
        auto handshake = makeHandshake();
        const QByteArray pasted =
                forumEncrypt(handshake->publicKeyPem(), payloadJson("k", "not-our-nonce"));
        const auto result = handshake->acceptPayload(QString::fromLatin1(pasted));
        QVERIFY(!result.ok());
        QVERIFY(result.key.isEmpty());
        QVERIFY(result.error.contains(QLatin1String("another sign-in attempt")));
    }

    void refusesATamperedPayload()
    {
        auto handshake = makeHandshake();
        QByteArray pasted =
                forumEncrypt(handshake->publicKeyPem(), payloadJson("k", handshake->nonce()));
        QByteArray raw = QByteArray::fromBase64(pasted);
        raw[raw.size() / 2] = char(raw[raw.size() / 2] ^ 0x5a);
        const auto result = handshake->acceptPayload(QString::fromLatin1(raw.toBase64()));
        QVERIFY(!result.ok());
        QVERIFY(result.key.isEmpty());
    }

    void refusesAPayloadForAnotherKeyPair()
    {
        auto mine = makeHandshake();
        auto theirs = makeHandshake();
        const QByteArray pasted =
                forumEncrypt(theirs->publicKeyPem(), payloadJson("k", mine->nonce()));
        QVERIFY(!mine->acceptPayload(QString::fromLatin1(pasted)).ok());
    }

    void refusesGarbageAndOldApiVersions()
    {
        auto handshake = makeHandshake();
        QVERIFY(!handshake->acceptPayload(QString()).ok());
        QVERIFY(!handshake->acceptPayload(QStringLiteral("hello, this is not base64 ***")).ok());
        const QByteArray old =
                forumEncrypt(handshake->publicKeyPem(), payloadJson("k", handshake->nonce(), 3));
        const auto result = handshake->acceptPayload(QString::fromLatin1(old));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(QLatin1String("older version")));
    }
};

QTEST_GUILESS_MAIN(TestUserApiKeyHandshake)
#include "tst_user_api_key_handshake.moc"
