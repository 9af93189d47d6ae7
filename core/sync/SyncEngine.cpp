// runSync(): one sync of one forum on the calling thread (docs/sync.md).
#include "Clock.h"
#include "discourse/SessionAnswer.h"
#include "net/RequestRunner.h"
#include "outbox/ForumAccount.h"
#include "outbox/OutboxDelivery.h"
#include "session/ForumConnection.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "sync/BootstrapFetcher.h"
#include "sync/CategoryScope.h"
#include "sync/DigestBuilder.h"
#include "sync/ListFetcher.h"
#include "sync/SyncJob.h"
#include "sync/SyncMessages.h"
#include "sync/SyncRun.h"
#include "sync/TopicFetcher.h"
#include "sync/TopicStateTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <limits>
#include <optional>

namespace outpost::sync {

namespace {

Q_LOGGING_CATEGORY(lcSync, "outpost.sync")

// Progress reaches the GUI as queued signals; a few a second are plenty.
constexpr qint64 kProgressIntervalMs = 100;

// Step 1 of docs/sync.md: the person's queued posts go out before anything is pulled, on the
// same runner and request budget, so the outbox's requests show in the same counters. What
// the delivery could not do without stopping (no key, a refused key, another process sending)
// becomes a problem of the sync; offline, a spent budget or a cancel stop the sync as well.
std::optional<SyncStop> sendOutbox(SyncRun &run, session::ForumConnection &connection,
                                   net::RequestRunner &runner, const CancelToken &cancel,
                                   SyncReport &report)
{
    outbox::OutboxDelivery delivery;
    const outbox::DeliveryReport delivered = delivery.deliver(connection, runner, cancel);
    run.counters().outboxSent += delivered.sent;
    switch (delivered.stop) {
    case outbox::DeliveryStop::Completed:
    case outbox::DeliveryStop::NotSignedIn:
    case outbox::DeliveryStop::NeedsSignIn:
    case outbox::DeliveryStop::Busy:
    case outbox::DeliveryStop::Failed:
        // The pull goes on; the person learns why items wait.
        for (const QString &message : delivered.messages)
            run.addProblem(message);
        return std::nullopt;
    case outbox::DeliveryStop::Offline:
        return SyncStop::Offline;
    case outbox::DeliveryStop::BudgetExhausted:
        report.resumeAtMs = delivered.resumeAtMs;
        return SyncStop::BudgetExhausted;
    case outbox::DeliveryStop::Cancelled:
        return SyncStop::Cancelled;
    }
    return std::nullopt;
}

SyncStop stopOf(net::RunOutcome::Kind kind)
{
    switch (kind) {
    case net::RunOutcome::Kind::Completed:
        break;
    case net::RunOutcome::Kind::Cancelled:
        return SyncStop::Cancelled;
    case net::RunOutcome::Kind::BudgetExhausted:
        return SyncStop::BudgetExhausted;
    case net::RunOutcome::Kind::Unreachable:
        return SyncStop::Offline;
    }
    return SyncStop::Completed;
}

// Everything of one run, in the order it must be torn down (the runner last: its destructor
// aborts transfers whose handlers point into the steps).
class SyncEngine
{
public:
    SyncEngine(const SyncEnvironment &environment, const SyncRequest &request,
               session::ForumConnection &connection, net::RequestRunner &runner, Clock &clock,
               const CancelToken &cancel,
               const std::function<void(const SyncProgress &)> &onProgress)
        : m_request(request)
        , m_connection(connection)
        , m_runner(runner)
        , m_clock(clock)
        , m_cancel(cancel)
        , m_onProgress(onProgress)
        , m_run(request, connection, runner, clock)
        , m_states(connection.cache())
        , m_scope(connection.cache(), connection.userDatabase(), clock, environment.forum.id)
        , m_topics(m_run, m_states, m_scope)
        , m_lists(m_run, m_states, m_topics, m_scope, [this] { m_bootstrap.requestSite(); })
        , m_bootstrap(m_run, m_scope, m_lists)
        , m_digest(m_run, m_states, m_topics, m_scope)
    {
        m_run.setProgressListener([this] { emitProgress(false); });
        m_runner.setProgressCallback([this](const net::RunnerProgress &) { emitProgress(false); });
        m_runner.setIdleCallback([this] { m_run.writer().flush(); });
    }

