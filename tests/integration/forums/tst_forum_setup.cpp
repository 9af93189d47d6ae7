// Adding a forum: the address a person types, the probe of /site.json (anonymous) against the
// devserver, the forum added to a real profile with its categories in the cache, and the
// cache opened at once and checked in the background.

#include "Clock.h"
#include "devserver/ServerThread.h"
#include "forums/CacheCheckJob.h"
#include "forums/ForumAddress.h"
#include "forums/ForumProbeJob.h"
#include "forums/ForumSetup.h"
#include "store/CacheReader.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"
#include "store/StoreError.h"

#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::forums;

class TestForumSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void typedAddresses_data();
    void typedAddresses();
    void probeFindsTheForumAndItsCategories();
    void probeSaysWhatIsWrong();
    void probeOfAnAddressNobodyAnswers();
    void probeJobDeliversOnItsThreadAndCancels();
    void setUpAddsTheForumOnce();
    void cacheOpensAtOnceAndIsCheckedInTheBackground();
    void damagedCacheFoundByTheBackgroundCheckIsRebuilt();

private:
    std::unique_ptr<devserver::ServerThread> m_server;
    int m_categories = 0;
};

void TestForumSetup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    devserver::ServerThread::Config config;
    QString error;
    config.spec = *devserver::GenerateSpec::parse(u"categories=6,topics=30,posts=120"_s, &error);
    config.settings.limits.enabled = false;
    m_server = std::make_unique<devserver::ServerThread>(config);
    QVERIFY2(m_server->start(&error), qPrintable(error));
    // What a visitor sees: the public categories.
    m_categories = m_server->invoke([](devserver::Server &s) {
        int visible = 0;
        for (const devserver::Category &c : s.forum().categories())
            visible += c.readRestricted() ? 0 : 1;
        return visible;
    });
    QVERIFY(m_categories >= 6);
}

void TestForumSetup::cleanupTestCase()
{
    m_server.reset();
}

void TestForumSetup::typedAddresses_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("base"); // empty: refused
    QTest::newRow("host only") << u"community.dhis2.org"_s << u"https://community.dhis2.org"_s;
    QTest::newRow("spaces and slash")
            << u"  https://community.dhis2.org/ "_s << u"https://community.dhis2.org"_s;
    QTest::newRow("upper case host")
            << u"https://Community.DHIS2.org"_s << u"https://community.dhis2.org"_s;
    QTest::newRow("latest page") << u"https://community.dhis2.org/latest"_s
                                 << u"https://community.dhis2.org"_s;
    QTest::newRow("topic page") << u"https://community.dhis2.org/t/some-topic/12345/7?u=me"_s
                                << u"https://community.dhis2.org"_s;
    QTest::newRow("subfolder") << u"https://example.org/forum/c/support/5"_s
                               << u"https://example.org/forum"_s;
    QTest::newRow("http on loopback") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
    QTest::newRow("empty") << u"  "_s << QString();
    QTest::newRow("ftp") << u"ftp://example.org"_s << QString();
    QTest::newRow("not an address") << u"the dhis2 forum"_s << QString();
    QTest::newRow("credentials") << u"https://me:secret@example.org"_s << QString();
}

void TestForumSetup::typedAddresses()
{
    QFETCH(QString, typed);
    QFETCH(QString, base);
    const ForumAddress address = ForumAddress::fromTyped(typed);
    if (base.isEmpty()) {
        QVERIFY(!address.isValid());
        QVERIFY(!address.error.isEmpty());
        QVERIFY(!address.error.contains(u"secret"_s));
    } else {
        QVERIFY2(address.isValid(), qPrintable(address.error));
        QCOMPARE(storedForm(address.baseUrl), base);
    }
}

