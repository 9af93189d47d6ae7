#pragma once

#include "discourse/ForumApi.h"
#include "net/RequestRunner.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"
#include "store/UserTypes.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace outpost {
class Clock;
}

namespace outpost::sync {

// What to sync. The default is the usual run: send the outbox, then pull the followed
// categories and the digest.
struct SyncRequest
{
    bool sendOutbox = true;
    bool followed = true;           // lists, new and changed topics of followed categories, digest
    QList<qint64> olderCategoryIds; // also fetch one more window of older topics in these
    QList<qint64> topicIds;         // fetch these whole threads now (on demand)
};

struct SyncCounters
{
    qint64 requests = 0;  // every attempt, as the forum counts them
    qint64 bytesDown = 0; // on the wire
    qint64 bytesUp = 0;
    int topicsUpdated = 0;
    int postsNew = 0;
    int postsUpdated = 0;
    int postsDeleted = 0;
    int outboxSent = 0;
    int topicsDeleted = 0; // gone from the forum (404) and so from the cache
};

enum class SyncStop
{
    Completed,       // everything asked for is done
    Cancelled,       // the person (or a signal) cancelled; what was stored stays
    Offline,         // the forum could not be reached
    BudgetExhausted, // the day's request budget is spent; resumeAtMs says when it refills
    Failed,          // something stopped the whole sync (e.g. the cache cannot be written)
};

struct SyncReport
{
    SyncCounters counters;
    SyncStop stop = SyncStop::Completed;
    qint64 resumeAtMs = 0; // BudgetExhausted: when the budget allows requests again
    QString message;       // for people: why it stopped early; empty when it completed
    QStringList problems;  // for people: things that went wrong without stopping the sync
    QDateTime startedAt;
    QDateTime finishedAt;
    bool isComplete() const { return stop == SyncStop::Completed; }
};

struct SyncProgress
{
    QString activity; // for people, e.g. "Fetching “Data use” (page 2)"
    SyncCounters counters;
    int queuedRequests = 0;
    int topicsDone = 0;
    int topicsPlanned = 0;
};

// What a sync needs from outside; everything is handed in (no globals), so tests can replace
// the transport and the clock.
struct SyncEnvironment
{
    QString profileDirectory;
    store::Forum forum;
    discourse::Credentials credentials;
    net::TransportConfig transport;
    // Tests may script the network; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
    // Null means the system clock.
    Clock *clock = nullptr;
    // Parallelism, retries and backoff of the requests (tests shorten the backoff).
    net::RunnerConfig runner;
    // Check (and if damaged, rebuild) the cache before syncing. Pass false when this process
    // already opened the cache with store::Profile::openCache(): a rebuild must not move a file
    // another connection of this process still reads. A rebuild's notice goes first in
    // SyncReport::problems.
    bool verifyCache = true;
};

} // namespace outpost::sync

Q_DECLARE_METATYPE(outpost::sync::SyncProgress)
Q_DECLARE_METATYPE(outpost::sync::SyncReport)
