// The outbox against the devserver, one behaviour at a time: every kind of item, order and
// dependencies, the review queue, edits and their conflicts, refusals of each kind (text kept,
// reason in plain words), a refused key, no key, a concurrent delivery, and the recovery of an
// item a crash left in `sending`. Real loopback HTTP, real libcurl, a real SQLite file.
#include "OutboxRig.h"
#include "outbox/ForumAccount.h"
#include "outbox/OutboxLock.h"

#include <QSignalSpy>
#include <QStandardPaths>

using namespace outpost;
using namespace Qt::Literals::StringLiterals;
using namespace outpost::test;
using store::OutboxItem;
using store::OutboxProblem;
using store::OutboxState;

class TestOutboxDelivery : public QObject
{
    Q_OBJECT

    std::unique_ptr<OutboxServer> m_server;
    int m_run = 0;

    // A text no other test uses (the forum refuses repeats for five minutes).
    QString text(const QString &what)
    {
        return QStringLiteral("%1 — written by the outbox tests, run %2.").arg(what).arg(++m_run);
    }
    int countOnForum(const QString &raw)
    {
        int n = 0;
        for (const ForumPost &p : m_server->postsBy(m_server->writerId))
            n += p.raw == raw && !p.deleted ? 1 : 0;
        return n;
    }
    void rules(const std::function<void(devserver::PostingRules &)> &change)
    {
        m_server->invoke([&](devserver::Server &s) { change(s.settings().posting); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_server = std::make_unique<OutboxServer>();
        QVERIFY(m_server->started);
    }

    void init()
    {
        m_server->clearFaults();
        m_server->invoke([](devserver::Server &s) { s.settings().posting = {}; });
    }

    void sendsEachKindOnceAndRecordsTheForumsIds()
    {
        OutboxProfile profile(m_server->baseUrl());
        outbox::Outbox box = profile.outbox();
        const int topic = m_server->topicIds[0];
        const int likedPost = m_server->firstPostOf(m_server->topicIds[1]);
        const OutboxItem reply = box.queueReply(topic, text(u"A reply"_s), 1);
        const OutboxItem created = box.queueNewTopic(
                m_server->invoke([](devserver::Server &s) { return s.forum().uncategorizedId(); }),
                u"A new topic from the outbox tests"_s, text(u"Its first post"_s));
        const OutboxItem like = box.queueLike(likedPost);

        QList<OutboxItem> changes;
        outbox::DeliveryOptions options;
        options.onItemChanged = [&](const OutboxItem &item) { changes.append(item); };
        const outbox::DeliveryReport report = profile.deliver(m_server->key, options);
        QCOMPARE(report.stop, outbox::DeliveryStop::Completed);
        QCOMPARE(report.sent, 3);
        QCOMPARE(report.waiting, 0);
        QVERIFY(report.isComplete());

        const OutboxItem sentReply = *profile.item(reply.id);
        QCOMPARE(sentReply.state, OutboxState::Sent);
        QVERIFY(sentReply.remotePostId);
        QCOMPARE(m_server->raw(int(*sentReply.remotePostId)), reply.raw);
        QCOMPARE(countOnForum(reply.raw), 1);
        const OutboxItem sentTopic = *profile.item(created.id);
        QVERIFY(sentTopic.remoteTopicId);
        QCOMPARE(m_server->firstPostOf(int(*sentTopic.remoteTopicId)),
                 int(*sentTopic.remotePostId));
        QCOMPARE(profile.item(like.id)->state, OutboxState::Sent);
        QVERIFY(m_server->invoke([&](devserver::Server &s) {
            return s.forum().likedBy(likedPost, m_server->writerId);
        }));
        // The GUI hears of each step: sending, then sent, for each item.
        QCOMPARE(changes.size(), 6);
        QCOMPARE(changes.first().state, OutboxState::Sending);
        QCOMPARE(changes.last().state, OutboxState::Sent);

        // A second delivery has nothing to do.
        const outbox::DeliveryReport again = profile.deliver(m_server->key);
        QCOMPARE(again.sent, 0);
        QVERIFY(again.isComplete());
    }

    void repliesKeepTheirOrderWithinATopic()
    {
        OutboxProfile profile(m_server->baseUrl());
        outbox::Outbox box = profile.outbox();
        const int topic = m_server->topicIds[2];
        QList<OutboxItem> items;
        for (int i = 0; i < 4; ++i)
            items.append(box.queueReply(topic, text(u"Reply in order %1"_s.arg(i))));
        // The first one meets a 503 once: the others wait behind it instead of overtaking.
        m_server->fault(u"POST ^/posts\\.json$=status:503,count=1"_s);
        outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.waiting, 4);
        report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 4);
        qint64 previous = 0;
        for (const OutboxItem &item : items) {
            const qint64 postId = *profile.item(item.id)->remotePostId;
            QVERIFY2(postId > previous, "posted in the order queued");
            previous = postId;
            QCOMPARE(countOnForum(item.raw), 1);
        }
    }

