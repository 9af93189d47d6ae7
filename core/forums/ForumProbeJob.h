#pragma once

#include "CancelToken.h"
#include "discourse/Types.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace outpost {
class Clock;
}

namespace outpost::forums {

// What the first look at a forum found.
struct ForumProbeResult
{
    enum class Outcome
    {
        Found,        // a Discourse forum; `site` holds its categories
        InvalidUrl,   // what was typed is not a usable address
        Unreachable,  // no answer (no network, wrong host, TLS problem, ...)
        NotDiscourse, // something answered, but not a Discourse forum we can read
        Refused,      // the forum answered but will not show its categories to a visitor
        Cancelled,
    };
    Outcome outcome = Outcome::Unreachable;
    QUrl baseUrl;         // after redirects (http -> https, a moved forum)
    QString title;        // the forum's own name (site/basic-info), else its host
    QString description;  // the forum's one-line description, may be empty
    discourse::Site site; // Found: every category a visitor can see
    QString message;      // for people, translated; empty when Found
    QString detail;       // technical detail for a "Details" box; never shown alone
    qint64 bytesDown = 0; // what the probe cost on the wire
    bool isFound() const { return outcome == Outcome::Found; }
};

struct ForumProbeEnvironment
{
    net::TransportConfig transport;
    // Tests may script the network; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
    // Null means the system clock.
    Clock *clock = nullptr;
    // Attempts per request before the probe says the forum cannot be reached. The person is
    // waiting in front of a dialog: a short answer beats a patient one.
    int maxAttempts = 2;
};

// Runs the probe on the calling thread (CLI, tests): anonymous GET /site.json for the
// categories, then /site/basic-info.json for the forum's name (optional).
ForumProbeResult probeForum(const ForumProbeEnvironment &environment, const QString &typedUrl,
                            const CancelToken &cancel);

// The GUI's handle on a probe: probeForum() on a worker thread; finished() is delivered on the
// thread that owns the job.
class ForumProbeJob : public QObject
{
    Q_OBJECT
public:
    ForumProbeJob(ForumProbeEnvironment environment, QString typedUrl, QObject *parent = nullptr);
    // Cancels a running probe and waits for the worker (in-flight transfers are aborted).
    ~ForumProbeJob() override;

    void start();
    void abort();
    bool isRunning() const { return m_thread != nullptr; }
    const QString &typedUrl() const { return m_typedUrl; }

Q_SIGNALS:
    void finished(const outpost::forums::ForumProbeResult &result);

private:
    void finishRun(const ForumProbeResult &result);

    ForumProbeEnvironment m_environment;
    QString m_typedUrl;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace outpost::forums

Q_DECLARE_METATYPE(outpost::forums::ForumProbeResult)
