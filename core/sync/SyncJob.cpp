#include "SyncJob.h"

#include <QPointer>

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
    }
}

void SyncJob::start()
{
    if (m_thread)
        return;
    QPointer<SyncJob> self(this);
    m_thread = QThread::create([this, self] {
        const SyncReport report =
                runSync(m_environment, m_request, m_cancel, [self](const SyncProgress &p) {
                    if (self)
                        QMetaObject::invokeMethod(
                                self,
                                [self, p] {
                                    if (self)
                                        Q_EMIT self->progress(p);
                                },
                                Qt::QueuedConnection);
                });
        QMetaObject::invokeMethod(
                self,
                [self, report] {
                    if (!self)
                        return;
                    self->m_thread->wait();
                    self->m_thread->deleteLater();
                    self->m_thread = nullptr;
                    Q_EMIT self->finished(report);
                },
                Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("outpost-sync"));
    m_thread->start(QThread::LowPriority);
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
