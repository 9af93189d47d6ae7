// Long threads in the thread view: opened at the reading position with only a window of
// posts as widgets, grown a page at a time in both directions as the person scrolls (what they
// look at stays in place), trimmed far away; read marks follow what came into view; the
// position is kept per topic.

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "controllers/ImageController.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/Profile.h"
#include "views/PostWidget.h"
#include "views/ThreadView.h"

#include <QKeyEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;

class TestThreadView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void opensAtThePositionWithAWindowOfPosts();
    void scrollingDownLoadsAndDropsFarPosts();
    void scrollingUpKeepsWhatYouSeeInPlace();
    void readMarksFollowWhatCameIntoView();
    void positionIsKeptPerTopic();
    void keysPageThroughTheTopic();
    void resizingAtTheTitleKeepsIt();
    void aListedTopicWithoutPostsOpensEmpty();

private:
    ThreadView &view();
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<ForumSession> m_session;
    std::unique_ptr<ImageController> m_images;
    std::unique_ptr<ThreadView> m_view;
};

namespace {
constexpr qint64 kLongTopic = 1; // 1,000 posts
constexpr int kLongPosts = 1000;

void scrollTo(ThreadView &view, int value)
{
    view.verticalScrollBar()->setValue(value);
    QCoreApplication::processEvents();
}

int topPostOnScreen(ThreadView &view, int *offset = nullptr)
{
    const int top = view.verticalScrollBar()->value();
    int best = 0;
    for (PostWidget *post : view.canvas()->findChildren<PostWidget *>(u"post"_s)) {
        if (post->y() <= top + 2 && post->geometry().bottom() > top + 2) {
            best = post->postNumber();
            if (offset)
                *offset = post->y() - top;
        }
    }
    return best;
}
} // namespace

void TestThreadView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestThreadView::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    const store::Forum forum = m_fixture->addSyntheticForum(12, 6, 2, kLongPosts);
    m_session = std::make_unique<ForumSession>(m_fixture->context(), forum);
    m_images = std::make_unique<ImageController>(m_fixture->context());
    m_images->setSession(m_session.get());
}

void TestThreadView::cleanup()
{
    m_view.reset();
    m_images.reset();
    m_session.reset();
    m_fixture.reset();
}

ThreadView &TestThreadView::view()
{
    m_view = std::make_unique<ThreadView>(m_fixture->context(), *m_images);
    m_view->setSession(m_session.get());
    m_view->resize(900, 700);
    m_view->show();
    if (!QTest::qWaitForWindowExposed(m_view.get()))
        qWarning("not exposed");
    return *m_view;
}

void TestThreadView::opensAtThePositionWithAWindowOfPosts()
{
    ThreadView &thread = view();
    int offset = 0;
    QVERIFY(thread.openTopic(kLongTopic, 500));
    QCOMPARE(thread.currentPostNumber(), 500);
    QCOMPARE(topPostOnScreen(thread, &offset), 500);
    // Before the first paint only the screen's posts are widgets, not the whole window read
    // from the cache; the rest follows after it, and what is on screen stays in place.
    QVERIFY(thread.postWidget(500));
    QVERIFY(thread.postWidgetCount() >= 1);
    QVERIFY2(thread.postWidgetCount() < thread.model()->rowCount(),
             qPrintable(
                     u"%1 of %2"_s.arg(thread.postWidgetCount()).arg(thread.model()->rowCount())));
    QTRY_COMPARE(thread.postWidgetCount(), thread.model()->rowCount());
    QVERIFY(thread.postWidgetCount() >= 5);
    QVERIFY2(thread.postWidgetCount() <= 3 * ThreadModel::defaultPageSize,
             qPrintable(QString::number(thread.postWidgetCount())));
    int offsetAfter = 0;
    QCOMPARE(topPostOnScreen(thread, &offsetAfter), 500);
    QCOMPARE(offsetAfter, offset);
    QVERIFY(thread.postWidget(499)); // the posts above came in too
    QVERIFY(!thread.postWidget(1));
    QVERIFY(!thread.postWidget(kLongPosts));
    QVERIFY(!thread.openTopic(987654));
}

void TestThreadView::scrollingDownLoadsAndDropsFarPosts()
{
    ThreadView &thread = view();
    QVERIFY(thread.openTopic(kLongTopic, 1));
    int largest = 0;
    for (int step = 0; step < 1000 && !thread.postWidget(kLongPosts); ++step) {
        scrollTo(thread, thread.verticalScrollBar()->maximum());
        largest = std::max(largest, thread.postWidgetCount());
    }
    QVERIFY2(thread.postWidget(kLongPosts), "reached the last post by scrolling");
    // Never the whole thread: a window of about maxLoadedPosts.
    QVERIFY2(largest <= ThreadView::maxLoadedPosts + 5 * ThreadModel::defaultPageSize,
             qPrintable(QString::number(largest)));
    QVERIFY(!thread.postWidget(1));
    QCOMPARE(thread.canvas()->findChildren<PostWidget *>(u"post"_s).size(),
             qsizetype(thread.postWidgetCount()));
}

void TestThreadView::scrollingUpKeepsWhatYouSeeInPlace()
{
    ThreadView &thread = view();
    QVERIFY(thread.openTopic(kLongTopic, 500));
    // Scroll up a little at a time; whatever post is at the top stays where it was drawn
    // when earlier posts arrive above it.
    for (int step = 0; step < 80; ++step) {
        const int before = thread.verticalScrollBar()->value();
        const int target = std::max(0, before - 150);
        int offset = 0;
        thread.verticalScrollBar()->setValue(target);
        const int top = topPostOnScreen(thread, &offset);
        QCoreApplication::processEvents();
        if (top > 0) {
            int offsetAfter = 0;
            QCOMPARE(topPostOnScreen(thread, &offsetAfter), top);
            QVERIFY2(std::abs(offsetAfter - offset) <= 2,
                     qPrintable(u"%1 moved from %2 to %3"_s.arg(top).arg(offset).arg(offsetAfter)));
        }
    }
    QVERIFY(thread.postWidget(470)); // earlier pages came in
}

