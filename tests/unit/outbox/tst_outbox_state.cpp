// The outbox's states as the person's database keeps them (store::OutboxRepository and the
// Outbox API over it): which changes are allowed in which state, what each one clears, the
// order items are taken in, dependencies, and a database of the previous schema upgraded.
#include "Clock.h"
#include "outbox/ForumAccount.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxLock.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "store/UserDatabase.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace outpost;
using namespace outpost::store;
using namespace Qt::Literals::StringLiterals;

class TestOutboxState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    std::optional<Database> m_db;
    qint64 m_forum = 0;

    OutboxRepository repo() { return OutboxRepository(*m_db, m_clock); }
    outbox::Outbox box() { return outbox::Outbox(*m_db, m_clock, m_forum); }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_db.reset();
        const QString file = m_dir.filePath(
                u"user-%1.sqlite"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        QFile::remove(file);
        m_db.emplace(UserDatabase::open(file));
        m_forum = ForumRepository(*m_db, m_clock).add(u"https://forum.example.org"_s, {}).id;
    }

    void itemsGoInTheOrderTheyWereQueued()
    {
        // Queued within one millisecond: the clock does not move.
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << box().queueReply(7, u"Reply number %1 to the same topic."_s.arg(i)).id;
        QStringList listed;
        for (const OutboxItem &item : repo().list(m_forum, {OutboxState::Queued}))
            listed << item.id;
        QCOMPARE(listed, ids);
    }

    void anAttemptStartsOnlyFromQueuedAndSendsTheCurrentWords()
    {
        const OutboxItem item = box().queueReply(7, u"The words as first written."_s);
        box().edit(item.id, u"The words as changed before sending."_s);
        m_clock.advance(std::chrono::seconds(5));
        const std::optional<OutboxItem> started = repo().beginAttempt(item.id);
        QVERIFY(started);
        QCOMPARE(started->state, OutboxState::Sending);
        QCOMPARE(started->raw, u"The words as changed before sending."_s);
        QCOMPARE(started->attempts, 1);
        QCOMPARE(started->firstAttemptAt, m_clock.nowUtc());
        // While it is sending, its words cannot change, nor can it go back to the drafts.
        QVERIFY_THROWS_EXCEPTION(StoreError, box().edit(item.id, u"Too late to change."_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().keepAsDraft(item.id));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().discard(item.id));

        repo().markSent(item.id, 501, 7);
        QVERIFY(!repo().beginAttempt(item.id)); // sent: never again
        repo().markNeedsAttention(item.id, u"x"_s, OutboxProblem::TooShort);
        QVERIFY(!repo().beginAttempt(item.id)); // refused: only the person re-queues it
    }

    void anUnconfirmedItemKeepsItsWordsUntilChecked()
    {
        const OutboxItem item = box().queueReply(7, u"Sent, and the answer was lost."_s);
        repo().beginAttempt(item.id);
        m_clock.advance(std::chrono::seconds(30));
        repo().markUnconfirmed(item.id, u"The connection broke."_s);
        OutboxItem now = *repo().find(item.id);
        QCOMPARE(now.state, OutboxState::Queued);
        QVERIFY(now.unconfirmed);
        QCOMPARE(now.attempts, 1);
        // The first attempt's time stays: reconciliation looks from there.
        QCOMPARE(now.firstAttemptAt, now.createdAt);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 box().edit(item.id, u"New words would risk two posts."_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().keepAsDraft(item.id));
        // A second attempt keeps it unconfirmed until an answer comes.
        repo().beginAttempt(item.id);
        repo().markQueued(item.id, u"Could not connect."_s);
        QVERIFY(repo().find(item.id)->unconfirmed);
        repo().markSent(item.id, 900, 7);
        now = *repo().find(item.id);
        QVERIFY(!now.unconfirmed);
        QCOMPARE(now.remotePostId, std::optional<qint64>(900));
        QVERIFY(now.error.isEmpty());
        QCOMPARE(box().summary().sent, 1);
    }

    void aCrashLeavesSendingWhichRecoveryMakesUnconfirmed()
    {
        const OutboxItem item = box().queueReply(7, u"The process died mid-request."_s);
        repo().beginAttempt(item.id);
        {
            // While a delivery holds the outbox, its `sending` rows are really in flight.
            outbox::OutboxLock lock(*m_db, m_forum);
            QVERIFY(lock.tryLock());
            QCOMPARE(box().recoverInterrupted(), 0);
            QCOMPARE(repo().find(item.id)->state, OutboxState::Sending);
        }
        QCOMPARE(box().recoverInterrupted(), 1);
        const OutboxItem recovered = *repo().find(item.id);
        QCOMPARE(recovered.state, OutboxState::Queued);
        QVERIFY(recovered.unconfirmed);
        QCOMPARE(box().summary().unconfirmed, 1);
    }

    void retryClearsTheRefusalButNotAConflict()
    {
        const OutboxItem item = box().queueReply(7, u"Short."_s);
        repo().markNeedsAttention(item.id, u"Too short."_s, OutboxProblem::TooShort);
        QCOMPARE(repo().find(item.id)->problem, OutboxProblem::TooShort);
        QCOMPARE(box().summary().needsAttention, 1);
        box().retry(item.id);
        OutboxItem now = *repo().find(item.id);
        QCOMPARE(now.state, OutboxState::Queued);
        QCOMPARE(now.problem, OutboxProblem::None);
        QVERIFY(now.error.isEmpty());

        const OutboxItem edit = box().queueEdit(44, 2, u"My edit of post 44."_s);
        repo().markConflict(edit.id, u"Changed meanwhile."_s, u"Their text of post 44."_s, 4);
        now = *repo().find(edit.id);
        QCOMPARE(now.problem, OutboxProblem::EditConflict);
        QCOMPARE(now.conflictRaw, u"Their text of post 44."_s);
        QCOMPARE(now.conflictVersion, std::optional<int>(4));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().retry(edit.id));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().resolveConflictTakeTheirs(item.id));
    }

    void resolvingAConflict()
    {
        // Keep mine: sent over their version, which it is now based on.
        const OutboxItem mine = box().queueEdit(44, 2, u"Mine wins."_s);
        repo().markConflict(mine.id, u"Changed."_s, u"Theirs."_s, 5);
        box().resolveConflictKeepMine(mine.id);
        OutboxItem now = *repo().find(mine.id);
        QCOMPARE(now.state, OutboxState::Queued);
        QCOMPARE(now.baseVersion, std::optional<int>(5));
        QCOMPARE(now.raw, u"Mine wins."_s);
        QVERIFY(now.conflictRaw.isEmpty());
        QCOMPARE(now.problem, OutboxProblem::None);

        // Merge: new words written against their version.
        const OutboxItem merged = box().queueEdit(45, 1, u"Mine."_s);
        repo().markConflict(merged.id, u"Changed."_s, u"Theirs."_s, 3);
        box().edit(merged.id, u"Mine and theirs, merged."_s);
        now = *repo().find(merged.id);
        QCOMPARE(now.baseVersion, std::optional<int>(3));
        QCOMPARE(now.state, OutboxState::Queued);

        // Keep as a draft: the draft is based on their version too.
        const OutboxItem drafted = box().queueEdit(46, 1, u"Mine, to finish later."_s);
        repo().markConflict(drafted.id, u"Changed."_s, u"Theirs."_s, 7);
        const Draft draft = box().keepAsDraft(drafted.id);
        QCOMPARE(draft.baseVersion, std::optional<int>(7));
        QCOMPARE(draft.raw, u"Mine, to finish later."_s);

        // Take theirs: mine goes.
        const OutboxItem dropped = box().queueEdit(47, 1, u"Mine, dropped."_s);
        repo().markConflict(dropped.id, u"Changed."_s, u"Theirs."_s, 2);
        box().resolveConflictTakeTheirs(dropped.id);
        QVERIFY(!repo().find(dropped.id));
    }

    void dependenciesAndDiscarding()
    {
        const OutboxItem topic = box().queueNewTopic(3, u"A new topic with replies"_s,
                                                     u"Its first post, long enough."_s);
        const OutboxItem first = box().queueReplyToQueued(topic.id, u"A reply to it."_s);
        const OutboxItem second = box().queueReplyToQueued(topic.id, u"Another reply."_s);
        const OutboxItem unrelated = box().queueReply(9, u"Elsewhere."_s);
        QCOMPARE(first.dependsOn, topic.id);
        QVERIFY(!first.topicId);
        QCOMPARE(repo().dependents(topic.id), (QStringList{first.id, second.id}));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().discard(topic.id));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().keepAsDraft(topic.id));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().queueReplyToQueued(unrelated.id, u"x"_s));

        repo().setTopicId(first.id, 77);
        QCOMPARE(repo().find(first.id)->topicId, std::optional<qint64>(77));

        const QStringList removed = box().discard(topic.id, outbox::DiscardMode::WithDependents);
        QCOMPARE(removed.size(), 3);
        QCOMPARE(box().items().size(), 1);
        QCOMPARE(box().items().constFirst().id, unrelated.id);

        // Once the topic is on the forum, a reply to it is an ordinary reply.
        const OutboxItem sentTopic = box().queueNewTopic(3, u"A topic already sent"_s,
                                                         u"Its first post, long enough."_s);
        repo().markSent(sentTopic.id, 1000, 88);
        const OutboxItem late = box().queueReplyToQueued(sentTopic.id, u"A late reply."_s);
        QCOMPARE(late.topicId, std::optional<qint64>(88));
        QVERIFY(late.dependsOn.isEmpty());
    }

    void aForumPostIsNeverClaimedTwice()
    {
        const OutboxItem a = box().queueReply(7, u"One."_s);
        const OutboxItem b = box().queueReply(7, u"Two."_s);
        repo().markSent(a.id, 500, 7);
        QVERIFY(repo().isRemotePostClaimed(m_forum, 500, b.id));
        QVERIFY(!repo().isRemotePostClaimed(m_forum, 500, a.id));
        QVERIFY(!repo().isRemotePostClaimed(m_forum, 501, b.id));
        const OutboxItem t = box().queueNewTopic(3, u"Topic"_s, u"Body text."_s);
        repo().markSent(t.id, 600, 70);
        QVERIFY(repo().isRemoteTopicClaimed(m_forum, 70, b.id));
        // A like records the liked post: that does not claim it as a post of ours.
        const OutboxItem like = box().queueLike(800);
        repo().markSent(like.id, 800, 7);
        QVERIFY(!repo().isRemotePostClaimed(m_forum, 800, b.id));
    }

    void queueingChecksOnlyWhatIsSurelyWrong()
    {
        QVERIFY_THROWS_EXCEPTION(StoreError, box().queueReply(7, u"  \n\t "_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().queueNewTopic(3, u"  "_s, u"Body text."_s));
        QVERIFY_THROWS_EXCEPTION(StoreError, box().queueEdit(5, 1, QString()));
        // Short texts and titles are the forum's to judge.
        QCOMPARE(box().queueReply(7, u"ok"_s).raw, u"ok"_s);
        QCOMPARE(box().queueNewTopic(3, u" Hi "_s, u"x"_s).title, u"Hi"_s);
        // The empty-text refusal explains itself.
        try {
            box().queueReply(7, QString());
            QFAIL("an empty reply must be refused");
        } catch (const StoreError &error) {
            QVERIFY(error.message().contains(u"empty"_s));
        }
    }

    void findingByAShortId()
    {
        const OutboxItem a = box().queueReply(7, u"One."_s);
        bool ambiguous = false;
        QCOMPARE(box().findByPrefix(a.id.left(8), &ambiguous)->id, a.id);
        QVERIFY(!box().findByPrefix(a.id.left(3)));     // too short to be safe
        QVERIFY(!box().findByPrefix(u"ffffffff-no"_s)); // none
        QVERIFY(!ambiguous);
        // Items of another forum are not this outbox's.
        const qint64 other = ForumRepository(*m_db, m_clock).add(u"https://other.example"_s, {}).id;
        const OutboxItem elsewhere = outbox::Outbox(*m_db, m_clock, other).queueLike(5);
        QVERIFY(!box().find(elsewhere.id));
    }

    void sentItemsAreForgottenAfterAWhile()
    {
        const OutboxItem old = box().queueReply(7, u"Old."_s);
        repo().markSent(old.id, 1, 7);
        m_clock.advance(std::chrono::hours(24 * 8));
        const OutboxItem recent = box().queueReply(7, u"Recent."_s);
        repo().markSent(recent.id, 2, 7);
        const OutboxItem waiting = box().queueReply(7, u"Waiting."_s);
        QCOMPARE(box().forgetSent(7LL * 24 * 3600 * 1000), 1);
        QVERIFY(!repo().find(old.id));
        QVERIFY(repo().find(recent.id));
        QVERIFY(repo().find(waiting.id));
    }

    void theAccountIsRememberedPerForum()
    {
        outbox::ForumAccount account(*m_db, m_clock, m_forum);
        QVERIFY(!account.username());
        QVERIFY(account.needsSignIn().isEmpty());
        account.rememberUsername(u"ana"_s);
        account.setNeedsSignIn(u"Sign in again."_s);
        QCOMPARE(*account.username(), u"ana"_s);
        QCOMPARE(box().summary().needsSignIn, u"Sign in again."_s);
        account.clearNeedsSignIn();
        QVERIFY(box().summary().needsSignIn.isEmpty());
        account.forget();
        QVERIFY(!account.username());
    }

    // The person's database as version 2 left it (tests/fixtures/db/user-v2.sqlite): an item
    // in each state this version added (unconfirmed, refused with a problem, an edit in
    // conflict, sent for review) opens with the current code. OUTPOST_WRITE_DB_FIXTURES=1
    // writes the file (only while version 2 is the latest; never regenerate it afterwards).
    void aVersionTwoDatabaseOpens()
    {
        const QString fixture =
                qEnvironmentVariable("OUTPOST_SOURCE_DIR") + u"/tests/fixtures/db/user-v2.sqlite"_s;
        if (qEnvironmentVariableIntValue("OUTPOST_WRITE_DB_FIXTURES") == 1)
            writeVersionTwoFixture(fixture);
        m_db.reset();
        const QString file = m_dir.filePath(u"opened-v2.sqlite"_s);
        QFile::remove(file);
        QVERIFY(QFile::copy(fixture, file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        MigrationReport report;
        m_db.emplace(UserDatabase::open(file, &report));
        QCOMPARE(report.fromVersion, 2);
        const QList<OutboxItem> items = OutboxRepository(*m_db, m_clock).list(1);
        QCOMPARE(items.size(), 4);
        QVERIFY(items[0].unconfirmed);
        QCOMPARE(items[0].raw, u"Enviado, sem resposta."_s);
        QCOMPARE(items[1].problem, OutboxProblem::TooShort);
        QCOMPARE(items[2].problem, OutboxProblem::EditConflict);
        QCOMPARE(items[2].conflictRaw, u"Le texte du forum."_s);
        QCOMPARE(items[2].conflictVersion, std::optional<int>(3));
        QCOMPARE(items[3].pendingPostId, std::optional<qint64>(42));
    }

    // The person's database as version 1 left it (tests/fixtures/db/user-v1.sqlite, one
    // queued reply "Obrigado!") opens, upgrades, and its item goes on as any other.
    void aVersionOneDatabaseUpgrades()
    {
        m_db.reset();
        const QString file = m_dir.filePath(u"upgraded-v1.sqlite"_s);
        QFile::remove(file);
        QVERIFY(QFile::copy(qEnvironmentVariable("OUTPOST_SOURCE_DIR") +
                                    u"/tests/fixtures/db/user-v1.sqlite"_s,
                            file));
        QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
        MigrationReport report;
        m_db.emplace(UserDatabase::open(file, &report));
        QCOMPARE(report.fromVersion, 1);
        QVERIFY(report.applied.contains(2));
        const QList<OutboxItem> items = OutboxRepository(*m_db, m_clock).list(1);
        QCOMPARE(items.size(), 1);
        const OutboxItem item = items.constFirst();
        QCOMPARE(item.raw, u"Obrigado!"_s);
        QCOMPARE(item.state, OutboxState::Queued);
        QVERIFY(!item.unconfirmed);
        QCOMPARE(item.problem, OutboxProblem::None);
        QVERIFY(!item.pendingPostId);
        QVERIFY(!item.conflictVersion);
        QVERIFY(OutboxRepository(*m_db, m_clock).beginAttempt(item.id));
        OutboxRepository(*m_db, m_clock).markUnconfirmed(item.id, u"lost"_s);
        QVERIFY(OutboxRepository(*m_db, m_clock).find(item.id)->unconfirmed);
    }

private:
    void writeVersionTwoFixture(const QString &path)
    {
        QFile::remove(path);
        Database db = UserDatabase::open(path);
        QCOMPARE(db.queryInt64("PRAGMA user_version"), 2);
        const qint64 forum = ForumRepository(db, m_clock)
                                     .add(u"https://community.dhis2.org"_s, u"DHIS2 CoP"_s)
                                     .id;
        OutboxRepository outbox(db, m_clock);
        outbox::Outbox box(db, m_clock, forum);
        const OutboxItem unconfirmed = box.queueReply(10, u"Enviado, sem resposta."_s);
        outbox.beginAttempt(unconfirmed.id);
        outbox.markUnconfirmed(unconfirmed.id, u"The connection broke."_s);
        const OutboxItem refused = box.queueReply(10, u"Curto."_s);
        outbox.markNeedsAttention(refused.id, u"Too short."_s, OutboxProblem::TooShort);
        const OutboxItem edit = box.queueEdit(20, 2, u"Mon texte."_s);
        outbox.markConflict(edit.id, u"Changed."_s, u"Le texte du forum."_s, 3);
        const OutboxItem review = box.queueNewTopic(3, u"Um tópico novo"_s, u"Aguarda."_s);
        outbox.markSentForReview(review.id, 42);
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        qInfo("wrote %s", qPrintable(path));
    }
};

QTEST_GUILESS_MAIN(TestOutboxState)
#include "tst_outbox_state.moc"
