#pragma once

#include <QHash>

#include <optional>
#include <set>

namespace outpost::sync {

// Why a topic is fetched; also the order of the queue (smaller goes first).
enum class TopicReason
{
    OnDemand, // the person asked for this thread
    Followed, // inside the window of a followed category and changed
    Check,    // gone from its list: moved, deleted or hidden? (docs/sync.md step 5)
    Top,      // on the forum's top list of the week or month (digest)
};

// Topics waiting to be fetched, by reason and then newest activity first. Holds ids only,
// so a first sync of thousands of topics stays small in memory.
class TopicQueue
{
public:
    struct Entry
    {
        TopicReason reason = TopicReason::Followed;
        qint64 bumpedAtMs = 0;
        qint64 topicId = 0;

        // Smaller goes first: the stronger reason, then the newer activity.
        friend bool operator<(const Entry &a, const Entry &b)
        {
            if (a.reason != b.reason)
                return a.reason < b.reason;
            if (a.bumpedAtMs != b.bumpedAtMs)
                return a.bumpedAtMs > b.bumpedAtMs;
            return a.topicId > b.topicId;
        }
    };

    // Adds a topic, or moves a queued one up when the new reason is stronger.
    void add(const Entry &entry)
    {
        const auto existing = m_byId.constFind(entry.topicId);
        if (existing != m_byId.constEnd()) {
            if (!(entry < *existing))
                return;
            m_order.erase(*existing);
        }
        m_order.insert(entry);
        m_byId.insert(entry.topicId, entry);
    }

    std::optional<Entry> takeNext()
    {
        if (m_order.empty())
            return std::nullopt;
        const Entry entry = *m_order.begin();
        m_order.erase(m_order.begin());
        m_byId.remove(entry.topicId);
        return entry;
    }

    bool contains(qint64 topicId) const { return m_byId.contains(topicId); }
    int size() const { return int(m_byId.size()); }

private:
    std::set<Entry> m_order;
    QHash<qint64, Entry> m_byId;
};

} // namespace outpost::sync
