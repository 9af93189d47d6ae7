#pragma once

#include "Clock.h"
#include "net/Transport.h"

#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>

namespace outpost::test {

// A scripted net::Transport for unit tests. Each started request is answered by the responder
// after the reply's latency. With a FakeClock, poll() is a discrete-event simulation: it moves
// the clock to the next completion (or by the timeout) instantly. With any other clock it
// really waits (wakeUp() ends the wait), which serves tests of cross-thread cancellation.
class FakeTransport final : public net::Transport
{
public:
    struct Reply
    {
        net::HttpResponse response;
        std::chrono::milliseconds latency{200};
    };
    // `attempt` counts requests to the same URL so far, this one included (1 = first).
    using Responder = std::function<Reply(const net::HttpRequest &request, int attempt)>;

    struct Started
    {
        TransferId id = 0;
        net::HttpRequest request;
        qint64 atMs = 0;
    };

    // `fakeClock` must be &clock when the clock is a FakeClock, else null.
    FakeTransport(Clock &clock, FakeClock *fakeClock, Responder responder = {});
    explicit FakeTransport(FakeClock &clock, Responder responder = {});

    void setResponder(Responder responder) { m_responder = std::move(responder); }
    // Called at the start of every poll(), e.g. to cancel from "another thread" at a given time.
    void setOnPoll(std::function<void()> onPoll) { m_onPoll = std::move(onPoll); }

    TransferId start(const net::HttpRequest &request) override;
    void abort(TransferId id) override;
    std::vector<Completion> poll(std::chrono::milliseconds timeout) override;
    void wakeUp() override;
    int activeCount() const override;

    const std::vector<Started> &started() const { return m_started; }
    std::vector<TransferId> aborted() const { return m_abortedIds; }
    int maxConcurrent() const { return m_maxConcurrent; }

    static Reply ok(QByteArray body = {},
                    std::chrono::milliseconds latency = std::chrono::milliseconds(200));
    static Reply status(int status, QByteArray body = {},
                        std::chrono::milliseconds latency = std::chrono::milliseconds(200));
    static Reply failure(net::TransferError error, bool requestSent = false,
                         std::chrono::milliseconds latency = std::chrono::milliseconds(200));

private:
    struct Pending
    {
        qint64 completesAtMs = 0;
        net::HttpResponse response;
        QUrl url;
    };
    std::vector<Completion> takeDue(qint64 nowMs);

    Clock &m_clock;
    FakeClock *m_fakeClock;
    Responder m_responder;
    std::function<void()> m_onPoll;
    TransferId m_nextId = 1;
    std::map<TransferId, Pending> m_pending;
    std::vector<Completion> m_ready;
    std::vector<Started> m_started;
    std::vector<TransferId> m_abortedIds;
    std::map<QUrl, int> m_attempts;
    int m_maxConcurrent = 0;

    std::mutex m_wakeMutex;
    std::condition_variable m_wakeCondition;
    bool m_wakeRequested = false;
};

} // namespace outpost::test
