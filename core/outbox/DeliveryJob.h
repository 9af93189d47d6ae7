#pragma once

// Delivering the outbox on its own, without a sync: "Send now" in the GUI, `outpost-cli
// outbox send`, tests. deliverOutbox() makes the connection and runner a delivery needs;
// DeliveryJob runs it on a worker thread of its own and reports through queued signals.

#include "CancelToken.h"
#include "discourse/ForumApi.h"
#include "net/RequestRunner.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"
#include "outbox/DeliveryTypes.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace outpost {
class Clock;
}

namespace outpost::outbox {

struct DeliveryEnvironment
{
    QString profileDirectory;
    store::Forum forum;
    discourse::Credentials credentials;
    net::TransportConfig transport;
    // Tests may script the network; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
    // Null means the system clock.
    Clock *clock = nullptr;
    net::RunnerConfig runner;
    // The first connection of a process to the forum's cache checks (and migrates) it; the
    // GUI, which has done that already, leaves this off.
    bool verifyCache = false;
};

// Runs one delivery on the calling thread until it ends. Never throws: a database that cannot
// be opened ends it with DeliveryStop::Failed and the reason.
DeliveryReport deliverOutbox(const DeliveryEnvironment &environment, const CancelToken &cancel,
                             DeliveryOptions options = {});

// The GUI's handle on a delivery: itemChanged() for each change of an item (refresh that row),
// finished() once at the end. Signals arrive on the thread that owns the job.
class DeliveryJob : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryJob(DeliveryEnvironment environment, QObject *parent = nullptr);
    // Cancels a running delivery and waits for its worker (in-flight transfers are aborted;
    // an item whose request may have gone out stays unconfirmed, never lost).
    ~DeliveryJob() override;

    void start();
    void abort();
    bool isRunning() const;

Q_SIGNALS:
    void itemChanged(const outpost::store::OutboxItem &item);
    void finished(const outpost::outbox::DeliveryReport &report);

private:
    void finishRun(const DeliveryReport &report);

    DeliveryEnvironment m_environment;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace outpost::outbox
