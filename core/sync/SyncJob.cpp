#include "SyncJob.h"

namespace outpost::sync {

SyncJob::SyncJob(SyncEnvironment environment, SyncRequest request, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_request(std::move(request))
{
    qRegisterMetaType<SyncProgress>();
    qRegisterMetaType<SyncReport>();
}

SyncJob::~SyncJob()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SyncJob::start()
{
    if (m_thread)
        return;
    // `this` is a safe context for the queued calls: the destructor waits for the worker, and
    // Qt drops calls queued for an object that has since been destroyed.
    m_thread = QThread::create([this] {
        const SyncReport report =
                runSync(m_environment, m_request, m_cancel, [this](const SyncProgress &p) {
                    QMetaObject::invokeMethod(
                            this, [this, p] { Q_EMIT progress(p); }, Qt::QueuedConnection);
                });
        QMetaObject::invokeMethod(
                this, [this, report] { finishRun(report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("outpost-sync"));
    m_thread->start(QThread::LowPriority);
}

void SyncJob::finishRun(const SyncReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(report);
}

void SyncJob::abort()
{
    m_cancel.cancel();
}

bool SyncJob::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace outpost::sync
