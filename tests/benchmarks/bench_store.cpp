// Store benchmark: fills a forum cache with synthetic posts through the CacheWriter API (the
// sync engine's path), compares that with a raw sqlite3 bulk insert of the same rows into
// the same schema measured in the same run, then times searches with snippets, thread pages
// and topic lists. Prints a table; asserts nothing about time.
//
//   bench_store                     300,000 posts
//   OUTPOST_BENCH_SMOKE=1 bench_store   a few thousand posts (CI)

#include "Clock.h"
#include "SyntheticForum.h"
#include "store/CacheDatabase.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/SearchIndex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <vector>

using namespace outpost;
using namespace outpost::store;
using outpost::bench::SyntheticForum;
using outpost::bench::SyntheticTopic;

namespace {

constexpr qint64 kLongTopicId = 1; // regenerated with 1,000 posts for the thread timings
constexpr int kLongTopicPosts = 1000;

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
    double max = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[size_t(q * double(ms.size() - 1) + 0.5)]; };
    return {at(0.50), at(0.95), ms.back()};
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

qint64 fileSize(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

SyntheticTopic topicFor(const SyntheticForum &forum, qint64 id)
{
    return forum.topic(id, id == kLongTopicId ? kLongTopicPosts : 0);
}

struct WriterTimes
{
    double lists = 0;
    double details = 0;
    double batches = 0;
    double indexing = 0;
    double total() const { return lists + details + batches + indexing; }
};

// The sync engine's path: list pages of 30, then per topic the detail (first 20 posts and
// the stream) and batches of 20 posts, each call its own transaction. The search index is
// fed in batches of CacheWriter::defaultIndexBatchSize posts, as the writer does by itself;
// here the batches are triggered explicitly so that their time can be shown apart.
WriterTimes ingestWithWriter(const SyntheticForum &forum, Database &db, qint64 &posts)
{
    SystemClock clock;
    CacheWriter writer(db, clock);
    writer.setIndexBatchSize(std::numeric_limits<int>::max());
    QList<discourse::Category> categories;
    for (int c = 1; c <= forum.categoryCount(); ++c) {
        discourse::Category category;
        category.id = c;
        category.name = QStringLiteral("Category %1").arg(c);
        category.slug = QStringLiteral("category-%1").arg(c);
        category.position = c;
        categories.append(category);
    }
    WriterTimes times;
    QElapsedTimer timer;
    timer.start();
    writer.upsertCategories(categories, true);
    times.lists += elapsedMs(timer);

    for (qint64 first = 1; first <= forum.topicCount(); first += 30) {
        discourse::TopicListPage page;
        for (qint64 id = first; id < first + 30 && id <= forum.topicCount(); ++id)
            page.topics.append(forum.listItem(id));
        timer.restart();
        writer.upsertTopicList(page);
        times.lists += elapsedMs(timer);
    }
    qint64 queued = 0;
    const int batchSize = qEnvironmentVariableIsSet("OUTPOST_BENCH_INDEX_BATCH")
                                  ? qEnvironmentVariableIntValue("OUTPOST_BENCH_INDEX_BATCH")
                                  : CacheWriter::defaultIndexBatchSize;
    const auto indexIfFull = [&] {
        if (queued < batchSize)
            return;
        timer.restart();
        writer.indexPendingPosts();
        times.indexing += elapsedMs(timer);
        queued = 0;
    };
    for (qint64 id = 1; id <= forum.topicCount(); ++id) {
        const SyntheticTopic topic = topicFor(forum, id);
        const qsizetype total = topic.detail.posts.size();
        discourse::TopicDetail detail = topic.detail;
        detail.posts = topic.detail.posts.mid(0, 20);
        const QStringList firstTexts = topic.plainTexts.mid(0, 20);
        timer.restart();
        writer.applyTopicDetail(detail, firstTexts);
        times.details += elapsedMs(timer);
        queued += detail.posts.size();
        indexIfFull();
        for (qsizetype from = 20; from < total; from += 20) {
            const QList<discourse::Post> batch = topic.detail.posts.mid(from, 20);
            const QStringList texts = topic.plainTexts.mid(from, 20);
            timer.restart();
            writer.upsertPosts(batch, texts);
            times.batches += elapsedMs(timer);
            queued += batch.size();
            indexIfFull();
        }
        posts += total;
    }
    // The last batch becomes searchable at the end of the sync.
    timer.restart();
    writer.indexPendingPosts();
    times.indexing += elapsedMs(timer);
    return times;
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite error %d: %s\n", rc, sqlite3_errmsg(db));
        std::exit(2);
    }
}