    ~SyncEngine()
    {
        m_runner.setProgressCallback({});
        m_runner.setIdleCallback({});
    }

    void execute(SyncReport &report)
    {
        net::RunOutcome outcome;
        std::optional<SyncStop> outboxStop;
        if (m_request.sendOutbox) {
            m_run.setActivity(QCoreApplication::translate("outpost::sync", "Sending the outbox"));
            emitProgress(true);
            outboxStop = sendOutbox(m_run, m_connection, m_runner, m_cancel, report);
        }
        if (outboxStop) {
            report.stop = *outboxStop;
            if (report.stop == SyncStop::BudgetExhausted)
                outcome.resumeAtMs = report.resumeAtMs;
        } else {
            startPull();
            outcome = m_runner.run();
            if (outcome.kind == net::RunOutcome::Kind::Completed)
                checkKeyAfterRefusals(outcome);
            report.stop = stopOf(outcome.kind);
        }
        report.resumeAtMs = outcome.resumeAtMs;
        switch (report.stop) {
        case SyncStop::Completed:
        case SyncStop::Failed:
            break;
        case SyncStop::Cancelled:
            report.message = cancelledMessage();
            break;
        case SyncStop::BudgetExhausted:
            report.message = budgetStopMessage(outcome.resumeAtMs, m_clock.nowMs());
            break;
        case SyncStop::Offline:
            report.message = offlineStopMessage(outcome.lastError);
            break;
        }
        finish(report.stop == SyncStop::Completed);
    }

    SyncCounters counters() const
    {
        SyncCounters counters = m_run.counters();
        counters.requests = m_runner.stats().requestsStarted;
        counters.bytesDown = m_runner.stats().bytesDown;
        counters.bytesUp = m_runner.stats().bytesUp;
        return counters;
    }

    QStringList problems() const { return m_run.problems(); }

private:
    void startPull()
    {
        if (m_request.followed) {
            m_bootstrap.start();
            for (qint64 id : m_request.olderCategoryIds)
                m_lists.startOlder(id);
            for (qint64 id : m_scope.listCategories())
                m_lists.start(id);
            m_digest.start();
        } else {
            for (qint64 id : m_request.olderCategoryIds)
                m_lists.startOlder(id);
        }
        for (qint64 id : m_request.topicIds)
            m_topics.want(id, std::numeric_limits<qint64>::max(), TopicReason::OnDemand);
        m_topics.refill();
        emitProgress(true);
    }

    // Topics the forum refused (403) while we were signed in: a revoked key gets 403 on every
    // route, so ask the forum who we are before deleting anything. A refused key marks the
    // forum as needing sign-in (the outbox waits too) and keeps the topics as they were.
    void checkKeyAfterRefusals(net::RunOutcome &outcome)
    {
        if (m_topics.forbiddenWhileSignedIn().isEmpty())
            return;
        std::optional<net::HttpResponse> answer;
        m_runner.enqueue(m_connection.api().currentSession(), priority::bootstrap,
                         [&answer](net::HttpResponse response) { answer = std::move(response); });
        outcome = m_runner.run();
        if (!answer)
            return;
        const discourse::SessionAnswer::Verdict verdict =
                discourse::readSessionAnswer(*answer).verdict;
        outbox::ForumAccount account(m_connection.userDatabase(), m_clock, m_run.forumId());
        // Anything but a clear answer leaves the topics as they are: the next sync asks again.
        if (verdict == discourse::SessionAnswer::Verdict::Refused) {
            const QString message = QCoreApplication::translate(
                    "outpost::sync",
                    "The forum refused your sign-in key. Topics it would not show were kept as "
                    "they were, and your queued posts wait. Sign in to this forum again.");
            account.setNeedsSignIn(message);
            m_run.addProblem(message);
        } else if (verdict == discourse::SessionAnswer::Verdict::Accepted) {
            account.clearNeedsSignIn();
            m_topics.deleteForbidden();
        }
    }

