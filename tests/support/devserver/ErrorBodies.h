#pragma once

#include "HttpTypes.h"

#include <QStringList>

namespace devserver {

// Error responses exactly as Discourse renders them (docs/discourse-api.md §2, §3.1, §3.6;
// messages from config/locales/server.en.yml).
namespace errors {

Response notFound();              // 404 not_found
Response invalidAccess();         // 403 invalid_access
Response invalidApiCredentials(); // 403 invalid_access, "The API username or key is invalid."
Response notLoggedIn();           // 403 not_logged_in
Response paramMissing(const QString &name); // 400
Response badRequest(const QString &message);
Response createPostFailed(const QStringList &messages); // 422 {"action":"create_post",...}
Response unprocessable(const QStringList &messages);    // 422 {"errors":[...]}
// 409 from posts_controller#update when original_text is no longer the post's text.
Response editConflict();
// 429 from a Rails RateLimiter: JSON with Retry-After and Discourse-Rate-Limit-Error-Code.
// byType selects the rate_limiter.by_type message (e.g. "create_post"); empty: the generic one.
Response rateLimited(int waitSeconds, const QByteArray &errorCode, const QString &byType = {});
// 429 from the per-IP middleware (RequestTracker): text/plain.
Response ipRateLimited(int waitSeconds, const QByteArray &errorCode);
// Rails' own error page for JSON requests, as a 500 from a crashed action looks.
Response internalError();
// What nginx in front of Discourse answers when the app is down or slow.
Response nginxError(int status);
// A captive portal or proxy login page served with 200, in place of JSON.
Response captivePortalPage();

// rate_limiter time_left: "a few seconds", "42 seconds", "5 minutes", "2 hours".
QString timeLeft(int seconds);

} // namespace errors
} // namespace devserver
