#pragma once

// Error responses of the Discourse API: what they say, what kind of refusal they are (for the
// outbox) and a sentence a person understands (for the GUI and the CLI).

#include "Types.h"
#include "net/Http.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace outpost::discourse {

// Reads an error response of any shape Discourse or what stands in front of it sends:
// Rails' JSON ({"errors":[...],"error_type":...,"extras":{"wait_seconds":N}}, or
// {"action":"create_post","errors":[...]} for refused posts), the per-IP limiter's text/plain
// 429, a proxy's HTML 502/503/504 page, or an empty body. Never fails: what cannot be read
// stays empty. Retry-After (seconds) wins over extras.wait_seconds.
ApiError parseApiError(int status, const QList<net::HttpHeader> &headers, const QByteArray &body);
ApiError parseApiError(const net::HttpResponse &response);

// Why the forum refused something, as far as the outbox needs to know. Post validation
// failures come as 422 with English sentences from the forum's locale files
// (config/locales/server.en.yml); they are matched by those sentences, so a forum (or a
// person) using another language gives Other for them — status codes and error_type still
// classify 403, 404, 410 and 429 in any language.
enum class RefusalKind
{
    TooShort,             // "Title is too short (minimum is 15 characters)", "Body can't be blank"
    TooSimilar,           // "Body is too similar to what you recently posted"; "Title has
                          // already been used". After a retry this usually means the first
                          // attempt landed: reconcile instead of posting again.
    TopicClosedOrDeleted, // "Perhaps this topic was closed or deleted ...", 410 deleted_topic
    NoPermission,         // 403, "Suspended users are not allowed to post", link/word rules
    RateLimited,          // 429 and the content limiters ("You're replying a bit too quickly")
    NewUserLimit,         // limits on new members (first-day replies, links, mentions, ...)
    NotFound,             // 404
    Other,
};

RefusalKind classifyRefusal(const ApiError &error);

// True when the same request may succeed later without any change: rate limits, read-only
// mode and server or proxy failures (5xx).
bool isRetryableLater(const ApiError &error);

// A translatable sentence for people. Where the forum gave a reason (Discourse words those
// for people), it is quoted inside our sentence.
QString describeForPeople(const ApiError &error);

} // namespace outpost::discourse
