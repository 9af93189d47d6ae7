#pragma once

#include "store/UserTypes.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

namespace outpost::outbox {

// Why a delivery ended. Items are never lost whatever the reason: what was not sent stays in
// the outbox for the next delivery.
enum class DeliveryStop
{
    Completed,       // every item that could go was tried (some may wait for others)
    NotSignedIn,     // no key for this forum: items wait until the person signs in
    NeedsSignIn,     // the forum refused the key (revoked, expired): sign in again
    Offline,         // the forum could not be reached
    BudgetExhausted, // the request budget (or a long wait the forum asked for) stops sending
    Cancelled,       // the person, or a signal, cancelled
    Busy,            // another Outpost process is delivering this forum's outbox right now
    Failed,          // the person's database could not be read or written
};

struct DeliveryReport
{
    int sent = 0;           // sent in this delivery (confirmed, or found on the forum)
    int sentForReview = 0;  // of those, accepted into the forum's review queue
    int needsAttention = 0; // refused in this delivery: the person decides
    int waiting = 0;        // still queued when it ended (offline, order, dependencies, ...)
    // Sentences for people about the delivery as a whole (why it stopped, what waits).
    // Each item's own reason is in its OutboxItem::error.
    QStringList messages;
    DeliveryStop stop = DeliveryStop::Completed;
    qint64 resumeAtMs = 0; // BudgetExhausted: when requests may go again
    QStringList sentIds;
    QStringList attentionIds;

    // Nothing is left to send, and nothing stopped it early.
    bool isComplete() const { return stop == DeliveryStop::Completed && waiting == 0; }
};

struct DeliveryOptions
{
    // How far the forum's clock may be behind ours: a post found on the forum counts as a
    // landed attempt when it was created after the first attempt minus this margin.
    qint64 clockSkewMarginMs = 10 * 60'000;
    // Sends of one item in one delivery (a resend follows a reconciliation that found
    // nothing); more waits for the next delivery.
    int maxSendsPerItem = 2;
    // Priority of the outbox's requests in the runner (they go before the sync's reads).
    int requestPriority = 100;
    // Called on the delivering thread after every change of an item's state (for a GUI
    // model: a DeliveryJob turns it into a queued signal).
    std::function<void(const store::OutboxItem &item)> onItemChanged;
};

QString stopName(DeliveryStop stop); // "completed", "offline", ... for logs and --json

} // namespace outpost::outbox

Q_DECLARE_METATYPE(outpost::outbox::DeliveryReport)
Q_DECLARE_METATYPE(outpost::store::OutboxItem)