void TestThreadView::readMarksFollowWhatCameIntoView()
{
    ThreadView &thread = view();
    QVERIFY(thread.openTopic(2, 1));
    thread.saveState();
    const int total = m_session->reader().topic(2)->topic.postsCount;
    const int afterOpening = m_session->reader().topic(2)->lastReadPostNumber;
    QVERIFY(afterOpening >= 1);
    if (total > afterOpening + 1) {
        // Posts below the fold are not read yet.
        QVERIFY(afterOpening < total);
    }
    for (int step = 0; step < 50; ++step)
        scrollTo(thread, thread.verticalScrollBar()->maximum());
    thread.saveState();
    QCOMPARE(m_session->reader().topic(2)->lastReadPostNumber, total);
    // And on their own, without saveState(), a moment after scrolling.
    QVERIFY(thread.openTopic(kLongTopic, 1));
    scrollTo(thread, 1200);
    QTRY_VERIFY(m_session->reader().topic(kLongTopic)->lastReadPostNumber >= 2);
}

void TestThreadView::positionIsKeptPerTopic()
{
    ThreadView &thread = view();
    QVERIFY(thread.openTopic(kLongTopic, 300));
    scrollTo(thread, thread.verticalScrollBar()->value() + 40);
    int offset = 0;
    const int top = topPostOnScreen(thread, &offset);
    QVERIFY(top >= 300);
    QVERIFY(thread.openTopic(3));
    QVERIFY(thread.openTopic(kLongTopic)); // no post asked for: where the person left it
    int offsetAgain = 0;
    QCOMPARE(topPostOnScreen(thread, &offsetAgain), top);
    QVERIFY(std::abs(offsetAgain - offset) <= 2);
    const auto saved = m_session->readingPosition(kLongTopic);
    QVERIFY(saved);
    QCOMPARE(saved->postNumber, top);
}

void TestThreadView::keysPageThroughTheTopic()
{
    ThreadView &thread = view();
    QVERIFY(thread.openTopic(kLongTopic, 1));
    thread.setFocus();
    const int before = thread.verticalScrollBar()->value();
    QTest::keyClick(&thread, Qt::Key_Space);
    QVERIFY(thread.verticalScrollBar()->value() > before);
    QTest::keyClick(&thread, Qt::Key_Space, Qt::ShiftModifier);
    QCOMPARE(thread.verticalScrollBar()->value(), before);
    QTest::keyClick(&thread, Qt::Key_End);
    QVERIFY(thread.postWidget(kLongPosts));
    QCOMPARE(thread.currentPostNumber(), kLongPosts);
    QTest::keyClick(&thread, Qt::Key_Home);
    QVERIFY(thread.postWidget(1));
    QCOMPARE(thread.verticalScrollBar()->value(), 0);
    thread.nextPost();
    thread.nextPost();
    QCOMPARE(thread.currentPostNumber(), 3);
    thread.previousPost();
    QCOMPARE(thread.currentPostNumber(), 2);
}

void TestThreadView::resizingAtTheTitleKeepsIt()
{
    ThreadView &thread = view();
    QVERIFY(thread.openTopic(kLongTopic, 1));
    QCOMPARE(thread.verticalScrollBar()->value(), 0);
    // Narrower: the title wraps and grows taller; the view stays at the top, title and all.
    thread.resize(320, 700);
    QCoreApplication::processEvents();
    QCOMPARE(thread.verticalScrollBar()->value(), 0);
    // Further down, what is read stays in place instead.
    thread.resize(900, 700);
    QCoreApplication::processEvents();
    scrollTo(thread, 400);
    int offset = 0;
    const int top = topPostOnScreen(thread, &offset);
    thread.resize(600, 700);
    QCoreApplication::processEvents();
    int offsetAfter = 0;
    QCOMPARE(topPostOnScreen(thread, &offsetAfter), top);
}

void TestThreadView::aListedTopicWithoutPostsOpensEmpty()
{
    // A topic list page arrived, its thread not yet (a sync cut short, or outside the window).
    {
        store::Database cache =
                m_fixture->context().profile().openCacheConnection(m_session->forum().id);
        store::CacheWriter writer(cache, m_fixture->clock());
        discourse::TopicListPage page;
        discourse::TopicListItem item;
        item.id = 500;
        item.title = u"Listed but not downloaded yet"_s;
        item.slug = u"listed-but-not-downloaded"_s;
        item.categoryId = 1;
        item.postsCount = 4;
        item.highestPostNumber = 4;
        item.createdAt = item.lastPostedAt = item.bumpedAt = m_fixture->clock().nowUtc();
        page.topics << item;
        writer.upsertTopicList(page);
    }
    ThreadView &thread = view();
    QSignalSpy opened(&thread, &ThreadView::topicOpened);
    QVERIFY(thread.openTopic(500));
    QCOMPARE(thread.topicId(), qint64(500));
    QCOMPARE(thread.postWidgetCount(), 0);
    QCOMPARE(opened.count(), 1);
    QVERIFY(thread.openTopic(500, 3));
    QCOMPARE(thread.postWidgetCount(), 0);
    // And back to a downloaded one.
    QVERIFY(thread.openTopic(kLongTopic, 1));
    QVERIFY(thread.postWidget(1));
}

QTEST_MAIN(TestThreadView)
#include "tst_gui_thread_view.moc"
