// First start against the devserver over loopback: no forum yet, the wizard looks at the
// forum (anonymous /site.json through libcurl), lists its categories, and the chosen ones are
// followed; without a connection it says so and Next tries again. Then the cache is filled
// from the same devserver (DevserverCacheFill: the forum API, core's parsers, CacheWriter) and
// the person browses, opens a thread and searches.

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "DevserverCacheFill.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "devserver/ServerThread.h"
#include "models/CategoryChoiceModel.h"
#include "models/CategoryTreeModel.h"
#include "models/SearchResultsModel.h"
#include "models/TopicListModel.h"
#include "store/ForumRepository.h"
#include "views/CategoryTreeView.h"
#include "views/FirstRunWizard.h"
#include "views/MainWindow.h"
#include "views/PostWidget.h"
#include "views/SearchView.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTreeView>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;

class TestFirstRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void chooseForumAndCategoriesThenBrowseAndSearch();
    void noConnectionSaysSoAndNextTriesAgain();
    void addForumFromTheCommandLineFetchesItsCategories();

private:
    devserver::ServerThread::Config serverConfig(quint16 port = 0) const;
};

devserver::ServerThread::Config TestFirstRun::serverConfig(quint16 port) const
{
    devserver::ServerThread::Config config;
    config.spec = *devserver::GenerateSpec::parse(u"categories=6,topics=40,posts=300"_s, nullptr);
    config.settings.limits.enabled = false;
    config.port = port;
    return config;
}

void TestFirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFirstRun::chooseForumAndCategoriesThenBrowseAndSearch()
{
    devserver::ServerThread server(serverConfig());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    GuiFixture fixture;
    fixture.context().settings().setImagesOnUnmetered(false);
    MainWindow window(fixture.context());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QWidget *>(u"noForumPage"_s)->isVisible());

    FirstRunWizard *wizard = window.startFirstRun();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::ForumPageId));
    // The DHIS2 Community of Practice is offered first.
    auto *dhis2 = wizard->findChild<QRadioButton *>(u"dhis2Choice"_s);
    QVERIFY(dhis2->isChecked());
    QVERIFY(dhis2->text().contains(u"community.dhis2.org"_s));
    wizard->findChild<QRadioButton *>(u"otherForumChoice"_s)->click();
    auto *address = wizard->findChild<QLineEdit *>(u"forumAddress"_s);
    QVERIFY(address->isEnabled());
    QTest::keyClicks(address, server.baseUrl().toString());
    wizard->button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::CategoriesPageId), 30'000);

    // The forum's public categories, to choose from.
    CategoryChoiceModel *choices = wizard->categoryModel();
    const int visible = server.invoke([](devserver::Server &s) {
        int n = 0;
        for (const devserver::Category &c : s.forum().categories())
            n += c.readRestricted() ? 0 : 1;
        return n;
    });
    int listed = 0;
    for (int r = 0; r < choices->rowCount(); ++r)
        listed += 1 + choices->rowCount(choices->index(r, 0));
    QCOMPARE(listed, visible);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // nothing chosen yet
    const QModelIndex first = choices->index(0, 0);
    const QModelIndex second = choices->index(1, 0);
    QVERIFY(choices->setData(first, Qt::Checked, Qt::CheckStateRole));
    QVERIFY(choices->setData(second, Qt::Checked, Qt::CheckStateRole));
    const QList<qint64> chosen = choices->chosenIds();
    QCOMPARE(chosen.size(), 2);
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::OptionsPageId));
    wizard->findChild<QSpinBox *>(u"firstRunSyncWindow"_s)->setValue(45);
    wizard->findChild<QCheckBox *>(u"firstRunSyncOnStart"_s)->setChecked(false);
    wizard->button(QWizard::FinishButton)->click();

    // The forum is in the profile, with the chosen follows.
    QTRY_VERIFY(window.session());
    ForumSession *session = window.session();
    QCOMPARE(QUrl(session->forum().baseUrl).port(), server.baseUrl().port());
    QCOMPARE(session->forum().name, u"DHIS2 Community of Practice (devserver)"_s);
    QCOMPARE(session->syncWindowDays(), 45);
    const QList<qint64> followed = session->followedIds();
    QCOMPARE(QSet<qint64>(followed.begin(), followed.end()),
             QSet<qint64>(chosen.begin(), chosen.end()));
    QVERIFY(!fixture.context().settings().syncOnStart());
    // Its categories are in the sidebar before any sync.
    auto *tree = window.findChild<QTreeView *>(u"categoryTree"_s);
    QVERIFY(tree->model()->rowCount() >= 2 + 1);

    // The cache filled from the devserver (what the sync will do), then browsing.
    {
        store::Database cache =
                fixture.context().profile().openCacheConnection(session->forum().id);
        SystemClock clock;
        const testing::DevserverFillReport filled =
                testing::fillFromDevserver(server.baseUrl(), cache, clock, chosen, 8);
        QVERIFY2(filled.error.isEmpty(), qPrintable(filled.error));
        QVERIFY(filled.topics > 0);
    }
    session->reloadAfterSync();
    window.showFollowed();
    auto *list = window.findChild<QListView *>(u"topicList"_s);
    QTRY_VERIFY(list->model()->rowCount() > 0);
    const QModelIndex topic = list->model()->index(0, 0);
    list->setCurrentIndex(topic);
    auto *thread = window.findChild<ThreadView *>(u"threadView"_s);
    QCOMPARE(thread->topicId(), topic.data(TopicListModel::TopicIdRole).toLongLong());
    QVERIFY(thread->postWidgetCount() >= 1);
    PostWidget *firstPost = thread->postWidget(1);
    QVERIFY(firstPost);
    QVERIFY(!firstPost->findChild<QLabel *>(u"postAuthor"_s)->text().isEmpty());

    // Search finds a word of that topic's title.
    const QStringList words = topic.data(TopicListModel::TitleRole).toString().split(u' ');
    QString word;
    for (const QString &w : words) {
        if (w.size() > word.size() && w.at(0).isLetter())
            word = w;
    }
    word.remove(QRegularExpression(u"[^\\w]"_s));
    auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
    field->setFocus();
    QTest::keyClicks(field, word);
    auto *results = window.findChild<QListView *>(u"searchResults"_s);
    QTRY_VERIFY(results->isVisible() && results->model()->rowCount() > 0);
    bool found = false;
    for (int r = 0; r < results->model()->rowCount(); ++r)
        found = found || results->model()->index(r, 0).data(SearchResultsModel::TopicIdRole) ==
                                 topic.data(TopicListModel::TopicIdRole);
    QVERIFY2(found, qPrintable(word));
}

