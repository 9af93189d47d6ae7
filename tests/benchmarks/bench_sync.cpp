// Sync benchmark (docs/sync.md, issue 3). One run reports, for a generated forum whose five
// followed categories hold 5,000 topics and about 50,000 posts:
//   - requests of a first sync per 1,000 posts beside the lowest count the API allows;
//   - ingest speed (the recorded answers replayed without a network: parse, plain text,
//     store, index) beside a raw sqlite3 insert of the same rows, in the same run;
//   - an incremental sync with nothing new: requests and bytes;
//   - peak RSS of a sync (a child process, VmHWM), also into a 300,000-post cache;
//   - search p50/p95 over that 300,000-post cache, with snippets;
//   - link utilisation of a sync through `outpost-linksim --profile edge`.
// Asserts nothing about time; prints a table.
//
//   bench_sync                              full size (a few minutes)
//   OUTPOST_BENCH_SMOKE=1 bench_sync        tiny sizes (CI)
//   OUTPOST_BENCH_ONLY=edge bench_sync      only part 5, the EDGE link (about 20 s)

#include "Clock.h"
#include "SyncBenchSupport.h"
#include "SyntheticForum.h"
#include "devserver/ServerThread.h"
#include "store/CacheDatabase.h"
#include "store/CacheWriter.h"
#include "store/SearchIndex.h"
#include "sync/SyncJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace outpost;
using namespace outpost::bench;

namespace {

constexpr double kEdgeBytesPerSecond = 240'000.0 / 8; // outpost-linksim --profile edge

struct Percentiles
{
    double p50 = 0;
    double p95 = 0;
};

Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    const auto at = [&](double q) { return ms[size_t(q * double(ms.size() - 1) + 0.5)]; };
    return {at(0.50), at(0.95)};
}

void row(const char *measure, const QString &result, const char *target = "")
{
    std::printf("| %-44s | %-34s | %-22s |\n", measure, qPrintable(result), target);
    std::fflush(stdout);
}

QString number(double value, int decimals = 0)
{
    return QLocale::c().toString(value, 'f', decimals);
}

devserver::GenerateSpec specFor(int topics, quint64 seed)
{
    devserver::GenerateSpec spec;
    spec.categories = 40;
    spec.topics = topics;
    spec.posts = topics * 10;
    spec.seed = seed;
    return spec;
}

// A generated forum whose five largest leaf categories hold about `wanted` topics.
devserver::GenerateSpec sizedSpec(int wanted)
{
    const int guess = wanted * 5;
    const devserver::Forum probe = devserver::Forum::generate(specFor(guess, 7));
    qint64 topics = 0;
    qint64 posts = 0;
    categoriesHolding(probe, 5, &topics, &posts);
    const double share = topics > 0 ? double(topics) / guess : 0.2;
    return specFor(int(wanted / share), 7);
}

// The 300,000-post cache of the store benchmark's synthetic forum, written through the
// CacheWriter.
qint64 fillLargeCache(const QString &path, int topics)
{
    SystemClock clock;
    store::CacheOpenResult cache = store::CacheDatabase::open(path);
    store::CacheWriter writer(cache.database, clock);
    const SyntheticForum forum(topics, 20, 40);
    qint64 posts = 0;
    for (qint64 first = 1; first <= forum.topicCount(); first += 100) {
        discourse::TopicListPage page;
        for (qint64 id = first; id < first + 100 && id <= forum.topicCount(); ++id)
            page.topics.append(forum.listItem(id));
        writer.upsertTopicList(page);
    }
    for (qint64 id = 1; id <= forum.topicCount(); ++id) {
        const SyntheticTopic topic = forum.topic(id);
        writer.applyTopicDetail(topic.detail, topic.plainTexts);
        posts += topic.detail.posts.size();
    }
    writer.indexPendingPosts();
    cache.database.optimize();
    return posts;
}

