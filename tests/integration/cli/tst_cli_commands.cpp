// outpost-cli as a program against outpost-devserver as a program: a whole session (add a
// forum, follow, sync, read), the JSON shapes, usage errors, a damaged cache, a full disk,
// Ctrl+C during a sync, and every read command with the forum gone.
#include "CacheInspection.h"
#include "CliHarness.h"
#include "Clock.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace outpost;
using namespace outpost::clitest;

namespace {

const QStringList kSyncKeys = {QStringLiteral("requests"),      QStringLiteral("bytes_down"),
                               QStringLiteral("bytes_up"),      QStringLiteral("topics_updated"),
                               QStringLiteral("posts_new"),     QStringLiteral("posts_updated"),
                               QStringLiteral("posts_deleted"), QStringLiteral("complete")};

// The keys of the first JSON object in `out`, in the order they were printed.
QStringList keysInOrder(const QByteArray &out)
{
    QStringList keys;
    const QList<QByteArray> lines = out.split('\n');
    for (const QByteArray &line : lines) {
        // Top-level members are indented by exactly four spaces.
        if (line.startsWith("    \"") && !line.startsWith("     "))
            keys.append(QString::fromUtf8(line.mid(5, line.indexOf('"', 5) - 5)));
    }
    return keys;
}

// A window that holds every generated topic and no client-side budget: these tests are about
// the commands, not the rate limits (tests/integration/sync has those).
void configureForum(const QString &profileDir, qint64 forumId)
{
    SystemClock clock;
    store::Profile profile = store::Profile::open(profileDir);
    store::ForumRepository forums(profile.userDatabase(), clock);
    forums.setSyncWindowDays(forumId, 3650);
    forums.setSetting(forumId, QStringLiteral("rate_limits"), QStringLiteral("off"));
}

QString cachePath(const QString &profileDir)
{
    return profileDir + QStringLiteral("/forums/1/cache.sqlite");
}

} // namespace

