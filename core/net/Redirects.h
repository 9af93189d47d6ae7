#pragma once

#include "net/Http.h"

#include <optional>

namespace outpost::net {

// Redirects are followed by the transport itself rather than by libcurl, because libcurl would
// forward custom headers (User-Api-Key) to whatever host a redirect names.

// 301, 302, 303, 307 and 308.
bool isFollowableRedirect(int status);

// Same scheme, host and port (default ports filled in), as browsers define an origin.
bool isSameOrigin(const QUrl &a, const QUrl &b);

// The request to send for the next hop of a redirect from `current` to `location`, or nullopt
// when the location is not an http(s) URL. Credentials are kept only while the location has the
// origin of `original`; once dropped they stay dropped. 303, and 301/302 after a POST, become a
// GET without body (what browsers do, and what servers expect); 307/308 repeat the request.
std::optional<HttpRequest> requestForRedirect(const HttpRequest &current,
                                              const HttpRequest &original, int status,
                                              const QUrl &location);

} // namespace outpost::net
