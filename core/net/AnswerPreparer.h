#pragma once

#include <QtGlobal>

#include <any>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace outpost::net {

// A thread of its own for the part of handling an answer that needs nothing but the answer
// (parsing JSON, deriving text from HTML), so that it overlaps with the part that must stay on
// the runner's thread (writing the cache). Work is keyed by the transfer it belongs to; the
// runner takes the result when it hands the answer out. Work nobody has started yet when its
// result is wanted is done by the caller instead of waited for, so the runner's thread never
// idles while the worker is behind.
class AnswerPreparer
{
public:
    using Work = std::function<std::any()>;

    AnswerPreparer() = default;
    ~AnswerPreparer(); // drops work not started, waits for the one under way
    AnswerPreparer(const AnswerPreparer &) = delete;
    AnswerPreparer &operator=(const AnswerPreparer &) = delete;

    // `work` runs on the worker thread: it must touch nothing but what it owns.
    void submit(quint64 key, Work work);
    // The result of the work submitted under `key` (nothing if none was), done here if it had
    // not started. Rethrows what the work threw.
    std::optional<std::any> take(quint64 key);
    void discard(quint64 key);

private:
    void work();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::pair<quint64, std::packaged_task<std::any()>>> m_queue;
    std::unordered_map<quint64, std::future<std::any>> m_results;
    bool m_stopping = false;
    std::thread m_thread; // started with the first work
};

} // namespace outpost::net
