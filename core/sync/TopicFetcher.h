#pragma once

#include "net/Http.h"
#include "sync/TopicQueue.h"

#include <QList>
#include <QSet>
#include <QString>

#include <any>
#include <unordered_map>

namespace outpost::sync {

class CategoryScope;
class SyncRun;
class TopicStateTable;
struct TopicStates;

// Brings topics up to date, newest activity first (docs/sync.md step 4):
//   never fetched                  /t/{id}.json, then the missing stream ids in batches of 50
//   stream still current           only the missing batches (a kill interrupted them)
//   cached and changed             /t/{id}/{highest cached + 1}.json: the new posts when
//                                  there are few, and the fresh stream (deletions, what else
//                                  is missing); posts that come back with a higher version
//                                  replace the cached ones
// A 404 (or 403/410) deletes the topic from the cache. Each response is stored with the
// topic's sync state in one transaction. Only a few topics are in progress at a time; the
// rest wait in a queue of ids, so memory stays flat however many topics a sync has to do.
// "A few" follows the runner's window (RequestRunner::parallelLimit()), so that a slow link
// always has the next topics' requests in flight.
class TopicFetcher
{
public:
    TopicFetcher(SyncRun &run, TopicStateTable &states, const CategoryScope &scope);

    // Queues a topic (ignored when it is in progress or was done by this run).
    void want(qint64 topicId, qint64 bumpedAtMs, TopicReason reason);
    // Starts queued topics while fewer than the limit are in progress.
    void refill();

    int done() const { return m_done; }
    int planned() const { return m_done + int(m_active.size()) + m_queue.size(); }

    // Topics the forum answered 403 for while the run was signed in. A revoked key is
    // answered 403 on every route, so these are only deleted once the key has proved to work
    // (deleteForbidden()); until then they stay in the cache as they were.
    const QList<qint64> &forbiddenWhileSignedIn() const { return m_forbidden; }
    void deleteForbidden();

private:
    struct Active
    {
        TopicReason reason = TopicReason::Followed;
        QString title;
        int pending = 0;
        bool gone = false;        // deleted on the forum: later answers are dropped
        bool batchFailed = false; // a batch did not arrive: the next run asks again
        bool batchShort = false;  // the forum left out posts that were asked for
    };

    void start(const TopicQueue::Entry &entry);
    void requestDetail(qint64 topicId, Active &active, const TopicStates *states);
    void requestMissing(qint64 topicId, Active &active);
    // `prepared` is what the runner's worker made of the answer (see TopicFetcher.cpp).
    void onDetail(qint64 topicId, net::HttpResponse response, std::any prepared);
    void onBatch(qint64 topicId, const QList<qint64> &asked, net::HttpResponse response,
                 std::any prepared);
    // The forum says the topic is gone (404) or out of reach (403, 410).
    bool isGone(const net::HttpResponse &response) const;
    // A 403 while signed in: kept aside (see forbiddenWhileSignedIn()). True when it was.
    bool setAsideForbidden(qint64 topicId, Active &active, const net::HttpResponse &response);
    void deleteTopic(qint64 topicId, Active &active);
    bool wantsWholeTopic(const Active &active, qint64 categoryId, qint64 bumpedAtMs) const;
    void finishIfIdle(qint64 topicId);
    int priorityOf(TopicReason reason, bool batch) const;
    QString nameOf(qint64 topicId, const Active &active) const;

    SyncRun &m_run;
    TopicStateTable &m_states;
    const CategoryScope &m_scope;
    TopicQueue m_queue;
    std::unordered_map<qint64, Active> m_active;
    QSet<qint64> m_finished;
    int m_done = 0;
    QList<qint64> m_forbidden;
};

} // namespace outpost::sync
