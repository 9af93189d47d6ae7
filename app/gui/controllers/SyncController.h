#pragma once

#include "NetworkState.h"
#include "sync/SyncTypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace outpost::sync {
class SyncJob;
}

namespace outpost::gui {

class AppContext;
class ForumSession;

// Runs the forum's sync as a SyncJob (a worker thread) when the person asks, when the app
// starts and when the link comes back, within what the person allowed on a metered link.
// The GUI only ever sees progress and the report, never the network.
class SyncController : public QObject
{
    Q_OBJECT
public:
    enum class Trigger
    {
        Person,       // "Sync now"
        Start,        // the app started (setting "sync on start")
        LinkReturned, // the network came back (setting "sync when the link returns")
    };
    Q_ENUM(Trigger)

    explicit SyncController(AppContext &context, QObject *parent = nullptr);
    ~SyncController() override;

    void setSession(ForumSession *session);
    bool isRunning() const;

    // Starts a sync. Returns false (and says why through refused()) when it cannot start.
    bool syncNow(Trigger trigger = Trigger::Person);
    // Downloads whole topics now (the thread view's "Download this topic").
    bool fetchTopics(const QList<qint64> &topicIds);
    void cancel();

    const std::optional<sync::SyncReport> &lastReport() const { return m_lastReport; }
    std::optional<sync::SyncProgress> currentProgress() const { return m_progress; }
    // Whether an automatic sync may run on the current link.
    bool automaticSyncAllowed() const;

Q_SIGNALS:
    void started(outpost::gui::SyncController::Trigger trigger);
    void progress(const outpost::sync::SyncProgress &progress);
    void finished(const outpost::sync::SyncReport &report);
    void runningChanged(bool running);
    // A sync could not start: a sentence for the status bar.
    void refused(const QString &message);

private:
    bool start(sync::SyncRequest request, Trigger trigger);
    void networkChanged(NetworkState state);
    void jobFinished(const sync::SyncReport &report);

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    sync::SyncJob *m_job = nullptr;
    std::optional<sync::SyncReport> m_lastReport;
    std::optional<sync::SyncProgress> m_progress;
    NetworkState m_lastState;
    bool m_automaticPending = false;
};

} // namespace outpost::gui
