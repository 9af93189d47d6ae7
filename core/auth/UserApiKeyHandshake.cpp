#include "UserApiKeyHandshake.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

namespace outpost::auth {

struct UserApiKeyHandshake::KeyPair
{
    EVP_PKEY *pkey = nullptr;
    ~KeyPair() { EVP_PKEY_free(pkey); }
};

namespace {

// 2048-bit RSA, as Discourse's own apps use; the payload (key, nonce, flags) fits easily in
// the 245 bytes PKCS#1 v1.5 allows.
constexpr int kRsaBits = 2048;
constexpr int kNonceBytes = 16;

QByteArray publicPem(EVP_PKEY *pkey)
{
    BIO *bio = BIO_new(BIO_s_mem());
    if (!bio)
        return {};
    QByteArray pem;
    if (PEM_write_bio_PUBKEY(bio, pkey) == 1) {
        char *data = nullptr;
        const long size = BIO_get_mem_data(bio, &data);
        pem = QByteArray(data, size);
    }
    BIO_free(bio);
    return pem;
}

// Extracts the base64 payload from what the person pasted: the bare payload, the consent
// page's text around it, or a redirect URL with payload=...
QByteArray extractPayload(const QString &pasted)
{
    QString text = pasted.trimmed();
    const qsizetype at = text.indexOf(QLatin1String("payload="));
    if (at >= 0) {
        QString value = text.mid(at + 8);
        const qsizetype end = value.indexOf(QLatin1Char('&'));
        if (end >= 0)
            value.truncate(end);
        // Form encoding: '+' is a space in a query, but base64 uses '+': the forum escapes it
        // as %2B, so a literal '+' here really is '+'.
        text = QUrl::fromPercentEncoding(value.toLatin1());
    }
    QByteArray base64;
    base64.reserve(text.size());
    for (QChar c : std::as_const(text)) {
        if (c.isSpace())
            continue;
        base64.append(c.toLatin1());
    }
    return base64;
}

} // namespace

std::unique_ptr<UserApiKeyHandshake> UserApiKeyHandshake::start(const Options &options,
                                                                QString *error)
{
    std::unique_ptr<UserApiKeyHandshake> handshake(new UserApiKeyHandshake);
    handshake->m_options = options;
    handshake->m_keys = std::make_unique<KeyPair>();
    handshake->m_keys->pkey = EVP_RSA_gen(kRsaBits);
    unsigned char nonce[kNonceBytes];
    if (!handshake->m_keys->pkey || RAND_bytes(nonce, kNonceBytes) != 1) {
        if (error)
            *error = tr("Could not create the keys needed to sign in (the system's cryptography "
                        "library failed).");
        return nullptr;
    }
    handshake->m_nonce = QByteArray(reinterpret_cast<const char *>(nonce), kNonceBytes).toHex();
    handshake->m_publicKeyPem = publicPem(handshake->m_keys->pkey);
    if (handshake->m_publicKeyPem.isEmpty()) {
        if (error)
            *error = tr("Could not create the keys needed to sign in (the system's cryptography "
                        "library failed).");
        return nullptr;
    }
    return handshake;
}

UserApiKeyHandshake::~UserApiKeyHandshake() = default;

QUrl UserApiKeyHandshake::authorizationUrl() const
{
    QUrl url = m_options.forumUrl;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/user-api-key/new"));
    QUrlQuery query;
    const auto add = [&query](const QString &name, const QString &value) {
        // Encode everything that is not unreserved: the PEM's '+', '/', '=' and newlines must
        // arrive intact.
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    add(QStringLiteral("application_name"), m_options.applicationName);
    add(QStringLiteral("client_id"), QString::fromLatin1(m_options.clientId));
    add(QStringLiteral("scopes"), m_options.scopes.join(QLatin1Char(',')));
    add(QStringLiteral("public_key"), QString::fromLatin1(m_publicKeyPem));
    add(QStringLiteral("nonce"), QString::fromLatin1(m_nonce));
    if (!m_options.authRedirect.isEmpty())
        add(QStringLiteral("auth_redirect"), m_options.authRedirect.toString(QUrl::FullyEncoded));
    url.setQuery(query);
    return url;
}

UserApiKeyHandshake::Result UserApiKeyHandshake::acceptPayload(const QString &pasted) const
{
    Result result;
    const QByteArray base64 = extractPayload(pasted);
    const auto decoded =
            QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (base64.isEmpty() || !decoded) {
        result.error = tr("That is not a sign-in code from the forum. Copy the whole code shown "
                          "after you approved Outpost, and paste it again.");
        return result;
    }
    const QByteArray &cipher = *decoded;

    EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new(m_keys->pkey, nullptr);
    QByteArray plain;
    bool decrypted = false;
    if (ctx && EVP_PKEY_decrypt_init(ctx) == 1 &&
        EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1) {
        size_t outLength = 0;
        const auto *in = reinterpret_cast<const unsigned char *>(cipher.constData());
        if (EVP_PKEY_decrypt(ctx, nullptr, &outLength, in, size_t(cipher.size())) == 1) {
            plain.resize(qsizetype(outLength));
            auto *out = reinterpret_cast<unsigned char *>(plain.data());
            if (EVP_PKEY_decrypt(ctx, out, &outLength, in, size_t(cipher.size())) == 1) {
                plain.resize(qsizetype(outLength));
                decrypted = true;
            }
        }
    }
    EVP_PKEY_CTX_free(ctx);
    if (!decrypted) {
        result.error = tr("The sign-in code could not be read: it was not made for this sign-in "
                          "attempt, or it was changed on the way. Start signing in again.");
        OPENSSL_cleanse(plain.data(), size_t(plain.size()));
        return result;
    }

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(plain, &parseError);
    OPENSSL_cleanse(plain.data(), size_t(plain.size()));
    const QJsonObject payload = doc.object();
    const QString key = payload.value(QLatin1String("key")).toString();
    if (parseError.error != QJsonParseError::NoError || key.isEmpty()) {
        result.error = tr("The sign-in code could not be read: it was not made for this sign-in "
                          "attempt, or it was changed on the way. Start signing in again.");
        return result;
    }
    if (payload.value(QLatin1String("nonce")).toString().toLatin1() != m_nonce) {
        result.error = tr("The sign-in code belongs to another sign-in attempt. Start signing in "
                          "again and paste the code the forum shows then.");
        return result;
    }
    result.apiVersion = payload.value(QLatin1String("api")).toInt();
    if (result.apiVersion < kApiVersion) {
        result.error = tr("This forum speaks an older version of the sign-in protocol (%1; Outpost "
                          "needs %2). Ask the forum's administrators to update Discourse.")
                               .arg(result.apiVersion)
                               .arg(kApiVersion);
        return result;
    }
    result.push = payload.value(QLatin1String("push")).toBool();
    result.key = key.toLatin1();
    return result;
}

} // namespace outpost::auth