    void aReplyToAQueuedTopicWaitsForIt()
    {
        OutboxProfile profile(m_server->baseUrl());
        outbox::Outbox box = profile.outbox();
        const OutboxItem topic =
                box.queueNewTopic(1, u"A topic that replies wait for"_s, text(u"First post"_s));
        const OutboxItem first = box.queueReplyToQueued(topic.id, text(u"First reply to it"_s));
        const OutboxItem second = box.queueReplyToQueued(topic.id, text(u"Second reply to it"_s));
        QVERIFY(!first.topicId);
        QVERIFY_THROWS_EXCEPTION(store::StoreError, box.discard(topic.id));

        // The topic is refused once (a proxy error): its replies must not go anywhere.
        m_server->fault(u"POST ^/posts\\.json$=status:502,count=1"_s);
        outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 0);
        QCOMPARE(profile.item(first.id)->state, OutboxState::Queued);
        QVERIFY(profile.item(first.id)->error.contains(u"new topic"_s));

        report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 3);
        const qint64 topicId = *profile.item(topic.id)->remoteTopicId;
        for (const QString &id : {first.id, second.id}) {
            const OutboxItem reply = *profile.item(id);
            QCOMPARE(reply.topicId, std::optional<qint64>(topicId));
            const int postId = int(*reply.remotePostId);
            QCOMPARE(m_server->invoke(
                             [&](devserver::Server &s) { return s.forum().post(postId)->topicId; }),
                     int(topicId));
        }
        QVERIFY(*profile.item(first.id)->remotePostId < *profile.item(second.id)->remotePostId);
    }

    void postsHeldForReviewCountAsSent()
    {
        rules([](devserver::PostingRules &r) { r.approveUnlessTrustLevel = 2; });
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item =
                profile.outbox().queueReply(m_server->topicIds[0], text(u"Held for review"_s));
        const outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 1);
        QCOMPARE(report.sentForReview, 1);
        QVERIFY(report.messages.join(u' ').contains(u"moderator"_s));
        const OutboxItem sent = *profile.item(item.id);
        QCOMPARE(sent.state, OutboxState::Sent);
        QVERIFY(sent.pendingPostId);
        QVERIFY(!sent.remotePostId);
        QCOMPARE(countOnForum(item.raw), 0); // not public until approved
    }

    void anEditIsSentAgainstItsVersion()
    {
        OutboxProfile profile(m_server->baseUrl());
        const int topic = m_server->createTopic(m_server->writerId, u"A topic the writer edits"_s);
        const int postId = m_server->firstPostOf(topic);
        const int version = m_server->version(postId);
        const QString edited = text(u"The edited first post"_s);
        const OutboxItem item = profile.outbox().queueEdit(postId, version, edited);
        const outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 1);
        QCOMPARE(m_server->raw(postId), edited);
        QCOMPARE(profile.item(item.id)->remotePostId, std::optional<qint64>(postId));
    }

    void anEditOfAPostChangedMeanwhileIsAConflict()
    {
        OutboxProfile profile(m_server->baseUrl());
        const int topic = m_server->createTopic(m_server->writerId, u"A topic edited twice"_s);
        const int postId = m_server->firstPostOf(topic);
        const int version = m_server->version(postId);
        const QString mine = text(u"My edit, written offline"_s);
        const OutboxItem item = profile.outbox().queueEdit(postId, version, mine);
        // A moderator edits it on the forum meanwhile.
        const QString theirs = u"A moderator's edit, made on the forum while I was offline."_s;
        m_server->invoke([&](devserver::Server &s) {
            s.forum().editPost(postId, theirs, {}, 1, s.clock().nowMs(), false, 0, 0);
        });
        outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.needsAttention, 1);
        OutboxItem conflict = *profile.item(item.id);
        QCOMPARE(conflict.state, OutboxState::NeedsAttention);
        QCOMPARE(conflict.problem, OutboxProblem::EditConflict);
        QCOMPARE(conflict.raw, mine);
        QCOMPARE(conflict.conflictRaw, theirs);
        QCOMPARE(conflict.conflictVersion, std::optional<int>(m_server->version(postId)));
        QCOMPARE(m_server->raw(postId), theirs); // not overwritten

        // Retrying as it is would only conflict again: the person must choose.
        outbox::Outbox box = profile.outbox();
        QVERIFY_THROWS_EXCEPTION(store::StoreError, box.retry(item.id));
        box.resolveConflictKeepMine(item.id);
        report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 1);
        QCOMPARE(m_server->raw(postId), mine);
    }

    void takingTheirVersionDropsMine()
    {
        OutboxProfile profile(m_server->baseUrl());
        const int topic = m_server->createTopic(m_server->writerId, u"A topic whose edit loses"_s);
        const int postId = m_server->firstPostOf(topic);
        const OutboxItem item = profile.outbox().queueEdit(postId, m_server->version(postId),
                                                           text(u"An edit that will be dropped"_s));
        const QString theirs = u"Their version wins this time, as the person chose."_s;
        m_server->invoke([&](devserver::Server &s) {
            s.forum().editPost(postId, theirs, {}, 1, s.clock().nowMs(), false, 0, 0);
        });
        profile.deliver(m_server->key);
        outbox::Outbox box = profile.outbox();
        box.resolveConflictTakeTheirs(item.id);
        QVERIFY(!profile.item(item.id));
        QCOMPARE(m_server->raw(postId), theirs);
    }

    void refusalsNeedAttentionWithTheTextIntact_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("too short") << u"short"_s << int(OutboxProblem::TooShort) << u"too short"_s;
        QTest::newRow("too similar, nothing landed")
                << u"similar"_s << int(OutboxProblem::TooSimilar) << u"repeat"_s;
        QTest::newRow("closed topic")
                << u"closed"_s << int(OutboxProblem::TopicClosedOrDeleted) << u"closed"_s;
        QTest::newRow("deleted topic")
                << u"deleted"_s << int(OutboxProblem::TopicClosedOrDeleted) << u"deleted"_s;
        QTest::newRow("no permission: a staff-only category")
                << u"private"_s << int(OutboxProblem::NoPermission) << u"did not allow"_s;
        QTest::newRow("new user limit")
                << u"newuser"_s << int(OutboxProblem::NewUserLimit) << u"new members"_s;
        QTest::newRow("not found: an edit of a post that is gone")
                << u"gone"_s << int(OutboxProblem::NotFound) << u"no longer"_s;
    }

    void refusalsNeedAttentionWithTheTextIntact()
    {
        QFETCH(QString, what);
        QFETCH(int, problem);
        QFETCH(QString, reasonContains);
        OutboxProfile profile(m_server->baseUrl());
        outbox::Outbox box = profile.outbox();
        QByteArray key = m_server->key;
        int author = m_server->writerId;
        OutboxItem item;
        if (what == u"short") {
            item = box.queueReply(m_server->topicIds[0], u"Too short."_s);
        } else if (what == u"similar") {
            // Posted elsewhere (another topic) a moment ago: the forum refuses the repeat, and
            // there is no such post in this topic to find.
            const QString raw = text(u"Said twice in two topics"_s);
            m_server->invoke([&](devserver::Server &s) {
                QMultiMap<QString, QString> params{
                        {u"topic_id"_s, QString::number(m_server->topicIds[1])}, {u"raw"_s, raw}};
                s.createPost(*s.forum().user(m_server->writerId), params);
            });
            item = box.queueReply(m_server->topicIds[0], raw);
        } else if (what == u"closed" || what == u"deleted") {
            const int topic = m_server->createTopic(1, u"A topic that goes away: %1"_s.arg(what));
            m_server->invoke([&](devserver::Server &s) {
                if (what == u"closed")
                    s.forum().setTopicStatus(topic, u"closed"_s, true, s.clock().nowMs());
                else
                    s.forum().deletePost(int(s.forum().topic(topic)->postIds.front()),
                                         s.clock().nowMs());
            });
            item = box.queueReply(topic, text(u"A reply to a topic that went away"_s));
        } else if (what == u"private") {
            const int staffOnly = m_server->invoke([](devserver::Server &s) {
                for (const devserver::Category &c : s.forum().categories()) {
                    if (c.readLevel == devserver::kStaffOnly)
                        return c.id;
                }
                return 0;
            });
            QVERIFY(staffOnly > 0);
            item = box.queueNewTopic(staffOnly, u"A topic in a staff-only category"_s,
                                     text(u"Not for this writer's eyes"_s));
        } else if (what == u"newuser") {
            author = m_server->addUser(u"newcomer%1"_s.arg(m_run), 0);
            key = m_server->mintKey(author);
            item = box.queueReply(m_server->topicIds[0],
                                  text(u"Links: https://a.example/1 https://b.example/2 "
                                       "https://c.example/3"_s));
        } else if (what == u"gone") {
            item = box.queueEdit(999999, 1, text(u"An edit of a post that never was"_s));
        }
        const QString raw = item.raw;
        const outbox::DeliveryReport report = profile.deliver(key);
        QCOMPARE(report.needsAttention, 1);
        QCOMPARE(report.attentionIds, QStringList{item.id});
        const OutboxItem refused = *profile.item(item.id);
        QCOMPARE(refused.state, OutboxState::NeedsAttention);
        QCOMPARE(int(refused.problem), problem);
        QCOMPARE(refused.raw, raw);
        QVERIFY2(refused.error.contains(reasonContains, Qt::CaseInsensitive),
                 qPrintable(refused.error));
        QVERIFY(!refused.unconfirmed);

        // Fix and resend, or keep it as a draft: nothing was lost either way.
        const store::Draft draft = profile.outbox().keepAsDraft(item.id);
        QCOMPARE(draft.raw, raw);
        Q_UNUSED(author)
    }

    void aRevokedKeyStopsSendingUntilSignedInAgain()
    {
        OutboxProfile profile(m_server->baseUrl());
        const int user = m_server->addUser(u"revoked%1"_s.arg(++m_run), 1);
        int keyId = 0;
        const QByteArray key = m_server->invoke([&](devserver::Server &s) {
            return s.auth().mintUserApiKey(user, u"revoked"_s, u"t"_s, {u"read"_s, u"write"_s},
                                           s.clock().nowMs(), &keyId);
        });
        outbox::Outbox box = profile.outbox();
        const OutboxItem first = box.queueReply(m_server->topicIds[0], text(u"Never sent first"_s));
        const OutboxItem second =
                box.queueReply(m_server->topicIds[1], text(u"Never sent second"_s));
        m_server->invoke([&](devserver::Server &s) { s.auth().revoke(keyId, s.clock().nowMs()); });

        outbox::DeliveryReport report = profile.deliver(key);
        QCOMPARE(report.stop, outbox::DeliveryStop::NeedsSignIn);
        QCOMPARE(report.sent, 0);
        QCOMPARE(report.needsAttention, 0);
        QCOMPARE(report.waiting, 2);
        QVERIFY(!profile.outbox().summary().needsSignIn.isEmpty());
        QCOMPARE(profile.item(first.id)->state, OutboxState::Queued);
        QCOMPARE(profile.item(second.id)->attempts, 0); // sending stopped at the first
        // The same key again: nothing is sent, one request tells.
        report = profile.deliver(key);
        QCOMPARE(report.stop, outbox::DeliveryStop::NeedsSignIn);
        QCOMPARE(profile.item(second.id)->attempts, 0);

        // Signed in again: everything goes.
        const QByteArray fresh = m_server->mintKey(user);
        report = profile.deliver(fresh);
        QCOMPARE(report.sent, 2);
        QVERIFY(profile.outbox().summary().needsSignIn.isEmpty());
    }

    void withoutAKeyItemsWaitAndSaySo()
    {
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item =
                profile.outbox().queueReply(m_server->topicIds[0], text(u"Written anonymously"_s));
        const outbox::DeliveryReport report = profile.deliver({});
        QCOMPARE(report.stop, outbox::DeliveryStop::NotSignedIn);
        QCOMPARE(report.waiting, 1);
        QVERIFY(report.messages.join(u' ').contains(u"Sign in to send"_s));
        QCOMPARE(profile.item(item.id)->state, OutboxState::Queued);
        QCOMPARE(profile.item(item.id)->attempts, 0);
    }

    void aDeliveryJobReportsThroughSignals()
    {
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item =
                profile.outbox().queueReply(m_server->topicIds[1], text(u"Sent by a job"_s));
        outbox::DeliveryJob job(profile.environment(m_server->key));
        QSignalSpy changed(&job, &outbox::DeliveryJob::itemChanged);
        QSignalSpy finished(&job, &outbox::DeliveryJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        const auto report = finished.first().first().value<outbox::DeliveryReport>();
        QCOMPARE(report.sent, 1);
        QCOMPARE(changed.size(), 2); // sending, then sent
        QCOMPARE(changed.last().first().value<OutboxItem>().state, OutboxState::Sent);
        QCOMPARE(changed.last().first().value<OutboxItem>().id, item.id);
    }

    void oneDeliveryAtATime()
    {
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item =
                profile.outbox().queueReply(m_server->topicIds[0], text(u"Sent by one only"_s));
        outbox::OutboxLock held(profile.profile.userDatabase(), profile.forum.id);
        QVERIFY(held.tryLock());
        const outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.stop, outbox::DeliveryStop::Busy);
        QCOMPARE(profile.item(item.id)->attempts, 0);
    }

    void anItemLeftSendingByACrashIsLookedForFirst_data()
    {
        QTest::addColumn<bool>("landed");
        QTest::newRow("it had landed") << true;
        QTest::newRow("it had not") << false;
    }

    void anItemLeftSendingByACrashIsLookedForFirst()
    {
        QFETCH(bool, landed);
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item = profile.outbox().queueReply(m_server->topicIds[3],
                                                            text(u"Interrupted by a crash"_s));
        // What a crash mid-request leaves: the row in `sending`, and perhaps the post.
        profile.repository().markSending(item.id);
        if (landed) {
            m_server->invoke([&](devserver::Server &s) {
                s.createPost(*s.forum().user(m_server->writerId),
                             {{u"topic_id"_s, QString::number(m_server->topicIds[3])},
                              {u"raw"_s, item.raw}});
            });
        }
        const outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 1);
        QCOMPARE(countOnForum(item.raw), 1);
        const OutboxItem sent = *profile.item(item.id);
        QCOMPARE(sent.attempts, landed ? 1 : 2);
        QVERIFY(!sent.unconfirmed);
        QCOMPARE(m_server->raw(int(*sent.remotePostId)), item.raw);
    }

    // Found on the forum, but with line endings and spaces the forum tidied.
    void reconciliationIgnoresWhitespaceTheForumChanged()
    {
        OutboxProfile profile(m_server->baseUrl());
        const QString raw = text(u"Line one  \r\nLine two\t\r\n\r\n\r\nLine three\u00a0"_s);
        const OutboxItem item = profile.outbox().queueReply(m_server->topicIds[3], raw);
        profile.repository().markSending(item.id);
        m_server->invoke([&](devserver::Server &s) {
            QString tidied = raw;
            tidied.replace(u"\r\n"_s, u"\n"_s).replace(QChar(0xa0), u' ');
            s.createPost(*s.forum().user(m_server->writerId),
                         {{u"topic_id"_s, QString::number(m_server->topicIds[3])},
                          {u"raw"_s, tidied.trimmed()}});
        });
        const outbox::DeliveryReport report = profile.deliver(m_server->key);
        QCOMPARE(report.sent, 1);
        QCOMPARE(profile.item(item.id)->attempts, 1); // found, not sent again
    }
};

QTEST_GUILESS_MAIN(TestOutboxDelivery)
#include "tst_outbox_delivery.moc"
