#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace outpost::store {

class Database;

// Marks around matched words in SearchHit::snippet and ::titleHighlighted. Control
// characters never occur in post text, so the GUI and the CLI can render them as they like.
inline constexpr char16_t highlightStart = u'\u0002';
inline constexpr char16_t highlightEnd = u'\u0003';

struct SearchOptions
{
    QList<qint64> categoryIds; // empty: every category
    int limit = 20;
    int offset = 0;
    bool prefixLastTerm = true; // search-as-you-type
};

struct SearchHit
{
    qint64 topicId = 0;
    qint64 postId = 0;
    int postNumber = 0;
    qint64 categoryId = 0;
    QString title;            // as written
    QString titleHighlighted; // with highlight markers
    QString snippet;          // ~24 words of the post text with highlight markers, "…" at cuts
    QString username;
    QDateTime createdAt;
    double rank = 0; // lower is better
};

// Full-text search over the cached posts of one forum, best matches first (bm25, a title
// match weighs four times a body match).
//
// Ranking costs time per matching post. A word that half the forum uses ("dhis2") would
// match 150,000 posts of a large cache; so the newest `rankingWindow` matches (post ids
// grow with time) are ranked, which keeps every search within a few milliseconds. Queries
// with fewer matches are ranked over all of them. The score is outpost_rank (SearchRank.h):
// bm25 without its IDF pass over the whole index.
//
// Newly downloaded posts become searchable when their batch is indexed (see
// CacheWriter::setIndexBatchSize); pendingCount() says how many are waiting.
class SearchIndex
{
public:
    static constexpr int rankingWindow = 2000;

    explicit SearchIndex(Database &db);

    // The person's text goes through SearchQuery, so any input is safe. Empty when nothing
    // matches or the query has nothing searchable. Throws StoreError.
    QList<SearchHit> search(QStringView query, const SearchOptions &options = {});

    // Posts downloaded but not yet in the index.
    int pendingCount();
    // Indexes every waiting post now (in one transaction).
    void indexPending();
    // Rebuilds the whole index from the posts (after a tokenizer change).
    void rebuild();
    // True when the index holds exactly the posts not waiting to be indexed, with their
    // current title, text and category (FTS5 integrity-check against the content).
    bool isConsistent();

private:
    Database &m_db;
};

} // namespace outpost::store