    void finish(bool completed)
    {
        if (completed && m_request.followed)
            m_digest.write();
        m_run.setActivity(
                QCoreApplication::translate("outpost::sync", "Indexing posts for search"));
        emitProgress(true);
        // Posts stored by a run that stopped early become searchable too.
        m_run.writer().indexPendingPosts();
        const QString now = QString::number(m_clock.nowMs());
        m_run.writer().setMeta(sync_meta::kLastSyncAt, now);
        if (completed && m_request.followed)
            m_run.writer().setMeta(sync_meta::kLastCompleteSyncAt, now);
        m_run.writer().flush();
        if (completed)
            m_connection.cache().optimize();
        m_run.setActivity(QString());
    }

    void emitProgress(bool force)
    {
        if (!m_onProgress)
            return;
        if (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < kProgressIntervalMs)
            return;
        m_sinceProgress.start();
        SyncProgress progress;
        progress.activity = m_run.activity();
        progress.counters = counters();
        progress.queuedRequests = m_runner.queuedCount() + m_runner.inFlightCount();
        progress.topicsDone = m_topics.done();
        progress.topicsPlanned = m_topics.planned();
        m_onProgress(progress);
    }

    const SyncRequest &m_request;
    session::ForumConnection &m_connection;
    net::RequestRunner &m_runner;
    Clock &m_clock;
    const CancelToken &m_cancel;
    const std::function<void(const SyncProgress &)> &m_onProgress;
    QElapsedTimer m_sinceProgress;
    SyncRun m_run;
    TopicStateTable m_states;
    CategoryScope m_scope;
    TopicFetcher m_topics;
    ListFetcher m_lists;
    BootstrapFetcher m_bootstrap;
    DigestBuilder m_digest;
};

} // namespace

SyncReport runSync(const SyncEnvironment &environment, const SyncRequest &request,
                   const CancelToken &cancel,
                   const std::function<void(const SyncProgress &)> &onProgress)
{
    SystemClock systemClock;
    Clock &clock = environment.clock ? *environment.clock : systemClock;
    SyncReport report;
    report.startedAt = clock.nowUtc();
    try {
        const store::Profile profile = store::Profile::open(environment.profileDirectory);
        session::ConnectionOptions options;
        options.credentials = environment.credentials;
        options.transport = environment.transport;
        options.verifyCache = environment.verifyCache;
        options.makeTransport = environment.makeTransport;
        session::ForumConnection connection(profile, environment.forum, clock, options);
        if (!connection.cacheNotice().isEmpty())
            report.problems.append(connection.cacheNotice());
        net::RequestRunner runner(connection.transport(), connection.budget(), clock, cancel,
                                  environment.runner);
        SyncEngine engine(environment, request, connection, runner, clock, cancel, onProgress);
        try {
            engine.execute(report);
        } catch (const store::StoreError &error) {
            qCWarning(lcSync).noquote() << "sync stopped:" << error.what();
            report.stop = SyncStop::Failed;
            report.message = storeFailureMessage(error);
        }
        report.counters = engine.counters();
        report.problems += engine.problems();
    } catch (const store::StoreError &error) {
        qCWarning(lcSync).noquote() << "sync could not start:" << error.what();
        report.stop = SyncStop::Failed;
        report.message = storeFailureMessage(error);
    } catch (const std::exception &error) {
        qCWarning(lcSync).noquote() << "sync failed:" << error.what();
        report.stop = SyncStop::Failed;
        report.message = QCoreApplication::translate(
                "outpost::sync", "The sync stopped because of an unexpected error. What was "
                                 "saved before is intact.");
    }
    report.finishedAt = clock.nowUtc();
    return report;
}

} // namespace outpost::sync