void bindText(sqlite3_stmt *stmt, int index, const QString &text, QByteArray &keep)
{
    keep = text.toUtf8();
    sqlite3_bind_text(stmt, index, keep.constData(), int(keep.size()), SQLITE_STATIC);
}

// The baseline: the same rows (topics, posts with every column, their search index rows)
// with plain prepared INSERTs in one transaction: no upserts, no stream, no users, no
// bookkeeping, no transaction per response.
double ingestRaw(const SyntheticForum &forum, Database &database)
{
    sqlite3 *db = database.handle();
    sqlite3_stmt *topicInsert = nullptr;
    sqlite3_stmt *postInsert = nullptr;
    sqlite3_stmt *indexInsert = nullptr;
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO post_fts(rowid, title, body, category)"
                             " VALUES (?, ?, ?, ?)",
                             -1, &indexInsert, nullptr),
          db);
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO topics(id, category_id, title, slug, posts_count,"
                             " highest_post_number, created_at, last_posted_at, bumped_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                             -1, &topicInsert, nullptr),
          db);
    check(sqlite3_prepare_v2(
                  db,
                  "INSERT INTO posts(id, topic_id, post_number, user_id, username, created_at,"
                  " updated_at, version, post_type, reply_to_post_number, reply_count,"
                  " like_count, hidden, can_edit, yours, deleted_at, action_code, fetched_at,"
                  " plain_text, raw, cooked) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  " ?, ?, ?, ?, ?, ?, ?)",
                  -1, &postInsert, nullptr),
          db);
    double ms = 0;
    QElapsedTimer timer;
    timer.start();
    check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db);
    ms += elapsedMs(timer);
    QByteArray k1, k2, k3, k4, k5;
    for (qint64 id = 1; id <= forum.topicCount(); ++id) {
        const SyntheticTopic topic = topicFor(forum, id);
        const discourse::TopicDetail &d = topic.detail;
        timer.restart();
        sqlite3_bind_int64(topicInsert, 1, d.id);
        sqlite3_bind_int64(topicInsert, 2, d.categoryId);
        bindText(topicInsert, 3, d.title, k1);
        bindText(topicInsert, 4, d.slug, k2);
        sqlite3_bind_int(topicInsert, 5, d.postsCount);
        sqlite3_bind_int(topicInsert, 6, d.highestPostNumber);
        sqlite3_bind_int64(topicInsert, 7, d.createdAt.toMSecsSinceEpoch());
        sqlite3_bind_int64(topicInsert, 8, d.lastPostedAt.toMSecsSinceEpoch());
        sqlite3_bind_int64(topicInsert, 9, d.bumpedAt->toMSecsSinceEpoch());
        check(sqlite3_step(topicInsert), db);
        sqlite3_reset(topicInsert);
        for (qsizetype i = 0; i < d.posts.size(); ++i) {
            const discourse::Post &p = d.posts.at(i);
            sqlite3_bind_int64(postInsert, 1, p.id);
            sqlite3_bind_int64(postInsert, 2, p.topicId);
            sqlite3_bind_int(postInsert, 3, p.postNumber);
            sqlite3_bind_int64(postInsert, 4, p.userId);
            bindText(postInsert, 5, p.username, k3);
            sqlite3_bind_int64(postInsert, 6, p.createdAt.toMSecsSinceEpoch());
            sqlite3_bind_int64(postInsert, 7, p.updatedAt.toMSecsSinceEpoch());
            sqlite3_bind_int(postInsert, 8, p.version);
            sqlite3_bind_int(postInsert, 9, int(p.postType));
            if (p.replyToPostNumber)
                sqlite3_bind_int(postInsert, 10, *p.replyToPostNumber);
            else
                sqlite3_bind_null(postInsert, 10);
            sqlite3_bind_int(postInsert, 11, p.replyCount);
            sqlite3_bind_int(postInsert, 12, p.likeCount);
            sqlite3_bind_int(postInsert, 13, p.hidden);
            sqlite3_bind_int(postInsert, 14, p.canEdit);
            sqlite3_bind_int(postInsert, 15, p.yours);
            sqlite3_bind_null(postInsert, 16);
            sqlite3_bind_text(postInsert, 17, "", 0, SQLITE_STATIC);
            sqlite3_bind_int64(postInsert, 18, 0);
            bindText(postInsert, 19, topic.plainTexts.at(i), k4);
            sqlite3_bind_null(postInsert, 20);
            bindText(postInsert, 21, p.cooked, k5);
            check(sqlite3_step(postInsert), db);
            sqlite3_reset(postInsert);
            sqlite3_bind_int64(indexInsert, 1, p.id);
            sqlite3_bind_text(indexInsert, 2, k1.constData(), int(k1.size()), SQLITE_STATIC);
            sqlite3_bind_text(indexInsert, 3, k4.constData(), int(k4.size()), SQLITE_STATIC);
            const QByteArray category = "c" + QByteArray::number(d.categoryId);
            sqlite3_bind_text(indexInsert, 4, category.constData(), int(category.size()),
                              SQLITE_TRANSIENT);
            check(sqlite3_step(indexInsert), db);
            sqlite3_reset(indexInsert);
        }
        ms += elapsedMs(timer);
    }
    timer.restart();
    check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db);
    ms += elapsedMs(timer);
    sqlite3_finalize(topicInsert);
    sqlite3_finalize(postInsert);
    sqlite3_finalize(indexInsert);
    return ms;
}

