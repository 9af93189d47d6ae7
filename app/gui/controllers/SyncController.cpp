#include "controllers/SyncController.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "sync/SyncJob.h"

#include <QLoggingCategory>

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcSyncUi, "outpost.gui.sync")

SyncController::SyncController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_lastState(context.network().state())
{
    connect(&context.network(), &NetworkMonitor::stateChanged, this,
            &SyncController::networkChanged);
}

SyncController::~SyncController()
{
    delete m_job; // cancels and waits for the worker
}

void SyncController::setSession(ForumSession *session)
{
    if (m_job && m_session != session)
        cancel();
    m_session = session;
}

bool SyncController::isRunning() const
{
    return m_job != nullptr;
}

bool SyncController::automaticSyncAllowed() const
{
    switch (m_context.network().state()) {
    case NetworkState::Offline:
        return false;
    case NetworkState::Metered:
        return m_context.settings().syncOnMetered();
    case NetworkState::Online:
        return true;
    }
    return false;
}

bool SyncController::syncNow(Trigger trigger)
{
    if (trigger != Trigger::Person && !automaticSyncAllowed()) {
        m_automaticPending = true;
        return false;
    }
    return start(sync::SyncRequest{}, trigger);
}

bool SyncController::fetchTopics(const QList<qint64> &topicIds)
{
    sync::SyncRequest request;
    request.sendOutbox = false;
    request.followed = false;
    request.topicIds = topicIds;
    return start(request, Trigger::Person);
}

bool SyncController::start(sync::SyncRequest request, Trigger trigger)
{
    // A plain pointer: GCC cannot follow QPointer's null check and warns at -O2.
    ForumSession *session = m_session.data();
    if (!session) {
        Q_EMIT refused(tr("Add a forum first."));
        return false;
    }
    if (m_job)
        return false;
    if (m_context.network().state() == NetworkState::Offline) {
        m_automaticPending = true;
        Q_EMIT refused(m_context.settings().syncWhenLinkReturns()
                               ? tr("You are offline. Outpost will sync when the connection "
                                    "returns.")
                               : tr("You are offline. Sync again once you are connected."));
        return false;
    }
    m_automaticPending = false;
    const store::Forum &forum = session->forum();
    sync::SyncEnvironment environment;
    environment.profileDirectory = m_context.profile().directory();
    environment.forum = forum;
    environment.credentials = m_context.credentialsFor(forum);
    environment.transport = m_context.transportConfig();
    // The worker keeps the system clock: a test's FakeClock is not made for two threads.
    m_job = new sync::SyncJob(std::move(environment), std::move(request), this);
    connect(m_job, &sync::SyncJob::progress, this, [this](const sync::SyncProgress &p) {
        m_progress = p;
        Q_EMIT progress(p);
    });
    connect(m_job, &sync::SyncJob::finished, this, &SyncController::jobFinished);
    m_progress = sync::SyncProgress{};
    m_job->start();
    qCInfo(lcSyncUi) << "sync started" << trigger;
    Q_EMIT started(trigger);
    Q_EMIT runningChanged(true);
    return true;
}

void SyncController::cancel()
{
    if (m_job)
        m_job->abort();
}

void SyncController::jobFinished(const sync::SyncReport &report)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_progress.reset();
    m_lastReport = report;
    qCInfo(lcSyncUi) << "sync finished:" << int(report.stop) << report.counters.requests
                     << "requests" << report.counters.bytesDown << "bytes";
    // Whatever arrived before a stop is in the cache and worth showing.
    if (m_session)
        m_session->reloadAfterSync();
    Q_EMIT finished(report);
    Q_EMIT runningChanged(false);
}

void SyncController::networkChanged(NetworkState state)
{
    const NetworkState previous = m_lastState;
    m_lastState = state;
    if (state == NetworkState::Offline || m_job || !m_session)
        return;
    const bool returned = previous == NetworkState::Offline || m_automaticPending;
    if (returned && m_context.settings().syncWhenLinkReturns())
        syncNow(Trigger::LinkReturned);
}

} // namespace outpost::gui
