#include "net/RateLog.h"

namespace outpost::net {

std::vector<qint64> InMemoryRateLog::loadSince(qint64 sinceMs)
{
    std::lock_guard lock(m_mutex);
    std::vector<qint64> result;
    for (qint64 entry : m_entries) {
        if (entry >= sinceMs)
            result.push_back(entry);
    }
    return result;
}

void InMemoryRateLog::append(qint64 atMs)
{
    std::lock_guard lock(m_mutex);
    m_entries.push_back(atMs);
    // Amortised pruning: only when the log has doubled since it was last pruned.
    if (m_entries.size() >= 2 * m_sizeAfterPrune + 64) {
        const qint64 horizon = atMs - kKeptMs;
        std::erase_if(m_entries, [horizon](qint64 entry) { return entry < horizon; });
        m_sizeAfterPrune = m_entries.size();
    }
}

qint64 InMemoryRateLog::loadBlockedUntil()
{
    std::lock_guard lock(m_mutex);
    return m_blockedUntil;
}

void InMemoryRateLog::saveBlockedUntil(qint64 untilMs)
{
    std::lock_guard lock(m_mutex);
    m_blockedUntil = untilMs;
}

std::size_t InMemoryRateLog::size() const
{
    std::lock_guard lock(m_mutex);
    return m_entries.size();
}

} // namespace outpost::net
