#pragma once

#include <QDateTime>
#include <QList>

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;

// What the person has read in a forum's cache: per post, and the highest post number per
// topic. Written from the GUI thread on its own connection while a sync may be writing
// (WAL and the busy timeout serialise the two). Throws StoreError.
class ReadState
{
public:
    ReadState(Database &db, const Clock &clock);

    // Marks these posts of a topic read (numbers not cached are ignored) and raises the
    // topic's last read post number to the highest of them.
    void markRead(qint64 topicId, const QList<int> &postNumbers);
    // Marks every cached post up to and including postNumber read.
    void markReadUpTo(qint64 topicId, int postNumber);

    int lastReadPostNumber(qint64 topicId) const;
    bool isRead(qint64 postId) const;

    // Reads not yet reported to the forum, and marking them reported.
    struct UnsyncedRead
    {
        qint64 topicId = 0;
        qint64 postId = 0;
        QDateTime readAt;
    };
    QList<UnsyncedRead> unsynced(int limit) const;
    void markSynced(const QList<qint64> &postIds);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace outpost::store
