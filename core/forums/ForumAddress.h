#pragma once

#include <QString>
#include <QUrl>

namespace outpost::forums {

// The forum a person typed, as the base URL Outpost keeps: a scheme (https when none was
// typed), the host, and the subfolder the forum lives in, without a trailing slash. Pages of
// the forum pasted from a browser ("…/latest", "…/t/some-topic/123/4", "…/c/support/5")
// are reduced to the forum itself.
struct ForumAddress
{
    QUrl baseUrl;  // valid only when error is empty
    QString error; // for people, translated; empty when the address is usable

    bool isValid() const { return error.isEmpty() && baseUrl.isValid(); }
    static ForumAddress fromTyped(const QString &typed);
};

// The base URL as stored in the user database (ForumRepository::add): no trailing slash,
// lower-case scheme and host.
QString storedForm(const QUrl &baseUrl);

} // namespace outpost::forums
