#pragma once

// Fills a forum's cache from a running devserver through the real forum API (CurlTransport,
// core's parsers, CacheWriter): /site.json, the first list pages of some categories, and each
// listed topic whole (/t/{id}.json, then /t/{id}/posts.json for the rest). It is a plain,
// sequential copy of what a sync does, for GUI tests that must not wait for the sync engine;
// it has none of the engine's budget, resume or change logic.

#include <QList>
#include <QString>
#include <QUrl>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::testing {

struct DevserverFillReport
{
    int topics = 0;
    int posts = 0;
    int requests = 0;
    QString error; // empty when everything arrived
};

DevserverFillReport fillFromDevserver(const QUrl &baseUrl, store::Database &cache,
                                      const Clock &clock, const QList<qint64> &categoryIds,
                                      int topicsPerCategory);

} // namespace outpost::testing