QStringList queriesFor(const SyntheticForum &forum)
{
    // What people type: common and rare words, two and three words, phrases, accents
    // typed without them, Arabic, and prefixes while typing (no trailing space).
    QStringList q{QStringLiteral("dhis2 "),
                  QStringLiteral("tracker "),
                  QStringLiteral("android sync "),
                  QStringLiteral("malaria dashboard "),
                  QStringLiteral("analytics tables "),
                  QStringLiteral("tracker android sync "),
                  QStringLiteral("\"data quality\" "),
                  QStringLiteral("metadata import error "),
                  QStringLiteral("postgres upgrade "),
                  QStringLiteral("informacao "),
                  QStringLiteral("relatorio saude "),
                  QStringLiteral("epidemie "),
                  QStringLiteral("الصحه "),
                  QStringLiteral("تقرير بيانات "),
                  QStringLiteral("dashb"),
                  QStringLiteral("analy"),
                  QStringLiteral("visua"),
                  QStringLiteral("enrollm"),
                  QStringLiteral("malaria dis"),
                  QStringLiteral("capture app")};
    for (int rank : {200, 1000, 3000, 8000, 15000})
        q.append(forum.word(rank) + QLatin1Char(' '));
    q.append(forum.word(50) + QLatin1Char(' ') + forum.word(5000) + QLatin1Char(' '));
    return q;
}

// OUTPOST_BENCH_PRAGMAS="cache_size=-65536;wal_autocheckpoint=4000" tries connection
// settings on both ingest runs.
void applyExtraPragmas(Database &db)
{
    const QStringList pragmas =
            qEnvironmentVariable("OUTPOST_BENCH_PRAGMAS").split(u';', Qt::SkipEmptyParts);
    for (const QString &pragma : pragmas)
        db.exec(("PRAGMA " + pragma.trimmed()).toStdString());
}

void printRow(const char *what, const QString &value)
{
    std::printf("| %-46s | %28s |\n", what, qPrintable(value));
}

