#pragma once

#include <QByteArray>
#include <QLoggingCategory>
#include <QUrl>

namespace outpost::net {

// "outpost.net": one line per request. Successful requests log at debug level (enable with
// QT_LOGGING_RULES="outpost.net.debug=true"), retries and failures at info and above.
Q_DECLARE_LOGGING_CATEGORY(lcNet)

// Path and query of `url` for logs, with the values of query parameters that could carry
// secrets (api_key, nonce, payload, token, ...) replaced by "***". Never the host's user info.
QByteArray loggableTarget(const QUrl &url);

} // namespace outpost::net