void TestForumSetup::probeFindsTheForumAndItsCategories()
{
    CancelToken cancel;
    const ForumProbeResult result = probeForum({}, m_server->baseUrl().toString(), cancel);
    QVERIFY2(result.isFound(), qPrintable(result.message + u" / "_s + result.detail));
    QCOMPARE(storedForm(result.baseUrl), storedForm(m_server->baseUrl()));
    QCOMPARE(result.title, u"DHIS2 Community of Practice (devserver)"_s);
    QCOMPARE(int(result.site.categories.size()), m_categories);
    QVERIFY(result.message.isEmpty());
    QVERIFY(result.bytesDown > 0);
    for (const discourse::Category &c : result.site.categories)
        QVERIFY(!c.name.isEmpty());
    // A page of the forum pasted from the browser finds the same forum.
    const ForumProbeResult fromPage =
            probeForum({}, m_server->baseUrl().toString() + u"/t/a-topic/3/2"_s, cancel);
    QVERIFY(fromPage.isFound());
    QCOMPARE(int(fromPage.site.categories.size()), m_categories);
}

void TestForumSetup::probeSaysWhatIsWrong()
{
    CancelToken cancel;
    // Not a forum under this folder.
    const ForumProbeResult missing =
            probeForum({}, m_server->baseUrl().toString() + u"/no-forum-here"_s, cancel);
    QCOMPARE(missing.outcome, ForumProbeResult::Outcome::NotDiscourse);
    QVERIFY(!missing.message.isEmpty());
    QVERIFY(missing.detail.contains(u"404"_s));

    // A captive portal's page instead of JSON.
    m_server->invoke([](devserver::Server &s) {
        s.faults().add(
                *devserver::FaultPlan::parse(u"GET ^/site\\.json=html200,count=1"_s, nullptr));
    });
    const ForumProbeResult portal = probeForum({}, m_server->baseUrl().toString(), cancel);
    QCOMPARE(portal.outcome, ForumProbeResult::Outcome::NotDiscourse);
    QVERIFY(!portal.message.isEmpty());
    QVERIFY(!portal.detail.isEmpty());
    QVERIFY(!portal.message.contains(portal.detail));

    const ForumProbeResult invalid = probeForum({}, u"ftp://example.org"_s, cancel);
    QCOMPARE(invalid.outcome, ForumProbeResult::Outcome::InvalidUrl);
    QVERIFY(!invalid.message.isEmpty());
}

void TestForumSetup::probeOfAnAddressNobodyAnswers()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    CancelToken cancel;
    const ForumProbeResult result = probeForum({}, u"http://127.0.0.1:%1"_s.arg(port), cancel);
    QCOMPARE(result.outcome, ForumProbeResult::Outcome::Unreachable);
    QVERIFY(!result.message.isEmpty());
    for (const char *raw : {"curl", "CURLE", "errno"})
        QVERIFY2(!result.message.contains(QLatin1String(raw), Qt::CaseInsensitive),
                 qPrintable(result.message));
}

void TestForumSetup::probeJobDeliversOnItsThreadAndCancels()
{
    ForumProbeJob job({}, m_server->baseUrl().toString());
    QSignalSpy finished(&job, &ForumProbeJob::finished);
    QThread *receiver = nullptr;
    connect(&job, &ForumProbeJob::finished, this, [&] { receiver = QThread::currentThread(); });
    job.start();
    QVERIFY(job.isRunning());
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(receiver, QThread::currentThread());
    QVERIFY(finished.at(0).at(0).value<ForumProbeResult>().isFound());
    QVERIFY(!job.isRunning());

    // A forum that never answers: the person cancels.
    m_server->invoke([](devserver::Server &s) {
        s.faults().add(*devserver::FaultPlan::parse(u"GET ^/site\\.json=stall,count=1"_s, nullptr));
    });
    ForumProbeJob slow({}, m_server->baseUrl().toString());
    QSignalSpy slowFinished(&slow, &ForumProbeJob::finished);
    slow.start();
    QTest::qWait(200);
    slow.abort();
    QTRY_COMPARE(slowFinished.count(), 1);
    QCOMPARE(slowFinished.at(0).at(0).value<ForumProbeResult>().outcome,
             ForumProbeResult::Outcome::Cancelled);
}

