#pragma once

// Sends a forum's outbox so that every item arrives exactly once (docs/outbox.md):
//  - oldest first, in order within a topic; a reply to a queued new topic waits for it and
//    then takes its topic id;
//  - an item is marked `sending` in the database before its request leaves, and leaves the
//    outbox (state `sent`, with the forum's post and topic ids) only when the forum confirmed
//    it or a reconciliation found it there;
//  - when the outcome of an attempt is unknown (timeout, a connection cut after the request
//    went out, a crash or kill mid-request, a 5xx that a proxy may have sent after the app
//    did the work, a "too similar" refusal), the forum is searched before anything is sent
//    again (Reconciler.h);
//  - refusals go to `needs_attention` with the forum's reason in plain words and the text
//    intact; a refused key stops the delivery and marks the forum as needing sign-in;
//  - edits are checked against the version they were based on: a post changed on the forum
//    meanwhile is a conflict for the person to resolve, never overwritten.
//
// Nothing is lost whatever stops a delivery: what was not sent stays queued for the next.

#include "CancelToken.h"
#include "outbox/DeliveryTypes.h"

namespace outpost::net {
class RequestRunner;
}
namespace outpost::session {
class ForumConnection;
}

namespace outpost::outbox {

class OutboxDelivery
{
public:
    explicit OutboxDelivery(DeliveryOptions options = {});

    // Delivers the queued items of connection.forum() through `runner`, on the calling
    // (worker) thread. The sync calls it first, with its own runner (so the outbox spends the
    // same request budget and its requests show in the same counters); give it an idle runner
    // (anything else queued would run too). If it returns because the runner stopped
    // (cancelled, budget spent, unreachable), a write may still sit in the runner's queue: the
    // item is left unconfirmed, so whatever happens to that request, the next delivery looks
    // for it on the forum before sending it again.
    DeliveryReport deliver(session::ForumConnection &connection, net::RequestRunner &runner,
                           const CancelToken &cancel);

    const DeliveryOptions &options() const { return m_options; }

private:
    DeliveryOptions m_options;
};

} // namespace outpost::outbox
