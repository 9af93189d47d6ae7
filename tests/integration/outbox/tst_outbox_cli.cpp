// The write commands of outpost-cli as a script uses them: reply, new-topic, like and outbox
// (list, show, retry, discard, send), their output for people and for --json, and their exit
// codes (0 done, 1 failed, 2 bad usage, 3 partial). The program runs for real against the
// devserver in this process.
#include "OutboxRig.h"
#include "outbox/OutboxLock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace outpost;
using namespace outpost::test;
using namespace Qt::Literals::StringLiterals;
using store::OutboxItem;
using store::OutboxState;

namespace {

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

} // namespace

class TestOutboxCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<OutboxServer> m_server;
    QString m_cli;
    int m_serial = 0;

    CliRun cli(OutboxProfile &profile, const QStringList &args, const QByteArray &input = {},
               bool signedIn = true)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"OUTPOST_USER_API_KEY"_s);
        if (signedIn)
            env.insert(u"OUTPOST_USER_API_KEY"_s, QString::fromLatin1(m_server->key));
        // No keychain to ask: the key comes from the environment or not at all.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/outpost-no-bus"_s);
        env.insert(u"QT_LOGGING_RULES"_s, u"outpost.*.info=false"_s);
        process.setProcessEnvironment(env);
        process.start(m_cli, QStringList{u"--profile"_s, profile.dir.path()} + args);
        if (!process.waitForStarted(10000))
            return {};
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString writeFile(OutboxProfile &profile, const QByteArray &bytes)
    {
        const QString path = profile.dir.filePath(u"post-%1.md"_s.arg(++m_serial));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(bytes);
        return path;
    }

    QString unique(const QString &what)
    {
        return u"%1, from the CLI tests (%2)."_s.arg(what).arg(++m_serial);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_cli = qEnvironmentVariable("OUTPOST_CLI");
        QVERIFY2(!m_cli.isEmpty(), "OUTPOST_CLI is not set (run through ctest)");
        m_server = std::make_unique<OutboxServer>();
        QVERIFY(m_server->started);
    }

    void replyFromAFileOrStdinIsQueuedWithoutTheNetwork()
    {
        OutboxProfile profile(u"http://127.0.0.1:9"_s); // nothing listens: queueing needs none
        const QString text = u"Olá — a reply with accents, from a file."_s;
        const QString file = writeFile(profile, "\xEF\xBB\xBF" + text.toUtf8()); // with a BOM
        CliRun run = cli(profile, {u"reply"_s, u"12"_s, u"--file"_s, file, u"--to"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Queued the reply to topic 12"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"next sync"_s));

        run = cli(profile, {u"reply"_s, u"12"_s, u"-"_s, u"--json"_s},
                  u"Read from standard input, with\r\nWindows line endings."_s.toUtf8());
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json[u"kind"_s].toString(), u"reply"_s);
        QCOMPARE(json[u"state"_s].toString(), u"queued"_s);
        QCOMPARE(json[u"topic_id"_s].toInt(), 12);

        const QList<OutboxItem> items = profile.outbox().items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items[0].raw, text);
        QCOMPARE(items[0].replyToPostNumber, std::optional<int>(3));
        QCOMPARE(items[1].raw, u"Read from standard input, with\r\nWindows line endings."_s);
        QCOMPARE(items[1].id, json[u"id"_s].toString());
    }

    void badUsageExitsWithTwoAndQueuesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("fileBytes");
        QTest::newRow("reply without arguments") << QStringList{u"reply"_s} << QByteArray();
        QTest::newRow("reply without text") << QStringList{u"reply"_s, u"12"_s} << QByteArray();
        QTest::newRow("reply with an empty file")
                << QStringList{u"reply"_s, u"12"_s, u"--file"_s, u"@"_s} << QByteArray(" \n\t\n");
        QTest::newRow("reply with a file that is not UTF-8")
                << QStringList{u"reply"_s, u"12"_s, u"--file"_s, u"@"_s}
                << QByteArray("caf\xE9 ok");
        QTest::newRow("reply with both a file and stdin")
                << QStringList{u"reply"_s, u"12"_s, u"-"_s, u"--file"_s, u"@"_s}
                << QByteArray("Some text that is fine.");
        QTest::newRow("reply to post zero")
                << QStringList{u"reply"_s, u"12"_s, u"--to"_s, u"0"_s, u"--file"_s, u"@"_s}
                << QByteArray("Some text that is fine.");
        QTest::newRow("reply to an unknown outbox id")
                << QStringList{u"reply"_s, u"abcdef12"_s, u"--file"_s, u"@"_s}
                << QByteArray("Some text that is fine.");
        QTest::newRow("like of no number") << QStringList{u"like"_s, u"abc"_s} << QByteArray();
        QTest::newRow("new topic without a title")
                << QStringList{u"new-topic"_s, u"--category"_s, u"1"_s, u"--file"_s, u"@"_s}
                << QByteArray("Some text that is fine.");
        QTest::newRow("new topic without a category")
                << QStringList{u"new-topic"_s, u"--title"_s, u"A title long enough"_s, u"--file"_s,
                               u"@"_s}
                << QByteArray("Some text that is fine.");
        QTest::newRow("outbox retry without an id")
                << QStringList{u"outbox"_s, u"retry"_s} << QByteArray();
        QTest::newRow("outbox with an unknown action")
                << QStringList{u"outbox"_s, u"explode"_s} << QByteArray();
    }

    void badUsageExitsWithTwoAndQueuesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, fileBytes);
        OutboxProfile profile(m_server->baseUrl());
        if (args.contains(u"@"_s))
            args[args.indexOf(u"@"_s)] = writeFile(profile, fileBytes);
        const CliRun run = cli(profile, args, args.contains(u"-"_s) ? "from stdin" : QByteArray());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(u"outpost-cli: "_s), qPrintable(run.err));
        QVERIFY(profile.outbox().items().isEmpty());
    }

    void aNewTopicWithARepliesAndALikeGoOutWithSend()
    {
        OutboxProfile profile(m_server->baseUrl());
        const int category =
                m_server->invoke([](devserver::Server &s) { return s.forum().uncategorizedId(); });
        CliRun run = cli(profile,
                         {u"new-topic"_s, u"--category"_s, QString::number(category), u"--title"_s,
                          u"A topic started from a script"_s, u"-"_s, u"--json"_s},
                         unique(u"The first post of the scripted topic"_s).toUtf8());
        QCOMPARE(run.exitCode, 0);
        const QString topicItem = run.json()[u"id"_s].toString();
        // A reply to it, by the short id the command printed.
        run = cli(profile, {u"reply"_s, topicItem.left(8), u"-"_s},
                  unique(u"A reply to the scripted topic"_s).toUtf8());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"after the new topic"_s), qPrintable(run.out));
        const int likedPost = m_server->firstPostOf(m_server->topicIds[2]);
        run = cli(profile, {u"like"_s, QString::number(likedPost)});
        QCOMPARE(run.exitCode, 0);

        run = cli(profile, {u"outbox"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QJsonArray items = run.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[1].toObject()[u"depends_on"_s].toString(), topicItem);
        QVERIFY(items[1].toObject()[u"topic_id"_s].isNull());

        run = cli(profile, {u"outbox"_s, u"send"_s});
        QCOMPARE(run.exitCode, 0);
        // (Plural forms come from the translation; without one Qt prints "item(s)".)
        QVERIFY2(run.out.contains(u"Sent 3 item"_s), qPrintable(run.out + run.err));

        run = cli(profile, {u"outbox"_s, u"--json"_s});
        items = run.json()[u"items"_s].toArray();
        QCOMPARE(items.size(), 3);
        for (const QJsonValue &value : items) {
            const QJsonObject item = value.toObject();
            QCOMPARE(item[u"state"_s].toString(), u"sent"_s);
            QVERIFY(item[u"remote_post_id"_s].toInteger() > 0);
            QVERIFY(item[u"error"_s].isNull());
        }
        const qint64 topicId = items[0].toObject()[u"remote_topic_id"_s].toInteger();
        QCOMPARE(items[1].toObject()[u"topic_id"_s].toInteger(), topicId);
        QCOMPARE(m_server->raw(int(items[1].toObject()[u"remote_post_id"_s].toInteger())),
                 items[1].toObject()[u"raw"_s].toString());

        // Nothing left: another send is a quiet success.
        run = cli(profile, {u"outbox"_s, u"send"_s, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.json()[u"sent"_s].toInt(), 0);
        QCOMPARE(run.json()[u"stop"_s].toString(), u"completed"_s);
    }

    void syncSendsTheOutboxBeforeItReads()
    {
        OutboxProfile profile(m_server->baseUrl());
        const QString text = unique(u"A reply that goes out with the sync"_s);
        CliRun run = cli(profile,
                         {u"reply"_s, QString::number(m_server->topicIds[1]), u"-"_s, u"--json"_s},
                         text.toUtf8());
        QCOMPARE(run.exitCode, 0);
        const QString itemId = run.json()[u"id"_s].toString();

        run = cli(profile, {u"sync"_s, u"--json"_s});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.out + run.err));
        QCOMPARE(run.json()[u"outbox_sent"_s].toInt(), 1);

        const QList<OutboxItem> items = profile.outbox().items();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].id, itemId);
        QCOMPARE(items[0].state, OutboxState::Sent);
        QVERIFY(items[0].remotePostId.has_value());
        QCOMPARE(m_server->raw(int(*items[0].remotePostId)), text);

        // A second sync sends nothing again.
        run = cli(profile, {u"sync"_s, u"--json"_s});
        QCOMPARE(run.json()[u"outbox_sent"_s].toInt(), 0);
        QCOMPARE(profile.outbox().items().size(), 1);
    }

    void aRefusedReplyIsListedAndCanBeRetriedOrDiscarded()
    {
        OutboxProfile profile(m_server->baseUrl());
        CliRun run = cli(profile, {u"reply"_s, QString::number(m_server->topicIds[0]), u"-"_s},
                         "Too short.");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(u"shorter than 20"_s), qPrintable(run.err)); // a hint only
        run = cli(profile, {u"outbox"_s, u"send"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"your attention"_s), qPrintable(run.err));

        run = cli(profile, {u"outbox"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"needs attention"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"too short"_s));
        const OutboxItem item = profile.outbox().items().constFirst();
        QCOMPARE(item.raw, u"Too short."_s);

        run = cli(profile, {u"outbox"_s, u"retry"_s, item.id.left(8)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(profile.item(item.id)->state, OutboxState::Queued);
        run = cli(profile, {u"outbox"_s, u"discard"_s, item.id.left(8)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!profile.item(item.id));
        run = cli(profile, {u"outbox"_s, u"discard"_s, item.id.left(8)});
        QCOMPARE(run.exitCode, 1); // gone
    }

    void discardingANewTopicAsksAboutItsReplies()
    {
        OutboxProfile profile(m_server->baseUrl());
        outbox::Outbox box = profile.outbox();
        const OutboxItem topic =
                box.queueNewTopic(1, u"A topic discarded with its replies"_s, unique(u"Body"_s));
        box.queueReplyToQueued(topic.id, unique(u"A reply to it"_s));
        CliRun run = cli(profile, {u"outbox"_s, u"discard"_s, topic.id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"depend"_s), qPrintable(run.err));
        QCOMPARE(box.items().size(), 2);
        run = cli(profile, {u"outbox"_s, u"discard"_s, topic.id, u"--with-replies"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"Discarded 2 item"_s), qPrintable(run.out));
        QVERIFY(box.items().isEmpty());
    }

    void anEditInConflictShowsBothAndNeedsAChoice()
    {
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item = profile.outbox().queueEdit(77, 2, u"My version of the post."_s);
        profile.repository().markConflict(item.id, u"Someone changed this post."_s,
                                          u"Their version of the post."_s, 3);
        CliRun run = cli(profile, {u"outbox"_s, u"show"_s, item.id.left(8)});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"My version of the post."_s));
        QVERIFY(run.out.contains(u"Their version of the post."_s));
        QVERIFY(run.out.contains(u"version 3"_s));
        run = cli(profile, {u"outbox"_s, u"retry"_s, item.id.left(8)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(u"--keep-mine"_s));
        run = cli(profile, {u"outbox"_s, u"retry"_s, item.id.left(8), u"--keep-mine"_s});
        QCOMPARE(run.exitCode, 0);
        const OutboxItem kept = *profile.item(item.id);
        QCOMPARE(kept.state, OutboxState::Queued);
        QCOMPARE(kept.baseVersion, std::optional<int>(3));
        QCOMPARE(kept.raw, u"My version of the post."_s);
    }

    void sendWithoutAKeyFailsAndSaysWhy()
    {
        OutboxProfile profile(m_server->baseUrl());
        profile.outbox().queueReply(m_server->topicIds[0], unique(u"Waiting for a key"_s));
        const CliRun run = cli(profile, {u"outbox"_s, u"send"_s}, {}, false);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Sign in to send"_s), qPrintable(run.err));
        QCOMPARE(profile.outbox().items().constFirst().state, OutboxState::Queued);
    }

    void sendWhileAnotherDeliveryRunsIsPartial()
    {
        OutboxProfile profile(m_server->baseUrl());
        const OutboxItem item =
                profile.outbox().queueReply(m_server->topicIds[0], unique(u"Sent by one only"_s));
        outbox::OutboxLock held(profile.profile.userDatabase(), profile.forum.id);
        QVERIFY(held.tryLock());
        const CliRun run = cli(profile, {u"outbox"_s, u"send"_s});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"Another Outpost"_s), qPrintable(run.err));
        QCOMPARE(profile.item(item.id)->attempts, 0);
    }
};

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outbox_cli.moc"
