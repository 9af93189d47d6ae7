#pragma once

#include "discourse/ParseResult.h"
#include "net/Http.h"
#include "store/CacheWriter.h"
#include "sync/SyncTypes.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace outpost {
class Clock;
}
namespace outpost::net {
class RequestRunner;
}
namespace outpost::session {
class ForumConnection;
}

namespace outpost::sync {

// Request priorities of one run: higher starts first (docs/sync.md, "One sync run").
namespace priority {
inline constexpr int outbox = 100;
inline constexpr int bootstrap = 90;
inline constexpr int onDemandTopic = 85; // the person is waiting for this thread
inline constexpr int list = 80;
inline constexpr int topicBatch = 60; // a started thread finishes before the next begins
inline constexpr int topic = 50;
inline constexpr int check = 40; // moved or deleted?
inline constexpr int topList = 30;
inline constexpr int topTopic = 20;
inline constexpr int olderList = 10;
} // namespace priority

// What the steps of one sync run share: the forum's connection, the cache writer, the
// request runner, the counters, the problems and the current activity. Lives on the worker
// thread for the length of runSync().
class SyncRun
{
public:
    SyncRun(const SyncRequest &request, session::ForumConnection &connection,
            net::RequestRunner &runner, Clock &clock);

    const SyncRequest &request() const { return m_request; }
    session::ForumConnection &connection() { return m_connection; }
    store::Database &cache();
    store::CacheWriter &writer() { return m_writer; }
    net::RequestRunner &runner() { return m_runner; }
    Clock &clock() { return m_clock; }
    qint64 forumId() const;
    // Where the window of activity starts by default: now minus the forum's window (days).
    qint64 defaultWindowStartMs() const { return m_defaultWindowStartMs; }

    SyncCounters &counters() { return m_counters; }
    const SyncCounters &counters() const { return m_counters; }
    const QStringList &problems() const { return m_problems; }
    // A sentence for people about something that failed without stopping the sync.
    void addProblem(const QString &problem);
    // The sentence for a failed response: the transfer's, the HTTP status's, or the parse
    // error's, behind `what` (a sentence saying what was not updated).
    void addProblem(const QString &what, const net::HttpResponse &response);
    void addProblem(const QString &what, const discourse::ParseError &error);

    const QString &activity() const { return m_activity; }
    void setActivity(const QString &activity);
    // Called after every handled response; the engine turns it into a SyncProgress.
    void setProgressListener(std::function<void()> listener) { m_progress = std::move(listener); }
    void notifyProgress();

    // A topic was stored by this run (it counts once in SyncCounters::topicsUpdated).
    void noteTopicUpdated(qint64 topicId);

private:
    const SyncRequest &m_request;
    session::ForumConnection &m_connection;
    store::CacheWriter m_writer;
    net::RequestRunner &m_runner;
    Clock &m_clock;
    qint64 m_defaultWindowStartMs = 0;
    SyncCounters m_counters;
    QStringList m_problems;
    int m_problemsLeftOut = 0;
    QString m_activity;
    std::function<void()> m_progress;
    QSet<qint64> m_updatedTopics;
};

} // namespace outpost::sync
