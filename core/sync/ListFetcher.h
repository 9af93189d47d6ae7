#pragma once

#include "net/Http.h"
#include "store/CacheTypes.h"

#include <QSet>

#include <functional>
#include <optional>
#include <unordered_map>

namespace outpost::sync {

class CategoryScope;
class SyncRun;
class TopicFetcher;
class TopicStateTable;

// Reads the topic lists of followed categories, newest activity first (docs/sync.md steps 3
// and 5). Page 0 always; a further page only while the oldest non-pinned topic of a page is
// inside the window and brought news (a topic not cached, or with another listed state), so
// an incremental sync with nothing new costs one request per category. The category's sync
// cursor, written in the transaction of each page, remembers a paging that was cut short:
// the next run goes on from its last page.
//
// Every page hands the topics that need work to the TopicFetcher, and the cached topics the
// page should have shown but did not (moved, deleted, hidden) to it as checks.
class ListFetcher
{
public:
    // Lists ask for this many topics a page; the forum may send fewer (topic_list.per_page).
    static constexpr int requestedPerPage = 100;
    // Page 0 of a category whose last paging ended normally: a smaller page, because most
    // syncs find little news and a sync with nothing new should cost a few kilobytes. When
    // its oldest topic is news, the paging goes on with full pages from page 0. Once a day
    // page 0 is read in full all the same: topics that leave a list without activity (moved,
    // deleted) are only noticed on the pages read.
    static constexpr int probePerPage = 30;
    static constexpr qint64 wideReadIntervalMs = 24LL * 3600 * 1000;

    ListFetcher(SyncRun &run, TopicStateTable &states, TopicFetcher &topics,
                const CategoryScope &scope, std::function<void()> unknownCategorySeen);

    // Starts reading a category's lists (unless this run already does) and queues the
    // topics earlier runs listed but did not finish.
    void start(qint64 categoryId);
    // "Load older topics": widens the category's window by one window further back and
    // reads its lists that far (pages past the usual window go at the lowest priority).
    void startOlder(qint64 categoryId);
    bool isListing(qint64 categoryId) const { return m_paging.count(categoryId) > 0; }

private:
    struct Paging
    {
        store::SyncCursor cursor;
        qint64 windowStartMs = 0;
        bool older = false;                 // read the whole (widened) window
        bool probe = false;                 // start with a small page 0
        std::optional<int> resumeAfterPage; // a paging an earlier run left unfinished
        int previousPage = -1;              // the page read before, in this run
        std::optional<qint64> previousOldestMs;
        QSet<qint64> seen;
    };

    Paging &begin(qint64 categoryId);
    void requestPage(qint64 categoryId, int page, int perPage = requestedPerPage);
    void onPage(qint64 categoryId, int page, int perPage, net::HttpResponse response);
    void checkMissing(qint64 categoryId, const Paging &paging, int page,
                      std::optional<qint64> oldestMs, std::optional<qint64> newestMs,
                      bool lastPage);
    QString nameOf(qint64 categoryId) const;

    SyncRun &m_run;
    TopicStateTable &m_states;
    TopicFetcher &m_topics;
    const CategoryScope &m_scope;
    std::function<void()> m_unknownCategorySeen;
    std::unordered_map<qint64, Paging> m_paging;
};

} // namespace outpost::sync
