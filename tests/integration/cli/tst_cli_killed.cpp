// `outpost-cli sync` killed with SIGKILL at random points, 20 times, then run to the end.
//
// After every kill: the cache opens without a rebuild, PRAGMA integrity_check and the
// foreign keys are fine, the search index matches the posts, and no topic is marked synced
// while a post of its stream is missing.
//
// "Nothing fetched twice that was stored": a kill loses at most the answers that had arrived
// but were not committed yet, so the criterion is about what the cache held when a run
// started, read from the cache itself and checked against the devserver's request log of that
// run:
//   - no post that was stored is asked for again by id (/t/{id}/posts.json?post_ids[]=…);
//   - no topic that was complete (synced) is fetched whole again (/t/{id}.json).
// List pages are not "stored work": page 0 of every followed category is read by every run
// (that is how changes are found), and a paging cut short resumes at its last page.
//
// At the end the cache must equal that of one clean, uninterrupted sync of the same forum.
#include "CacheInspection.h"
#include "CliHarness.h"
#include "Clock.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace outpost;
using namespace outpost::clitest;

namespace {

constexpr int kRuns = 20;

void prepareProfile(const QString &profileDir, const QString &url)
{
    QCOMPARE(runCli(profileDir, {QStringLiteral("forum"), QStringLiteral("add"), url,
                                 QStringLiteral("--no-check")})
                     .exitCode,
             0);
    SystemClock clock;
    store::Profile profile = store::Profile::open(profileDir);
    store::ForumRepository forums(profile.userDatabase(), clock);
    forums.setSyncWindowDays(1, 3650);
    forums.setSetting(1, QStringLiteral("rate_limits"), QStringLiteral("off"));
    for (qint64 category : {2, 3})
        forums.follow(1, category);
}

QString cacheOf(const QString &profileDir)
{
    return profileDir + QStringLiteral("/forums/1/cache.sqlite");
}

} // namespace

class TestCliKilled : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aSyncKilledAtRandomPointsResumesWithoutRepeatingStoredWork()
    {
        DevserverProcess server;
        QString error;
        // Answers slowed a little, so that kills land in every phase of the work.
        QVERIFY2(server.start({QStringLiteral("--generate"),
                               QStringLiteral("categories=15,topics=260,posts=3600"),
                               QStringLiteral("--seed"), QStringLiteral("11"),
                               QStringLiteral("--rate-limits"), QStringLiteral("off"),
                               QStringLiteral("--fault"), QStringLiteral("GET ^/=latency:100")},
                              &error),
                 qPrintable(error));
        QTemporaryDir profile;
        prepareProfile(profile.path(), server.url());

        static const QRegularExpression batch(QStringLiteral("post_ids(?:\\[\\]|%5B%5D)=(\\d+)"));
        static const QRegularExpression whole(QStringLiteral("^/t/(\\d+)\\.json$"));
        QRandomGenerator random(20'250'101);
        int killed = 0;
        int refetchedBatches = 0;
        for (int run = 0; run < kRuns; ++run) {
            synctest::CacheContents before;
            if (QFile::exists(cacheOf(profile.path())))
                before = synctest::readContents(cacheOf(profile.path()));
            const qint64 seq = server.lastSeq();

            std::unique_ptr<QProcess> sync =
                    startCli(profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
            // Killed after a random number of answered requests rather than a random time,
            // so the kills land all over the work however loaded the machine is.
            const qint64 killAfter = 1 + qint64(random.bounded(40));
            while (sync->state() != QProcess::NotRunning && server.lastSeq() - seq < killAfter)
                sync->waitForFinished(10);
            if (sync->state() != QProcess::NotRunning) {
                ::kill(pid_t(sync->processId()), SIGKILL);
                QVERIFY(sync->waitForFinished(10'000));
                ++killed;
            }

            const QStringList problems = synctest::consistencyProblems(cacheOf(profile.path()));
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("run %1: ").arg(run) + problems.join(u'\n')));
            for (const QJsonValue &value : server.requestsSince(seq)) {
                const QJsonObject request = value.toObject();
                const QString path = request.value(QStringLiteral("path")).toString();
                const QString query = request.value(QStringLiteral("query")).toString();
                for (const QRegularExpressionMatch &m : batch.globalMatch(query)) {
                    ++refetchedBatches;
                    QVERIFY2(!before.postIds.contains(m.captured(1).toLongLong()),
                             qPrintable(QStringLiteral("run %1 asked again for stored post %2")
                                                .arg(run)
                                                .arg(m.captured(1))));
                }
                const QRegularExpressionMatch topic = whole.match(path);
                if (topic.hasMatch()) {
                    QVERIFY2(!before.syncedTopics.contains(topic.captured(1).toLongLong()),
                             qPrintable(QStringLiteral("run %1 fetched complete topic %2 again")
                                                .arg(run)
                                                .arg(topic.captured(1))));
                }
            }
        }
        qInfo("%d of %d runs killed; %d posts asked for by id over all runs", killed, kRuns,
              refetchedBatches);
        QVERIFY2(killed >= kRuns / 2, "the kills must land while the sync works");
        QVERIFY(refetchedBatches > 0); // the check of batches above was not vacuous

        const CliResult last =
                runCli(profile.path(), {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(last.exitCode, 0);
        QVERIFY(last.json().object().value(QStringLiteral("complete")).toBool());

        // Equal to one clean sync of the same forum.
        QTemporaryDir clean;
        prepareProfile(clean.path(), server.url());
        QCOMPARE(runCli(clean.path(), {QStringLiteral("sync")}).exitCode, 0);
        const QStringList resumed = synctest::dumpCache(cacheOf(profile.path()));
        const QStringList reference = synctest::dumpCache(cacheOf(clean.path()));
        QVERIFY(reference.size() > 1000);
        QVERIFY2(resumed == reference, qPrintable(synctest::diffLines(resumed, reference)));
    }
};

QTEST_GUILESS_MAIN(TestCliKilled)
#include "tst_cli_killed.moc"
