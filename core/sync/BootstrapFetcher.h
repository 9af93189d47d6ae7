#pragma once

#include "net/Http.h"
#include "sync/SyncStatus.h"

#include <QString>

namespace outpost::sync {

class CategoryScope;
class ListFetcher;
class SyncRun;

// What a sync reads before the lists (docs/sync.md step 2): /site.json when the categories
// are older than a day or a list names one we do not know; /session/current.json when signed
// in and older than a day, whose watched, tracked and watched-first-post categories become
// the forum's follows (store::FollowSource::Forum) and are listed in this same run.
class BootstrapFetcher
{
public:
    BootstrapFetcher(SyncRun &run, CategoryScope &scope, ListFetcher &lists);

    void start();
    // A list named a category the cache does not know: read /site.json (once a run).
    void requestSite();

private:
    bool isStale(const QString &metaKey, qint64 maxAgeMs) const;
    void onSite(net::HttpResponse response);
    void onSession(net::HttpResponse response);

    SyncRun &m_run;
    CategoryScope &m_scope;
    ListFetcher &m_lists;
    bool m_siteRequested = false;
};

} // namespace outpost::sync
