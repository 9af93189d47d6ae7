#include "outbox/DeliveryJob.h"

#include "Clock.h"
#include "outbox/OutboxDelivery.h"
#include "outbox/OutboxLog.h"
#include "session/ForumConnection.h"
#include "store/Profile.h"

#include <optional>

namespace outpost::outbox {

DeliveryReport deliverOutbox(const DeliveryEnvironment &environment, const CancelToken &cancel,
                             DeliveryOptions options)
{
    SystemClock systemClock;
    Clock &clock = environment.clock ? *environment.clock : systemClock;
    try {
        const store::Profile profile = store::Profile::open(environment.profileDirectory);
        session::ConnectionOptions connectionOptions;
        connectionOptions.credentials = environment.credentials;
        connectionOptions.transport = environment.transport;
        connectionOptions.verifyCache = environment.verifyCache;
        connectionOptions.makeTransport = environment.makeTransport;
        session::ForumConnection connection(profile, environment.forum, clock, connectionOptions);
        net::RequestRunner runner(connection.transport(), connection.budget(), clock, cancel,
                                  environment.runner);
        return OutboxDelivery(std::move(options)).deliver(connection, runner, cancel);
    } catch (const store::StoreError &error) {
        qCWarning(lcOutbox) << "delivery could not start:" << error.what();
        DeliveryReport report;
        report.stop = DeliveryStop::Failed;
        report.messages.append(error.message());
        return report;
    }
}

DeliveryJob::DeliveryJob(DeliveryEnvironment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
{
    qRegisterMetaType<store::OutboxItem>();
    qRegisterMetaType<DeliveryReport>();
}

DeliveryJob::~DeliveryJob()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void DeliveryJob::start()
{
    if (m_thread)
        return;
    // `this` is a safe context for the queued calls: the destructor waits for the worker, and
    // Qt drops calls queued for an object that has since been destroyed.
    m_thread = QThread::create([this] {
        DeliveryOptions options;
        options.onItemChanged = [this](const store::OutboxItem &item) {
            QMetaObject::invokeMethod(
                    this, [this, item] { Q_EMIT itemChanged(item); }, Qt::QueuedConnection);
        };
        const DeliveryReport report = deliverOutbox(m_environment, m_cancel, std::move(options));
        QMetaObject::invokeMethod(
                this, [this, report] { finishRun(report); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("outpost-outbox"));
    m_thread->start(QThread::LowPriority);
}

void DeliveryJob::finishRun(const DeliveryReport &report)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(report);
}

void DeliveryJob::abort()
{
    m_cancel.cancel();
}

bool DeliveryJob::isRunning() const
{
    return m_thread != nullptr;
}

} // namespace outpost::outbox
