// Writing in the desktop app, offscreen, over a showcase forum in a temporary profile and no
// network: compose a reply by object name, the draft saving itself while typing, reopening a
// draft where it was, quoting a post, a new topic, a like, "Send" into the outbox, and the
// outbox view's actions (fix and send again, discard with the replies that wait, keep as a
// draft, an edit conflict decided).

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "controllers/ComposeController.h"
#include "controllers/DraftController.h"
#include "controllers/OutboxController.h"
#include "models/DraftListModel.h"
#include "outbox/DeliveryTypes.h"
#include "outbox/Outbox.h"
#include "outbox/OutboxModel.h"
#include "store/CacheReader.h"
#include "store/DraftRepository.h"
#include "store/ForumRepository.h"
#include "store/OutboxRepository.h"
#include "views/ComposerWindow.h"
#include "views/DraftsView.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/OutboxView.h"
#include "views/PostBrowser.h"
#include "views/PostWidget.h"
#include "views/SyncStatusBar.h"
#include "views/ThreadView.h"
#include "views/WritingDock.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestGuiCompose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void composeReplyAndSendIntoTheOutbox();
    void draftSavesItselfAndReopensWhereItWas();
    void quoteSelectedWordsOfAPost();
    void newTopicNeedsTitleAndCategory();
    void likeAndEditFromTheKeyboard();
    void outboxFixAndSendAgain();
    void outboxDiscardTopicWithReplies();
    void outboxKeepAsDraftAndConflict();
    void outboxSaysSignInToSend();
    void writingWidgetsHaveNames();
    void previewShowsAllOfItsText();

private:
    MainWindow &openWindow();
    ComposerWindow *composer() const;
    QList<store::Draft> drafts();
    QList<store::OutboxItem> outboxItems();
    std::unique_ptr<GuiFixture> m_fixture;
    store::Forum m_forum;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// Runs `interact` on the next modal dialog as soon as it shows; returns at once.
void whenModalShows(std::function<void(QWidget *)> interact)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, interact] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            interact(modal);
        }
    });
    timer->start();
}

void clickButton(QWidget *dialog, QMessageBox::StandardButton which)
{
    auto *box = qobject_cast<QMessageBox *>(dialog);
    QVERIFY(box);
    box->button(which)->click();
}

} // namespace

void TestGuiCompose::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestGuiCompose::init()
{
    m_fixture = std::make_unique<GuiFixture>();
    m_forum = m_fixture->addShowcaseForum();
    m_fixture->context().settings().setImagesOnUnmetered(false);
    m_fixture->context().settings().setSyncWhenLinkReturns(false);
    // Writing works with no network at all.
    m_fixture->network().setState(NetworkState::Offline);
}

void TestGuiCompose::cleanup()
{
    m_window.reset();
    m_fixture.reset();
}

MainWindow &TestGuiCompose::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_fixture->context());
    m_window->resize(1280, 800);
    m_window->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
    [&] { QVERIFY(m_window->openForum(m_forum)); }();
    return *m_window;
}

ComposerWindow *TestGuiCompose::composer() const
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == u"composerWindow"_s && widget->isVisible())
            return qobject_cast<ComposerWindow *>(widget);
    }
    return nullptr;
}

QList<store::Draft> TestGuiCompose::drafts()
{
    return store::DraftRepository(m_fixture->context().profile().userDatabase(), m_fixture->clock())
            .list(m_forum.id);
}

QList<store::OutboxItem> TestGuiCompose::outboxItems()
{
    return outbox::Outbox(m_fixture->context().profile().userDatabase(), m_fixture->clock(),
                          m_forum.id)
            .items();
}

