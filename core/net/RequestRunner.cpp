#include "net/RequestRunner.h"

#include "Clock.h"
#include "net/NetLog.h"
#include "net/RateBudget.h"
#include "net/ResponseDescription.h"

#include <QDateTime>
#include <QScopeGuard>

#include <algorithm>
#include <iterator>
#include <limits>
#include <random>

namespace outpost::net {

namespace {

using std::chrono::milliseconds;

quint64 seedFrom(const std::optional<quint64> &seed)
{
    if (seed)
        return *seed;
    std::random_device device;
    return (static_cast<quint64>(device()) << 32) ^ device();
}

// std::push_heap keeps the *largest* element on top: "larger" = should start first.
bool startsLater(const auto &a, const auto &b)
{
    if (a.priority != b.priority)
        return a.priority < b.priority;
    return a.sequence > b.sequence;
}

} // namespace

RequestRunner::RequestRunner(Transport &transport, RateBudget &budget, Clock &clock,
                             CancelToken cancel, RunnerConfig config)
    : m_transport(transport)
    , m_budget(budget)
    , m_clock(clock)
    , m_cancel(std::move(cancel))
    , m_config(config)
    , m_backoff(config.retry, seedFrom(config.jitterSeed))
{
    m_config.maxParallel = std::max(1, m_config.maxParallel);
    m_config.retry.maxAttempts = std::max(1, m_config.retry.maxAttempts);
}

RequestRunner::~RequestRunner()
{
    // Nothing may outlive the runner inside the transport: its completions would reach no one.
    for (const Transport::Completion &completion : m_unhandled)
        m_inFlight.erase(completion.id);
    for (const auto &[id, inFlight] : m_inFlight)
        m_transport.abort(id);
    while (!m_inFlight.empty()) {
        for (auto &completion : m_transport.poll(m_config.pollSlice))
            m_inFlight.erase(completion.id);
    }
}

void RequestRunner::handleAll(std::vector<Transport::Completion> completions)
{
    // A handler may throw (the cache could not be written) and end run() with it. The other
    // transfers of the same poll are no longer the transport's: kept here, the next run()
    // hands them to their handlers and the destructor does not wait for them for ever.
    // Answers that will reach a handler with a Prepare are parsed on the worker meanwhile.
    for (const Transport::Completion &completion : completions) {
        const auto found = m_inFlight.find(completion.id);
        if (found == m_inFlight.end() || !found->second.item.prepare ||
            !completion.response.isSuccess() || m_cancel.isCancelled())
            continue;
        m_preparer.submit(completion.id,
                          [prepare = found->second.item.prepare, response = completion.response] {
                              return prepare(response);
                          });
    }
    m_unhandled.insert(m_unhandled.end(), std::make_move_iterator(completions.begin()),
                       std::make_move_iterator(completions.end()));
    while (!m_unhandled.empty()) {
        Transport::Completion next = std::move(m_unhandled.front());
        m_unhandled.erase(m_unhandled.begin());
        handleCompletion(std::move(next));
    }
}

void RequestRunner::enqueue(HttpRequest request, int priority, Handler handler)
{
    Item item;
    item.request = std::move(request);
    item.handler = std::move(handler);
    item.priority = priority;
    item.sequence = m_nextSequence++;
    pushReady(std::move(item));
}

void RequestRunner::enqueue(HttpRequest request, int priority, Prepare prepare,
                            PreparedHandler handler)
{
    Item item;
    item.request = std::move(request);
    item.prepare = std::move(prepare);
    item.preparedHandler = std::move(handler);
    item.priority = priority;
    item.sequence = m_nextSequence++;
    pushReady(std::move(item));
}

void RequestRunner::pushReady(Item item)
{
    m_ready.push_back(std::move(item));
    std::push_heap(m_ready.begin(), m_ready.end(), startsLater<Item, Item>);
}

RequestRunner::Item RequestRunner::popReady()
{
    std::pop_heap(m_ready.begin(), m_ready.end(), startsLater<Item, Item>);
    Item item = std::move(m_ready.back());
    m_ready.pop_back();
    return item;
}

void RequestRunner::promoteDueRetries(qint64 nowMs)
{
    for (auto it = m_waitingRetry.begin(); it != m_waitingRetry.end();) {
        if (it->notBeforeMs <= nowMs) {
            pushReady(std::move(*it));
            it = m_waitingRetry.erase(it);
        } else {
            ++it;
        }
    }
}

std::optional<qint64> RequestRunner::earliestRetryMs() const
{
    std::optional<qint64> earliest;
    for (const Item &item : m_waitingRetry)
        earliest = std::min(earliest.value_or(item.notBeforeMs), item.notBeforeMs);
    return earliest;
}

void RequestRunner::startNext()
{
    Item item = popReady();
    ++item.attempts;
    ++m_stats.requestsStarted;
    const qint64 now = m_clock.nowMs();
    const Transport::TransferId id = m_transport.start(item.request);
    m_inFlight.emplace(id, InFlight{std::move(item), now, false});
}

RunOutcome RequestRunner::run()
{
    Q_ASSERT_X(!m_running, "RequestRunner::run",
               "not re-entrant: call it from the worker, not a handler");
    m_running = true;
    const auto notRunning = qScopeGuard([this] { m_running = false; });
    RunOutcome outcome = runUntilDone();
    idle(); // not on an exception: a handler that threw decides what its caller keeps
    return outcome;
}

RunOutcome RequestRunner::runUntilDone()
{
    m_unreachable.reset();
    reportProgress();
    handleAll({}); // what a throwing handler left of the previous run
    for (;;) {
        if (m_cancel.isCancelled())
            return abortAndDrain();

        const qint64 now = m_clock.nowMs();
        // While probing a failing link, fresh requests go first: a retry of the request that just
        // failed tells less about the link (it may be that request's own problem).
        const bool probing = m_linkFailures > 0;
        const bool promoteRetries = !probing || m_ready.empty();
        if (promoteRetries)
            promoteDueRetries(now);

        const bool work = !m_ready.empty() || !m_waitingRetry.empty();
        // A plain value rather than std::optional: GCC 12 at -O2 reports a false
        // maybe-uninitialized on the optional's payload.
        const qint64 resumeAt = work ? m_budget.dayBudgetResumesAtMs().value_or(0) : 0;
        qint64 wakeAt = std::numeric_limits<qint64>::max();
        if (!m_unreachable && !resumeAt) {
            const int parallel = probing ? 1 : m_config.maxParallel;
            while (!m_ready.empty() && static_cast<int>(m_inFlight.size()) < parallel) {
                if (probing && now < m_linkRetryAtMs) {
                    wakeAt = m_linkRetryAtMs;
                    break;
                }
                if (!m_budget.tryAcquire()) {
                    wakeAt = m_budget.nextAllowedAtMs();
                    break;
                }
                startNext();
            }
            if (const auto retryAt = earliestRetryMs(); retryAt && promoteRetries)
                wakeAt = std::min(wakeAt, *retryAt);
        }

        if (m_inFlight.empty()) {
            if (m_unreachable)
                return *m_unreachable;
            if (resumeAt) {
                qCInfo(lcNet).noquote()
                        << "request budget spent; resuming at"
                        << QDateTime::fromMSecsSinceEpoch(resumeAt, Qt::UTC).toString(Qt::ISODate);
                return RunOutcome{RunOutcome::Kind::BudgetExhausted, resumeAt, {}, {}};
            }
            if (m_ready.empty() && m_waitingRetry.empty())
                return RunOutcome{RunOutcome::Kind::Completed, 0, {}, {}};
            // Nothing in flight, so nothing to poll: wait for the budget or a retry's time.
            const qint64 waitMs = std::max<qint64>(0, wakeAt - now);
            if (waitMs > 0) {
                idle();
                if (!m_clock.sleepFor(milliseconds(waitMs), m_cancel))
                    return abortAndDrain();
            }
            continue;
        }

        milliseconds timeout = m_config.pollSlice;
        if (wakeAt != std::numeric_limits<qint64>::max())
            timeout = std::clamp(milliseconds(wakeAt - now), milliseconds(0), timeout);
        // Answers already there are handed out without waiting; only a real wait is idle.
        std::vector<Transport::Completion> done = m_transport.poll(milliseconds(0));
        if (done.empty() && timeout.count() > 0) {
            idle();
            done = m_transport.poll(timeout);
        }
        handleAll(std::move(done));
    }
}

void RequestRunner::cancel()
{
    m_cancel.cancel();
    m_transport.wakeUp();
}

void RequestRunner::handleCompletion(Transport::Completion completion)
{
    const Transport::TransferId id = completion.id;
    auto node = m_inFlight.extract(id);
    if (node.empty())
        return; // not ours (cannot happen with a transport of our own)
    // Only answers that reach their handler keep what was prepared for them.
    auto notDelivered = qScopeGuard([this, id] { m_preparer.discard(id); });
    InFlight &inFlight = node.mapped();
    Item &item = inFlight.item;
    HttpResponse &response = completion.response;

    m_stats.bytesDown += response.bytesDown;
    m_stats.bytesUp += response.bytesUp;
    logAttempt(item, response);

    if (inFlight.abortedToRequeue && response.error == TransferError::Cancelled) {
        // Stopped because the link is down, not because this request failed.
        requeueFresh(std::move(item));
        reportProgress();
        return;
    }
    if (m_cancel.isCancelled()) {
        notDelivered.dismiss();
        deliver(item, std::move(response), id);
        return;
    }

    const qint64 now = m_clock.nowMs();
    noteLinkHealth(inFlight, response, now);
    const RetryVerdict verdict = judgeAttempt(item.request, response);
    if (verdict != RetryVerdict::Deliver && m_linkFailures >= m_config.retry.maxAttempts) {
        markUnreachable(response);
        requeueFresh(std::move(item));
        reportProgress();
        return;
    }
    const bool attemptsLeft = item.attempts < m_config.retry.maxAttempts;

    switch (verdict) {
    case RetryVerdict::RetryAfterServerWait: {
        ++m_stats.rateLimited;
        const milliseconds wait =
                serverRequestedWait(response, now).value_or(m_config.retry.defaultRateLimitWait);
        // Everyone sharing the budget waits, not only this request: the server counts them all.
        m_budget.blockUntil(now + wait.count());
        qCInfo(lcNet).noquote() << "429: waiting" << wait.count() / 1000 << "s as the forum asks";
        if (attemptsLeft) {
            scheduleRetry(std::move(item), now + wait.count());
            return;
        }
        break;
    }
    case RetryVerdict::RetryAfterBackoff:
        if (attemptsLeft) {
            const int retry = std::max(item.attempts, m_linkFailures);
            const qint64 retryAt = now + m_backoff.delayBeforeRetry(retry).count();
            if (isConnectionFailure(response.error))
                m_linkRetryAtMs = std::max(m_linkRetryAtMs, retryAt);
            scheduleRetry(std::move(item), retryAt);
            return;
        }
        // Out of attempts while the link works for others: this request's own problem.
        break;
    case RetryVerdict::Deliver:
        break;
    }
    notDelivered.dismiss();
    deliver(item, std::move(response), id);
}

void RequestRunner::noteLinkHealth(const InFlight &inFlight, const HttpResponse &response,
                                   qint64 nowMs)
{
    if (isConnectionFailure(response.error)) {
        if (inFlight.startedAtMs >= m_lastLinkFailureAtMs) {
            ++m_linkFailures;
            m_lastLinkFailureAtMs = nowMs;
        }
    } else if (response.error != TransferError::Cancelled) {
        m_linkFailures = 0; // the server answered (even a 500 proves the link works)
    }
}

void RequestRunner::scheduleRetry(Item item, qint64 notBeforeMs)
{
    ++m_stats.retries;
    item.notBeforeMs = notBeforeMs;
    m_waitingRetry.push_back(std::move(item));
    reportProgress();
}

void RequestRunner::requeueFresh(Item item)
{
    item.attempts = 0;
    item.notBeforeMs = 0;
    pushReady(std::move(item));
}

void RequestRunner::deliver(Item &item, HttpResponse response, Transport::TransferId id)
{
    ++m_stats.requestsFinished;
    // Report before the handler runs: it may enqueue more, and the next report shows that.
    reportProgress();
    if (item.preparedHandler) {
        std::optional<std::any> prepared = m_preparer.take(id);
        if (!prepared)
            prepared = item.prepare ? item.prepare(response) : std::any();
        item.preparedHandler(std::move(response), std::move(*prepared));
    } else if (item.handler) {
        item.handler(std::move(response));
    }
}

void RequestRunner::markUnreachable(const HttpResponse &response)
{
    if (m_unreachable)
        return;
    qCInfo(lcNet).noquote() << "forum unreachable:" << technicalName(response.error)
                            << response.errorDetail << "- leaving" << queuedCount() + 1
                            << "requests queued";
    m_unreachable =
            RunOutcome{RunOutcome::Kind::Unreachable, 0, response.error, response.errorDetail};
    // Retries waiting for their backoff failed because of the link, not on their own account.
    std::vector<Item> waiting;
    waiting.swap(m_waitingRetry);
    for (Item &item : waiting)
        requeueFresh(std::move(item));
    // Requests that are safe to repeat are stopped and go back in the queue; the others finish,
    // because their outcome on the server must be known.
    for (auto &[id, inFlight] : m_inFlight) {
        if (inFlight.item.request.isIdempotent()) {
            inFlight.abortedToRequeue = true;
            m_transport.abort(id);
        }
    }
}

RunOutcome RequestRunner::abortAndDrain()
{
    for (const auto &[id, inFlight] : m_inFlight)
        m_transport.abort(id);
    // Each aborted request reaches its handler with TransferError::Cancelled (and requestSent
    // saying whether a POST may have landed); queued ones stay queued.
    handleAll({});
    while (!m_inFlight.empty())
        handleAll(m_transport.poll(m_config.pollSlice));
    qCInfo(lcNet) << "cancelled;" << queuedCount() << "requests left queued";
    return RunOutcome{RunOutcome::Kind::Cancelled, 0, TransferError::Cancelled, {}};
}

void RequestRunner::logAttempt(const Item &item, const HttpResponse &response) const
{
    const QString target = QString::fromUtf8(loggableTarget(item.request.url));
    const QString method = QString::fromLatin1(item.request.method);
    if (response.error == TransferError::None && response.status < 400) {
        qCDebug(lcNet).noquote().nospace()
                << method << ' ' << target << ' ' << response.status
                << " down=" << response.bytesDown << " up=" << response.bytesUp
                << " ms=" << response.elapsedMs << " attempt=" << item.attempts;
        return;
    }
    const QString outcome = response.error == TransferError::None
                                    ? QString::number(response.status)
                                    : QString::fromLatin1(technicalName(response.error));
    qCInfo(lcNet).noquote().nospace()
            << method << ' ' << target << ' ' << outcome << " down=" << response.bytesDown
            << " up=" << response.bytesUp << " ms=" << response.elapsedMs
            << " attempt=" << item.attempts << '/' << m_config.retry.maxAttempts
            << (response.errorDetail.isEmpty() ? QString() : u" (" + response.errorDetail + u')');
}

int RequestRunner::queuedCount() const
{
    return static_cast<int>(m_ready.size() + m_waitingRetry.size());
}

int RequestRunner::inFlightCount() const
{
    return static_cast<int>(m_inFlight.size());
}

void RequestRunner::setProgressCallback(std::function<void(const RunnerProgress &)> callback)
{
    m_progress = std::move(callback);
}

void RequestRunner::setIdleCallback(std::function<void()> callback)
{
    m_idle = std::move(callback);
}

void RequestRunner::idle()
{
    if (m_idle)
        m_idle();
}

void RequestRunner::reportProgress()
{
    if (!m_progress)
        return;
    m_progress(RunnerProgress{m_stats.requestsFinished, queuedCount(), inFlightCount(),
                              m_stats.bytesDown, m_stats.bytesUp});
}

} // namespace outpost::net
