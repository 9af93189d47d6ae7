#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace outpost {

// A cancellation flag shared between the thread that asks for cancellation (usually the GUI
// or a signal handler) and the worker that honours it. Copies share the same state.
class CancelToken
{
public:
    CancelToken()
        : m_state(std::make_shared<State>())
    {}

    void cancel() const;
    bool isCancelled() const;

    // Waits until cancelled or `timeout` elapsed. Returns true if cancelled.
    bool waitFor(std::chrono::milliseconds timeout) const;

private:
    struct State
    {
        std::mutex mutex;
        std::condition_variable cv;
        bool cancelled = false;
    };
    std::shared_ptr<State> m_state;
};

} // namespace outpost
