#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace devserver {

// A user API key as Discourse stores it: only the SHA-256 of the key is kept.
struct UserApiKeyRecord
{
    int id = 0;
    QByteArray keyHash;
    int userId = 0;
    QString clientId;
    QString applicationName;
    QStringList scopes;
    qint64 createdAtMs = 0;
    qint64 lastUsedAtMs = 0;
    qint64 revokedAtMs = 0;

    bool revoked() const { return revokedAtMs != 0; }
};

class AuthStore
{
public:
    void setAdminApiKey(const QByteArray &plainKey);
    bool hasAdminApiKey() const { return !m_adminKeyHash.isEmpty(); }
    bool isAdminApiKey(const QByteArray &plainKey) const;

    // Creates a key and returns it in clear; this is the only time it is visible. Like
    // UserApiKeysController#create, the user's other keys for the same client are destroyed.
    QByteArray mintUserApiKey(int userId, const QString &clientId, const QString &applicationName,
                              const QStringList &scopes, qint64 nowMs, int *keyId = nullptr);
    UserApiKeyRecord *find(const QByteArray &plainKey);
    const UserApiKeyRecord *byId(int id) const;
    bool revoke(int keyId, qint64 nowMs);
    // User-Api-Client-Id differs from the stored one: move the key to that client and destroy
    // the user's other keys for it (UserApiKey#update_last_used).
    void moveToClient(int keyId, const QString &clientId);
    QJsonArray toJson() const;

private:
    QByteArray m_adminKeyHash;
    std::vector<UserApiKeyRecord> m_keys;
    int m_nextId = 1;
};

QByteArray sha256Hex(const QByteArray &data);

// UserApiKeyScope: which requests a key's scopes allow.
bool scopesAllow(const QStringList &scopes, const QByteArray &method, const QString &path);

// RSA public-key encryption with PKCS#1 v1.5 padding, the public key in PEM ("BEGIN PUBLIC KEY"
// or "BEGIN RSA PUBLIC KEY"), as Ruby's OpenSSL::PKey::RSA#public_encrypt does it.
std::optional<QByteArray> rsaEncryptPkcs1(const QByteArray &publicKeyPem, const QByteArray &plain,
                                          QString *error);
// Ruby's Base64.encode64: a newline after every 60 characters and at the end.
QByteArray rubyBase64(const QByteArray &data);

} // namespace devserver
