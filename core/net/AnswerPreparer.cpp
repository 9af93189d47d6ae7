#include "net/AnswerPreparer.h"

#include <algorithm>

namespace outpost::net {

AnswerPreparer::~AnswerPreparer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void AnswerPreparer::submit(quint64 key, Work work)
{
    std::packaged_task<std::any()> task(std::move(work));
    {
        const std::lock_guard lock(m_mutex);
        m_results[key] = task.get_future();
        m_queue.emplace_back(key, std::move(task));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { this->work(); });
    }
    m_wake.notify_one();
}

std::optional<std::any> AnswerPreparer::take(quint64 key)
{
    std::future<std::any> result;
    std::optional<std::packaged_task<std::any()>> notStarted;
    {
        const std::lock_guard lock(m_mutex);
        const auto found = m_results.find(key);
        if (found == m_results.end())
            return std::nullopt;
        result = std::move(found->second);
        m_results.erase(found);
        const auto queued = std::find_if(m_queue.begin(), m_queue.end(),
                                         [key](const auto &job) { return job.first == key; });
        if (queued != m_queue.end()) {
            notStarted.emplace(std::move(queued->second));
            m_queue.erase(queued);
        }
    }
    if (notStarted)
        (*notStarted)();
    return result.get();
}

void AnswerPreparer::discard(quint64 key)
{
    const std::lock_guard lock(m_mutex);
    m_results.erase(key);
    const auto queued = std::find_if(m_queue.begin(), m_queue.end(),
                                     [key](const auto &job) { return job.first == key; });
    if (queued != m_queue.end())
        m_queue.erase(queued);
}

void AnswerPreparer::work()
{
    for (;;) {
        std::packaged_task<std::any()> task;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_stopping)
                return;
            task = std::move(m_queue.front().second);
            m_queue.pop_front();
        }
        task();
    }
}

} // namespace outpost::net
