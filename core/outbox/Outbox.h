#pragma once

// A forum's outbox as the person sees it (the GUI's outbox view and composer, the CLI): queue
// replies, new topics, edits and likes without any network, list them, and act on them —
// retry, edit, keep as a draft, discard, resolve an edit conflict. Delivery is
// OutboxDelivery's (the sync runs it; DeliveryJob runs it alone).
//
// Every method runs on the calling thread against the person's own database (a connection of
// that thread). Failures throw store::StoreError with a sentence for people in message().

#include "store/UserTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::outbox {

// Counts for a badge or a status line, and the forum-wide reason nothing goes out.
struct OutboxSummary
{
    int queued = 0;         // waiting to be sent (unconfirmed ones included)
    int unconfirmed = 0;    // of those, an earlier attempt may have landed (checked first)
    int sending = 0;        // a delivery is sending them right now
    int needsAttention = 0; // refused or in conflict: the person decides
    int sent = 0;           // still listed after delivery
    int awaitingReview = 0; // of the sent, held for a moderator
    QString needsSignIn;    // non-empty: the forum refused the key; the sentence to show
};

enum class DiscardMode
{
    RefuseIfOthersDepend, // a new topic that replies wait for stays (StoreError Constraint)
    WithDependents,       // ...or goes, together with those replies
};

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(outpost::outbox::Outbox)
public:
    Outbox(store::Database &userDb, const Clock &clock, qint64 forumId);

    // --- queueing (no network; the text is checked only for what is surely wrong, the
    // forum judges the rest)
    store::OutboxItem queueReply(qint64 topicId, const QString &raw,
                                 std::optional<int> replyToPostNumber = std::nullopt);
    // A reply to a new topic still in the outbox: it is sent after that topic, into it.
    store::OutboxItem queueReplyToQueued(const QString &newTopicItemId, const QString &raw);
    store::OutboxItem queueNewTopic(qint64 categoryId, const QString &title, const QString &raw);
    // baseVersion: the post's version the edit started from (from the cache).
    store::OutboxItem queueEdit(qint64 postId, std::optional<int> baseVersion, const QString &raw);
    store::OutboxItem queueLike(qint64 postId);
    // Moves a draft (the composer's) into the outbox, atomically.
    store::OutboxItem queueDraft(const QString &draftId, const QString &dependsOn = {});

    // --- reading
    // Oldest first; all states when `states` is empty.
    QList<store::OutboxItem> items(const QList<store::OutboxState> &states = {}) const;
    std::optional<store::OutboxItem> find(const QString &id) const;
    // The one item whose id starts with `prefix` (at least 4 characters); nullopt when none
    // or several match (`ambiguous` tells which).
    std::optional<store::OutboxItem> findByPrefix(const QString &prefix,
                                                  bool *ambiguous = nullptr) const;
    OutboxSummary summary() const;

    // --- the person's actions
    // Needs attention -> queued, to be sent as it is on the next delivery.
    void retry(const QString &id);
    // New words (and title, for a new topic); queued again.
    store::OutboxItem edit(const QString &id, const QString &raw, const QString &title = {});
    // Back into the drafts, to be finished in the composer.
    store::Draft keepAsDraft(const QString &id);
    // Removes it (and, if asked, the replies waiting for it); returns the ids removed.
    QStringList discard(const QString &id, DiscardMode mode = DiscardMode::RefuseIfOthersDepend);
    // An edit in conflict: send mine over the forum's newer version...
    void resolveConflictKeepMine(const QString &id);
    // ...or keep the forum's version and drop mine.
    void resolveConflictTakeTheirs(const QString &id);
    // Forgets sent items older than `olderThanMs` milliseconds ago; returns how many.
    int forgetSent(qint64 olderThanMs);

    // Items left `sending` by a process that died mid-request, when no delivery is running:
    // queued again, unconfirmed (their attempt is looked for on the forum before a resend).
    // Returns how many; 0 also when a delivery holds the outbox right now.
    int recoverInterrupted();

private:
    void checkText(const QString &raw) const;
    store::OutboxItem queue(store::OutboxItem item);

    store::Database &m_db;
    const Clock &m_clock;
    qint64 m_forumId;
};

} // namespace outpost::outbox
