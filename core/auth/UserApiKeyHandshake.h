#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace outpost::auth {

// One sign-in attempt with Discourse's User API Key protocol (docs/discourse-api.md §1.1):
// we make an RSA key pair, the person approves Outpost on the forum's consent page, and the
// forum hands back the key encrypted to our public key. The private key lives in memory only,
// for as long as this object; it is never written anywhere.
class UserApiKeyHandshake
{
    Q_DECLARE_TR_FUNCTIONS(outpost::auth::UserApiKeyHandshake)
public:
    struct Options
    {
        QUrl forumUrl;           // base URL, may include a subfolder
        QString applicationName; // shown on the consent page
        QByteArray clientId;     // stable per installation
        QStringList scopes = {QStringLiteral("read"), QStringLiteral("write")};
        QUrl authRedirect; // empty: the forum shows the payload to copy and paste
    };

    struct Result
    {
        QByteArray key; // the User API Key; a secret
        bool push = false;
        int apiVersion = 0;
        QString error; // for people; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // Makes the key pair and nonce. Returns nullptr and sets `error` if OpenSSL fails.
    static std::unique_ptr<UserApiKeyHandshake> start(const Options &options, QString *error);
    ~UserApiKeyHandshake();
    UserApiKeyHandshake(const UserApiKeyHandshake &) = delete;
    UserApiKeyHandshake &operator=(const UserApiKeyHandshake &) = delete;

    // The consent page to open in the system browser.
    QUrl authorizationUrl() const;
    QByteArray publicKeyPem() const { return m_publicKeyPem; }
    QByteArray nonce() const { return m_nonce; }

    // Takes what the person pasted (the base64 payload, with or without line breaks) or the
    // redirect URL carrying `payload=`; decrypts it, checks the nonce and the API version.
    Result acceptPayload(const QString &pasted) const;

    // The API version this client speaks (the "api" field of the payload).
    static constexpr int kApiVersion = 4;

private:
    UserApiKeyHandshake() = default;
    struct KeyPair;
    std::unique_ptr<KeyPair> m_keys;
    Options m_options;
    QByteArray m_publicKeyPem;
    QByteArray m_nonce;
};

} // namespace outpost::auth
