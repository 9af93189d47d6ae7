// runSync(): one sync of one forum on the calling thread (docs/sync.md).
#include "Clock.h"
#include "net/RequestRunner.h"
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

namespace outpost::sync {

namespace {

Q_LOGGING_CATEGORY(lcSync, "outpost.sync")

// Progress reaches the GUI as queued signals; a few a second are plenty.
constexpr qint64 kProgressIntervalMs = 100;

// Step 1 of docs/sync.md: the person's queued posts go out before anything is pulled, on the
// same runner and rate budget. outbox::OutboxDelivery plugs in here: it enqueues its requests
// on run.runner() at priority::outbox (its handlers may enqueue follow-ups, such as a reply
// that waited for its new topic), adds what it delivered to run.counters().outboxSent and
// what went wrong to run.addProblem(). Everything it enqueues is sent by the runner.run()
// that follows, before the pull starts. Until the outbox exists there is nothing to send.
void sendOutbox(SyncRun &run)
{
    Q_UNUSED(run)
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
               const std::function<void(const SyncProgress &)> &onProgress)
        : m_request(request)
        , m_connection(connection)
        , m_runner(runner)
        , m_clock(clock)
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
    }

    ~SyncEngine() { m_runner.setProgressCallback({}); }

    void execute(SyncReport &report)
    {
        net::RunOutcome outcome;
        if (m_request.sendOutbox) {
            m_run.setActivity(QCoreApplication::translate("outpost::sync", "Sending the outbox"));
            sendOutbox(m_run);
            if (m_runner.queuedCount() > 0)
                outcome = m_runner.run();
        }
        if (outcome.kind == net::RunOutcome::Kind::Completed) {
            startPull();
            outcome = m_runner.run();
        }
        report.stop = stopOf(outcome.kind);
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
        if (completed) {
            if (m_request.followed)
                m_run.writer().setMeta(sync_meta::kLastCompleteSyncAt, now);
            m_connection.cache().optimize();
        }
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
        SyncEngine engine(environment, request, connection, runner, clock, onProgress);
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
