#pragma once

#include "net/Http.h"
#include "store/CacheTypes.h"

#include <QList>

#include <optional>

namespace outpost::sync {

class CategoryScope;
class SyncRun;
class TopicFetcher;
class TopicStateTable;

// The digest for reading offline (docs/sync.md step 6): the forum's top topics of the week
// and of the month (/top.json, at most every six hours; their first ten topics fetched whole
// at low priority), and, once the pull is done, what is new in the followed categories since
// the previous digest: topics created since, and older topics with new posts.
class DigestBuilder
{
public:
    static constexpr int topTopics = 10;
    static constexpr int sectionLimit = 50;
    static constexpr int digestsKept = 30;

    DigestBuilder(SyncRun &run, TopicStateTable &states, TopicFetcher &topics,
                  const CategoryScope &scope);

    // Asks for the top lists when the last ones are older than six hours.
    void start();
    // Writes the digest from the cache (one transaction). Returns its id.
    qint64 write();

private:
    void onTop(store::DigestKind kind, net::HttpResponse response);
    // The top lists stored by an earlier run, and their topics that still need work (a run
    // cut short before it fetched them).
    void resumeStoredTopLists();
    QList<qint64> storedIds(const QString &metaKey) const;
    QList<discourse::TopicListItem> cachedItems(const QList<qint64> &topicIds) const;

    SyncRun &m_run;
    TopicStateTable &m_states;
    TopicFetcher &m_topics;
    const CategoryScope &m_scope;
    QList<qint64> m_topWeek;
    QList<qint64> m_topMonth;
    int m_topAnswers = 0;
};

} // namespace outpost::sync
