// Every fault the devserver can inject, during a first sync: the cache stays consistent, the
// report says what happened in words, and the next sync (the fault gone) completes the cache
// without fetching again what was stored.
#include "CacheInspection.h"
#include "SyncFixture.h"
#include "sync/SyncJob.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace outpost;
using namespace outpost::synctest;

namespace {

SyncFixture::Options smallForum()
{
    SyncFixture::Options options;
    options.spec = QStringLiteral("categories=15,topics=70,posts=700");
    options.seed = 3;
    return options;
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void eachFaultLeavesACorrectCache_data()
    {
        QTest::addColumn<QString>("rule");
        // Faults the runner rides out (retries, waits): the sync completes with no problem.
        // The others spoil an answer: the sync goes on, says what was not updated, stores
        // nothing of it.
        QTest::addColumn<bool>("spoilsAnswers");

        QTest::newRow("latency") << QStringLiteral("GET ^/t/=latency:150,count=6") << false;
        QTest::newRow("bandwidth") << QStringLiteral("GET ^/t/=bandwidth:40000,count=4") << false;
        QTest::newRow("cut mid-body")
                << QStringLiteral("GET ^/t/\\d+\\.json=cut:120,count=4") << false;
        QTest::newRow("500 on topics") << QStringLiteral("GET ^/t/=status:500,count=3") << false;
        QTest::newRow("503 on lists") << QStringLiteral("GET ^/c/=status:503,count=2") << false;
        QTest::newRow("429 storm") << QStringLiteral("GET ^/t/=storm:1,count=3") << false;
        QTest::newRow("drip") << QStringLiteral("GET ^/t/=drip:400:10,count=2") << false;
        QTest::newRow("stall") << QStringLiteral("GET ^/t/\\d+\\.json=stall,count=1") << false;
        QTest::newRow("truncated topic")
                << QStringLiteral("GET ^/t/\\d+\\.json=truncate,count=2") << true;
        QTest::newRow("truncated batch")
                << QStringLiteral("GET ^/t/\\d+/posts\\.json=truncate,count=1") << true;
        QTest::newRow("invalid JSON list")
                << QStringLiteral("GET ^/c/=invalid-json,count=1") << true;
        QTest::newRow("HTML page with 200")
                << QStringLiteral("GET ^/t/\\d+\\.json=html200,count=2") << true;
        QTest::newRow("invalid site.json")
                << QStringLiteral("GET ^/site\\.json=invalid-json,count=1") << true;
    }

    void eachFaultLeavesACorrectCache()
    {
        QFETCH(QString, rule);
        QFETCH(bool, spoilsAnswers);
        SyncFixture fixture(smallForum());
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QList<qint64> followed = fixture.publicCategoriesWithTopics(2);
        fixture.follow(followed);
        const std::optional<devserver::FaultRule> fault = devserver::FaultPlan::parse(rule, &error);
        QVERIFY2(fault, qPrintable(error));
        fixture.onServer([&](devserver::Server &s) { s.faults().add(*fault); });

        const sync::SyncReport faulty = fixture.sync();
        const QStringList problems = consistencyProblems(fixture.cachePath());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // A spoilt answer stops nothing: the run goes to its end and says what it missed.
        QVERIFY2(faulty.isComplete(), qPrintable(faulty.message));
        if (spoilsAnswers) {
            QVERIFY(!faulty.problems.isEmpty());
            for (const QString &problem : faulty.problems) {
                QVERIFY2(!problem.contains(u'{') && problem.endsWith(u'.'), qPrintable(problem));
            }
        } else {
            QVERIFY2(faulty.problems.isEmpty(), qPrintable(faulty.problems.join(u'\n')));
        }
        // The fault was really met.
        const bool met = fixture.onServer([](devserver::Server &s) {
            for (const devserver::RequestRecord &r : s.requestLog().records()) {
                if (!r.fault.isEmpty())
                    return true;
            }
            return false;
        });
        QVERIFY(met);

        const CacheContents stored = readContents(fixture.cachePath());
        fixture.onServer([](devserver::Server &s) { s.faults().clear(); });
        const quint64 seq = fixture.lastRequestSeq();
        const sync::SyncReport again = fixture.sync();
        QVERIFY2(again.isComplete() && again.problems.isEmpty(),
                 qPrintable(again.message + again.problems.join(u'\n')));
        const QString mismatch =
                differencesFromForum(fixture.cachePath(), fixture.expected(followed).postsByTopic);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));

        // Nothing that the faulty run stored was fetched again by id.
        static const QRegularExpression batch(QStringLiteral("post_ids(?:\\[\\]|%5B%5D)=(\\d+)"));
        int askedById = 0;
        for (const devserver::RequestRecord &r : fixture.requestsSince(seq)) {
            for (const QRegularExpressionMatch &m : batch.globalMatch(r.query)) {
                ++askedById;
                QVERIFY2(!stored.postIds.contains(m.captured(1).toLongLong()),
                         qPrintable(r.path + u'?' + r.query));
            }
            static const QRegularExpression whole(QStringLiteral("^/t/(\\d+)\\.json$"));
            const QRegularExpressionMatch topic = whole.match(r.path);
            if (topic.hasMatch())
                QVERIFY2(!stored.syncedTopics.contains(topic.captured(1).toLongLong()),
                         qPrintable(r.path));
        }
        // The spoilt batch is asked for again, and only it (the check above has teeth).
        if (rule.contains(QStringLiteral("posts\\.json")))
            QVERIFY(askedById > 0);
    }

    // A topic the forum deleted (404) leaves the cache; a response that is an HTML error page
    // with a 5xx status that never clears is reported, and the rest of the sync is done.
    void aTopicThatKeepsFailingIsReportedAndTheRestIsSynced()
    {
        SyncFixture fixture(smallForum());
        QString error;
        QVERIFY2(fixture.start(&error), qPrintable(error));
        const QList<qint64> followed = fixture.publicCategoriesWithTopics(2);
        fixture.follow(followed);
        const ExpectedForum expected = fixture.expected(followed);
        const qint64 broken = expected.postsByTopic.cbegin().key();
        fixture.onServer([&](devserver::Server &s) {
            s.faults().add(*devserver::FaultPlan::parse(
                    QStringLiteral("GET ^/t/%1(/|\\.json)=status:502").arg(broken), nullptr));
        });
        const sync::SyncReport report = fixture.sync();
        QVERIFY(report.isComplete());
        QCOMPARE(report.problems.size(), 1);
        QVERIFY2(report.problems.first().contains(u"was not updated"),
                 qPrintable(report.problems.first()));
        QHash<qint64, QList<qint64>> others = expected.postsByTopic;
        others.remove(broken);
        const QString mismatch = differencesFromForum(fixture.cachePath(), others);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QVERIFY(consistencyProblems(fixture.cachePath()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_sync_faults.moc"
