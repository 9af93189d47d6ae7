#pragma once

#include "CancelToken.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QThread>

namespace outpost::sync {

// Runs one sync on the calling thread until it completes or stops; for the CLI, tests and
// benchmarks. `onProgress` is called on the same thread.
SyncReport runSync(const SyncEnvironment &environment, const SyncRequest &request,
                   const CancelToken &cancel,
                   const std::function<void(const SyncProgress &)> &onProgress = {});

// The GUI's handle on a sync: runSync() on a worker thread of its own, with progress and the
// result delivered as queued signals on the thread that owns the job.
class SyncJob : public QObject
{
    Q_OBJECT
public:
    SyncJob(SyncEnvironment environment, SyncRequest request, QObject *parent = nullptr);
    // Cancels a running sync and waits for the worker to stop (a moment: in-flight transfers
    // are aborted, the current transaction finishes).
    ~SyncJob() override;

    void start();
    void abort();
    bool isRunning() const;
    const SyncRequest &request() const { return m_request; }

Q_SIGNALS:
    void progress(const outpost::sync::SyncProgress &progress);
    void finished(const outpost::sync::SyncReport &report);

private:
    void finishRun(const SyncReport &report);

    SyncEnvironment m_environment;
    SyncRequest m_request;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace outpost::sync