Percentiles searchTimes(const QString &path, const SyntheticForum &forum)
{
    store::CacheOpenResult cache = store::CacheDatabase::open(path);
    store::SearchIndex index(cache.database);
    QStringList queries{QStringLiteral("dhis2"),
                        QStringLiteral("tracker android sync"),
                        QStringLiteral("malaria dashboard"),
                        QStringLiteral("\"data quality\""),
                        QStringLiteral("metadata import error"),
                        QStringLiteral("informacao"),
                        QStringLiteral("relatorio saude"),
                        QStringLiteral("epidemie"),
                        QStringLiteral("الصحه"),
                        QStringLiteral("dashb"),
                        QStringLiteral("analy"),
                        QStringLiteral("capture app")};
    for (int rank : {200, 1000, 3000, 8000})
        queries.append(forum.word(rank));
    std::vector<double> times;
    QElapsedTimer timer;
    for (int round = 0; round < 4; ++round) {
        for (const QString &query : queries) {
            timer.start();
            index.search(query);
            if (round > 0) // the first round warms the page cache
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
    }
    return percentiles(times);
}

struct EdgeRun
{
    qint64 linkBytesDown = 0;
    double busyPercent = 0;
    qint64 wallMs = 0;
    qint64 requests = 0;
    bool complete = false;
};

// A sync of a small forum through `outpost-linksim --profile edge`.
EdgeRun syncOverEdge(const QString &profileDirectory, bool smoke)
{
    EdgeRun run;
    devserver::ServerThread::Config config;
    config.spec.categories = 15;
    config.spec.topics = smoke ? 40 : 150;
    config.spec.posts = smoke ? 300 : 1800;
    config.spec.seed = 3;
    config.settings.limits.enabled = false;
    config.settings.logToStderr = false;
    devserver::ServerThread server(config);
    QString error;
    if (!server.start(&error))
        return run;
    QProcess link;
    link.start(qEnvironmentVariable("OUTPOST_LINKSIM"),
               {QStringLiteral("--target"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--profile"),
                QStringLiteral("edge"), QStringLiteral("--quiet")});
    if (!link.waitForStarted(10'000))
        return run;
    while (!link.canReadLine() && link.waitForReadyRead(10'000)) {
    }
    const QString listening = QString::fromUtf8(link.readLine()).trimmed();
    const QString port = listening.section(u':', -1);
    const QList<qint64> categories = server.invoke([](devserver::Server &s) {
        qint64 topics = 0;
        qint64 posts = 0;
        return categoriesHolding(s.forum(), 3, &topics, &posts);
    });
    sync::SyncEnvironment environment;
    environment.profileDirectory = profileDirectory;
    environment.forum =
            makeProfile(profileDirectory, QStringLiteral("http://127.0.0.1:") + port, categories);
    QElapsedTimer timer;
    timer.start();
    const sync::SyncReport report = sync::runSync(environment, {}, CancelToken());
    run.wallMs = timer.elapsed();
    run.requests = report.counters.requests;
    run.complete = report.isComplete();
    ::kill(pid_t(link.processId()), SIGTERM);
    link.waitForFinished(10'000);
    static const QRegularExpression totals(
            QStringLiteral("totals: down (\\d+) B.*downlink busy ([0-9.]+)%"));
    const QRegularExpressionMatch m = totals.match(QString::fromUtf8(link.readAllStandardError()));
    if (m.hasMatch()) {
        run.linkBytesDown = m.captured(1).toLongLong();
        run.busyPercent = m.captured(2).toDouble();
    }
    return run;
}

void printEdge(const EdgeRun &edge)
{
    const double utilisation = edge.wallMs > 0
                                       ? (double(edge.linkBytesDown) / kEdgeBytesPerSecond) /
                                                 (double(edge.wallMs) / 1000)
                                       : 0;
    row("EDGE (240 kbit/s, 840 ms): link utilisation",
        QStringLiteral("%1 % (%2 KB in %3 s, %4 requests)")
                .arg(number(100 * utilisation))
                .arg(number(double(edge.linkBytesDown) / 1024, 0),
                     number(double(edge.wallMs) / 1000, 1))
                .arg(edge.requests),
        ">= 70 %");
    row("  linksim's own downlink busy time", QStringLiteral("%1 %").arg(number(edge.busyPercent)));
}

void printTableHead()
{
    std::printf("| %-44s | %-34s | %-22s |\n", "measure", "result", "target");
    std::printf("|%s|%s|%s|\n", std::string(46, '-').c_str(), std::string(36, '-').c_str(),
                std::string(24, '-').c_str());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("outpost.*.info=false"));
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args.at(1) == QLatin1String("--child-sync"))
        return childSyncMain(args.at(2), args.size() >= 5 ? args.at(4) : QString());

    const bool smoke = qEnvironmentVariableIntValue("OUTPOST_BENCH_SMOKE") == 1;
    QTemporaryDir work;
    if (!work.isValid())
        return 2;
    const QDir dir(work.path());
    if (qEnvironmentVariable("OUTPOST_BENCH_ONLY") == QLatin1String("edge")) {
        printTableHead();
        const EdgeRun edge = syncOverEdge(dir.filePath(QStringLiteral("edge")), smoke);
        printEdge(edge);
        if (!edge.complete)
            std::printf("WARNING: the sync did not complete; see stderr.\n");
        return 0;
    }
    try {
        // 1. The forum, and the first sync (in a child, recording the answers).
        devserver::ServerThread::Config config;
        // OUTPOST_BENCH_TOPICS: another size of the followed part (for profiling).
        const int wanted = qEnvironmentVariableIsSet("OUTPOST_BENCH_TOPICS")
                                   ? qEnvironmentVariableIntValue("OUTPOST_BENCH_TOPICS")
                                   : (smoke ? 150 : 5'000);
        config.spec = sizedSpec(wanted);
        config.settings.limits.enabled = false;
        config.settings.logToStderr = false;
        devserver::ServerThread server(config);
        QString error;
        if (!server.start(&error)) {
            std::fprintf(stderr, "devserver: %s\n", qPrintable(error));
            return 2;
        }
        struct Chosen
        {
            QList<qint64> categories;
            RequestBound bound;
        };
        const Chosen chosen = server.invoke([](devserver::Server &s) {
            qint64 topics = 0;
            qint64 posts = 0;
            Chosen c;
            c.categories = categoriesHolding(s.forum(), 5, &topics, &posts);
            c.bound = lowestRequestCount(s.forum(), c.categories, 100);
            return c;
        });
        std::printf("Outpost sync benchmark%s: %d categories generated (%d topics, %d posts); "
                    "following %lld of them: %lld topics, %lld posts\n\n",
                    smoke ? " (smoke)" : "", config.spec.categories, config.spec.topics,
                    config.spec.posts, qint64(chosen.categories.size()), chosen.bound.topics,
                    chosen.bound.posts);
        printTableHead();

        const QString self = app.applicationFilePath();
        const QString first = dir.filePath(QStringLiteral("first"));
        const QString record = dir.filePath(QStringLiteral("record"));
        dir.mkpath(record);
        makeProfile(first, server.baseUrl().toString(), chosen.categories);
        const quint64 seq = server.invoke([](devserver::Server &s) {
            return s.requestLog().records().empty() ? quint64(0)
                                                    : s.requestLog().records().back().seq;
        });
        const ChildSync firstSync = syncInChild(self, first, record);
        // What the requests were for, from the server's log: the followed categories' lists
        // and topics (what the bound counts), and the rest (site, top lists, top topics).
        struct Split
        {
            qint64 lists = 0;
            qint64 followedTopics = 0;
            qint64 other = 0;
        };
        const QSet<qint64> followedTopics = chosen.bound.topicIds;
        const Split split = server.invoke([seq, &followedTopics](devserver::Server &s) {
            static const QRegularExpression topic(QStringLiteral("^/t/(\\d+)[/.]"));
            Split counts;
            for (const devserver::RequestRecord &r : s.requestLog().records()) {
                if (r.seq <= seq)
                    continue;
                const QRegularExpressionMatch m = topic.match(r.path);
                if (r.path.startsWith(QLatin1String("/c/")))
                    ++counts.lists;
                else if (m.hasMatch() && followedTopics.contains(m.captured(1).toLongLong()))
                    ++counts.followedTopics;
                else
                    ++counts.other;
            }
            return counts;
        });
        const qint64 followedRequests = split.lists + split.followedTopics;
        const double perThousand = 1000.0 * double(followedRequests) / double(chosen.bound.posts);
        const double boundPerThousand =
                1000.0 * double(chosen.bound.total()) / double(chosen.bound.posts);
        row("first sync: requests", QStringLiteral("%1 (%2 posts, %3)")
                                            .arg(firstSync.requests)
                                            .arg(firstSync.postsNew)
                                            .arg(firstSync.complete ? QStringLiteral("complete")
                                                                    : QStringLiteral("PARTIAL")));
        row("  for the followed categories", QStringLiteral("%1 = %2 list pages + %3 topic")
                                                     .arg(followedRequests)
                                                     .arg(split.lists)
                                                     .arg(split.followedTopics));
        row("  site, top lists and top topics elsewhere", QString::number(split.other));
        row("  lowest count the API allows", QStringLiteral("%1 = %2 list pages + %3 topic")
                                                     .arg(chosen.bound.total())
                                                     .arg(chosen.bound.listPages)
                                                     .arg(chosen.bound.topicRequests));
        row("followed: requests per 1,000 posts (bound)",
            QStringLiteral("%1 (%2), +%3 %")
                    .arg(number(perThousand, 1), number(boundPerThousand, 1),
                         number(100.0 * (perThousand / boundPerThousand - 1), 1)),
            "within 10 % of bound");
        row("first sync over loopback", QStringLiteral("%1 s, %2 MB down")
                                                .arg(number(double(firstSync.wallMs) / 1000, 1),
                                                     number(double(firstSync.bytesDown) / 1e6, 1)));
        row("peak RSS of that sync (child, VmHWM)",
            QStringLiteral("%1 MB").arg(number(double(firstSync.peakRssKiB) / 1024, 0)),
            "<= 150 MB");

        // 2. Nothing new.
        const ChildSync again = syncInChild(self, first);
        row("incremental sync, nothing new",
            QStringLiteral("%1 requests, %2 KB down")
                    .arg(again.requests)
                    .arg(number(double(again.bytesDown) / 1024, 1)),
            "<= 8 requests, 50 KB");

        // 3. Ingest: the recorded answers replayed without a network, against a raw insert.
        const QString replay = dir.filePath(QStringLiteral("replay"));
        sync::SyncEnvironment environment;
        environment.profileDirectory = replay;
        environment.forum = makeProfile(replay, server.baseUrl().toString(), chosen.categories);
        environment.makeTransport = [record](const net::TransportConfig &) {
            return std::make_unique<ReplayTransport>(record);
        };
        QElapsedTimer timer;
        timer.start();
        const sync::SyncReport replayed = sync::runSync(environment, {}, CancelToken());
        const double ingestMs = double(timer.nsecsElapsed()) / 1e6;
        qint64 rows = 0;
        const double rawMs =
                rawInsertOfTheSameRows(replay + QStringLiteral("/forums/1/cache.sqlite"),
                                       dir.filePath(QStringLiteral("raw.sqlite")), &rows);
        const double ingestRate = replayed.counters.postsNew / (ingestMs / 1000);
        const double rawRate = double(rows) / (rawMs / 1000);
        row("ingest: replayed sync, posts/s",
            QStringLiteral("%1 (%2 posts in %3 s)")
                    .arg(number(ingestRate), QString::number(replayed.counters.postsNew),
                         number(ingestMs / 1000, 1)),
            ">= 20,000 posts/s");
        row("raw sqlite3 insert of the same rows, posts/s",
            QStringLiteral("%1 (%2 s)").arg(number(rawRate), number(rawMs / 1000, 1)));
        row("ingest / raw", QStringLiteral("%1 %").arg(number(100 * ingestRate / rawRate)),
            ">= 50 %");
        if (qEnvironmentVariableIntValue("OUTPOST_BENCH_STOP_AFTER_INGEST") == 1)
            return 0;

        // 4. A 300,000-post cache: search, and the peak RSS of a sync into it.
        const int largeTopics = smoke ? 150 : 15'000;
        const QString large = dir.filePath(QStringLiteral("large.sqlite"));
        const qint64 largePosts = fillLargeCache(large, largeTopics);
        const Percentiles search = searchTimes(large, SyntheticForum(largeTopics, 20, 40));
        row("search over the large cache, with snippets",
            QStringLiteral("%1 posts: p50 %2, p95 %3 ms")
                    .arg(largePosts)
                    .arg(number(search.p50, 1), number(search.p95, 1)),
            "p95 <= 20 ms");
        const QString big = dir.filePath(QStringLiteral("big"));
        makeProfile(big, server.baseUrl().toString(), {chosen.categories.last()});
        dir.mkpath(QStringLiteral("big/forums/1"));
        QFile::copy(large, big + QStringLiteral("/forums/1/cache.sqlite"));
        const ChildSync intoLarge = syncInChild(self, big);
        row("peak RSS of a sync into the large cache",
            QStringLiteral("%1 MB (%2 new posts)")
                    .arg(number(double(intoLarge.peakRssKiB) / 1024, 0))
                    .arg(intoLarge.postsNew),
            "<= 150 MB");

        // 5. EDGE.
        const EdgeRun edge = syncOverEdge(dir.filePath(QStringLiteral("edge")), smoke);
        printEdge(edge);
        std::printf("\nBound: per followed category ceil(topics / 100) list pages (per_page=100 "
                    "honoured), per topic 1 + ceil(max(0, posts - 20) / 50) (/t/{id}.json brings "
                    "20 posts, batches of 50 ids); the sync also reads /site.json, two top lists "
                    "and their top topics.\n");
        if (!firstSync.complete || !edge.complete || !replayed.isComplete())
            std::printf("WARNING: a sync did not complete; see stderr.\n");
    } catch (const std::exception &error) {
        std::fprintf(stderr, "bench_sync: %s\n", error.what());
        return 2;
    }
    return 0;
}
