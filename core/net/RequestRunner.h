#pragma once

#include "CancelToken.h"
#include "net/AnswerPreparer.h"
#include "net/RetryPolicy.h"
#include "net/Transport.h"

#include <QString>

#include <any>
#include <functional>
#include <optional>
#include <unordered_map>
#include <vector>

namespace outpost {
class Clock;
}

namespace outpost::net {

class RateBudget;

struct RunnerConfig
{
    // Transfers in flight at once; the budget still decides how many may start. What keeps a
    // slow link busy is its bandwidth-delay product: EDGE (30 KB/s, 840 ms) holds about 25 KB
    // in flight, and a sync's gzip'd answers average about 4 KB, so four at a time left the
    // link idle half the time (bench_sync: 45 %) and eight fill it. Eight also stays under
    // the per-IP limits of Discourse's stock nginx (20 connections, bursts of 12 + 1).
    int maxParallel = 8;
    RetryPolicy retry;
    // Seed of the backoff jitter; nullopt: a random seed. Tests pass one to be deterministic.
    std::optional<quint64> jitterSeed;
    // How long a poll may block before the runner looks at its cancel token again (a cancel
    // through RequestRunner::cancel() wakes it at once).
    std::chrono::milliseconds pollSlice{250};
};

struct RunnerStats
{
    qint64 requestsStarted = 0;  // every attempt: it is what the server counts
    qint64 requestsFinished = 0; // handed to their handler
    qint64 retries = 0;
    qint64 rateLimited = 0; // 429s seen
    qint64 bytesDown = 0;
    qint64 bytesUp = 0;
};

struct RunnerProgress
{
    qint64 requestsDone = 0; // handed to their handler
    int queued = 0;          // waiting, including retries waiting for their backoff
    int inFlight = 0;
    qint64 bytesDown = 0;
    qint64 bytesUp = 0;
};

struct RunOutcome
{
    enum class Kind
    {
        Completed,       // the queue is empty and nothing is in flight
        Cancelled,       // the cancel token fired; in-flight requests were aborted
        BudgetExhausted, // the next request would wait longer than the budget's longWaitMs
        Unreachable,     // the link is down: maxAttempts attempts in a row failed to connect
    };
    Kind kind = Kind::Completed;
    qint64 resumeAtMs = 0;                         // BudgetExhausted: when requests may go on
    TransferError lastError = TransferError::None; // Unreachable: the last failure
    QString lastErrorDetail;
};

// Runs a queue of requests through a Transport on the calling (worker) thread with Outpost's
// request policy: the forum's rate budget, bounded parallelism, retries with backoff, 429 waits,
// cancellation, byte accounting and one log line per request (category "outpost.net").
//
// Handlers run on the runner's thread as requests finish and may enqueue more (a topic's
// response enqueues its missing posts). When run() stops early (budget, unreachable) the rest
// stays queued; calling run() again continues.
//
// Retries are per request (5xx, connection failures) but an outage is the link's: after a
// connection failure the runner sends one request at a time with growing backoff until the
// server answers again, and gives up with Unreachable after maxAttempts failures in a row, so
// a dead link costs a handful of attempts rather than the whole queue.
class RequestRunner
{
public:
    using Handler = std::function<void(HttpResponse response)>;
    // Parsing that needs nothing but the answer: runs on a worker thread while the runner's
    // thread handles earlier answers, so it must touch only its captures and the answer. Its
    // result reaches the PreparedHandler with the answer (also for failed answers, which it
    // gets to see on the runner's thread).
    using Prepare = std::function<std::any(const HttpResponse &response)>;
    using PreparedHandler = std::function<void(HttpResponse response, std::any prepared)>;

    // Nothing is owned; all must outlive the runner.
    RequestRunner(Transport &transport, RateBudget &budget, Clock &clock, CancelToken cancel,
                  RunnerConfig config = {});
    ~RequestRunner();
    RequestRunner(const RequestRunner &) = delete;
    RequestRunner &operator=(const RequestRunner &) = delete;

    // Higher priority starts first; first in, first out within a priority.
    void enqueue(HttpRequest request, int priority, Handler handler);
    void enqueue(HttpRequest request, int priority, Prepare prepare, PreparedHandler handler);

    // Runs until the queue is empty or something stops it (see RunOutcome).
    RunOutcome run();

    // Thread-safe: cancels the token handed in and wakes a blocked run() at once.
    void cancel();

    int queuedCount() const;
    int inFlightCount() const;
    // At most this many requests are in flight (RunnerConfig::maxParallel, at least 1).
    int parallelLimit() const { return m_config.maxParallel; }
    const RunnerStats &stats() const { return m_stats; }
    // Called on the runner's thread after every finished attempt.
    void setProgressCallback(std::function<void(const RunnerProgress &)> callback);
    // Called on the runner's thread whenever it is about to wait (for an answer, the budget or
    // a retry's time) with no answer left to hand out, and before run() returns. The sync
    // commits what its handlers wrote then: grouped while answers queue up, durable whenever
    // the link is what Outpost waits for.
    void setIdleCallback(std::function<void()> callback);

private:
    struct Item
    {
        HttpRequest request;
        Handler handler;
        Prepare prepare;
        PreparedHandler preparedHandler;
        int priority = 0;
        quint64 sequence = 0;
        int attempts = 0;
        qint64 notBeforeMs = 0;
    };
    struct InFlight
    {
        Item item;
        qint64 startedAtMs = 0;
        bool abortedToRequeue = false;
    };

    void pushReady(Item item);
    Item popReady();
    void promoteDueRetries(qint64 nowMs);
    std::optional<qint64> earliestRetryMs() const;
    void startNext();
    void handleAll(std::vector<Transport::Completion> completions);
    void handleCompletion(Transport::Completion completion);
    void noteLinkHealth(const InFlight &inFlight, const HttpResponse &response, qint64 nowMs);
    void scheduleRetry(Item item, qint64 notBeforeMs);
    void requeueFresh(Item item);
    void deliver(Item &item, HttpResponse response, Transport::TransferId id);
    void markUnreachable(const HttpResponse &response);
    RunOutcome abortAndDrain();
    void logAttempt(const Item &item, const HttpResponse &response) const;
    void reportProgress();
    RunOutcome runUntilDone();
    void idle();

    Transport &m_transport;
    RateBudget &m_budget;
    Clock &m_clock;
    CancelToken m_cancel;
    RunnerConfig m_config;
    Backoff m_backoff;

    std::vector<Item> m_ready; // a heap: highest priority, then lowest sequence, on top
    std::vector<Item> m_waitingRetry;
    std::unordered_map<Transport::TransferId, InFlight> m_inFlight;
    std::vector<Transport::Completion> m_unhandled; // finished, not yet handed to a handler
    AnswerPreparer m_preparer;
    quint64 m_nextSequence = 0;
    std::optional<RunOutcome> m_unreachable;
    bool m_running = false;

    // The link, as opposed to one request: consecutive connection failures of attempts that
    // started after the previous failure (parallel failures of one outage count once). While
    // non-zero the runner probes with one request at a time, no earlier than m_linkRetryAtMs.
    int m_linkFailures = 0;
    qint64 m_lastLinkFailureAtMs = 0;
    qint64 m_linkRetryAtMs = 0;

    RunnerStats m_stats;
    std::function<void(const RunnerProgress &)> m_progress;
    std::function<void()> m_idle;
};

} // namespace outpost::net
