#include "Clock.h"

#include "CancelToken.h"

namespace outpost {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool SystemClock::sleepFor(std::chrono::milliseconds duration, const CancelToken &cancel)
{
    return !cancel.waitFor(duration);
}

bool FakeClock::sleepFor(std::chrono::milliseconds duration, const CancelToken &cancel)
{
    if (cancel.isCancelled())
        return false;
    m_now += duration.count();
    m_slept += duration.count();
    return true;
}

void CancelToken::cancel() const
{
    {
        std::lock_guard lock(m_state->mutex);
        m_state->cancelled = true;
    }
    m_state->cv.notify_all();
}

bool CancelToken::isCancelled() const
{
    std::lock_guard lock(m_state->mutex);
    return m_state->cancelled;
}

bool CancelToken::waitFor(std::chrono::milliseconds timeout) const
{
    std::unique_lock lock(m_state->mutex);
    return m_state->cv.wait_for(lock, timeout, [this] { return m_state->cancelled; });
}

} // namespace outpost
