#include "Clock.h"
#include "FakeTransport.h"
#include "net/RateBudget.h"
#include "session/ForumConnection.h"
#include "session/SqliteRateLog.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;

class TestSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void budgetSurvivesARestart()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(dir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        const store::Forum forum =
                forums.add(QStringLiteral("https://forum.example.org"), QStringLiteral("Example"));

        {
            session::SqliteRateLog log(profile.userDatabase(), forum.id, clock);
            net::RateBudget budget(net::RateLimits::userApiKey(20, 30), clock, &log);
            for (int i = 0; i < 20; ++i) {
                QVERIFY(budget.tryAcquire());
                clock.advance(std::chrono::milliseconds(100));
            }
            QVERIFY(!budget.tryAcquire()); // the minute window is full
        }
        // A new run (a new budget over the same database) still sees the 20 requests.
        session::SqliteRateLog log(profile.userDatabase(), forum.id, clock);
        net::RateBudget budget(net::RateLimits::userApiKey(20, 30), clock, &log);
        QVERIFY(!budget.tryAcquire());
        clock.advance(std::chrono::seconds(65));
        for (int i = 0; i < 10; ++i)
            QVERIFY(budget.tryAcquire());
        // 30 a "day" spent: the day window says when it resumes.
        QVERIFY(!budget.tryAcquire());
        QVERIFY(budget.dayBudgetResumesAtMs().has_value());
    }

    void blockedUntilIsRemembered()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(dir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        const qint64 id = forums.add(QStringLiteral("https://f.example.org"), QString()).id;
        session::SqliteRateLog(profile.userDatabase(), id, clock).saveBlockedUntil(123456789);
        QCOMPARE(session::SqliteRateLog(profile.userDatabase(), id, clock).loadBlockedUntil(),
                 123456789);
    }

    void limitsFollowCredentialsAndSettings()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(dir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        const qint64 id = forums.add(QStringLiteral("https://f.example.org"), QString()).id;

        auto windows = [&](discourse::Credentials::Kind kind) {
            QList<std::pair<int, qint64>> out;
            for (const auto &w : session::rateLimitsFor(kind, forums, id).windows)
                out.append({w.limit, w.lengthMs});
            return out;
        };
        using W = QList<std::pair<int, qint64>>;
        QCOMPARE(windows(discourse::Credentials::UserApiKey),
                 (W{{20, 60'000}, {2'880, 86'400'000}}));
        QCOMPARE(windows(discourse::Credentials::None), (W{{50, 10'000}, {200, 60'000}}));

        forums.setSetting(id, session::forum_settings::kUserApiPerDay, QStringLiteral("10000"));
        QCOMPARE(windows(discourse::Credentials::UserApiKey),
                 (W{{20, 60'000}, {10'000, 86'400'000}}));
        forums.setSetting(id, session::forum_settings::kUserApiPerMinute,
                          QStringLiteral("nonsense"));
        QCOMPARE(windows(discourse::Credentials::UserApiKey).first().first, 20);

        forums.setSetting(id, session::forum_settings::kRateLimits, QStringLiteral("off"));
        QVERIFY(windows(discourse::Credentials::UserApiKey).isEmpty());
    }

    void clientIdIsStable()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(dir.path());
        const QByteArray first = session::installationClientId(profile.userDatabase(), clock);
        QVERIFY(first.size() >= 32);
        QCOMPARE(session::installationClientId(profile.userDatabase(), clock), first);
    }

    void connectionUsesTheForumSettings()
    {
        QTemporaryDir dir;
        FakeClock clock;
        store::Profile profile = store::Profile::open(dir.path());
        store::ForumRepository forums(profile.userDatabase(), clock);
        const store::Forum forum =
                forums.add(QStringLiteral("https://f.example.org/sub"), QString());
        forums.setSetting(forum.id, session::forum_settings::kCaFile,
                          QStringLiteral("/etc/outpost/ca.pem"));

        QString seenCaFile;
        session::ConnectionOptions options;
        options.verifyCache = true;
        options.makeTransport = [&](const net::TransportConfig &config) {
            seenCaFile = config.extraCaFile;
            return std::make_unique<test::FakeTransport>(clock);
        };
        session::ForumConnection connection(profile, forum, clock, options);
        QCOMPARE(seenCaFile, QStringLiteral("/etc/outpost/ca.pem"));
        QVERIFY(!connection.isSignedIn());
        QVERIFY(connection.cacheNotice().isEmpty());
        QCOMPARE(connection.api().site().url.host(), QStringLiteral("f.example.org"));
        QVERIFY(connection.api().site().url.path().startsWith(QLatin1String("/sub/")));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
