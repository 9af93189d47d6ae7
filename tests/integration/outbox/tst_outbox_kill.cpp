// Exactly once across a SIGKILL: `outpost-cli outbox send` is killed at random moments while it
// sends (before a request leaves, while the forum works on it, before the answer is recorded),
// once or several times, then run to the end. Every queued item is then on the forum exactly
// once, and the outbox agrees with the forum. The program runs for real (its own process, its
// own SQLite connection and lock file); the devserver runs in this process. The seed is
// printed; OUTPOST_TEST_SEED=N repeats, OUTPOST_OUTBOX_KILL_RUNS=N sets the runs (default 40).
#include "OutboxRig.h"
#include "store/DraftRepository.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>

using namespace outpost;
using namespace outpost::test;
using namespace Qt::Literals::StringLiterals;
using store::OutboxItem;
using store::OutboxKind;
using store::OutboxState;

class TestOutboxKill : public QObject
{
    Q_OBJECT

    std::unique_ptr<OutboxServer> m_server;
    QString m_cli;
    quint64 m_seed = 0;
    int m_serial = 0;
    int m_uncategorized = 0;
    QList<int> m_likeable;
    int m_nextLike = 0;
    int m_kills = 0;

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"OUTPOST_USER_API_KEY"_s, QString::fromLatin1(m_server->key));
        env.insert(u"QT_LOGGING_RULES"_s, u"outpost.*.info=false"_s);
        return env;
    }

    void startSend(QProcess &process, const QString &profileDir)
    {
        process.setProcessEnvironment(cliEnvironment());
        process.start(m_cli, {u"--profile"_s, profileDir, u"outbox"_s, u"send"_s});
    }

    QList<OutboxItem> queueItems(OutboxProfile &profile, QRandomGenerator &random,
                                 QHash<QString, int> *editedPosts)
    {
        outbox::Outbox box = profile.outbox();
        QList<OutboxItem> items;
        const int count = 2 + int(random.bounded(3));
        QString newTopic;
        for (int i = 0; i < count; ++i) {
            const QString raw =
                    u"Kill run %1, item %2: it must survive any kill, and arrive only once."_s
                            .arg(++m_serial)
                            .arg(i);
            const quint32 pick = random.bounded(10);
            if (pick < 5) {
                const int topic =
                        m_server->topicIds[int(random.bounded(m_server->topicIds.size()))];
                items.append(box.queueReply(topic, raw));
            } else if (pick < 7 && newTopic.isEmpty()) {
                items.append(box.queueNewTopic(m_uncategorized,
                                               u"A topic from kill run %1"_s.arg(m_serial), raw));
                newTopic = items.constLast().id;
            } else if (pick < 8 && !newTopic.isEmpty()) {
                items.append(box.queueReplyToQueued(newTopic, raw));
            } else if (pick < 9) {
                const int topic = m_server->createTopic(m_server->writerId,
                                                        u"Kill run %1 edits this"_s.arg(m_serial));
                const int postId = m_server->firstPostOf(topic);
                items.append(box.queueEdit(postId, m_server->version(postId), raw));
                editedPosts->insert(items.constLast().id, postId);
            } else {
                items.append(box.queueLike(m_likeable[m_nextLike++ % m_likeable.size()]));
            }
        }
        return items;
    }

    void runOnce(int run, QRandomGenerator &random)
    {
        const QString where = u"kill run %1, OUTPOST_TEST_SEED=%2"_s.arg(run).arg(m_seed);
        // Half the runs without the forum's "too similar" guard: a wrong resend would show.
        const bool strict = run % 2 == 0;
        m_server->invoke([strict](devserver::Server &s) {
            s.settings().posting.uniquePostsMinutes = strict ? 0 : 5;
        });
        OutboxProfile profile(m_server->baseUrl());
        QHash<QString, int> editedPosts;
        const QList<OutboxItem> items = queueItems(profile, random, &editedPosts);
        const int before = int(m_server->postsBy(m_server->writerId).size());

        // One to three kills at random moments, then a run to the end.
        const int kills = 1 + int(random.bounded(3));
        for (int k = 0; k < kills; ++k) {
            QProcess process;
            startSend(process, profile.dir.path());
            QVERIFY2(process.waitForStarted(10000), qPrintable(where));
            QTest::qSleep(int(random.bounded(900)));
            if (process.state() != QProcess::NotRunning) {
                process.kill(); // SIGKILL
                ++m_kills;
            }
            QVERIFY2(process.waitForFinished(10000), qPrintable(where));
        }
        int exitCode = -1;
        for (int attempt = 0; attempt < 4 && exitCode != 0; ++attempt) {
            QProcess process;
            startSend(process, profile.dir.path());
            QVERIFY2(process.waitForFinished(60000), qPrintable(where));
            exitCode = process.exitCode();
            QVERIFY2(exitCode == 0 || exitCode == 3,
                     qPrintable(where + u": exit %1: "_s.arg(exitCode) +
                                QString::fromUtf8(process.readAllStandardError())));
        }
        QVERIFY2(exitCode == 0, qPrintable(where + u": never finished"_s));

        const QList<ForumPost> posts = m_server->postsBy(m_server->writerId);
        int created = 0;
        for (const OutboxItem &queued : items) {
            const OutboxItem item = *profile.item(queued.id);
            const QString what = where + u", "_s + store::outboxKindName(item.kind);
            QVERIFY2(item.state == OutboxState::Sent, qPrintable(what + u": "_s + item.error));
            QVERIFY2(item.remotePostId, qPrintable(what));
            if (item.kind == OutboxKind::Reply || item.kind == OutboxKind::NewTopic) {
                ++created;
                int found = 0;
                for (const ForumPost &p : posts) {
                    if (p.raw == item.raw) {
                        ++found;
                        QVERIFY2(p.id == *item.remotePostId, qPrintable(what + u": wrong id"_s));
                    }
                }
                QVERIFY2(found == 1, qPrintable(what + u": on the forum %1 times"_s.arg(found)));
            } else if (item.kind == OutboxKind::Edit) {
                QVERIFY2(m_server->raw(editedPosts.value(item.id)) == item.raw, qPrintable(what));
            } else {
                const int postId = int(*item.postId);
                QVERIFY2(m_server->invoke([&](devserver::Server &s) {
                    return s.forum().likedBy(postId, m_server->writerId);
                }),
                         qPrintable(what));
            }
        }
        QVERIFY2(posts.size() == before + created,
                 qPrintable(
                         where +
                         u": %1 new posts for %2 items"_s.arg(posts.size() - before).arg(created)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("OUTPOST_CLI");
        QVERIFY2(!m_cli.isEmpty(), "OUTPOST_CLI is not set (run through ctest)");
        bool ok = false;
        m_seed = qEnvironmentVariable("OUTPOST_TEST_SEED").toULongLong(&ok);
        if (!ok)
            m_seed = QRandomGenerator::system()->generate64();
        qInfo("OUTPOST_TEST_SEED=%llu", static_cast<unsigned long long>(m_seed));
        m_server = std::make_unique<OutboxServer>(u"categories=10,topics=40,posts=400"_s);
        QVERIFY(m_server->started);
        m_uncategorized =
                m_server->invoke([](devserver::Server &s) { return s.forum().uncategorizedId(); });
        m_likeable = m_server->invoke([this](devserver::Server &s) {
            QList<int> ids;
            const devserver::Viewer writer{s.forum().user(m_server->writerId)};
            for (int id = 1; id <= s.forum().maxPostId(); ++id) {
                const devserver::Post *p = s.forum().post(id);
                const devserver::Topic *t = p ? s.forum().topic(p->topicId) : nullptr;
                if (p && !p->deleted() && t && !t->deleted && p->userId != m_server->writerId &&
                    s.forum().canSee(writer, *p))
                    ids.append(id);
            }
            return ids;
        });
        // Every write (and, less, every read) takes a while, so kills land mid-request.
        m_server->fault(u"POST ^/(posts|post_actions)\\.json$=latency:150"_s);
        m_server->fault(u"PUT ^/posts/\\d+\\.json$=latency:150"_s);
        m_server->fault(u"GET ^/(t|posts|topics|session)/=latency:40"_s);
    }

    void killedWhileSendingEveryItemArrivesOnce()
    {
        bool ok = false;
        int runs = qEnvironmentVariableIntValue("OUTPOST_OUTBOX_KILL_RUNS", &ok);
        if (!ok || runs <= 0)
            runs = 40;
        QRandomGenerator random(m_seed);
        for (int run = 0; run < runs; ++run) {
            runOnce(run, random);
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d runs, %d kills while sending", runs, m_kills);
        QVERIFY(m_kills >= runs / 2); // kills did land while it ran, not only after it ended
    }
};

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outbox_kill.moc"
