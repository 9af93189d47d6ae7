#pragma once

// Pieces of bench_sync: recording the answers of a sync and replaying them without a
// network (to time the ingest alone), a raw sqlite3 insert of the same rows, the lower bound
// of requests, and running a sync in a child process to read its peak memory.

#include "net/Transport.h"
#include "store/UserTypes.h"

#include <QDir>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace devserver {
class Forum;
}

namespace outpost::bench {

// Wraps a transport and writes every successful answer's body to `directory`, one file per
// URL, so that ReplayTransport can answer the same requests later.
class RecordingTransport final : public net::Transport
{
public:
    RecordingTransport(std::unique_ptr<net::Transport> inner, QString directory);
    TransferId start(const net::HttpRequest &request) override;
    void abort(TransferId id) override { m_inner->abort(id); }
    std::vector<Completion> poll(std::chrono::milliseconds timeout) override;
    void wakeUp() override { m_inner->wakeUp(); }
    int activeCount() const override { return m_inner->activeCount(); }

    static QString fileFor(const QString &directory, const QUrl &url);

private:
    std::unique_ptr<net::Transport> m_inner;
    QString m_directory;
    QHash<TransferId, QUrl> m_urls;
};

// Answers at once from the files a RecordingTransport wrote (404 for anything else).
class ReplayTransport final : public net::Transport
{
public:
    explicit ReplayTransport(QString directory);
    TransferId start(const net::HttpRequest &request) override;
    void abort(TransferId) override {}
    std::vector<Completion> poll(std::chrono::milliseconds timeout) override;
    void wakeUp() override {}
    int activeCount() const override { return int(m_ready.size()); }

private:
    QString m_directory;
    TransferId m_next = 1;
    std::vector<Completion> m_ready;
};

// The fewest requests the API allows for caching these categories' visible topics whole:
// per category ⌈topics / perPage⌉ list pages, per topic 1 + ⌈max(0, n − 20) / 50⌉.
struct RequestBound
{
    qint64 topics = 0;
    qint64 posts = 0;
    qint64 listPages = 0;
    qint64 topicRequests = 0;
    QSet<qint64> topicIds;
    qint64 total() const { return listPages + topicRequests; }
};
RequestBound lowestRequestCount(const devserver::Forum &forum, const QList<qint64> &categories,
                                int perPage);

// Leaf categories (no subcategories, public) of a generated forum whose topics add up to
// about `topics`, most topics first.
QList<qint64> categoriesHolding(const devserver::Forum &forum, int count, qint64 *topics,
                                qint64 *posts);

// Copies every cached post (and its topic) of `fromCache` into the empty cache `toCache`
// with plain prepared INSERTs in one transaction, search index included: the raw baseline.
// Returns the milliseconds spent inserting (not reading) and sets `rows`.
double rawInsertOfTheSameRows(const QString &fromCache, const QString &toCache, qint64 *rows);

// A profile following `categories` of the forum at `url`, no rate limits, a wide window.
store::Forum makeProfile(const QString &directory, const QString &url,
                         const QList<qint64> &categories);

struct ChildSync
{
    bool ok = false;
    qint64 requests = 0;
    qint64 bytesDown = 0;
    qint64 postsNew = 0;
    qint64 wallMs = 0;
    qint64 peakRssKiB = 0;
    bool complete = false;
    QString error;
};
// Runs `self --child-sync PROFILE [--record DIR]` and reads what it prints.
ChildSync syncInChild(const QString &self, const QString &profile,
                      const QString &recordDirectory = {});
// The child's side: syncs the profile's first forum, prints the figures. Returns the exit
// code.
int childSyncMain(const QString &profile, const QString &recordDirectory);

} // namespace outpost::bench
