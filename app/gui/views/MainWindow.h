#pragma once

#include "controllers/NavigationHistory.h"
#include "store/UserTypes.h"
#include "sync/SyncTypes.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;
class QSplitter;
class QStackedWidget;
class QAbstractItemView;

namespace outpost::gui {

class AppContext;
class CategoryTreeView;
class ComposeController;
class DigestView;
class FirstRunWizard;
class ForumMenu;
class ForumSession;
class ImageController;
class MainActions;
class MessageBanner;
class NetworkIndicator;
class OutboxController;
class PostWidget;
class SearchView;
class SyncController;
class SyncStatusBar;
class ThreadView;
class TopicListView;
class WritingDock;

// The main window: the sidebar of categories, the list in the middle (topics of a category or
// of all followed ones, What's new, or search results) and the topic on the right. It wires
// the panes, the sync and picture controllers and the navigation history; the panes
// themselves read the forum only through their models.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a forum of the profile (its cache); a failure is shown in the banner.
    bool openForum(const store::Forum &forum);
    // Closes the open forum (it is being removed); the window shows "Add a forum".
    void closeForum();
    ForumSession *session() const { return m_session.get(); }
    // Shows the first-start wizard over the window (no forum yet, or "Add a forum").
    FirstRunWizard *startFirstRun();

    // Navigation; each step is remembered for Back.
    void showDigest();
    void showFollowed();
    void showCategory(qint64 categoryId);
    void showSearch(const QString &text);
    bool openTopic(qint64 topicId, std::optional<int> postNumber = std::nullopt);
    void goBack();
    // Back to the list the person searched from (Escape, or an emptied search field).
    void leaveSearch();
    // A link a person activated in a post (outpost-link:, outpost-post:).
    void activateLink(const QUrl &url);

    AppContext &context() { return m_context; }
    MainActions *actions() const { return m_actions; }
    // The Forum menu, the account's status and sign-in, About.
    ForumMenu *forumMenu() const { return m_forumMenu; }
    SyncController *syncController() const { return m_sync; }
    ImageController *imageController() const { return m_images; }
    MessageBanner *banner() const { return m_banner; }
    CategoryTreeView *categoryTree() const { return m_categories; }
    TopicListView *topicList() const { return m_topics; }
    DigestView *digestView() const { return m_digest; }
    SearchView *searchView() const { return m_search; }
    ThreadView *threadView() const { return m_thread; }
    QLineEdit *searchField() const { return m_searchField; }
    SyncStatusBar *syncStatus() const { return m_syncStatus; }
    NetworkIndicator *networkIndicator() const { return m_network; }
    ComposeController *composeController() const { return m_compose; }
    OutboxController *outboxController() const { return m_outbox; }
    WritingDock *writingDock() const { return m_writingDock; }

Q_SIGNALS:
    void forumOpened(qint64 forumId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // QEvent::LanguageChange: every text again in the new language.
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildToolBar();
    void buildPanes();
    void connectActions();
    void restoreLayout();
    void saveLayout();
    void attachSession();
    void syncStarted();
    void syncFinished(const sync::SyncReport &report);
    void showProblem(const QString &message, const QString &detail);
    void openSettings();
    void showShortcuts();
    void focusNextPane();
    void moveInList(int delta);
    QAbstractItemView *currentListView() const;
    void toggleFollow();
    void downloadCurrentTopic();
    void searchTextEdited();
    Location here() const;
    void visit();
    void rememberHere();
    void restore(const Location &location);
    void updateTitle();
    // Writing (MainWindowWriting.cpp): composer, drafts, outbox.
    void buildWriting();
    void attachWriting(ForumSession *session);
    PostWidget *currentPostWidget() const;
    void quoteCurrentPost();

    AppContext &m_context;
    std::unique_ptr<ForumSession> m_session;
    MainActions *m_actions;
    SyncController *m_sync;
    ImageController *m_images;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    CategoryTreeView *m_categories;
    QStackedWidget *m_lists;
    TopicListView *m_topics;
    DigestView *m_digest;
    SearchView *m_search;
    QWidget *m_noForum;
    QLabel *m_noForumText;
    QPushButton *m_addForum;
    QToolBar *m_toolBar;
    ThreadView *m_thread;
    QLineEdit *m_searchField;
    SyncStatusBar *m_syncStatus;
    NetworkIndicator *m_network;
    QTimer m_searchTimer;
    NavigationHistory m_history;
    Location::List m_list = Location::List::Followed;
    bool m_restoring = false;
    QPointer<FirstRunWizard> m_wizard;
    ComposeController *m_compose = nullptr;
    OutboxController *m_outbox = nullptr;
    WritingDock *m_writingDock = nullptr;
    ForumMenu *m_forumMenu = nullptr;
};

} // namespace outpost::gui
