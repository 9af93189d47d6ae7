#include "SyncBenchSupport.h"

#include "Clock.h"
#include "devserver/Forum.h"
#include "net/CurlTransport.h"
#include "store/CacheDatabase.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"
#include "sync/SyncJob.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace outpost::bench {

namespace {

QString keyOf(const QUrl &url)
{
    return url.path(QUrl::FullyEncoded) + u'?' + url.query(QUrl::FullyEncoded);
}

void check(int rc, sqlite3 *db)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "sqlite error %d: %s\n", rc, sqlite3_errmsg(db));
        std::exit(2);
    }
}

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

RecordingTransport::RecordingTransport(std::unique_ptr<net::Transport> inner, QString directory)
    : m_inner(std::move(inner))
    , m_directory(std::move(directory))
{}

QString RecordingTransport::fileFor(const QString &directory, const QUrl &url)
{
    return directory + u'/' +
           QString::fromLatin1(
                   QCryptographicHash::hash(keyOf(url).toUtf8(), QCryptographicHash::Sha1).toHex());
}

net::Transport::TransferId RecordingTransport::start(const net::HttpRequest &request)
{
    const TransferId id = m_inner->start(request);
    m_urls.insert(id, request.url);
    return id;
}

std::vector<net::Transport::Completion> RecordingTransport::poll(std::chrono::milliseconds timeout)
{
    std::vector<Completion> done = m_inner->poll(timeout);
    for (const Completion &completion : done) {
        const QUrl url = m_urls.take(completion.id);
        if (!completion.response.isSuccess())
            continue;
        QFile file(fileFor(m_directory, url));
        if (file.open(QIODevice::WriteOnly))
            file.write(completion.response.body);
    }
    return done;
}

ReplayTransport::ReplayTransport(QString directory)
    : m_directory(std::move(directory))
{}

net::Transport::TransferId ReplayTransport::start(const net::HttpRequest &request)
{
    Completion completion;
    completion.id = m_next++;
    QFile file(RecordingTransport::fileFor(m_directory, request.url));
    net::HttpResponse &response = completion.response;
    response.requestSent = true;
    response.finalUrl = request.url;
    if (file.open(QIODevice::ReadOnly)) {
        response.status = 200;
        response.body = file.readAll();
    } else {
        response.status = 404;
    }
    response.bytesDown = response.body.size();
    m_ready.push_back(std::move(completion));
    return m_ready.back().id;
}

std::vector<net::Transport::Completion> ReplayTransport::poll(std::chrono::milliseconds)
{
    std::vector<Completion> done;
    done.swap(m_ready);
    return done;
}

RequestBound lowestRequestCount(const devserver::Forum &forum, const QList<qint64> &categories,
                                int perPage)
{
    RequestBound bound;
    const devserver::Viewer anonymous;
    QHash<qint64, qint64> topicsPerCategory;
    for (int id = 1; id <= forum.maxTopicId(); ++id) {
        const devserver::Topic *topic = forum.topic(id);
        if (!topic || !categories.contains(topic->categoryId) || !forum.canSee(anonymous, *topic))
            continue;
        qint64 posts = 0;
        for (qint32 postId : topic->postIds) {
            const devserver::Post *post = forum.post(postId);
            posts += post && forum.canSee(anonymous, *post) ? 1 : 0;
        }
        ++bound.topics;
        bound.topicIds.insert(id);
        bound.posts += posts;
        ++topicsPerCategory[topic->categoryId];
        bound.topicRequests += 1 + (std::max<qint64>(0, posts - 20) + 49) / 50;
    }
    for (qint64 category : categories)
        bound.listPages +=
                std::max<qint64>(1, (topicsPerCategory.value(category) + perPage - 1) / perPage);
    return bound;
}

QList<qint64> categoriesHolding(const devserver::Forum &forum, int count, qint64 *topics,
                                qint64 *posts)
{
    QSet<qint64> parents;
    for (const devserver::Category &c : forum.categories())
        parents.insert(c.parentId);
    const devserver::Viewer anonymous;
    QList<std::pair<qint64, qint64>> sized; // (topics, category)
    for (const devserver::Category &c : forum.categories()) {
        if (c.readRestricted() || parents.contains(c.id) || c.id == forum.uncategorizedId())
            continue;
        qint64 n = 0;
        for (int id = 1; id <= forum.maxTopicId(); ++id) {
            const devserver::Topic *t = forum.topic(id);
            n += t && t->categoryId == c.id && forum.canSee(anonymous, *t) ? 1 : 0;
        }
        sized.append({n, c.id});
    }
    std::sort(sized.begin(), sized.end(), std::greater<>());
    QList<qint64> chosen;
    for (qsizetype i = 0; i < sized.size() && chosen.size() < count; ++i)
        chosen.append(sized.at(i).second);
    const RequestBound bound = lowestRequestCount(forum, chosen, 100);
    *topics = bound.topics;
    *posts = bound.posts;
    return chosen;
}

