#pragma once

#include "net/Http.h"

#include <chrono>
#include <optional>
#include <random>

namespace outpost::net {

struct RetryPolicy
{
    // Attempts per request, the first included.
    int maxAttempts = 5;
    // Exponential backoff with full jitter: before retry n (1-based) wait a uniformly random
    // time in [0, min(maxDelay, baseDelay * 2^(n-1))].
    std::chrono::milliseconds baseDelay{1'000};
    std::chrono::milliseconds maxDelay{60'000};
    // A 429 that names no wait (nginx's own limiter sends none).
    std::chrono::milliseconds defaultRateLimitWait{60'000};
};

// What to do with a finished attempt.
enum class RetryVerdict
{
    Deliver,              // hand the response to its handler
    RetryAfterBackoff,    // a connection failure or 5xx on a request that is safe to repeat
    RetryAfterServerWait, // 429: the server refused before doing anything; wait as it says
};

// Connection failures: the link, not the server, is at fault (Proxy included: an unreachable
// proxy is the same thing to the person).
bool isConnectionFailure(TransferError error);

// Idempotent requests are retried on connection failures and 500/502/503/504. POST and PUT are
// retried only when the server provably did not act on them: a 429, or a failure to resolve or
// connect before any byte was sent. Never a 4xx other than 429.
RetryVerdict judgeAttempt(const HttpRequest &request, const HttpResponse &response);

// The wait a 429 asks for: Retry-After (seconds or an HTTP date), else the JSON body's
// extras.wait_seconds (Discourse). Nullopt when neither is there or usable.
std::optional<std::chrono::milliseconds> serverRequestedWait(const HttpResponse &response,
                                                             qint64 nowMs);

class Backoff
{
public:
    Backoff(RetryPolicy policy, quint64 seed);

    // The upper bound of the wait before retry `retry` (1 = the first retry).
    std::chrono::milliseconds ceiling(int retry) const;
    // A random wait in [0, ceiling(retry)].
    std::chrono::milliseconds delayBeforeRetry(int retry);

private:
    RetryPolicy m_policy;
    std::mt19937_64 m_random;
};

} // namespace outpost::net
