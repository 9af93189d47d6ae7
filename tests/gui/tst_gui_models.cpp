// The GUI's models over real caches (SQLite files filled by CacheWriter), each watched by
// QAbstractItemModelTester while it loads, pages, filters and changes.

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "models/CategoryChoiceModel.h"
#include "models/CategoryTreeModel.h"
#include "models/DigestModel.h"
#include "models/SearchResultsModel.h"
#include "models/ThreadModel.h"
#include "models/TopicListModel.h"
#include "store/ForumRepository.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSet>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestGuiModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void categoryTree();
    void categoryTreeFollowInPlace();
    void topicListOrderAndMarks();
    void topicListSortsAndFilters();
    void topicListPagesThroughLargeCategories();
    void threadModelWindow();
    void searchResults();
    void digest();
    void categoryChoice();
};

namespace {
QModelIndex findCategory(const QAbstractItemModel &model, qint64 id)
{
    const QModelIndexList found = model.match(model.index(0, 0), CategoryTreeModel::CategoryIdRole,
                                              id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.value(0);
}
} // namespace

void TestGuiModels::categoryTree()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);

    QCOMPARE(model.index(0, 0)
                     .data(CategoryTreeModel::NodeKindRole)
                     .value<CategoryTreeModel::NodeKind>(),
             CategoryTreeModel::NodeKind::Digest);
    QCOMPARE(model.index(1, 0)
                     .data(CategoryTreeModel::NodeKindRole)
                     .value<CategoryTreeModel::NodeKind>(),
             CategoryTreeModel::NodeKind::Followed);
    // Ten top-level categories after the two entries; the three subcategories under theirs.
    QCOMPARE(model.rowCount(), 2 + 10);
    const QModelIndex implementation = findCategory(model, 2);
    QVERIFY(implementation.isValid());
    QCOMPARE(model.rowCount(implementation), 3);
    QCOMPARE(model.index(0, 0, implementation).data(CategoryTreeModel::CategoryIdRole).toLongLong(),
             21);
    QCOMPARE(findCategory(model, 22).parent(), implementation);

    const QModelIndex android = findCategory(model, 3);
    QCOMPARE(android.data(Qt::DisplayRole).toString(), u"Android app"_s);
    QCOMPARE(android.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(findCategory(model, 5).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // The rich topic was never opened and is hours old: new.
    QVERIFY(android.data(CategoryTreeModel::NewCountRole).toInt() >= 1);
    // Read up to post 3 of 9: unread.
    QVERIFY(findCategory(model, 21).data(CategoryTreeModel::UnreadCountRole).toInt() >= 1);
    QVERIFY(android.data(CategoryTreeModel::ColorRole).value<QColor>().isValid());
    QVERIFY(android.data(CategoryTreeModel::LastSyncRole).toDateTime().isValid());
    QVERIFY(android.data(Qt::AccessibleTextRole).toString().contains(u"followed"_s));

    int followedNew = 0;
    for (qint64 id : ShowcaseForum::followedCategoryIds())
        followedNew += findCategory(model, id).data(CategoryTreeModel::NewCountRole).toInt();
    QCOMPARE(model.index(1, 0).data(CategoryTreeModel::NewCountRole).toInt(), followedNew);

    // A reload after a sync keeps the structure valid for the tester.
    session.reloadAfterSync();
    QCOMPARE(model.rowCount(), 12);
}

void TestGuiModels::categoryTreeFollowInPlace()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    CategoryTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);
    QSignalSpy followsChanged(&session, &ForumSession::followsChanged);

    const QModelIndex development = findCategory(model, 5);
    QVERIFY(model.flags(development) & Qt::ItemIsUserCheckable);
    QVERIFY(model.setData(development, Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(followsChanged.count(), 1);
    QVERIFY(session.isFollowed(5));
    QCOMPARE(findCategory(model, 5).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    // Stored in the person's database, not only in memory.
    store::ForumRepository repository(fixture.context().profile().userDatabase(), fixture.clock());
    bool stored = false;
    for (const store::FollowedCategory &f : repository.followed(forum.id))
        stored = stored || f.categoryId == 5;
    QVERIFY(stored);

    QVERIFY(model.setData(findCategory(model, 3), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(!session.isFollowed(3));
    // The digest and "followed" rows are not categories: they cannot be followed.
    QVERIFY(!model.setData(model.index(1, 0), Qt::Checked, Qt::CheckStateRole));
}

void TestGuiModels::topicListOrderAndMarks()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    TopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);
    model.showCategories(session.followedIds());
    while (model.canFetchMore({}))
        model.loadMore();
    QVERIFY(model.rowCount() > 10);

    QSet<qint64> categories;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        categories.insert(index.data(TopicListModel::CategoryIdRole).toLongLong());
        if (row > 0) {
            QVERIFY2(model.index(row - 1).data(TopicListModel::BumpedAtRole).toDateTime() >=
                             index.data(TopicListModel::BumpedAtRole).toDateTime(),
                     "newest activity first");
        }
    }
    for (qint64 c : std::as_const(categories))
        QVERIFY2(session.isFollowed(c), "only followed categories");

    const QModelIndex rich = model.index(model.rowOfTopic(ShowcaseForum::richTopicId));
    QVERIFY(rich.isValid());
    QVERIFY(rich.data(TopicListModel::IsNewRole).toBool());
    QCOMPARE(rich.data(TopicListModel::CategoryNameRole).toString(), u"Android app"_s);
    const QModelIndex partly = model.index(model.rowOfTopic(ShowcaseForum::partlyReadTopicId));
    QVERIFY(!partly.data(TopicListModel::IsNewRole).toBool());
    QVERIFY(partly.data(TopicListModel::IsUnreadRole).toBool());
    QCOMPARE(partly.data(TopicListModel::UnreadPostsRole).toInt(), 6);
    const QModelIndex partial = model.index(model.rowOfTopic(ShowcaseForum::partialTopicId));
    QCOMPARE(partial.data(TopicListModel::PostsCachedRole).toInt(), 4);
    QCOMPARE(partial.data(TopicListModel::PostsCountRole).toInt(), 12);
    const QModelIndex pinned = model.index(model.rowOfTopic(4001));
    QVERIFY(pinned.data(TopicListModel::PinnedRole).toBool());

    // Reading changes the row in place.
    session.markRead(ShowcaseForum::partlyReadTopicId, {4, 5, 6, 7, 8, 9});
    QCOMPARE(model.index(model.rowOfTopic(ShowcaseForum::partlyReadTopicId))
                     .data(TopicListModel::UnreadPostsRole)
                     .toInt(),
             0);
    // No categories: nothing (not "every category").
    model.showCategories({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::topicListSortsAndFilters()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    TopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);
    model.showCategories({1, 2, 21, 22, 23, 3, 4, 5, 6, 7, 8, 9, 10});

    model.setSort(TopicListModel::Sort::Title);
    QVERIFY(model.isComplete());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(collator.compare(model.index(row - 1).data(TopicListModel::TitleRole).toString(),
                                 model.index(row).data(TopicListModel::TitleRole).toString()) <= 0);
    model.setSort(TopicListModel::Sort::Replies);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.index(row - 1).data(TopicListModel::PostsCountRole).toInt() >=
                model.index(row).data(TopicListModel::PostsCountRole).toInt());
    model.setSort(TopicListModel::Sort::Activity);

    model.setFilter(TopicListModel::Filter::Unread);
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data(TopicListModel::UnreadPostsRole).toInt() > 0);
    model.setFilter(TopicListModel::Filter::NotDownloaded);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(TopicListModel::TopicIdRole).toLongLong(),
             ShowcaseForum::partialTopicId);
    model.setFilter(TopicListModel::Filter::New);
    QVERIFY(model.rowOfTopic(ShowcaseForum::richTopicId) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row).data(TopicListModel::IsNewRole).toBool());
    model.setFilter(TopicListModel::Filter::All);

    model.setTextFilter(u"android"_s);
    QVERIFY(model.rowCount() >= 2);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row)
                        .data(TopicListModel::TitleRole)
                        .toString()
                        .contains(u"android"_s, Qt::CaseInsensitive));
    model.setTextFilter(u"no title has this"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiModels::topicListPagesThroughLargeCategories()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addSyntheticForum(420, 3, 4);
    ForumSession session(fixture.context(), forum);
    // The tester itself calls fetchMore(): exact page counts are checked on a model of their
    // own, the tester watches a second one doing the same.
    TopicListModel model;
    TopicListModel watched;
    QAbstractItemModelTester tester(&watched,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (TopicListModel *m : {&model, &watched}) {
        m->setSession(&session);
        m->showCategories({1, 2, 3, 4});
    }
    QVERIFY(model.rowCount() < 420);
    QVERIFY(model.canFetchMore({}));
    int pages = 0;
    while (model.canFetchMore({})) {
        model.loadMore();
        ++pages;
    }
    QVERIFY(pages >= 3);
    QCOMPARE(model.rowCount(), 420);
    QSet<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.index(row).data(TopicListModel::TopicIdRole).toLongLong());
    QCOMPARE(ids.size(), 420);
    // A reload keeps at least what was loaded.
    model.refresh();
    QCOMPARE(model.rowCount(), 420);

    // The tester asks for more itself; let its requests run, then finish the list.
    QTRY_VERIFY(watched.rowCount() > 50);
    while (watched.canFetchMore({}))
        watched.loadMore();
    QCOMPARE(watched.rowCount(), 420);
    watched.setFilter(TopicListModel::Filter::New);
    watched.setSort(TopicListModel::Sort::Views);
    watched.refresh();
}

