#include "Clock.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "store/Profile.h"
#include "store/UserDatabase.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using namespace outpost;
using namespace outpost::store;

// The person's own database: forums, follows, settings, drafts, the outbox and the rate log.
class TestStoreUser : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::optional<Database> m_db;
    int m_n = 0;
    qint64 m_forum = 0;

    Database &db() { return *m_db; }

    Draft reply(const QString &raw)
    {
        Draft d;
        d.forumId = m_forum;
        d.kind = DraftKind::Reply;
        d.topicId = 42;
        d.replyToPostNumber = 3;
        d.raw = raw;
        return DraftRepository(db(), m_clock).save(d);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db.emplace(UserDatabase::open(m_dir.filePath(QStringLiteral("u%1.sqlite").arg(++m_n))));
        m_forum = ForumRepository(db(), m_clock)
                          .add(QStringLiteral("https://community.dhis2.org"),
                               QStringLiteral("DHIS2 CoP"))
                          .id;
    }

    void cleanup() { m_db.reset(); }

    void forums()
    {
        ForumRepository forums(db(), m_clock);
        const Forum second =
                forums.add(QStringLiteral("https://meta.discourse.org"), QStringLiteral("Meta"));
        QCOMPARE(second.position, 1);
        QCOMPARE(second.syncWindowDays, 90);
        QCOMPARE(forums.all().size(), 2);
        QCOMPARE(forums.findByUrl(QStringLiteral("https://meta.discourse.org"))->id, second.id);
        try {
            forums.add(QStringLiteral("https://meta.discourse.org"), QStringLiteral("Again"));
            QFAIL("a forum added twice must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::Constraint);
            QVERIFY(error.message().contains(QStringLiteral("already been added")));
        }
        forums.rename(second.id, QStringLiteral("Discourse Meta"));
        forums.setSyncWindowDays(second.id, 30);
        forums.setPosition(second.id, -1);
        const QList<Forum> all = forums.all();
        QCOMPARE(all.constFirst().name, QStringLiteral("Discourse Meta"));
        QCOMPARE(all.constFirst().syncWindowDays, 30);
        forums.remove(second.id);
        QCOMPARE(forums.all().size(), 1);
    }

    void follows()
    {
        ForumRepository forums(db(), m_clock);
        forums.follow(m_forum, 5);
        forums.follow(m_forum, 5); // twice is once
        forums.replaceForumFollows(m_forum, {7, 8});
        QCOMPARE(forums.followed(m_forum).size(), 3);
        forums.replaceForumFollows(m_forum, {8});
        const QList<FollowedCategory> now = forums.followed(m_forum);
        QCOMPARE(now.size(), 2);
        QCOMPARE(now[0].categoryId, 5);
        QCOMPARE(now[0].source, FollowSource::Local);
        QCOMPARE(now[1].source, FollowSource::Forum);
        forums.unfollow(m_forum, 5);
        QCOMPARE(forums.followed(m_forum).size(), 1);
    }

    void settings()
    {
        SettingsRepository global(db(), m_clock);
        QVERIFY(!global.value(QStringLiteral("language")));
        global.set(QStringLiteral("language"), QStringLiteral("pt_BR"));
        global.set(QStringLiteral("language"), QStringLiteral("ar"));
        QCOMPARE(global.value(QStringLiteral("language")), QStringLiteral("ar"));
        global.remove(QStringLiteral("language"));
        QVERIFY(!global.value(QStringLiteral("language")));

        ForumRepository forums(db(), m_clock);
        forums.setSetting(m_forum, QStringLiteral("images"), QStringLiteral("metered-off"));
        QCOMPARE(forums.setting(m_forum, QStringLiteral("images")), QStringLiteral("metered-off"));
        forums.removeSetting(m_forum, QStringLiteral("images"));
        QVERIFY(!forums.setting(m_forum, QStringLiteral("images")));
    }

    void draftsSaveAndUpdate()
    {
        DraftRepository drafts(db(), m_clock);
        Draft d = reply(QStringLiteral("first words"));
        QVERIFY(!d.id.isEmpty());
        const QDateTime created = d.createdAt;
        m_clock.advance(5s);
        d.raw = QStringLiteral("more words");
        d = drafts.save(d);
        QCOMPARE(d.createdAt, created);
        QCOMPARE(d.updatedAt, created.addSecs(5));
        QCOMPARE(drafts.list(m_forum).size(), 1);
        QCOMPARE(drafts.find(d.id)->raw, QStringLiteral("more words"));
        QCOMPARE(drafts.find(d.id)->replyToPostNumber, 3);
        drafts.remove(d.id);
        QVERIFY(!drafts.find(d.id));
    }

    // The words are always in exactly one place: the draft or the outbox row.
    void queueFromDraftIsAtomic()
    {
        DraftRepository drafts(db(), m_clock);
        OutboxRepository outbox(db(), m_clock);
        const Draft d = reply(QStringLiteral("Obrigado pela ajuda!"));
        const OutboxItem item = outbox.queueFromDraft(d.id);
        QCOMPARE(item.state, OutboxState::Queued);
        QCOMPARE(item.kind, OutboxKind::Reply);
        QCOMPARE(item.raw, d.raw);
        QCOMPARE(item.topicId, 42);
        QCOMPARE(item.replyToPostNumber, 3);
        QCOMPARE(item.draftId, d.id);
        QVERIFY(!drafts.find(d.id));

        // If the outbox insert fails (here: it depends on a row that does not exist, which
        // the foreign key refuses), the draft stays.
        const Draft second = reply(QStringLiteral("second reply"));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 outbox.queueFromDraft(second.id, QStringLiteral("no-such-row")));
        QCOMPARE(drafts.find(second.id)->raw, QStringLiteral("second reply"));
        QCOMPARE(outbox.list(m_forum).size(), 1);

        // A queued item goes back to the drafts, under its old id, atomically.
        const Draft back = outbox.returnToDrafts(item.id);
        QCOMPARE(back.id, d.id);
        QCOMPARE(back.raw, d.raw);
        QVERIFY(!outbox.find(item.id));

        QVERIFY_THROWS_EXCEPTION(StoreError, outbox.queueFromDraft(QStringLiteral("missing")));
    }

    void outboxLifecycle()
    {
        OutboxRepository outbox(db(), m_clock);
        Draft topic;
        topic.forumId = m_forum;
        topic.kind = DraftKind::NewTopic;
        topic.categoryId = 9;
        topic.title = QStringLiteral("Nova pergunta");
        topic.raw = QStringLiteral("Como configurar?");
        const OutboxItem parent =
                outbox.queueFromDraft(DraftRepository(db(), m_clock).save(topic).id);
        const OutboxItem child =
                outbox.queueFromDraft(reply(QStringLiteral("follow-up")).id, parent.id);
        QCOMPARE(child.dependsOn, parent.id);
        QVERIFY_THROWS_EXCEPTION(StoreError, outbox.remove(parent.id));

        OutboxItem like;
        like.forumId = m_forum;
        like.kind = OutboxKind::Like;
        like.postId = 1234;
        like = outbox.enqueue(like);
        QCOMPARE(outbox.list(m_forum).size(), 3);

        outbox.markSending(parent.id);
        m_clock.advance(30s);
        outbox.markQueued(parent.id, QStringLiteral("connection lost"));
        outbox.markSending(parent.id);
        OutboxItem p = *outbox.find(parent.id);
        QCOMPARE(p.state, OutboxState::Sending);
        QCOMPARE(p.attempts, 2);
        QCOMPARE(p.lastAttemptAt.toMSecsSinceEpoch() - p.firstAttemptAt.toMSecsSinceEpoch(),
                 30'000);
        QVERIFY(p.error.isEmpty());
        // Being sent: it cannot turn back into a draft.
        QVERIFY_THROWS_EXCEPTION(StoreError, outbox.returnToDrafts(parent.id));
        outbox.markSent(parent.id, 555, 77);
        p = *outbox.find(parent.id);
        QCOMPARE(p.state, OutboxState::Sent);
        QCOMPARE(p.remotePostId, 555);
        QCOMPARE(p.remoteTopicId, 77);

        outbox.markNeedsAttention(child.id, QStringLiteral("The topic was closed."));
        QCOMPARE(outbox.list(m_forum, {OutboxState::NeedsAttention}).size(), 1);
        QCOMPARE(outbox.find(child.id)->error, QStringLiteral("The topic was closed."));
        outbox.remove(child.id);
        outbox.remove(parent.id);
        QCOMPARE(outbox.list(m_forum).size(), 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, outbox.markSending(QStringLiteral("gone")));
    }

    void forumWithUnsentWordsCannotBeRemoved()
    {
        ForumRepository forums(db(), m_clock);
        const Draft d = reply(QStringLiteral("unsent"));
        try {
            forums.remove(m_forum);
            QFAIL("removal must be refused");
        } catch (const StoreError &error) {
            QCOMPARE(error.kind(), StoreErrorKind::Constraint);
            QVERIFY(error.message().contains(QStringLiteral("draft")));
        }
        QVERIFY(forums.find(m_forum));
        DraftRepository(db(), m_clock).remove(d.id);
        forums.remove(m_forum);
        QVERIFY(!forums.find(m_forum));
    }

    void rateLog()
    {
        RateLogRepository log(db());
        const Forum other =
                ForumRepository(db(), m_clock).add(QStringLiteral("https://other.example"), {});
        for (qint64 t : {1000, 2000, 3000, 61'000})
            log.appendRequest(m_forum, t);
        log.appendRequest(other.id, 2500);
        QCOMPARE(log.requestsSince(m_forum, 2000), (QList<qint64>{2000, 3000, 61'000}));
        QCOMPARE(log.countSince(m_forum, 0), 4);
        log.prune(2600);
        QCOMPARE(log.requestsSince(m_forum, 0), (QList<qint64>{3000, 61'000}));
        QCOMPARE(log.countSince(other.id, 0), 0);
    }

    void profileLayout()
    {
        const QString dir = m_dir.filePath(QStringLiteral("profile"));
        Profile profile = Profile::open(dir);
        QCOMPARE(profile.userDatabasePath(), dir + QStringLiteral("/outpost.sqlite"));
        QVERIFY(QFile::exists(profile.userDatabasePath()));
        QCOMPARE(profile.cachePath(3), dir + QStringLiteral("/forums/3/cache.sqlite"));
        {
            CacheOpenResult cache = profile.openCache(3);
            QCOMPARE(cache.status, CacheOpenStatus::Created);
            Database other = profile.openCacheConnection(3);
            QCOMPARE(other.queryInt64("SELECT count(*) FROM topics"), 0);
        }
        Database second = profile.openUserDatabaseConnection();
        ForumRepository(profile.userDatabase(), m_clock)
                .add(QStringLiteral("https://a.example"), QStringLiteral("A"));
        QCOMPARE(ForumRepository(second, m_clock).all().size(), 1);
        QVERIFY(profile.removeForumFiles(3));
        QVERIFY(!QFile::exists(profile.cachePath(3)));
        QVERIFY(Profile::defaultDirectory().contains(QStringLiteral("qttest"))); // test mode
    }
};

QTEST_GUILESS_MAIN(TestStoreUser)
#include "tst_store_user.moc"
