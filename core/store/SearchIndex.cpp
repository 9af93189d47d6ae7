#include "store/SearchIndex.h"

#include "store/Database.h"
#include "store/SearchIndexUpdater.h"
#include "store/SearchQuery.h"
#include "store/SearchSnippet.h"

#include <QStringList>

#include <limits>

namespace outpost::store {

namespace {

// One pass over the matches, newest first, stopping after the ranking window; each is
// scored on the way (outpost_rank: bm25 without the IDF pass), and only the window is
// sorted. The rows of the page are read afterwards by id.
constexpr std::string_view kRankedIds =
        "SELECT id, score FROM ("
        "  SELECT rowid AS id, outpost_rank(post_fts, 4.0, 1.0, 0.0) AS score"
        "  FROM post_fts WHERE post_fts MATCH ?1 ORDER BY rowid DESC LIMIT ?4)"
        " ORDER BY score, id DESC LIMIT ?2 OFFSET ?3";

constexpr std::string_view kHitRow =
        "SELECT p.topic_id, p.post_number, t.category_id, t.title, p.username, p.created_at,"
        " p.plain_text FROM posts p JOIN topics t ON t.id = p.topic_id WHERE p.id = ?1";

constexpr int kSnippetWords = 24;

// User terms search the title and the text; the category column only filters.
QString fullExpression(const QString &userExpression, const QList<qint64> &categoryIds)
{
    QString expression = QStringLiteral("{title body} : (") + userExpression + u')';
    if (categoryIds.isEmpty())
        return expression;
    QStringList categories;
    for (qint64 id : categoryIds)
        categories.append(QStringLiteral("\"c%1\"").arg(id));
    return QStringLiteral("category : (") + categories.join(QStringLiteral(" OR ")) +
           QStringLiteral(") AND ") + expression;
}

} // namespace

SearchIndex::SearchIndex(Database &db)
    : m_db(db)
{}

QList<SearchHit> SearchIndex::search(QStringView query, const SearchOptions &options)
{
    QList<SearchHit> hits;
    const SearchQuery::Parsed parsed = SearchQuery::parse(
            query, options.prefixLastTerm ? SearchQuery::Prefix::LastTermWhileTyping
                                          : SearchQuery::Prefix::Never);
    if (parsed.expression.isEmpty() || options.limit <= 0)
        return hits;

    {
        Statement ranked = m_db.prepare(kRankedIds);
        ranked.bind(1, fullExpression(parsed.expression, options.categoryIds));
        ranked.bind(2, options.limit).bind(3, std::max(0, options.offset));
        ranked.bind(4, rankingWindow);
        while (ranked.step()) {
            SearchHit hit;
            hit.postId = ranked.int64(0);
            hit.rank = ranked.real(1);
            hits.append(std::move(hit));
        }
    }

    const SearchSnippet marker(parsed.terms, parsed.lastIsPrefix);
    Statement row = m_db.prepare(kHitRow);
    for (SearchHit &hit : hits) {
        row.bind(1, hit.postId);
        if (row.step()) {
            hit.topicId = row.int64(0);
            hit.postNumber = row.integer(1);
            hit.categoryId = row.int64(2);
            hit.title = row.text(3);
            hit.username = row.text(4);
            hit.createdAt = row.dateTime(5);
            hit.titleHighlighted = marker.highlight(hit.title, highlightStart, highlightEnd);
            hit.snippet = marker.snippet(row.text(6), highlightStart, highlightEnd, kSnippetWords);
        }
        row.reset();
    }
    return hits;
}

int SearchIndex::pendingCount()
{
    return SearchIndexUpdater(m_db).pendingCount();
}

void SearchIndex::indexPending()
{
    if (pendingCount() == 0)
        return; // no write lock needed
    Transaction transaction(m_db);
    SearchIndexUpdater(m_db).indexPending(0);
    transaction.commit();
}

void SearchIndex::rebuild()
{
    Transaction transaction(m_db);
    SearchIndexUpdater(m_db).rebuild();
    transaction.commit();
}

bool SearchIndex::isConsistent()
{
    try {
        // The rank argument 1 makes FTS5 compare the index with the content (the view).
        m_db.exec("INSERT INTO post_fts(post_fts, rank) VALUES ('integrity-check', 1)");
        return true;
    } catch (const StoreError &error) {
        if (error.kind() == StoreErrorKind::Corrupt)
            return false;
        throw;
    }
}

} // namespace outpost::store
