#pragma once

#include "net/Http.h"

#include <QtGlobal>

#include <chrono>
#include <vector>

namespace outpost::net {

// The one way core talks HTTP. Poll-style so that it maps directly onto curl's multi interface
// and can be faked in unit tests without threads: start() queues a transfer and returns at once,
// poll() waits for some of them to finish.
//
// An instance belongs to one thread (the worker that created it); only wakeUp() may be called
// from elsewhere. Instances on different threads are independent.
class Transport
{
public:
    using TransferId = quint64;

    struct Completion
    {
        TransferId id = 0;
        HttpResponse response;
    };

    virtual ~Transport() = default;

    // Starts a transfer without blocking. Problems with the request itself (a bad URL, a header
    // with a line break) are reported through its completion, never thrown.
    virtual TransferId start(const HttpRequest &request) = 0;

    // Stops a transfer; it completes (in the next poll) with TransferError::Cancelled.
    // Unknown or finished ids are ignored.
    virtual void abort(TransferId id) = 0;

    // Waits up to `timeout` for transfers to finish and returns those that did (maybe none).
    // Returns early after wakeUp().
    virtual std::vector<Completion> poll(std::chrono::milliseconds timeout) = 0;

    // Thread-safe: makes a blocked (or the next) poll() return early.
    virtual void wakeUp() = 0;

    // Transfers started and not yet returned by poll().
    virtual int activeCount() const = 0;
};

} // namespace outpost::net
