#pragma once

// One request through a RequestRunner, waited for: the outbox works one step at a time
// (a write, then perhaps a reconciliation), each depending on the last.

#include "net/Http.h"
#include "net/RequestRunner.h"

#include <optional>

namespace outpost::outbox {

struct StepResult
{
    // Empty when the runner stopped before the request was answered (cancelled, budget
    // spent, link down). Then the request may still sit in the runner's queue: a write is
    // treated as possibly sent (see OutboxDelivery).
    std::optional<net::HttpResponse> response;
    net::RunOutcome outcome;

    bool answered() const { return response.has_value(); }
};

// Enqueues `request` and runs the runner until it is done. The runner should be idle:
// anything else queued in it runs too.
StepResult runStep(net::RequestRunner &runner, net::HttpRequest request, int priority);

} // namespace outpost::outbox
