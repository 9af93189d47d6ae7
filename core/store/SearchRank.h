#pragma once

namespace outpost::store {

class Database;

// The ranking function of the search index, registered as "outpost_rank" on every cache
// connection and selected per query (rank MATCH 'outpost_rank(...)').
//
// It is bm25 without the inverse document frequency. FTS5's bm25() computes, once per
// query, in how many rows each phrase occurs by walking the phrase's whole doclist: for a
// word that half of a 300,000-post cache contains, that alone costs tens of milliseconds,
// whatever the LIMIT. Every hit contains every term (terms are ANDed), so dropping the IDF
// only changes how much a repeated rare term counts against a repeated common one; term
// frequency saturation, length normalisation and the column weights stay. Arguments: one
// weight per column (title, body, category). Lower is better, like bm25().
class SearchRank
{
public:
    static constexpr const char *name = "outpost_rank";
    // Throws StoreError.
    static void registerWith(Database &db);
};

} // namespace outpost::store