namespace {
// One walk through a long topic; exact numbers only where no tester fetches alongside.
void walkLongTopic(ThreadModel &model, ForumSession &session, bool exact, int markRow)
{
    QVERIFY(!model.openTopic(999999, 1));
    QVERIFY(!model.hasTopic());
    QVERIFY(model.openTopic(ShowcaseForum::longTopicId, 100));
    QCOMPARE(model.index(0).data(ThreadModel::PostNumberRole).toInt(), 100);
    if (exact)
        QCOMPARE(model.rowCount(), ThreadModel::defaultPageSize);
    QVERIFY(model.canFetchMore({}));
    QVERIFY(model.canFetchEarlier());
    const int before = model.rowCount();
    model.loadMore();
    QVERIFY(model.rowCount() > before);
    if (exact)
        QCOMPARE(model.rowCount(), 2 * ThreadModel::defaultPageSize);
    QCOMPARE(model.fetchEarlier(), ThreadModel::defaultPageSize);
    QCOMPARE(model.index(0).data(ThreadModel::PostNumberRole).toInt(), 80);
    QCOMPARE(model.rowOfPostNumber(119), 39);
    QCOMPARE(model.rowOfPostNumber(79), -1);
    model.trim(10, 30);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(model.index(0).data(ThreadModel::PostNumberRole).toInt(), 90);

    const QList<int> marked = model.markRowsRead({markRow, markRow + 1, markRow + 1});
    QCOMPARE(marked, (QList<int>{90 + markRow, 91 + markRow}));
    QVERIFY(model.index(markRow).data(ThreadModel::ReadRole).toBool());
    session.markRead(ShowcaseForum::longTopicId, marked);
    model.refresh();
    QVERIFY(model.index(markRow + 1).data(ThreadModel::ReadRole).toBool());
    // Read before: nothing to mark again.
    QVERIFY(model.markRowsRead({markRow}).isEmpty());

    // Past the end: the last page.
    QVERIFY(model.openTopic(ShowcaseForum::longTopicId, 10'000));
    QCOMPARE(model.index(model.rowCount() - 1).data(ThreadModel::PostNumberRole).toInt(),
             ShowcaseForum::longTopicPosts);
    QVERIFY(!model.canFetchMore({}));
}
} // namespace

void TestGuiModels::threadModelWindow()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    ThreadModel model;
    model.setSession(&session);
    walkLongTopic(model, session, true, 0);
    if (QTest::currentTestFailed())
        return;
    ThreadModel watched;
    QAbstractItemModelTester tester(&watched,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    watched.setSession(&session);
    walkLongTopic(watched, session, false, 4);
    if (QTest::currentTestFailed())
        return;

    // The rich topic: every role answers.
    QVERIFY(watched.openTopic(ShowcaseForum::richTopicId, 1));
    QCOMPARE(watched.rowCount(), 5);
    const QModelIndex last = watched.index(4);
    QCOMPARE(last.data(ThreadModel::VersionRole).toInt(), 2);
    QCOMPARE(last.data(ThreadModel::ReplyToRole).toInt(), 2);
    QCOMPARE(last.data(ThreadModel::UsernameRole).toString(), u"amina_d"_s);
    QCOMPARE(last.data(ThreadModel::NameRole).toString(), u"Amina Diallo"_s);
    QVERIFY(watched.index(0).data(ThreadModel::CookedRole).toString().contains(u"<pre>"_s));
    QVERIFY(watched.index(0).data(Qt::AccessibleTextRole).toString().contains(u"Amina Diallo"_s));
    watched.close();
    QCOMPARE(watched.rowCount(), 0);
}

void TestGuiModels::searchResults()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    SearchResultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);