double rawInsertOfTheSameRows(const QString &fromCache, const QString &toCache, qint64 *rows)
{
    store::CacheOpenResult from = store::CacheDatabase::open(fromCache);
    store::CacheOpenResult to = store::CacheDatabase::open(toCache);
    sqlite3 *db = to.database.handle();
    sqlite3_stmt *topicInsert = nullptr;
    sqlite3_stmt *postInsert = nullptr;
    sqlite3_stmt *indexInsert = nullptr;
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
    check(sqlite3_prepare_v2(db,
                             "INSERT INTO post_fts(rowid, title, body, category)"
                             " VALUES (?, ?, ?, ?)",
                             -1, &indexInsert, nullptr),
          db);
    // Read and insert statement by statement; only the inserting is timed.
    QElapsedTimer timer;
    qint64 ns = 0;
    auto timed = [&](auto &&work) {
        timer.start();
        work();
        ns += timer.nsecsElapsed();
    };
    timed([&] { check(sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), db); });
    {
        store::Statement t = from.database.prepare(
                "SELECT id, category_id, title, slug, posts_count, highest_post_number,"
                " created_at, last_posted_at, bumped_at FROM topics");
        while (t.step()) {
            timed([&] {
                for (int i = 0; i < 9; ++i)
                    sqlite3_bind_value(topicInsert, i + 1, sqlite3_column_value(t.handle(), i));
                check(sqlite3_step(topicInsert), db);
                sqlite3_reset(topicInsert);
            });
        }
    }
    *rows = 0;
    store::Statement p = from.database.prepare(
            "SELECT p.id, p.topic_id, p.post_number, p.user_id, p.username, p.created_at,"
            " p.updated_at, p.version, p.post_type, p.reply_to_post_number, p.reply_count,"
            " p.like_count, p.hidden, p.can_edit, p.yours, p.deleted_at, p.action_code,"
            " p.fetched_at, p.plain_text, p.raw, p.cooked, t.title, 'c' || t.category_id"
            " FROM posts p JOIN topics t ON t.id = p.topic_id");
    while (p.step()) {
        timed([&] {
            for (int i = 0; i < 21; ++i)
                sqlite3_bind_value(postInsert, i + 1, sqlite3_column_value(p.handle(), i));
            check(sqlite3_step(postInsert), db);
            sqlite3_reset(postInsert);
            sqlite3_bind_value(indexInsert, 1, sqlite3_column_value(p.handle(), 0));
            sqlite3_bind_value(indexInsert, 2, sqlite3_column_value(p.handle(), 21));
            sqlite3_bind_value(indexInsert, 3, sqlite3_column_value(p.handle(), 18));
            sqlite3_bind_value(indexInsert, 4, sqlite3_column_value(p.handle(), 22));
            check(sqlite3_step(indexInsert), db);
            sqlite3_reset(indexInsert);
        });
        ++*rows;
    }
    timed([&] { check(sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), db); });
    sqlite3_finalize(topicInsert);
    sqlite3_finalize(postInsert);
    sqlite3_finalize(indexInsert);
    return double(ns) / 1e6;
}

store::Forum makeProfile(const QString &directory, const QString &url,
                         const QList<qint64> &categories)
{
    SystemClock clock;
    store::Profile profile = store::Profile::open(directory);
    store::ForumRepository forums(profile.userDatabase(), clock);
    store::Forum forum = forums.add(url, QStringLiteral("Bench"));
    forums.setSyncWindowDays(forum.id, 3650);
    forums.setSetting(forum.id, QStringLiteral("rate_limits"), QStringLiteral("off"));
    for (qint64 id : categories)
        forums.follow(forum.id, id);
    return *forums.find(forum.id);
}

ChildSync syncInChild(const QString &self, const QString &profile, const QString &recordDirectory)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QStringLiteral("--child-sync"), profile};
    if (!recordDirectory.isEmpty())
        args << QStringLiteral("--record") << recordDirectory;
    child.start(self, args);
    ChildSync result;
    if (!child.waitForFinished(3600'000) || child.exitCode() != 0) {
        result.error = QStringLiteral("the child sync failed: ") + child.errorString();
        return result;
    }
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const qsizetype equals = line.indexOf('=');
        const QByteArray key = line.left(equals);
        const qint64 value = line.mid(equals + 1).toLongLong();
        if (key == "requests")
            result.requests = value;
        else if (key == "bytes_down")
            result.bytesDown = value;
        else if (key == "posts_new")
            result.postsNew = value;
        else if (key == "wall_ms")
            result.wallMs = value;
        else if (key == "peak_rss_kib")
            result.peakRssKiB = value;
        else if (key == "complete")
            result.complete = value == 1;
    }
    result.ok = true;
    return result;
}

int childSyncMain(const QString &profileDirectory, const QString &recordDirectory)
{
    SystemClock clock;
    store::Profile profile = store::Profile::open(profileDirectory);
    const QList<store::Forum> forums = store::ForumRepository(profile.userDatabase(), clock).all();
    if (forums.isEmpty())
        return 2;
    sync::SyncEnvironment environment;
    environment.profileDirectory = profileDirectory;
    environment.forum = forums.first();
    if (!recordDirectory.isEmpty()) {
        environment.makeTransport = [recordDirectory](const net::TransportConfig &config) {
            return std::make_unique<RecordingTransport>(
                    std::make_unique<net::CurlTransport>(config), recordDirectory);
        };
    }
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = sync::runSync(environment, {}, CancelToken());
    std::printf("requests=%lld\nbytes_down=%lld\nposts_new=%d\nwall_ms=%lld\npeak_rss_kib=%lld\n"
                "complete=%d\n",
                report.counters.requests, report.counters.bytesDown, report.counters.postsNew,
                timer.elapsed(), peakRssKiB(), report.isComplete() ? 1 : 0);
    if (!report.isComplete())
        std::fprintf(stderr, "child sync: %s\n", qPrintable(report.message));
    return 0;
}

} // namespace outpost::bench