QString msRow(const Percentiles &p)
{
    return QStringLiteral("p50 %1  p95 %2  max %3 ms")
            .arg(p.p50, 0, 'f', 2)
            .arg(p.p95, 0, 'f', 2)
            .arg(p.max, 0, 'f', 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool smoke = qEnvironmentVariableIntValue("OUTPOST_BENCH_SMOKE") == 1;
    // OUTPOST_BENCH_TOPICS overrides the size (for profiling one part at a time).
    const int topics = qEnvironmentVariableIsSet("OUTPOST_BENCH_TOPICS")
                               ? qEnvironmentVariableIntValue("OUTPOST_BENCH_TOPICS")
                               : (smoke ? 150 : 15'000);
    const SyntheticForum forum(topics, 20, smoke ? 5 : 40);
    // OUTPOST_BENCH_DIR keeps the databases there for inspection (sqlite3 + dbstat).
    QTemporaryDir temporary;
    const QString keep = qEnvironmentVariable("OUTPOST_BENCH_DIR");
    if (keep.isEmpty() && !temporary.isValid())
        return 2;
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString writerPath = dir.filePath(QStringLiteral("writer.sqlite"));
    const QString rawPath = dir.filePath(QStringLiteral("raw.sqlite"));
    // OUTPOST_BENCH_REUSE=1 with OUTPOST_BENCH_DIR skips the ingest and measures the reads
    // of the cache left there by an earlier run.
    const bool reuse = !keep.isEmpty() &&
                       qEnvironmentVariableIntValue("OUTPOST_BENCH_REUSE") == 1 &&
                       QFile::exists(writerPath);
    for (const QString &file : {writerPath, rawPath}) {
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!reuse)
                QFile::remove(file + suffix);
        }
    }
    const qint64 expectedPosts =
            forum.totalPosts() - forum.postCount(kLongTopicId) + kLongTopicPosts;
    std::printf("Outpost store benchmark: %d topics, %lld posts%s, SQLite %s\n\n", topics,
                expectedPosts, smoke ? " (smoke)" : "", sqlite3_libversion());
    std::fflush(stdout);

    try {
        // Raw first, so that the file system cache treats both runs alike.
        double rawMs = 0;
        if (!reuse) {
            CacheOpenResult raw = CacheDatabase::open(rawPath);
            applyExtraPragmas(raw.database);
            rawMs = ingestRaw(forum, raw.database);
        }
        qint64 posts = 0;
        WriterTimes writerTimes;
        if (!reuse) {
            CacheOpenResult cache = CacheDatabase::open(writerPath);
            applyExtraPragmas(cache.database);
            writerTimes = ingestWithWriter(forum, cache.database, posts);
            cache.database.optimize();
        }

        QElapsedTimer timer;
        timer.start();
        CacheOpenResult cache = CacheDatabase::open(writerPath);
        const double openMs = elapsedMs(timer);
        Database &db = cache.database;

        // Search.
        SearchIndex index(db);
        const QStringList queries = queriesFor(forum);
        std::vector<double> searchMs;
        std::vector<std::pair<double, QString>> slowest;
        int totalHits = 0;
        for (int round = 0; round < (smoke ? 2 : 5); ++round) {
            for (const QString &query : queries) {
                timer.restart();
                const QList<SearchHit> hits = index.search(query);
                const double ms = elapsedMs(timer);
                if (round > 0) { // the first round warms the page cache
                    searchMs.push_back(ms);
                    slowest.emplace_back(ms, query);
                }
                totalHits += int(hits.size());
            }
        }
        std::vector<double> filteredMs;
        SearchOptions inOne;
        inOne.categoryIds = {3};
        for (const QString &query : queries) {
            timer.restart();
            index.search(query, inOne);
            filteredMs.push_back(elapsedMs(timer));
        }

        // Reading.
        CacheReader reader(db);
        std::vector<double> firstPageMs, middlePageMs, topicListMs, followedMs, categoriesMs;
        for (int i = 0; i < 30; ++i) {
            timer.restart();
            const QList<CachedPost> first = reader.posts(kLongTopicId, 1, 30);
            firstPageMs.push_back(elapsedMs(timer));
            timer.restart();
            reader.posts(kLongTopicId, 500, 30);
            middlePageMs.push_back(elapsedMs(timer));
            timer.restart();
            const TopicPage page = reader.topics({{qint64(1 + i % forum.categoryCount())}, 50, {}});
            topicListMs.push_back(elapsedMs(timer));
            timer.restart();
            reader.topics({{1, 2, 3, 4, 5}, 50, page.next});
            followedMs.push_back(elapsedMs(timer));
            timer.restart();
            reader.categories(QDateTime::fromMSecsSinceEpoch(0, Qt::UTC));
            categoriesMs.push_back(elapsedMs(timer));
            if (first.size() != 30)
                throw std::runtime_error("the long topic is missing posts");
        }

        std::sort(slowest.begin(), slowest.end(), std::greater<>());
        const double rawRate = double(posts) / (rawMs / 1000.0);
        const double writerMs = writerTimes.total();
        const double writerRate = double(posts) / (writerMs / 1000.0);
        if (reuse)
            posts = CacheReader(db).status().posts;

        std::printf("| %-46s | %28s |\n", "measure", "result");
        std::printf("|%s|%s|\n", std::string(48, '-').c_str(), std::string(30, '-').c_str());
        printRow("posts ingested", QString::number(posts));
        printRow("raw sqlite3 insert, one transaction", QStringLiteral("%1 posts/s (%2 s)")
                                                                .arg(rawRate, 0, 'f', 0)
                                                                .arg(rawMs / 1000, 0, 'f', 1));
        printRow("CacheWriter, one transaction per response",
                 QStringLiteral("%1 posts/s (%2 s)")
                         .arg(writerRate, 0, 'f', 0)
                         .arg(writerMs / 1000, 0, 'f', 1));
        printRow("  of which topic lists / details",
                 QStringLiteral("%1 s / %2 s")
                         .arg(writerTimes.lists / 1000, 0, 'f', 1)
                         .arg(writerTimes.details / 1000, 0, 'f', 1));
        printRow("  of which post batches / indexing",
                 QStringLiteral("%1 s / %2 s")
                         .arg(writerTimes.batches / 1000, 0, 'f', 1)
                         .arg(writerTimes.indexing / 1000, 0, 'f', 1));
        printRow("CacheWriter / raw",
                 QStringLiteral("%1 %").arg(100.0 * writerRate / rawRate, 0, 'f', 0));
        printRow("cache file size (with WAL)",
                 QStringLiteral("%1 MiB").arg(double(fileSize(writerPath)) / 1048576.0, 0, 'f', 0));
        printRow("open with quick_check", QStringLiteral("%1 ms").arg(openMs, 0, 'f', 0));
        printRow("search, 20 hits with snippets", msRow(percentiles(searchMs)));
        printRow("search in one category", msRow(percentiles(filteredMs)));
        printRow("thread: first 30 of 1,000 posts", msRow(percentiles(firstPageMs)));
        printRow("thread: posts 500-529", msRow(percentiles(middlePageMs)));
        printRow("topic list of a category, 50", msRow(percentiles(topicListMs)));
        printRow("followed topics (5 categories), page 2", msRow(percentiles(followedMs)));
        printRow("categories with counts", msRow(percentiles(categoriesMs)));
        std::printf("\nslowest searches:");
        for (size_t i = 0; i < std::min<size_t>(6, slowest.size()); ++i)
            std::printf("  [%s] %.1f ms", qPrintable(slowest[i].second.trimmed()),
                        slowest[i].first);
        std::printf("\n(%d hits in total over %lld queries)\n", totalHits, qint64(queries.size()));
    } catch (const StoreError &error) {
        std::fprintf(stderr, "store error: %s\n", error.what());
        return 1;
    } catch (const std::exception &error) {
        std::fprintf(stderr, "error: %s\n", error.what());
        return 1;
    }
    return 0;
}
