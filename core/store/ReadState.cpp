#include "store/ReadState.h"

#include "Clock.h"
#include "store/Database.h"

#include <algorithm>

namespace outpost::store {

ReadState::ReadState(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

void ReadState::markRead(qint64 topicId, const QList<int> &postNumbers)
{
    if (postNumbers.isEmpty())
        return;
    Transaction transaction(m_db);
    const qint64 now = m_clock.nowMs();
    Statement insert = m_db.prepare(
            "INSERT INTO post_reads(post_id, topic_id, read_at) SELECT id, topic_id, ?3"
            " FROM posts WHERE topic_id = ?1 AND post_number = ?2"
            " ON CONFLICT(post_id) DO NOTHING");
    for (int number : postNumbers) {
        insert.bind(1, topicId).bind(2, number).bind(3, now);
        insert.exec();
        insert.reset();
    }
    const int highest = *std::max_element(postNumbers.cbegin(), postNumbers.cend());
    Statement topic = m_db.prepare("UPDATE topics SET last_read_post_number ="
                                   " max(last_read_post_number, ?2) WHERE id = ?1");
    topic.bind(1, topicId).bind(2, highest).exec();
    transaction.commit();
}

void ReadState::markReadUpTo(qint64 topicId, int postNumber)
{
    Transaction transaction(m_db);
    Statement insert = m_db.prepare(
            "INSERT INTO post_reads(post_id, topic_id, read_at) SELECT id, topic_id, ?3"
            " FROM posts WHERE topic_id = ?1 AND post_number <= ?2"
            " ON CONFLICT(post_id) DO NOTHING");
    insert.bind(1, topicId).bind(2, postNumber).bind(3, m_clock.nowMs()).exec();
    Statement topic = m_db.prepare("UPDATE topics SET last_read_post_number ="
                                   " max(last_read_post_number, ?2) WHERE id = ?1");
    topic.bind(1, topicId).bind(2, postNumber).exec();
    transaction.commit();
}

int ReadState::lastReadPostNumber(qint64 topicId) const
{
    Statement stmt = m_db.prepare("SELECT last_read_post_number FROM topics WHERE id = ?1");
    stmt.bind(1, topicId);
    return stmt.step() ? stmt.integer(0) : 0;
}

bool ReadState::isRead(qint64 postId) const
{
    Statement stmt = m_db.prepare("SELECT 1 FROM post_reads WHERE post_id = ?1");
    stmt.bind(1, postId);
    return stmt.step();
}

QList<ReadState::UnsyncedRead> ReadState::unsynced(int limit) const
{
    Statement stmt = m_db.prepare("SELECT topic_id, post_id, read_at FROM post_reads"
                                  " WHERE synced = 0 ORDER BY topic_id, post_id LIMIT ?1");
    stmt.bind(1, std::max(0, limit));
    QList<UnsyncedRead> reads;
    while (stmt.step())
        reads.append({stmt.int64(0), stmt.int64(1), stmt.dateTime(2)});
    return reads;
}

void ReadState::markSynced(const QList<qint64> &postIds)
{
    Transaction transaction(m_db);
    Statement stmt = m_db.prepare("UPDATE post_reads SET synced = 1 WHERE post_id = ?1");
    for (qint64 id : postIds) {
        stmt.bind(1, id).exec();
        stmt.reset();
    }
    transaction.commit();
}

} // namespace outpost::store
