#pragma once

// A small forum that looks like the DHIS2 Community of Practice, written straight into a cache
// with CacheWriter: categories with subcategories, topics in several languages, and posts whose
// cooked HTML has what Discourse produces (quotes, code blocks, lists, tables, a picture with
// its lightbox, a onebox, mentions, emoji). GUI tests and the screenshots read it; the clock
// is fixed, so relative times come out the same every run.

#include "discourse/Types.h"
#include "store/CacheTypes.h"

#include <QDateTime>
#include <QList>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::testing {

class ShowcaseForum
{
public:
    // "Now" for everything written (and for the FakeClock of the tests).
    static QDateTime now();
    static qint64 nowMs() { return now().toMSecsSinceEpoch(); }

    // The topic with a quote, code, a picture, a table and a onebox.
    static constexpr qint64 richTopicId = 4101;
    // A long topic (for paging).
    static constexpr qint64 longTopicId = 4102;
    static constexpr int longTopicPosts = 240;
    // A topic the person has read up to post 3 of 9 (unread posts follow).
    static constexpr qint64 partlyReadTopicId = 4103;
    // A topic whose posts are not all downloaded.
    static constexpr qint64 partialTopicId = 4104;

    static QList<discourse::Category> categories();
    // Categories followed after fill().
    static QList<qint64> followedCategoryIds();

    // Writes everything into the cache `db`, marks some reads and writes a digest.
    static void fill(store::Database &db, const Clock &clock);
    // A word that occurs in posts of several topics (for search tests).
    static QString searchWord() { return QStringLiteral("tracker"); }
};

} // namespace outpost::testing
