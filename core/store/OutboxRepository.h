#pragma once

#include "store/UserTypes.h"

#include <QList>
#include <QStringList>

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;

// Queued actions (replies, new topics, edits, likes). Each row has a client-generated id
// that stays the same across attempts. The delivery logic lives in outbox/; this is the
// storage with its invariants: a row and the draft it came from change in one transaction,
// so the words are always in exactly one of the two places; a row that may be on its way to
// the forum (sending) or may have landed unconfirmed cannot have its words changed. Throws
// StoreError.
class OutboxRepository
{
public:
    OutboxRepository(Database &db, const Clock &clock);

    // Moves a draft into the outbox: inserts the row (a copy of the draft) and deletes the
    // draft, atomically. dependsOn names an outbox row to deliver first.
    OutboxItem queueFromDraft(const QString &draftId, const QString &dependsOn = {});
    // Queues an action that has no draft (a like). Gives it an id when it has none.
    OutboxItem enqueue(OutboxItem item);
    // Moves a queued or needs-attention row back into the drafts (to be edited), atomically.
    // Refused while it is being sent or an earlier attempt may have landed (unconfirmed).
    Draft returnToDrafts(const QString &outboxId);

    std::optional<OutboxItem> find(const QString &id) const;
    // Rows of a forum in the given states (all states when empty), oldest first (in the
    // order they were queued).
    QList<OutboxItem> list(qint64 forumId, const QList<OutboxState> &states = {}) const;
    // Ids of the rows that wait for `id` (depends_on), directly.
    QStringList dependents(const QString &id) const;

    // --- delivery (outbox::OutboxDelivery)

    // One attempt starts: state sending, attempts + 1, attempt times set.
    void markSending(const QString &id);
    // The same, only if the row is still queued (or sending from an interrupted run), in one
    // transaction; returns the row as it is now, so the attempt sends the current words.
    // Nullopt when the row is gone or was sent, refused or changed state meanwhile.
    std::optional<OutboxItem> beginAttempt(const QString &id);
    // A transient failure: back to queued, with the reason kept for display.
    void markQueued(const QString &id, const QString &error);
    // Back to queued, but an attempt may have reached the forum: reconcile before resending.
    void markUnconfirmed(const QString &id, const QString &error);
    // Every row left in `sending` by a run that ended without finishing them (a crash, a
    // kill): queued and unconfirmed. Only call it while holding the forum's delivery lock.
    int recoverInterrupted(qint64 forumId);
    void markSent(const QString &id, std::optional<qint64> remotePostId,
                  std::optional<qint64> remoteTopicId);
    // Accepted into the forum's review queue.
    void markSentForReview(const QString &id, std::optional<qint64> pendingPostId);
    void markNeedsAttention(const QString &id, const QString &error,
                            OutboxProblem problem = OutboxProblem::Refused);
    // An edit whose post moved on meanwhile: keeps the forum's text beside the person's.
    void markConflict(const QString &id, const QString &error, const QString &theirRaw,
                      int theirVersion);
    // A reply that waited for its new topic learns the topic's id.
    void setTopicId(const QString &id, qint64 topicId);
    // True when another row of the forum already recorded this post (or topic) as its own:
    // reconciliation never hands one forum post to two rows.
    bool isRemotePostClaimed(qint64 forumId, qint64 remotePostId, const QString &exceptId) const;
    bool isRemoteTopicClaimed(qint64 forumId, qint64 remoteTopicId, const QString &exceptId) const;

    // --- the person's actions

    // needs attention -> queued, for another try as it is. A conflict is not retried this
    // way (it would only conflict again): resolve it with keepMine() or updateText().
    void retry(const QString &id);
    // New words for a queued or needs-attention row (title only matters for new topics); the
    // row is queued again. For an edit in conflict the person has seen the forum's text, so
    // the edit is now based on that version.
    OutboxItem updateText(const QString &id, const QString &raw, const QString &title);
    // An edit in conflict is sent as the person wrote it, over the forum's newer version.
    void keepMine(const QString &id);
    // Removes a row; refused while another row depends on it.
    void remove(const QString &id);
    // Removes a row and every row that waits for it (transitively), in one transaction.
    // Returns the ids removed. Refused when one of them is being sent.
    QStringList removeWithDependents(const QString &id);
    // Forgets sent rows last changed before `beforeMs`; returns how many.
    int removeSent(qint64 forumId, qint64 beforeMs);

private:
    void setState(const QString &id, OutboxState state, const QString &error, bool attempt);
    OutboxItem requireEditable(const QString &id, bool allowConflict) const;

    Database &m_db;
    const Clock &m_clock;
};

QString outboxProblemName(OutboxProblem problem);

} // namespace outpost::store
