#include "Auth.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

void AuthStore::setAdminApiKey(const QByteArray &plainKey)
{
    m_adminKeyHash = plainKey.isEmpty() ? QByteArray() : sha256Hex(plainKey);
}

bool AuthStore::isAdminApiKey(const QByteArray &plainKey) const
{
    return !m_adminKeyHash.isEmpty() && !plainKey.isEmpty() &&
           sha256Hex(plainKey) == m_adminKeyHash;
}

QByteArray AuthStore::mintUserApiKey(int userId, const QString &clientId,
                                     const QString &applicationName, const QStringList &scopes,
                                     qint64 nowMs, int *keyId)
{
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [&](const UserApiKeyRecord &k) {
                                    return k.userId == userId && k.clientId == clientId;
                                }),
                 m_keys.end());
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray key = QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
    UserApiKeyRecord r;
    r.id = m_nextId++;
    r.keyHash = sha256Hex(key);
    r.userId = userId;
    r.clientId = clientId;
    r.applicationName = applicationName;
    r.scopes = scopes;
    r.createdAtMs = nowMs;
    m_keys.push_back(r);
    if (keyId)
        *keyId = r.id;
    return key;
}

UserApiKeyRecord *AuthStore::find(const QByteArray &plainKey)
{
    const QByteArray hash = sha256Hex(plainKey);
    for (UserApiKeyRecord &k : m_keys) {
        if (k.keyHash == hash)
            return &k;
    }
    return nullptr;
}

const UserApiKeyRecord *AuthStore::byId(int id) const
{
    for (const UserApiKeyRecord &k : m_keys) {
        if (k.id == id)
            return &k;
    }
    return nullptr;
}

bool AuthStore::revoke(int keyId, qint64 nowMs)
{
    for (UserApiKeyRecord &k : m_keys) {
        if (k.id == keyId && !k.revoked()) {
            k.revokedAtMs = nowMs;
            return true;
        }
    }
    return false;
}

void AuthStore::moveToClient(int keyId, const QString &clientId)
{
    const UserApiKeyRecord *moving = byId(keyId);
    if (!moving || moving->clientId == clientId)
        return;
    const int userId = moving->userId;
    m_keys.erase(std::remove_if(m_keys.begin(), m_keys.end(),
                                [&](const UserApiKeyRecord &k) {
                                    return k.id != keyId && k.userId == userId &&
                                           k.clientId == clientId;
                                }),
                 m_keys.end());
    for (UserApiKeyRecord &k : m_keys) {
        if (k.id == keyId)
            k.clientId = clientId;
    }
}

QJsonArray AuthStore::toJson() const
{
    QJsonArray out;
    for (const UserApiKeyRecord &k : m_keys) {
        out.append(QJsonObject{{u"id"_s, k.id},
                               {u"user_id"_s, k.userId},
                               {u"client_id"_s, k.clientId},
                               {u"application_name"_s, k.applicationName},
                               {u"scopes"_s, QJsonArray::fromStringList(k.scopes)},
                               {u"revoked"_s, k.revoked()}});
    }
    return out;
}

bool scopesAllow(const QStringList &scopes, const QByteArray &method, const QString &path)
{
    const bool read = method == "GET" || method == "HEAD";
    if (scopes.contains(u"write"_s))
        return true;
    if (read && scopes.contains(u"read"_s))
        return true;
    if (scopes.contains(u"session_info"_s) && read &&
        (path == u"/session/current.json" || path.endsWith(u"/topic-tracking-state.json")))
        return true;
    if (scopes.contains(u"notifications"_s)) {
        if (read && path.startsWith(u"/notifications"))
            return true;
        if (method == "PUT" && path.startsWith(u"/notifications/mark-read"))
            return true;
    }
    if ((scopes.contains(u"message_bus"_s) || scopes.contains(u"notifications"_s)) &&
        method == "POST" && path.startsWith(u"/message-bus/"))
        return true;
    return false;
}

std::optional<QByteArray> rsaEncryptPkcs1(const QByteArray &publicKeyPem, const QByteArray &plain,
                                          QString *error)
{
    auto fail = [&](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        ERR_clear_error();
        return std::nullopt;
    };
    EVP_PKEY *raw = nullptr;
    std::unique_ptr<OSSL_DECODER_CTX, decltype(&OSSL_DECODER_CTX_free)> decoder(
            OSSL_DECODER_CTX_new_for_pkey(&raw, "PEM", nullptr, "RSA", EVP_PKEY_PUBLIC_KEY, nullptr,
                                          nullptr),
            OSSL_DECODER_CTX_free);
    if (!decoder)
        return fail(u"cannot set up a PEM decoder"_s);
    const auto *data = reinterpret_cast<const unsigned char *>(publicKeyPem.constData());
    size_t length = size_t(publicKeyPem.size());
    if (!OSSL_DECODER_from_data(decoder.get(), &data, &length) || !raw)
        return fail(u"public_key is not an RSA public key in PEM"_s);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(raw, EVP_PKEY_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
            EVP_PKEY_CTX_new(key.get(), nullptr), EVP_PKEY_CTX_free);
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) <= 0 ||
        EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) <= 0)
        return fail(u"cannot set up RSA encryption"_s);
    size_t outLength = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(plain.constData());
    if (EVP_PKEY_encrypt(ctx.get(), nullptr, &outLength, in, size_t(plain.size())) <= 0)
        return fail(u"cannot size the RSA output"_s);
    QByteArray out(qsizetype(outLength), Qt::Uninitialized);
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &outLength, in,
                         size_t(plain.size())) <= 0)
        return fail(u"the payload does not fit the RSA key (use a shorter nonce)"_s);
    out.resize(qsizetype(outLength));
    return out;
}

QByteArray rubyBase64(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 60)
        out += b64.mid(i, 60) + '\n';
    return out;
}

} // namespace devserver