    model.search(u"enrollment dates"_s, {});
    QVERIFY(model.rowCount() >= 1);
    bool foundRich = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        foundRich = foundRich || index.data(SearchResultsModel::TopicIdRole).toLongLong() ==
                                         ShowcaseForum::richTopicId;
        const QString snippet = index.data(SearchResultsModel::SnippetHtmlRole).toString();
        const QString title = index.data(SearchResultsModel::TitleHtmlRole).toString();
        QVERIFY2(snippet.contains(u"<b>"_s) || title.contains(u"<b>"_s), qPrintable(snippet));
        QVERIFY(!snippet.contains(QChar(u'\u0002')));
        QVERIFY(index.data(SearchResultsModel::PostNumberRole).toInt() >= 1);
    }
    QVERIFY(foundRich);

    // Within one category only.
    model.search(ShowcaseForum::searchWord(), {21});
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row).data(SearchResultsModel::CategoryIdRole).toLongLong(), 21);

    // Markup typed into the box is text, escaped in the snippet HTML.
    QCOMPARE(SearchResultsModel::highlightedHtml(u"a <script>\u0002b\u0003"_s),
             u"a &lt;script&gt;<b>b</b>"_s);
    // Operators and stray quotes are just text.
    model.search(u"\"AND OR (* NEAR"_s, {});
    QVERIFY(model.rowCount() >= 0);
    model.search(QString(), {});
    QCOMPARE(model.rowCount(), 0);

    // More results load on demand.
    GuiFixture big;
    const store::Forum synthetic = big.addSyntheticForum(200, 6, 3);
    ForumSession bigSession(big.context(), synthetic);
    SearchResultsModel many;
    QAbstractItemModelTester manyTester(&many,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    many.setSession(&bigSession);
    many.search(u"dhis2"_s, {});
    QVERIFY(many.rowCount() >= SearchResultsModel::pageSize);
    SearchResultsModel exact;
    exact.setSession(&bigSession);
    exact.search(u"dhis2"_s, {});
    QCOMPARE(exact.rowCount(), SearchResultsModel::pageSize);
    QVERIFY(exact.canFetchMore({}));
    exact.loadMore();
    QCOMPARE(exact.rowCount(), 2 * SearchResultsModel::pageSize);
}

