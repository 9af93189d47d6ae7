#pragma once

// Internal to OutboxDelivery: the state of one delivery. OutboxDelivery.cpp runs the items in
// order; ItemAttempt.cpp delivers one item and reads what the forum answered.

#include "CancelToken.h"
#include "discourse/Types.h"
#include "outbox/DeliveryTypes.h"
#include "outbox/ForumAccount.h"
#include "outbox/Reconciler.h"
#include "store/OutboxRepository.h"

#include <QCoreApplication>
#include <QSet>

namespace outpost::net {
class RequestRunner;
}
namespace outpost::session {
class ForumConnection;
}

namespace outpost::outbox {

class DeliveryRun
{
    Q_DECLARE_TR_FUNCTIONS(outpost::outbox::OutboxDelivery)
public:
    DeliveryRun(session::ForumConnection &connection, net::RequestRunner &runner,
                const CancelToken &cancel, const DeliveryOptions &options);

    DeliveryReport run();

private:
    // What became of one item in this delivery.
    enum class ItemResult
    {
        Done,    // sent, found on the forum, or refused (needs attention)
        Waiting, // still queued; later items of the same topic wait behind it
    };
    // What /session/current.json said about the key.
    enum class SessionCheck
    {
        Works,
        Refused,
        Unknown, // no usable answer; the delivery has stopped (or the item waits)
    };

    // --- OutboxDelivery.cpp: order, dependencies, the account
    void deliverQueue();
    void deliverInOrder(const store::OutboxItem &queued, QSet<QString> &blocked);
    bool resolveDependency(store::OutboxItem &item);
    SessionCheck checkSession();
    std::optional<QString> username();
    void stopBecause(DeliveryStop stop, const QString &message, qint64 resumeAtMs = 0);
    bool stopped() const { return m_report.stop != DeliveryStop::Completed; }
    void finishReport();

    // --- ItemAttempt.cpp: one item
    ItemResult deliverItem(store::OutboxItem item);
    // Unconfirmed items first: was the earlier attempt a success after all?
    std::optional<ItemResult> reconcileFirst(store::OutboxItem &item);
    // Edits: read the post; conflict, already there, or the text the edit replaces.
    std::optional<ItemResult> checkEdit(const store::OutboxItem &item, QString *originalText);
    // One write. Sets *again when the item should be reconciled and perhaps sent again now.
    ItemResult attempt(store::OutboxItem &item, const QString &originalText, bool *again);
    ItemResult readAnswer(store::OutboxItem &item, const net::HttpResponse &response, bool *again);
    ItemResult readRefusal(store::OutboxItem &item, const net::HttpResponse &response);
    ItemResult afterTooSimilar(store::OutboxItem &item, const discourse::ApiError &error);
    ItemResult afterForbidden(store::OutboxItem &item, const discourse::ApiError &error);
    ItemResult afterEditConflict(store::OutboxItem &item);
    // A read (reconciliation, edit check) that gave no usable answer: the item waits, and the
    // delivery stops when the cause is the link, the budget or the key.
    ItemResult readFailed(const store::OutboxItem &item, const Reconciliation &failure);
    // The runner stopped before a request was answered: stop the delivery for that reason.
    void stopForOutcome(const net::RunOutcome &outcome);
    net::HttpRequest requestFor(const store::OutboxItem &item, const QString &originalText) const;

    // State changes, each reported to options.onItemChanged.
    void markSent(const store::OutboxItem &item, std::optional<qint64> postId,
                  std::optional<qint64> topicId);
    void markSentForReview(const store::OutboxItem &item, std::optional<qint64> pendingId);
    void markRefused(const store::OutboxItem &item, const QString &reason,
                     store::OutboxProblem problem);
    void markWaiting(const store::OutboxItem &item, const QString &reason);
    void markUnconfirmed(const store::OutboxItem &item, const QString &reason);
    void notify(const QString &id);

    session::ForumConnection &m_connection;
    net::RequestRunner &m_runner;
    const CancelToken &m_cancel;
    const DeliveryOptions &m_options;
    qint64 m_forumId;
    store::OutboxRepository m_outbox;
    ForumAccount m_account;
    Reconciler m_reconciler;
    std::optional<QString> m_username;
    DeliveryReport m_report;
};

} // namespace outpost::outbox