void TestFirstRun::noConnectionSaysSoAndNextTriesAgain()
{
    // A port of our own, free now; the forum will answer there later.
    QTcpServer reserve;
    QVERIFY(reserve.listen(QHostAddress::LocalHost));
    const quint16 port = reserve.serverPort();
    reserve.close();

    GuiFixture fixture;
    fixture.network().setState(NetworkState::Offline);
    MainWindow window(fixture.context());
    window.show();
    FirstRunWizard *wizard = window.startFirstRun();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *status = wizard->findChild<QLabel *>(u"probeStatus"_s);
    QVERIFY(status->text().contains(u"offline"_s));

    wizard->findChild<QRadioButton *>(u"otherForumChoice"_s)->click();
    wizard->findChild<QLineEdit *>(u"forumAddress"_s)->setText(u"http://127.0.0.1:%1"_s.arg(port));
    wizard->button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
            status->text().contains(u"Next"_s) && !status->text().contains(u"Looking"_s), 60'000);
    QCOMPARE(wizard->currentId(), int(FirstRunWizard::ForumPageId));
    QVERIFY(!status->text().contains(u"curl"_s, Qt::CaseInsensitive));

    // The connection is back: the same Next goes on.
    fixture.network().setState(NetworkState::Online);
    devserver::ServerThread server(serverConfig(port));
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    wizard->button(QWizard::NextButton)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(FirstRunWizard::CategoriesPageId), 30'000);
    QVERIFY(wizard->categoryModel()->rowCount() > 0);
    wizard->reject();
}

void TestFirstRun::addForumFromTheCommandLineFetchesItsCategories()
{
    // `outpost --add-forum URL --follow ID`: no wizard; the categories come from a look at
    // /site.json in the background on an unmetered link.
    devserver::ServerThread server(serverConfig());
    QString error;
    QVERIFY2(server.start(&error), qPrintable(error));
    GuiFixture fixture;
    const store::Forum forum = fixture.addEmptyForum(server.baseUrl().toString(), {1});
    MainWindow window(fixture.context());
    window.openForum(forum);
    window.show();
    auto *tree = window.findChild<QTreeView *>(u"categoryTree"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() > 2, 30'000);
    QVERIFY(window.session()->isFollowed(1));
}

QTEST_MAIN(TestFirstRun)
#include "tst_gui_first_run.moc"