void TestGuiModels::digest()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    DigestModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSession(&session);
    QVERIFY(model.hasDigest());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(DigestModel::SectionKindRole).toInt(),
             int(store::DigestKind::New));
    QCOMPARE(model.index(3, 0).data(DigestModel::SectionKindRole).toInt(),
             int(store::DigestKind::TopMonth));
    const QModelIndex first = model.firstTopic();
    QCOMPARE(first.data(TopicListModel::TopicIdRole).toLongLong(), ShowcaseForum::richTopicId);
    QVERIFY(first.data(TopicListModel::IsNewRole).toBool());
    QCOMPARE(model.rowCount(model.index(1, 0)), 4);
    // New topics: newest first, whatever order the digest was stored in.
    const QModelIndex newTopics = model.index(0, 0);
    QCOMPARE(model.rowCount(newTopics), 4);
    for (int row = 1; row < model.rowCount(newTopics); ++row) {
        const QDateTime before =
                model.index(row - 1, 0, newTopics).data(TopicListModel::CreatedAtRole).toDateTime();
        const QDateTime after =
                model.index(row, 0, newTopics).data(TopicListModel::CreatedAtRole).toDateTime();
        QVERIFY2(before.isValid() && after.isValid() && before >= after,
                 qPrintable(u"row %1: %2 before %3"_s.arg(row).arg(before.toString(Qt::ISODate),
                                                                   after.toString(Qt::ISODate))));
    }
    QVERIFY(model.index(0, 0).data(DigestModel::IsSectionRole).toBool());
    QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable));
    QCOMPARE(model.since(), ShowcaseForum::now().addDays(-1));

    // A forum without a digest yet.
    GuiFixture empty;
    const store::Forum none = empty.addEmptyForum(u"https://empty.example.org"_s);
    ForumSession emptySession(empty.context(), none);
    DigestModel nothing;
    QAbstractItemModelTester emptyTester(&nothing,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    nothing.setSession(&emptySession);
    QVERIFY(!nothing.hasDigest());
    QCOMPARE(nothing.rowCount(), 0);
}

void TestGuiModels::categoryChoice()
{
    CategoryChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCategories(ShowcaseForum::categories(), {3});
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.chosenIds(), (QList<qint64>{3}));
    const QModelIndex implementation = model.index(1, 0);
    QCOMPARE(implementation.data(CategoryChoiceModel::CategoryIdRole).toLongLong(), 2);
    QCOMPARE(model.rowCount(implementation), 3);
    QVERIFY(model.setData(model.index(0, 0, implementation), Qt::Checked, Qt::CheckStateRole));
    QVERIFY(model.chosenIds().contains(21));
    model.setAllChosen(true);
    QCOMPARE(model.chosenIds().size(), 13);
    model.setAllChosen(false);
    QVERIFY(model.chosenIds().isEmpty());
    QVERIFY(model.index(0, 0).data(Qt::DisplayRole).toString().contains(u"Announcements"_s));
}

QTEST_MAIN(TestGuiModels)
#include "tst_gui_models.moc"
