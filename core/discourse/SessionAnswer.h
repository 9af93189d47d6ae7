#pragma once

// What GET /session/current.json, asked with a User API Key, says about that key. The account
// check, the sync and the outbox all ask it before they act on a refusal, since Discourse
// answers a revoked key with the same 403 it gives for one topic a person may not see.

#include "ParseResult.h"
#include "Types.h"
#include "net/Http.h"

namespace outpost::discourse {

struct SessionAnswer
{
    enum class Verdict
    {
        Accepted,    // the key works; `user` is whom it belongs to
        Refused,     // 401/403 (revoked, expired, user suspended) or 404 (counted as anonymous)
        NotAnswered, // no HTTP answer: the link, a time-out, a cancel
        Failed,      // another error status: 5xx, 429 after the runner's own retries
        Unreadable,  // a success whose body is no current user; `error` says why
    };

    Verdict verdict = Verdict::NotAnswered;
    CurrentUser user;
    ParseError error;
};

SessionAnswer readSessionAnswer(const net::HttpResponse &response);

} // namespace outpost::discourse
