#pragma once

#include "store/UserTypes.h"

#include <QList>

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;

// Drafts the person is writing. Saved often (every pause in typing), so one small UPDATE.
// Throws StoreError.
class DraftRepository
{
public:
    DraftRepository(Database &db, const Clock &clock);

    // Inserts or updates; gives the draft an id when it has none. Returns the saved draft.
    Draft save(Draft draft);
    std::optional<Draft> find(const QString &id) const;
    QList<Draft> list(qint64 forumId) const; // most recently edited first
    void remove(const QString &id);

private:
    Database &m_db;
    const Clock &m_clock;
};

QString draftKindName(DraftKind kind);
QString outboxKindName(OutboxKind kind);
QString outboxStateName(OutboxState state);

} // namespace outpost::store
