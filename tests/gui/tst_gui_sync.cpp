// The app with a real sync (SyncJob, the sync engine, libcurl) against the devserver:
// sync after the first start, go offline (FakeNetworkMonitor, devserver stopped) and keep
// reading, come back online and see a post written meanwhile arrive by itself.

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "controllers/SyncController.h"
#include "devserver/ServerThread.h"
#include "models/CategoryChoiceModel.h"
#include "models/TopicListModel.h"
#include "store/CacheReader.h"
#include "store/SearchIndex.h"
#include "views/FirstRunWizard.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/PostWidget.h"
#include "views/SyncStatusBar.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTcpServer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;

class TestGuiSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void syncOfflineAndBackOnline();

private:
    devserver::ServerThread::Config m_config;
};

void TestGuiSync::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    m_config.port = reserve.serverPort();
    reserve.close();
    m_config.spec = *devserver::GenerateSpec::parse(u"categories=5,topics=40,posts=300"_s, nullptr);
    // Restarting the server must give the same forum: fix the hour it is generated around.
    m_config.spec.anchorMs = QDateTime::currentMSecsSinceEpoch() / 3'600'000 * 3'600'000;
    m_config.settings.limits.enabled = false;
}

void TestGuiSync::syncOfflineAndBackOnline()
{
    auto server = std::make_unique<devserver::ServerThread>(m_config);
    QString error;
    QVERIFY2(server->start(&error), qPrintable(error));

    GuiFixture fixture;
    fixture.context().settings().setImagesOnUnmetered(false);
    MainWindow window(fixture.context());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // First start: the devserver's forum, two categories, "sync now".
    FirstRunWizard *wizard = window.startFirstRun();
    wizard->findChild<QRadioButton *>(u"otherForumChoice"_s)->click();
    wizard->findChild<QLineEdit *>(u"forumAddress"_s)->setText(server->baseUrl().toString());
    wizard->button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::CategoriesPageId), 30'000);
    CategoryChoiceModel *choices = wizard->categoryModel();
    QVERIFY(choices->setData(choices->index(0, 0), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(choices->setData(choices->index(1, 0), Qt::Checked, Qt::CheckStateRole));
    const QList<qint64> followed = choices->chosenIds();
    wizard->button(QWizard::NextButton)->click();
    QSignalSpy finished(window.syncController(), &SyncController::finished);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300'000);
    const auto report = finished.takeFirst().at(0).value<sync::SyncReport>();
    QVERIFY2(report.isComplete(),
             qPrintable(report.message + u"; "_s + report.problems.join(u"; "_s)));
    QVERIFY(report.counters.requests > 0);
    QVERIFY(report.counters.postsNew > 0);
    QVERIFY(window.syncStatus()->statusText().contains(u"Last synced"_s));

    // Browse what arrived.
    window.showFollowed();
    auto *list = window.findChild<QListView *>(u"topicList"_s);
    QTRY_VERIFY(list->model()->rowCount() > 0);
    const qint64 topicId =
            list->model()->index(0, 0).data(TopicListModel::TopicIdRole).toLongLong();
    QVERIFY(followed.contains(
            list->model()->index(0, 0).data(TopicListModel::CategoryIdRole).toLongLong()));
    window.openTopic(topicId);
    ThreadView *thread = window.threadView();
    QVERIFY(thread->postWidgetCount() > 0);

    // Offline: the link drops and the forum is gone; everything downloaded stays readable.
    fixture.network().setState(NetworkState::Offline);
    server.reset();
    window.openTopic(list->model()->index(1, 0).data(TopicListModel::TopicIdRole).toLongLong());
    QVERIFY(thread->postWidgetCount() > 0);
    window.openTopic(topicId);
    thread->verticalScrollBar()->setValue(thread->verticalScrollBar()->maximum());
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F5);
    QVERIFY(!window.syncController()->isRunning());
    QVERIFY(window.syncStatus()->statusText().contains(u"offline"_s));
    const int highest = window.session()->reader().topic(topicId)->topic.highestPostNumber;

    // The forum is back, someone replied meanwhile, and the link returns: a sync starts by
    // itself and the new post shows up in the open topic and in search.
    server = std::make_unique<devserver::ServerThread>(m_config);
    QVERIFY2(server->start(&error), qPrintable(error));
    const QString phrase = u"Replied while you were offline: the district totals match now."_s;
    server->invoke([&](devserver::Server &s) {
        return s.forum().createPost({2, int(topicId), phrase, 0, s.clock().nowMs()});
    });
    fixture.network().setState(NetworkState::Online);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300'000);
    QVERIFY(finished.at(0).at(0).value<sync::SyncReport>().isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(thread->postWidget(highest + 1), 30'000);
    store::SearchIndex &search = window.session()->searchIndex();
    const QList<store::SearchHit> hits = search.search(u"district totals match"_s);
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().topicId, topicId);
}

QTEST_MAIN(TestGuiSync)
#include "tst_gui_sync.moc"
