#pragma once

#include "store/UserTypes.h"

#include <QList>

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;

// Queued actions (replies, new topics, edits, likes). Each row has a client-generated id
// that stays the same across attempts. The delivery logic lives in outbox/; this is the
// storage with its one invariant: a row and the draft it came from change in one
// transaction, so the words are always in exactly one of the two places. Throws StoreError.
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
    Draft returnToDrafts(const QString &outboxId);

    std::optional<OutboxItem> find(const QString &id) const;
    // Rows of a forum in the given states (all states when empty), oldest first.
    QList<OutboxItem> list(qint64 forumId, const QList<OutboxState> &states = {}) const;

    // One attempt starts: state sending, attempts + 1, attempt times set.
    void markSending(const QString &id);
    // A transient failure: back to queued, with the reason kept for display.
    void markQueued(const QString &id, const QString &error);
    void markSent(const QString &id, std::optional<qint64> remotePostId,
                  std::optional<qint64> remoteTopicId);
    void markNeedsAttention(const QString &id, const QString &error);
    // Removes a row; refused while another row depends on it.
    void remove(const QString &id);

private:
    void setState(const QString &id, OutboxState state, const QString &error, bool attempt);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace outpost::store