void TestForumSetup::setUpAddsTheForumOnce()
{
    QTemporaryDir dir;
    store::Profile profile = store::Profile::open(dir.path());
    SystemClock clock;
    CancelToken cancel;
    const ForumProbeResult probe = probeForum({}, m_server->baseUrl().toString(), cancel);
    QVERIFY(probe.isFound());
    ForumSetupRequest request;
    request.baseUrl = probe.baseUrl;
    request.name = probe.title;
    request.site = probe.site;
    request.followCategoryIds = {probe.site.categories.at(0).id};
    request.syncWindowDays = 30;
    const ForumSetupResult first = setUpForum(profile, clock, request);
    QVERIFY(first.added);
    QCOMPARE(first.forum.name, probe.title);
    QCOMPARE(first.forum.syncWindowDays, 30);
    {
        store::Database cache = profile.openCacheConnection(first.forum.id);
        QCOMPARE(int(store::CacheReader(cache).categories(QDateTime()).size()), m_categories);
    }
    request.followCategoryIds = {probe.site.categories.at(1).id};
    request.site.reset();
    const ForumSetupResult second = setUpForum(profile, clock, request);
    QVERIFY(!second.added);
    QCOMPARE(second.forum.id, first.forum.id);
    store::ForumRepository forums(profile.userDatabase(), clock);
    QCOMPARE(forums.all().size(), 1);
    QCOMPARE(forums.followed(first.forum.id).size(), 2);
}

void TestForumSetup::cacheOpensAtOnceAndIsCheckedInTheBackground()
{
    QTemporaryDir dir;
    store::Profile profile = store::Profile::open(dir.path());
    SystemClock clock;
    store::ForumRepository forums(profile.userDatabase(), clock);
    const store::Forum forum = forums.add(u"https://forum.example.org"_s, u"Example"_s);
    {
        // No cache yet: created, checked and migrated here; nothing left to check.
        QuickCacheOpen opened = openCacheQuickly(profile, forum.id);
        QVERIFY(!opened.needsCheck);
        QVERIFY(opened.notice.isEmpty());
    }
    QuickCacheOpen again = openCacheQuickly(profile, forum.id);
    QVERIFY(again.needsCheck);
    CacheCheckJob check(profile.cachePath(forum.id));
    QSignalSpy finished(&check, &CacheCheckJob::finished);
    check.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<CacheCheckResult>();
    QVERIFY(!result.failed);
    QCOMPARE(result.status, store::CacheOpenStatus::Opened);
}

void TestForumSetup::damagedCacheFoundByTheBackgroundCheckIsRebuilt()
{
    QTemporaryDir dir;
    store::Profile profile = store::Profile::open(dir.path());
    SystemClock clock;
    CancelToken cancel;
    const ForumProbeResult probe = probeForum({}, m_server->baseUrl().toString(), cancel);
    ForumSetupRequest request;
    request.baseUrl = probe.baseUrl;
    request.site = probe.site;
    const store::Forum forum = setUpForum(profile, clock, request).forum;
    const QString path = profile.cachePath(forum.id);
    {
        // Damage the last pages (category rows, indexes): the file still opens at once, the
        // background check finds it.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4 * 8192);
        file.seek(file.size() - 2 * 8192);
        file.write(QByteArray(2 * 8192, '\xA5'));
    }
    {
        QuickCacheOpen opened = openCacheQuickly(profile, forum.id);
        QVERIFY(opened.needsCheck);
    }
    CacheCheckJob check(path);
    QSignalSpy finished(&check, &CacheCheckJob::finished);
    check.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto result = finished.at(0).at(0).value<CacheCheckResult>();
    QCOMPARE(result.status, store::CacheOpenStatus::Rebuilt);
    QVERIFY(!result.message.isEmpty());

    // Damage where opening reads (the schema's pages): the quick open cannot, so the full
    // open sets the file aside at once and says so.
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(100);
        file.write(QByteArray(8000, '\x5A'));
    }
    QuickCacheOpen reopened = openCacheQuickly(profile, forum.id);
    QVERIFY(!reopened.needsCheck);
    QVERIFY(!reopened.notice.isEmpty());
}

QTEST_GUILESS_MAIN(TestForumSetup)
#include "tst_forum_setup.moc"