void TestGuiCompose::composeReplyAndSendIntoTheOutbox()
{
    MainWindow &window = openWindow();
    outbox::OutboxModel *model = window.outboxController()->model();
    QVERIFY(model);
    QAbstractItemModelTester outboxTester(model,
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester draftsTester(window.composeController()->drafts(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(window.openTopic(ShowcaseForum::richTopicId));

    // Shift+R: reply to the topic, in a window of its own.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_R, Qt::ShiftModifier);
    QTRY_VERIFY(composer());
    ComposerWindow *c = composer();
    QVERIFY(QTest::qWaitForWindowExposed(c));
    const QString title = window.session()->reader().topic(ShowcaseForum::richTopicId)->topic.title;
    QCOMPARE(c->findChild<QLabel *>(u"composerHeading"_s)->text(), u"Reply to “%1”"_s.arg(title));
    QVERIFY(c->findChild<QLabel *>(u"composerNetworkNote"_s)->text().contains(u"offline"_s));

    auto *editor = c->findChild<QPlainTextEdit *>(u"composerEditor"_s);
    QVERIFY(editor);
    QTest::keyClicks(editor, u"Thanks @amina_d, **this** fixed it."_s);
    c->refreshPreview();
    auto *preview = c->findChild<PostBrowser *>(u"composerPreview"_s);
    QVERIFY(preview->toPlainText().contains(u"Thanks @amina_d, this fixed it."_s));
    QVERIFY(preview->toHtml().contains(u"font-weight:"_s)); // bold, rendered offline

    auto *send = c->findChild<QPushButton *>(u"composerSend"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(!composer());
    const QList<store::OutboxItem> items = outboxItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, store::OutboxKind::Reply);
    QCOMPARE(items.first().topicId, ShowcaseForum::richTopicId);
    QCOMPARE(items.first().raw, u"Thanks @amina_d, **this** fixed it."_s);
    QCOMPARE(items.first().state, store::OutboxState::Queued);
    // The draft went into the outbox: no draft is left, and the outbox list shows the item.
    QVERIFY(drafts().isEmpty());
    QCOMPARE(window.composeController()->drafts()->rowCount(), 0);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0).data(outbox::OutboxModel::StateRole).toString(), u"queued"_s);
    QVERIFY(window.syncStatus()->statusText().contains(u"outbox"_s));
}

void TestGuiCompose::draftSavesItselfAndReopensWhereItWas()
{
    MainWindow &window = openWindow();
    QVERIFY(window.openTopic(ShowcaseForum::partlyReadTopicId));
    window.actions()->replyToTopic->trigger();
    QTRY_VERIFY(composer());
    ComposerWindow *c = composer();
    auto *editor = c->findChild<QPlainTextEdit *>(u"composerEditor"_s);
    QTest::keyClicks(editor, u"First line of a long answer"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, u"second line"_s);
    // Put the cursor inside the first line, as someone going back to fix a word.
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(6);
    editor->setTextCursor(cursor);

    // Saved by itself after the pause in typing, in the person's database.
    QTRY_COMPARE_WITH_TIMEOUT(drafts().size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(drafts().first().raw, u"First line of a long answer\nsecond line"_s,
                              5000);
    QTRY_VERIFY_WITH_TIMEOUT(!c->controller()->isDirty(), 5000);
    QCOMPARE(drafts().first().topicId, ShowcaseForum::partlyReadTopicId);
    QVERIFY(c->statusText().contains(u"saved"_s));
    const QString id = c->draftId();

    // Typing more and closing at once (before the pause) keeps the last words too.
    QTest::keyClicks(editor, u"X"_s);
    QVERIFY(QTest::qWaitForWindowActive(c));
    QTest::keyClick(c, Qt::Key_Escape);
    QTRY_VERIFY(!composer());
    QCOMPARE(drafts().first().raw, u"First Xline of a long answer\nsecond line"_s);

    // The drafts list reopens it with its words and the cursor where it was.
    window.actions()->showDrafts->trigger();
    WritingDock *dock = window.writingDock();
    QVERIFY(dock->isVisible());
    QListView *list = dock->findChild<QListView *>(u"draftsList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    QVERIFY(list->model()->index(0, 0).data().toString().contains(u"First Xline"_s));
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(dock->findChild<QPushButton *>(u"draftsOpen"_s), Qt::LeftButton);
    QTRY_VERIFY(composer());
    c = composer();
    QCOMPARE(c->draftId(), id);
    editor = c->findChild<QPlainTextEdit *>(u"composerEditor"_s);
    QCOMPARE(editor->toPlainText(), drafts().first().raw);
    QCOMPARE(editor->textCursor().position(), 7);

    // Replying to the same topic again continues this draft instead of starting another.
    c->close();
    QTRY_VERIFY(!composer());
    window.actions()->replyToTopic->trigger();
    QTRY_VERIFY(composer());
    QCOMPARE(composer()->draftId(), id);
    composer()->close();

    // Delete it from the list, after saying yes.
    QTRY_VERIFY(!composer());
    whenModalShows([](QWidget *dialog) { clickButton(dialog, QMessageBox::Discard); });
    QTest::mouseClick(dock->findChild<QPushButton *>(u"draftsDelete"_s), Qt::LeftButton);
    QTRY_VERIFY(drafts().isEmpty());
    QCOMPARE(list->model()->rowCount(), 0);
}

void TestGuiCompose::quoteSelectedWordsOfAPost()
{
    MainWindow &window = openWindow();
    QVERIFY(window.openTopic(ShowcaseForum::richTopicId, 1));
    PostWidget *post = window.threadView()->postWidget(1);
    QVERIFY(post);
    PostBrowser *browser = post->browser();
    QTextCursor selection(browser->document());
    selection.setPosition(0);
    selection.movePosition(QTextCursor::NextWord, QTextCursor::KeepAnchor, 3);
    browser->setTextCursor(selection);
    const QString selected = selection.selectedText().trimmed();
    QVERIFY(!selected.isEmpty());

    window.actions()->quotePost->trigger();
    QTRY_VERIFY(composer());
    ComposerWindow *c = composer();
    const QString text = c->findChild<QPlainTextEdit *>(u"composerEditor"_s)->toPlainText();
    const discourse::Post &p = post->post().post;
    QVERIFY2(text.startsWith(u"[quote=\"%1, post:1, topic:%2\"]\n"_s.arg(p.username)
                                     .arg(ShowcaseForum::richTopicId)),
             qPrintable(text));
    QVERIFY(text.contains(selected));
    QVERIFY(text.contains(u"\n[/quote]\n"_s));
    c->refreshPreview();
    const QString shown = c->findChild<PostBrowser *>(u"composerPreview"_s)->toPlainText();
    QVERIFY2(shown.contains(u"%1 said:"_s.arg(p.username)), qPrintable(shown));
    QVERIFY(!shown.contains(u"[quote"_s));
}

void TestGuiCompose::newTopicNeedsTitleAndCategory()
{
    MainWindow &window = openWindow();
    window.actions()->newTopic->trigger();
    QTRY_VERIFY(composer());
    ComposerWindow *c = composer();
    auto *title = c->findChild<QLineEdit *>(u"composerTitle"_s);
    auto *category = c->findChild<QComboBox *>(u"composerCategory"_s);
    QVERIFY(title && category);
    QVERIFY(category->count() > 1);
    QTest::keyClicks(c->findChild<QPlainTextEdit *>(u"composerEditor"_s),
                     u"Since the upgrade to 2.40 the tracker sync fails."_s);
    c->sendButton()->click();
    QVERIFY(c->statusText().contains(u"title"_s));
    QVERIFY(composer());
    QTest::keyClicks(title, u"Tracker sync fails after upgrade"_s);
    c->sendButton()->click();
    QVERIFY(c->statusText().contains(u"category"_s));
    category->setCurrentIndex(1);
    const qint64 categoryId = category->currentData().toLongLong();
    QVERIFY(categoryId > 0);
    c->refreshPreview();
    QCOMPARE(c->findChild<QLabel *>(u"composerPreviewTitle"_s)->text(),
             u"Tracker sync fails after upgrade"_s);
    c->sendButton()->click();
    QTRY_VERIFY(!composer());
    const QList<store::OutboxItem> items = outboxItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, store::OutboxKind::NewTopic);
    QCOMPARE(items.first().title, u"Tracker sync fails after upgrade"_s);
    QCOMPARE(items.first().categoryId, categoryId);
}

void TestGuiCompose::likeAndEditFromTheKeyboard()
{
    MainWindow &window = openWindow();
    QVERIFY(window.openTopic(ShowcaseForum::richTopicId, 2));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    PostWidget *current = window.threadView()->postWidget(window.threadView()->currentPostNumber());
    QVERIFY(current);
    const discourse::Post post = current->post().post;

    QTest::keyClick(&window, Qt::Key_L);
    QList<store::OutboxItem> items = outboxItems();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first().kind, store::OutboxKind::Like);
    QCOMPARE(items.first().postId, post.id);
    // A second like of the same post is not queued twice.
    QTest::keyClick(&window, Qt::Key_L);
    QCOMPARE(outboxItems().size(), 1);
    QVERIFY(window.syncStatus()->statusText().contains(u"already"_s));

    // E edits only one's own posts: someone else's is refused, one's own opens with its text.
    QTest::keyClick(&window, Qt::Key_E);
    QVERIFY(!composer());
    QVERIFY(window.syncStatus()->statusText().contains(u"your own"_s));
    store::ForumRepository(m_fixture->context().profile().userDatabase(), m_fixture->clock())
            .setSetting(m_forum.id, u"signed_in_username"_s, post.username);
    QTest::keyClick(&window, Qt::Key_E);
    QTRY_VERIFY(composer());
    const store::Draft &draft = composer()->draft();
    QCOMPARE(draft.kind, store::DraftKind::Edit);
    QCOMPARE(draft.postId, post.id);
    QCOMPARE(draft.baseVersion, post.version);
    QVERIFY(!composer()->editor()->toPlainText().isEmpty());
    QVERIFY(composer()->findChild<QLabel *>(u"composerEditNote"_s));
    QTest::keyClicks(composer()->editor(), u" (edited)"_s);
    QVERIFY(QTest::qWaitForWindowActive(composer()));
    ComposerWindow *editing = composer();
    QTest::keyClick(editing->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY2(!composer(), qPrintable(editing->statusText()));
    items = outboxItems();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.last().kind, store::OutboxKind::Edit);
    QCOMPARE(items.last().baseVersion, post.version);
    QVERIFY(items.last().raw.contains(u"(edited)"_s));
}

void TestGuiCompose::outboxFixAndSendAgain()
{
    outbox::Outbox box(m_fixture->context().profile().userDatabase(), m_fixture->clock(),
                       m_forum.id);
    const store::OutboxItem item = box.queueReply(ShowcaseForum::richTopicId, u"ok"_s);
    store::OutboxRepository(m_fixture->context().profile().userDatabase(), m_fixture->clock())
            .markNeedsAttention(item.id, u"Your post is too short: write at least 20 characters."_s,
                                store::OutboxProblem::TooShort);
    MainWindow &window = openWindow();
    QAbstractItemModelTester tester(window.outboxController()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.actions()->showOutbox->trigger();
    OutboxView *view = window.writingDock()->outboxView();
    QVERIFY(view->isVisible());
    QVERIFY(view->summaryText().contains(u"attention"_s));
    QListView *list = view->findChild<QListView *>(u"outboxList"_s);
    QCOMPARE(list->model()->rowCount(), 1);
    const QString row = list->model()->index(0, 0).data().toString();
    QVERIFY2(row.contains(u"Needs your attention: Your post is too short"_s), qPrintable(row));

    QVERIFY(view->selectItem(item.id));
    auto *state = view->findChild<QLabel *>(u"outboxDetailState"_s);
    QVERIFY(state->text().contains(u"too short"_s));
    auto *text = view->findChild<QPlainTextEdit *>(u"outboxDetailText"_s);
    QVERIFY(!text->isReadOnly());
    text->selectAll();
    QTest::keyClicks(text, u"Thanks, the district totals match now."_s);
    QTest::mouseClick(view->findChild<QPushButton *>(u"outboxRetry"_s), Qt::LeftButton);
    const std::optional<store::OutboxItem> fixed = box.find(item.id);
    QVERIFY(fixed);
    QCOMPARE(fixed->state, store::OutboxState::Queued);
    QCOMPARE(fixed->raw, u"Thanks, the district totals match now."_s);
    QCOMPARE(list->model()->index(0, 0).data(outbox::OutboxModel::StateRole).toString(),
             u"queued"_s);
    QCOMPARE(view->currentId(), item.id);
}

void TestGuiCompose::outboxDiscardTopicWithReplies()
{
    outbox::Outbox box(m_fixture->context().profile().userDatabase(), m_fixture->clock(),
                       m_forum.id);
    const store::OutboxItem topic =
            box.queueNewTopic(ShowcaseForum::followedCategoryIds().first(),
                              u"A topic with replies"_s, u"The first post of it."_s);
    box.queueReplyToQueued(topic.id, u"A reply that waits for it."_s);
    const store::OutboxItem other = box.queueReply(ShowcaseForum::richTopicId, u"Unrelated."_s);
    MainWindow &window = openWindow();
    window.actions()->showOutbox->trigger();
    OutboxView *view = window.writingDock()->outboxView();
    QCOMPARE(view->list()->model()->rowCount(), 3);
    QVERIFY(view->list()->model()->index(1, 0).data().toString().contains(u"waiting"_s));

    // Cancel first: nothing goes.
    QVERIFY(view->selectItem(topic.id));
    whenModalShows([](QWidget *dialog) { clickButton(dialog, QMessageBox::Cancel); });
    QTest::mouseClick(view->findChild<QPushButton *>(u"outboxDiscard"_s), Qt::LeftButton);
    QCOMPARE(box.items().size(), 3);
    // Then discard the topic with its reply.
    whenModalShows([](QWidget *dialog) {
        auto *all = dialog->findChild<QPushButton *>(u"outboxDiscardAll"_s);
        QVERIFY(all);
        all->click();
    });
    QTest::mouseClick(view->findChild<QPushButton *>(u"outboxDiscard"_s), Qt::LeftButton);
    QCOMPARE(box.items().size(), 1);
    QCOMPARE(box.items().first().id, other.id);
    QCOMPARE(view->list()->model()->rowCount(), 1);
}

void TestGuiCompose::outboxKeepAsDraftAndConflict()
{
    store::Database &db = m_fixture->context().profile().userDatabase();
    outbox::Outbox box(db, m_fixture->clock(), m_forum.id);
    const store::OutboxItem refused =
            box.queueReply(ShowcaseForum::richTopicId, u"Refused because the topic closed."_s);
    store::OutboxRepository repo(db, m_fixture->clock());
    repo.markNeedsAttention(refused.id, u"The topic was closed."_s,
                            store::OutboxProblem::TopicClosedOrDeleted);
    const store::OutboxItem edit = box.queueEdit(9001, 2, u"My corrected text."_s);
    repo.markConflict(edit.id, u"Someone changed the post on the forum."_s,
                      u"A moderator's text."_s, 3);

    MainWindow &window = openWindow();
    window.actions()->showOutbox->trigger();
    OutboxView *view = window.writingDock()->outboxView();

    // Keep as draft: out of the outbox, into the drafts, open in the composer.
    QVERIFY(view->selectItem(refused.id));
    QTest::mouseClick(view->findChild<QPushButton *>(u"outboxKeepDraft"_s), Qt::LeftButton);
    QVERIFY(!box.find(refused.id));
    QCOMPARE(drafts().size(), 1);
    QCOMPARE(drafts().first().raw, u"Refused because the topic closed."_s);
    QTRY_VERIFY(composer());
    QCOMPARE(composer()->editor()->toPlainText(), u"Refused because the topic closed."_s);
    QCOMPARE(window.composeController()->drafts()->rowCount(), 1);
    composer()->close();

    // The conflict shows both texts; keeping theirs drops the edit.
    QVERIFY(view->selectItem(edit.id));
    auto *mine = view->findChild<QPlainTextEdit *>(u"outboxConflictMine"_s);
    auto *theirs = view->findChild<QPlainTextEdit *>(u"outboxConflictTheirs"_s);
    QVERIFY(mine->isVisible() && theirs->isVisible());
    QCOMPARE(mine->toPlainText(), u"My corrected text."_s);
    QCOMPARE(theirs->toPlainText(), u"A moderator's text."_s);
    QVERIFY(view->findChild<QPushButton *>(u"outboxKeepMine"_s)->isVisible());
    QTest::mouseClick(view->findChild<QPushButton *>(u"outboxTakeTheirs"_s), Qt::LeftButton);
    QVERIFY(!box.find(edit.id));
    QCOMPARE(view->list()->model()->rowCount(), 0);
}

void TestGuiCompose::outboxSaysSignInToSend()
{
    outbox::Outbox box(m_fixture->context().profile().userDatabase(), m_fixture->clock(),
                       m_forum.id);
    box.queueReply(ShowcaseForum::richTopicId, u"Waiting for a key."_s);
    m_fixture->network().setState(NetworkState::Online);
    MainWindow &window = openWindow();
    window.actions()->showOutbox->trigger();
    OutboxView *view = window.writingDock()->outboxView();
    auto *signIn = view->findChild<QLabel *>(u"outboxSignIn"_s);
    QVERIFY(signIn->isVisible());
    QVERIFY(signIn->text().startsWith(u"Sign in to send"_s));
    QVERIFY(view->list()->model()->index(0, 0).data().toString().contains(u"Sign in to send"_s));
    QVERIFY(!view->findChild<QPushButton *>(u"outboxSendNow"_s)->isEnabled());
    window.actions()->sendOutbox->trigger();
    QVERIFY(!window.outboxController()->isSending());
    QVERIFY(window.syncStatus()->statusText().contains(u"Sign in to send"_s));
}

void TestGuiCompose::writingWidgetsHaveNames()
{
    MainWindow &window = openWindow();
    QVERIFY(window.openTopic(ShowcaseForum::richTopicId));
    window.actions()->showOutbox->trigger();
    window.actions()->newTopic->trigger();
    QTRY_VERIFY(composer());
    QStringList unnamed;
    QList<QWidget *> widgets = composer()->findChildren<QWidget *>();
    widgets += window.writingDock()->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (widget->objectName().startsWith(u"qt_"_s) || widget->inherits("QScrollBar"))
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << (QString::fromLatin1(widget->metaObject()->className()) + u'/' +
                        widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    // Every writing command has keys, and none repeats another command's.
    QHash<QKeySequence, QString> seen;
    for (QAction *action : window.actions()->all()) {
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!seen.contains(key),
                     qPrintable(key.toString() + u" "_s + action->objectName() + u" "_s +
                                seen.value(key)));
            seen.insert(key, action->objectName());
        }
    }
    for (QAction *action :
         {window.actions()->newTopic, window.actions()->replyToTopic, window.actions()->replyToPost,
          window.actions()->quotePost, window.actions()->editPost, window.actions()->likePost,
          window.actions()->showOutbox, window.actions()->showDrafts, window.actions()->sendOutbox})
        QVERIFY(!action->shortcuts().isEmpty());
}

// The preview grows with its text: nothing of it is hidden inside the preview itself (the
// pane scrolls instead), after typing, after a resize, and for a long post.
void TestGuiCompose::previewShowsAllOfItsText()
{
    MainWindow &window = openWindow();
    QVERIFY(window.openTopic(ShowcaseForum::richTopicId));
    window.actions()->replyToTopic->trigger();
    QTRY_VERIFY(composer());
    ComposerWindow *c = composer();
    c->resize(980, 620);
    QVERIFY(QTest::qWaitForWindowExposed(c));
    auto *editor = c->findChild<QPlainTextEdit *>(u"composerEditor"_s);
    auto *preview = c->findChild<PostBrowser *>(u"composerPreview"_s);
    QVERIFY(editor && preview);
    const auto hidden = [preview] { return preview->verticalScrollBar()->maximum(); };
    const auto fits = [&](const char *when) {
        QTRY_COMPARE_WITH_TIMEOUT(hidden(), 0, 2000);
        QVERIFY2(preview->height() >= int(preview->document()->size().height()), when);
    };

    editor->setPlainText(u"Thanks @amina_d, **that fixed it**. For anyone who finds this later:\n\n"
                         "1. Open *Maintenance* and clear the application cache.\n"
                         "2. Run the analytics tables export again for the last 12 months.\n\n"
                         "```\nGET /api/analytics?dimension=dx:Uvn6LCg7dVU&dimension=pe:LAST_12\n"
                         "```\n\nThe district totals match the facility reports now :tada:"_s);
    c->refreshPreview();
    fits("after typing");
    QVERIFY(preview->toPlainText().contains(u"district totals"_s));

    c->resize(640, 620); // narrower: more lines
    fits("after a resize");

    QString longPost;
    for (int i = 1; i <= 40; ++i)
        longPost += u"Paragraph %1 of a long answer, with enough words to wrap.\n\n"_s.arg(i);
    editor->setPlainText(longPost);
    c->refreshPreview();
    fits("for a long post");
    auto *scroll = c->findChild<QScrollArea *>(u"composerPreviewScroll"_s);
    QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // the pane scrolls instead
}

QTEST_MAIN(TestGuiCompose)
#include "tst_gui_compose.moc"
