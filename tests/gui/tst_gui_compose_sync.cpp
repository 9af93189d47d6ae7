// A reply written offline in the desktop app goes out through the real sync: the composer
// puts it in the outbox with no link, the link returns, the sync (SyncJob, the engine, libcurl
// over loopback to the devserver) sends the outbox first, and the outbox view shows it sent —
// on the forum exactly once.

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "GuiFixture.h"
#include "controllers/ComposeController.h"
#include "controllers/OutboxController.h"
#include "controllers/SyncController.h"
#include "devserver/ServerThread.h"
#include "outbox/DeliveryTypes.h"
#include "outbox/OutboxModel.h"
#include "session/ForumConnection.h"
#include "store/ForumRepository.h"
#include "views/ComposerWindow.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/OutboxView.h"
#include "views/WritingDock.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;

class TestGuiComposeSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void replyWrittenOfflineGoesOutWithTheSync();
};

void TestGuiComposeSync::replyWrittenOfflineGoesOutWithTheSync()
{
    devserver::ServerThread::Config config;
    config.spec = *devserver::GenerateSpec::parse(u"categories=3,topics=8,posts=30"_s, nullptr);
    config.settings.limits.enabled = false;
    devserver::ServerThread server(config);
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    const int writer = server.invoke([](devserver::Server &s) {
        return s.forum().addUser(u"writer"_s, u"Writer"_s, 1, false, false);
    });
    const QByteArray key = server.invoke([writer](devserver::Server &s) {
        return s.auth().mintUserApiKey(writer, u"gui-compose-tests"_s, u"Outpost tests"_s,
                                       {u"read"_s, u"write"_s}, s.clock().nowMs());
    });
    const int topicId = server.invoke([](devserver::Server &s) {
        const int first = s.forum().createTopic(
                {1, s.forum().uncategorizedId(), u"Where do I set the sync interval?"_s,
                 u"The first post of the topic, long enough to be valid."_s, s.clock().nowMs()});
        return int(s.forum().post(first)->topicId);
    });

    GuiFixture fixture;
    fixture.context().settings().setImagesOnUnmetered(false);
    fixture.context().settings().setSyncWhenLinkReturns(true);
    fixture.context().setCredentialsProvider([key](const store::Forum &) {
        discourse::Credentials credentials;
        credentials.kind = discourse::Credentials::UserApiKey;
        credentials.key = key;
        credentials.clientId = "gui-compose-tests";
        return credentials;
    });
    const store::Forum forum = fixture.addEmptyForum(server.baseUrl().toString());
    store::ForumRepository(fixture.context().profile().userDatabase(), fixture.clock())
            .setSetting(forum.id, session::forum_settings::kRateLimits, u"off"_s);
    fixture.network().setState(NetworkState::Offline);

    MainWindow window(fixture.context());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openForum(forum));
    outbox::OutboxModel *model = window.outboxController()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Offline: write the reply and send it into the outbox.
    ComposerWindow *composer = window.composeController()->replyToTopic(topicId);
    QVERIFY(composer);
    const QString words = u"Settings > Synchronisation > every 30 minutes; it worked for me "
                          u"on a 2G link."_s;
    QTest::keyClicks(composer->findChild<QPlainTextEdit *>(u"composerEditor"_s), words);
    QTest::mouseClick(composer->findChild<QPushButton *>(u"composerSend"_s), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(outbox::OutboxModel::StateRole).toString(), u"queued"_s);
    window.actions()->showOutbox->trigger();
    QListView *list = window.writingDock()->outboxView()->list();
    QVERIFY(list->model()->index(0, 0).data().toString().contains(u"Waiting to be sent"_s));
    QVERIFY(!window.syncController()->isRunning());

    // The link returns: the sync starts by itself and sends the outbox first.
    QSignalSpy finished(window.syncController(), &SyncController::finished);
    fixture.network().setState(NetworkState::Online);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300'000);
    const auto report = finished.takeFirst().at(0).value<sync::SyncReport>();
    QVERIFY2(report.isComplete(),
             qPrintable(report.message + u"; "_s + report.problems.join(u"; "_s)));
    QCOMPARE(report.counters.outboxSent, 1);

    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(outbox::OutboxModel::StateRole).toString(), u"sent"_s);
    const qint64 remotePostId =
            model->index(0).data(outbox::OutboxModel::RemotePostIdRole).toLongLong();
    QVERIFY(remotePostId > 0);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(u"Sent"_s));

    // On the forum, once, by the writer, in that topic, with those words.
    const auto posted = server.invoke([writer](devserver::Server &s) {
        QList<std::tuple<int, int, QString>> posts;
        for (int id : s.forum().postIdsByUser(writer)) {
            const devserver::Post *p = s.forum().post(id);
            posts.append({p->id, p->topicId, s.forum().raw(*p)});
        }
        return posts;
    });
    QCOMPARE(posted.size(), 1);
    QCOMPARE(std::get<0>(posted.first()), int(remotePostId));
    QCOMPARE(std::get<1>(posted.first()), topicId);
    QCOMPARE(std::get<2>(posted.first()), words);
}

QTEST_MAIN(TestGuiComposeSync)
#include "tst_gui_compose_sync.moc"
