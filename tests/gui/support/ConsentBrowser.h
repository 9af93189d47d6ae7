#pragma once

// Plays the person's web browser in the User API Key flow against the devserver: opens the
// consent page, presses Authorize and reads the code the forum shows; and reads or revokes the
// forum's keys through the devserver's control API (/__devserver/user-api-keys).

#include <QHash>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QUrl>

namespace outpost::testing {

class ConsentBrowser
{
public:
    explicit ConsentBrowser(QUrl forumBase);

    // The code shown after "Authorize"; `override` changes form fields first (e.g. the nonce).
    // Empty when the page had no form.
    QString approve(const QUrl &consentUrl, const QHash<QString, QString> &override = {});
    // With a hand-back address in the consent URL: press Authorize and return where the forum
    // redirects the browser (empty when it does not).
    QUrl approveForRedirect(const QUrl &consentUrl, const QHash<QString, QString> &override = {});
    // The browser following that redirect: the HTTP status, or minus the network error.
    int follow(const QUrl &location, QByteArray *page = nullptr);
    QJsonArray userApiKeys();
    int liveKeys();
    // Revokes every live key, as a forum admin (or the person on the forum's website) would.
    void revokeAll();

    QByteArray http(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
                    const QByteArray &contentType = {});

private:
    // The consent page's form fields, encoded, after `override`.
    QByteArray formOf(const QUrl &consentUrl, const QHash<QString, QString> &override);

    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace outpost::testing
