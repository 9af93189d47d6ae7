#pragma once

// Reading a forum cache from the outside, for the sync and CLI integration tests: a canonical
// dump to compare two caches, and the consistency checks every test of an interrupted or
// faulty sync runs.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace outpost::synctest {

// One line per category, topic, post, stream entry and sync state, sorted, without the
// columns that only say when something was fetched. Two caches of the same forum state dump
// the same. With `onlyTopics`, lines of other topics are left out.
QStringList dumpCache(const QString &cachePath, const QSet<qint64> *onlyTopics = nullptr);

// PRAGMA integrity_check and foreign_key_check, the search index against the posts, and the
// sync's invariant: a topic marked synced has every post of its stream cached. Returns the
// problems found (empty: consistent).
QStringList consistencyProblems(const QString &cachePath);

struct CacheContents
{
    QSet<qint64> postIds;
    QSet<qint64> topicsWithStream; // a topic response was stored
    QSet<qint64> syncedTopics;     // synced state equals listed state
};
CacheContents readContents(const QString &cachePath);

// Where the cache differs from what the forum holds: every expected topic must be cached with
// exactly its visible posts, in order. Empty when it does not.
QString differencesFromForum(const QString &cachePath,
                             const QHash<qint64, QList<qint64>> &postsByTopic);

// As if the lists were last read in full more than a day ago (the sync then reads page 0 of
// each followed category in full, not only its first 30 topics).
void forgetFullListReads(const QString &cachePath);

// The lines only in `a` and only in `b` (at most `limit` of each), for a readable failure.
QString diffLines(const QStringList &a, const QStringList &b, int limit = 8);

} // namespace outpost::synctest
