#include "FakeTransport.h"

namespace outpost::test {

using std::chrono::milliseconds;

FakeTransport::FakeTransport(Clock &clock, FakeClock *fakeClock, Responder responder)
    : m_clock(clock)
    , m_fakeClock(fakeClock)
    , m_responder(std::move(responder))
{}

FakeTransport::FakeTransport(FakeClock &clock, Responder responder)
    : FakeTransport(clock, &clock, std::move(responder))
{}

FakeTransport::Reply FakeTransport::ok(QByteArray body, milliseconds latency)
{
    return status(200, std::move(body), latency);
}

FakeTransport::Reply FakeTransport::status(int status, QByteArray body, milliseconds latency)
{
    Reply reply;
    reply.response.status = status;
    reply.response.requestSent = true;
    reply.response.bytesDown = 200 + body.size();
    reply.response.bytesUp = 150;
    reply.response.body = std::move(body);
    reply.latency = latency;
    return reply;
}

FakeTransport::Reply FakeTransport::failure(net::TransferError error, bool requestSent,
                                            milliseconds latency)
{
    Reply reply;
    reply.response.error = error;
    reply.response.errorDetail = QStringLiteral("simulated failure");
    reply.response.requestSent = requestSent;
    reply.response.bytesUp = requestSent ? 150 : 0;
    reply.latency = latency;
    return reply;
}

net::Transport::TransferId FakeTransport::start(const net::HttpRequest &request)
{
    const TransferId id = m_nextId++;
    const qint64 now = m_clock.nowMs();
    m_started.push_back({id, request, now});
    const int attempt = ++m_attempts[request.url];
    Reply reply = m_responder ? m_responder(request, attempt) : ok();
    reply.response.finalUrl = request.url;
    reply.response.elapsedMs = reply.latency.count();
    m_pending.emplace(id,
                      Pending{now + reply.latency.count(), std::move(reply.response), request.url});
    m_maxConcurrent = std::max(m_maxConcurrent, activeCount());
    return id;
}

void FakeTransport::abort(TransferId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    net::HttpResponse response;
    response.error = net::TransferError::Cancelled;
    response.errorDetail = QStringLiteral("aborted");
    // An abort mid-way: as far as the caller can know, the request may have reached the server.
    response.requestSent = it->second.response.requestSent;
    response.finalUrl = it->second.url;
    m_ready.push_back({id, std::move(response)});
    m_abortedIds.push_back(id);
    m_pending.erase(it);
}

std::vector<net::Transport::Completion> FakeTransport::takeDue(qint64 nowMs)
{
    std::vector<Completion> done;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->second.completesAtMs <= nowMs) {
            done.push_back({it->first, std::move(it->second.response)});
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
    return done;
}

std::vector<net::Transport::Completion> FakeTransport::poll(milliseconds timeout)
{
    if (m_onPoll)
        m_onPoll();
    std::vector<Completion> done;
    done.swap(m_ready);
    {
        std::lock_guard lock(m_wakeMutex);
        if (m_wakeRequested) {
            m_wakeRequested = false;
            return done;
        }
    }
    if (!done.empty())
        return done;

    const qint64 now = m_clock.nowMs();
    qint64 earliest = now + timeout.count();
    for (const auto &[id, pending] : m_pending)
        earliest = std::min(earliest, pending.completesAtMs);
    const qint64 until = std::max(now, earliest);

    if (m_fakeClock) {
        m_fakeClock->advance(milliseconds(until - now));
    } else {
        std::unique_lock lock(m_wakeMutex);
        m_wakeCondition.wait_for(lock, milliseconds(until - now),
                                 [this] { return m_wakeRequested; });
        if (m_wakeRequested) {
            m_wakeRequested = false;
            return done;
        }
    }
    return takeDue(m_clock.nowMs());
}

void FakeTransport::wakeUp()
{
    {
        std::lock_guard lock(m_wakeMutex);
        m_wakeRequested = true;
    }
    m_wakeCondition.notify_all();
}

int FakeTransport::activeCount() const
{
    return static_cast<int>(m_pending.size() + m_ready.size());
}

} // namespace outpost::test