class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    DevserverProcess m_server;
    QTemporaryDir m_profile;

    // A profile with the devserver added and two categories followed and synced.
    void prepareSyncedProfile(const QString &profile)
    {
        QCOMPARE(runCli(profile, {QStringLiteral("forum"), QStringLiteral("add"), m_server.url(),
                                  QStringLiteral("--name"), QStringLiteral("Devserver")})
                         .exitCode,
                 0);
        configureForum(profile, 1);
        QCOMPARE(runCli(profile, {QStringLiteral("sync")}).exitCode, 0);
        QCOMPARE(runCli(profile,
                        {QStringLiteral("follow"), QStringLiteral("2"), QStringLiteral("3")})
                         .exitCode,
                 0);
        const CliResult sync = runCli(profile, {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(sync.exitCode, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!qEnvironmentVariable("OUTPOST_CLI").isEmpty());
        QString error;
        QVERIFY2(m_server.start({QStringLiteral("--generate"),
                                 QStringLiteral("categories=15,topics=120,posts=900"),
                                 QStringLiteral("--rate-limits"), QStringLiteral("off")},
                                &error),
                 qPrintable(error));
    }

    void forumsAreAddedListedRenamedAndRemoved()
    {
        QTemporaryDir profile;
        const CliResult added = runCli(
                profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                 m_server.url() + QStringLiteral("/"), QStringLiteral("--json")});
        QCOMPARE(added.exitCode, 0);
        const QJsonObject forum = added.json().object();
        QCOMPARE(forum.value(QStringLiteral("url")).toString(), m_server.url());
        QVERIFY(forum.value(QStringLiteral("default")).toBool());
        QCOMPARE(
                keysInOrder(added.out).mid(0, 3),
                (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("url")}));

        // The same forum again, a trailing slash or not: refused.
        QCOMPARE(runCli(profile.path(),
                        {QStringLiteral("forum"), QStringLiteral("add"), m_server.url()})
                         .exitCode,
                 1);
        // Not a web address: bad usage.
        const CliResult ftp =
                runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                        QStringLiteral("ftp://example.org")});
        QCOMPARE(ftp.exitCode, 2);
        QVERIFY(ftp.errors().contains(QStringLiteral("not a forum address")));
        // A forum that cannot be reached now is added, with a note.
        const CliResult offline =
                runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                        QStringLiteral("http://127.0.0.1:9/"),
                                        QStringLiteral("--name"), QStringLiteral("Later")});
        QCOMPARE(offline.exitCode, 0);
        QVERIFY2(offline.text().contains(QStringLiteral("could not be reached")),
                 qPrintable(offline.text()));

        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("rename"),
                                         QStringLiteral("Later"), QStringLiteral("Field office")})
                         .exitCode,
                 0);
        const CliResult list =
                runCli(profile.path(),
                       {QStringLiteral("forum"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray forums = list.json().array();
        QCOMPARE(forums.size(), 2);
        QCOMPARE(forums.at(1).toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Field office"));
        const CliResult table =
                runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("list")});
        QVERIFY(table.text().contains(QStringLiteral("Field office")));
        QVERIFY(table.text().contains(QStringLiteral("(default)")));

        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("remove"),
                                         QStringLiteral("Field office")})
                         .exitCode,
                 0);
        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("remove"),
                                         QStringLiteral("Field office")})
                         .exitCode,
                 1);
        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum")}).exitCode, 2);
    }

    void followChecksIdsOnceCategoriesAreKnown()
    {
        QTemporaryDir profile;
        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                         m_server.url(), QStringLiteral("--no-check")})
                         .exitCode,
                 0);
        // Nothing synced yet: accepted, with a note that it was not checked.
        const CliResult early =
                runCli(profile.path(), {QStringLiteral("follow"), QStringLiteral("999")});
        QCOMPARE(early.exitCode, 0);
        QVERIFY(early.text().contains(QStringLiteral("not checked")));
        QCOMPARE(runCli(profile.path(), {QStringLiteral("unfollow"), QStringLiteral("999")})
                         .exitCode,
                 0);
        configureForum(profile.path(), 1);
        QCOMPARE(runCli(profile.path(), {QStringLiteral("sync")}).exitCode, 0);
        const CliResult unknown =
                runCli(profile.path(),
                       {QStringLiteral("follow"), QStringLiteral("2"), QStringLiteral("999")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.errors().contains(QStringLiteral("no category 999")));
        // Nothing of a refused list is applied.
        const CliResult categories =
                runCli(profile.path(), {QStringLiteral("categories"), QStringLiteral("--json")});
        for (const QJsonValue &c : categories.json().array())
            QVERIFY(!c.toObject().value(QStringLiteral("followed")).toBool());
        QCOMPARE(runCli(profile.path(), {QStringLiteral("follow"), QStringLiteral("abc")}).exitCode,
                 2);
        QCOMPARE(runCli(profile.path(), {QStringLiteral("follow"), QStringLiteral("2")}).exitCode,
                 0);
        const CliResult after =
                runCli(profile.path(), {QStringLiteral("categories"), QStringLiteral("--json")});
        bool followed = false;
        for (const QJsonValue &c : after.json().array()) {
            const QJsonObject category = c.toObject();
            if (category.value(QStringLiteral("id")).toInt() == 2)
                followed = category.value(QStringLiteral("followed")).toBool();
        }
        QVERIFY(followed);
    }

    void syncPrintsTheDocumentedJson()
    {
        prepareSyncedProfile(m_profile.path());
        const CliResult sync =
                runCli(m_profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(sync.exitCode, 0);
        QCOMPARE(keysInOrder(sync.out).mid(0, kSyncKeys.size()), kSyncKeys);
        const QJsonObject report = sync.json().object();
        QVERIFY(report.value(QStringLiteral("complete")).toBool());
        // Nothing new: one list request per followed category.
        QCOMPARE(report.value(QStringLiteral("requests")).toInt(), 2);
        QCOMPARE(report.value(QStringLiteral("posts_new")).toInt(), 0);
        QVERIFY(sync.err.isEmpty());

        const CliResult human = runCli(m_profile.path(), {QStringLiteral("sync")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.text().startsWith(QStringLiteral("Synced “Devserver”")),
                 qPrintable(human.text()));
        // No progress line when stderr is not a terminal.
        QVERIFY2(human.err.isEmpty(), human.err.constData());
    }

    void readCommandsPrintTheDocumentedShapes()
    {
        const QString profile = m_profile.path();
        const CliResult categories =
                runCli(profile, {QStringLiteral("categories"), QStringLiteral("--json")});
        QCOMPARE(categories.exitCode, 0);
        QCOMPARE(keysInOrder(categories.out).isEmpty(), true); // an array of objects
        const QJsonObject firstCategory = categories.json().array().first().toObject();
        for (const char *key : {"id", "name", "slug", "parent_id", "followed", "topic_count"})
            QVERIFY2(firstCategory.contains(QLatin1String(key)), key);

        const CliResult topics =
                runCli(profile, {QStringLiteral("topics"), QStringLiteral("--category"),
                                 QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(topics.exitCode, 0);
        const QJsonArray topicList = topics.json().array();
        QVERIFY(topicList.size() > 3);
        QString previous = QStringLiteral("9999");
        for (const QJsonValue &t : topicList) {
            const QJsonObject topic = t.toObject();
            for (const char *key : {"id", "title", "category_id", "posts_count", "cached_posts",
                                    "last_posted_at", "unread"})
                QVERIFY2(topic.contains(QLatin1String(key)), key);
            // Newest activity first.
            const QString bumped = topic.value(QStringLiteral("bumped_at")).toString();
            QVERIFY(bumped <= previous);
            previous = bumped;
        }
        const qint64 topicId = topicList.first().toObject().value(QStringLiteral("id")).toInteger();

        const CliResult thread =
                runCli(profile, {QStringLiteral("thread"), QString::number(topicId),
                                 QStringLiteral("--json")});
        QCOMPARE(thread.exitCode, 0);
        const QJsonObject threadObject = thread.json().object();
        QCOMPARE(keysInOrder(thread.out).mid(0, 4),
                 (QStringList{QStringLiteral("id"), QStringLiteral("title"),
                              QStringLiteral("category_id"), QStringLiteral("posts")}));
        const QJsonArray posts = threadObject.value(QStringLiteral("posts")).toArray();
        QVERIFY(!posts.isEmpty());
        int lastNumber = 0;
        for (const QJsonValue &p : posts) {
            const QJsonObject post = p.toObject();
            for (const char *key :
                 {"id", "post_number", "username", "created_at", "updated_at", "text", "html"})
                QVERIFY2(post.contains(QLatin1String(key)), key);
            QVERIFY(post.value(QStringLiteral("post_number")).toInt() > lastNumber);
            lastNumber = post.value(QStringLiteral("post_number")).toInt();
            QVERIFY(!post.value(QStringLiteral("text")).toString().contains(u'<'));
        }

        // Search for a word of that thread's title.
        const QString word =
                threadObject.value(QStringLiteral("title")).toString().section(u' ', 0, 0);
        const CliResult search =
                runCli(profile, {QStringLiteral("search"), word, QStringLiteral("--json")});
        QCOMPARE(search.exitCode, 0);
        const QJsonArray hits = search.json().array();
        QVERIFY2(!hits.isEmpty(), qPrintable(word));
        const QJsonObject hit = hits.first().toObject();
        for (const char *key : {"topic_id", "post_id", "post_number", "title", "snippet"})
            QVERIFY2(hit.contains(QLatin1String(key)), key);
        QVERIFY(!hit.value(QStringLiteral("snippet")).toString().contains(QChar(0x0002)));
        const CliResult searchText = runCli(profile, {QStringLiteral("search"), word});
        QVERIFY(!searchText.out.contains('\x02'));
        QVERIFY(!searchText.out.contains('\x1b')); // no bold codes when not a terminal

        const CliResult digest =
                runCli(profile, {QStringLiteral("digest"), QStringLiteral("--json")});
        QCOMPARE(digest.exitCode, 0);
        QCOMPARE(keysInOrder(digest.out).mid(0, 5),
                 (QStringList{QStringLiteral("since"), QStringLiteral("new_topics"),
                              QStringLiteral("active_topics"), QStringLiteral("top_week"),
                              QStringLiteral("top_month")}));
        QVERIFY(!digest.json().object().value(QStringLiteral("top_week")).toArray().isEmpty());

        const CliResult status =
                runCli(profile, {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(status.exitCode, 0);
        const QJsonObject forum = status.json().array().first().toObject();
        QCOMPARE(forum.value(QStringLiteral("url")).toString(), m_server.url());
        QCOMPARE(forum.value(QStringLiteral("followed_categories")).toArray().size(), 2);
        QVERIFY(forum.value(QStringLiteral("posts")).toInteger() > 100);
        QCOMPARE(forum.value(QStringLiteral("pending_outbox")).toInt(), 0);
        QVERIFY(!forum.value(QStringLiteral("last_sync")).toString().isEmpty());
    }

    void badUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("thread without id") << QStringList{QStringLiteral("thread")};
        QTest::newRow("thread with text")
                << QStringList{QStringLiteral("thread"), QStringLiteral("abc")};
        QTest::newRow("topics limit") << QStringList{
                QStringLiteral("topics"), QStringLiteral("--limit"), QStringLiteral("many")};
        QTest::newRow("sync argument")
                << QStringList{QStringLiteral("sync"), QStringLiteral("now")};
        QTest::newRow("sync older") << QStringList{QStringLiteral("sync"),
                                                   QStringLiteral("--older"), QStringLiteral("x")};
        QTest::newRow("empty search") << QStringList{QStringLiteral("search")};
    }

    void badUsageExitsWithTwo()
    {
        QFETCH(QStringList, args);
        const CliResult result = runCli(m_profile.path(), args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.errors().startsWith(QStringLiteral("outpost-cli: ")));
        QVERIFY(result.out.isEmpty());
    }

    void aTopicNotCachedIsAFailureWithAHint()
    {
        const CliResult result =
                runCli(m_profile.path(), {QStringLiteral("thread"), QStringLiteral("987654")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.errors().contains(QStringLiteral("sync --topic 987654")));
    }

    // Ctrl+C (SIGINT) during a sync: it stops cleanly with exit code 3, says so, and what it
    // stored is consistent.
    void sigintCancelsTheSyncCleanly()
    {
        QTemporaryDir profile;
        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                         m_server.url(), QStringLiteral("--no-check")})
                         .exitCode,
                 0);
        configureForum(profile.path(), 1);
        QCOMPARE(runCli(profile.path(),
                        {QStringLiteral("follow"), QStringLiteral("2"), QStringLiteral("3")})
                         .exitCode,
                 0);
        m_server.control("POST", "/__devserver/faults",
                         QJsonDocument(QJsonObject{{QStringLiteral("spec"),
                                                    QStringLiteral("GET ^/t/=latency:300")}}));
        std::unique_ptr<QProcess> sync =
                startCli(profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        // Wait until it has stored something, then interrupt.
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(cachePath(profile.path())), 20'000);
        QTest::qWait(1'200);
        ::kill(pid_t(sync->processId()), SIGINT);
        QVERIFY(sync->waitForFinished(30'000));
        m_server.control("DELETE", "/__devserver/faults");
        QCOMPARE(sync->exitStatus(), QProcess::NormalExit);
        QCOMPARE(sync->exitCode(), 3);
        const QJsonObject report = QJsonDocument::fromJson(sync->readAllStandardOutput()).object();
        QCOMPARE(report.value(QStringLiteral("stop")).toString(), QStringLiteral("cancelled"));
        QVERIFY(!report.value(QStringLiteral("complete")).toBool());
        const QStringList problems = synctest::consistencyProblems(cachePath(profile.path()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // A disk that fills up during a sync (here: a file size limit on the process) stops it
    // with exit code 1 and a clear message; the cache stays consistent and the next sync
    // finishes the job.
    void aFullDiskStopsTheSyncAndLosesNothing()
    {
        QTemporaryDir profile;
        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                         m_server.url(), QStringLiteral("--no-check")})
                         .exitCode,
                 0);
        configureForum(profile.path(), 1);
        QCOMPARE(runCli(profile.path(),
                        {QStringLiteral("follow"), QStringLiteral("2"), QStringLiteral("3")})
                         .exitCode,
                 0);
        const CliResult full = runCli(profile.path(), {QStringLiteral("sync")}, {}, 120'000, [] {
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            limit.rlim_cur = limit.rlim_max = 600 * 1024;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        QCOMPARE(full.exitCode, 1);
        QVERIFY2(full.errors().contains(QStringLiteral("could not be written")),
                 qPrintable(full.errors()));
        const QStringList problems = synctest::consistencyProblems(cachePath(profile.path()));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        const CliResult again =
                runCli(profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.json().object().value(QStringLiteral("complete")).toBool());
    }

    // A damaged cache is set aside and rebuilt with the store's message on stderr; the
    // command goes on.
    void aDamagedCacheIsRebuiltAndTheCommandGoesOn()
    {
        QTemporaryDir profile;
        QCOMPARE(runCli(profile.path(), {QStringLiteral("forum"), QStringLiteral("add"),
                                         m_server.url(), QStringLiteral("--no-check")})
                         .exitCode,
                 0);
        QVERIFY(QDir().mkpath(profile.path() + QStringLiteral("/forums/1")));
        QFile garbage(cachePath(profile.path()));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(64 * 1024, 'x'));
        garbage.close();
        const CliResult topics = runCli(profile.path(), {QStringLiteral("topics")});
        QCOMPARE(topics.exitCode, 0);
        QVERIFY2(!topics.err.isEmpty(), "the rebuild must be reported");
        QVERIFY(topics.text().contains(QStringLiteral("No topics")));
    }

    // With the forum gone, every read command still works (exit 0) and sync says offline.
    void everythingReadsOfflineAndSyncSaysSo()
    {
        const QString profile = m_profile.path();
        m_server.stop();
        const QList<QStringList> reads = {
                {QStringLiteral("categories")},
                {QStringLiteral("categories"), QStringLiteral("--json")},
                {QStringLiteral("topics")},
                {QStringLiteral("topics"), QStringLiteral("--json")},
                {QStringLiteral("thread"),
                 QString::number(
                         runCli(profile, {QStringLiteral("topics"), QStringLiteral("--json")})
                                 .json()
                                 .array()
                                 .first()
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toInteger())},
                {QStringLiteral("search"), QStringLiteral("data")},
                {QStringLiteral("search"), QStringLiteral("data"), QStringLiteral("--json")},
                {QStringLiteral("digest")},
                {QStringLiteral("digest"), QStringLiteral("--json")},
                {QStringLiteral("status")},
                {QStringLiteral("status"), QStringLiteral("--json")},
                {QStringLiteral("forum"), QStringLiteral("list")}};
        for (const QStringList &args : reads) {
            const CliResult result = runCli(profile, args);
            QVERIFY2(result.exitCode == 0,
                     qPrintable(args.join(u' ') + QStringLiteral(": ") + result.errors()));
            QVERIFY2(!result.out.isEmpty(), qPrintable(args.join(u' ')));
        }
        const CliResult sync = runCli(profile, {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(sync.exitCode, 3);
        QCOMPARE(sync.json().object().value(QStringLiteral("stop")).toString(),
                 QStringLiteral("offline"));
        const CliResult human = runCli(profile, {QStringLiteral("sync")});
        QCOMPARE(human.exitCode, 3);
        QVERIFY(human.errors().contains(QStringLiteral("could not be reached")));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
