#include "views/MainWindow.h"

#include "AppContext.h"
#include "AppIcon.h"
#include "AppSettings.h"
#include "Clock.h"
#include "ForumSession.h"
#include "controllers/ImageController.h"
#include "controllers/SyncController.h"
#include "store/StoreError.h"
#include "views/CategoryTreeView.h"
#include "views/DigestView.h"
#include "views/FirstRunWizard.h"
#include "views/ForumMenu.h"
#include "views/MainActions.h"
#include "views/MessageBanner.h"
#include "views/SearchView.h"
#include "views/SettingsDialog.h"
#include "views/ShortcutsDialog.h"
#include "views/SyncStatusBar.h"
#include "views/ThreadView.h"
#include "views/TopicListView.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
// Escape in the search field leaves the search; Down goes to the results.
class SearchFieldKeys : public QObject
{
public:
    SearchFieldKeys(QObject *parent, std::function<void()> escape, std::function<void()> down)
        : QObject(parent)
        , m_escape(std::move(escape))
        , m_down(std::move(down))
    {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Escape) {
                m_escape();
                return true;
            }
            if (key == Qt::Key_Down) {
                m_down();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_escape;
    std::function<void()> m_down;
};
} // namespace

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_actions(new MainActions(this))
    , m_sync(new SyncController(context, this))
    , m_images(new ImageController(context, this))
    , m_banner(new MessageBanner(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Outpost"));
    setWindowIcon(appIcon());
    m_actions->populateMenus(menuBar());
    buildToolBar();
    buildPanes();
    connectActions();

    m_syncStatus = new SyncStatusBar([this] { return m_context.clock().nowUtc(); }, this);
    m_network = new NetworkIndicator(this);
    statusBar()->setObjectName(u"statusBar"_s);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->addPermanentWidget(m_network);
    m_network->setState(context.network().state());
    connect(&context.network(), &NetworkMonitor::stateChanged, m_network,
            &NetworkIndicator::setState);
    // A note such as "you are offline" stops being true when the link changes.
    connect(&context.network(), &NetworkMonitor::stateChanged, m_syncStatus,
            [this] { m_syncStatus->showNote(QString()); });
    connect(m_syncStatus, &SyncStatusBar::cancelRequested, m_sync, &SyncController::cancel);
    connect(m_sync, &SyncController::started, this, &MainWindow::syncStarted);
    connect(m_sync, &SyncController::progress, m_syncStatus, &SyncStatusBar::syncProgress);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    connect(m_sync, &SyncController::refused, m_syncStatus, &SyncStatusBar::showNote);
    connect(m_images, &ImageController::status, m_syncStatus, &SyncStatusBar::showNote);
    connect(m_images, &ImageController::problem, this, &MainWindow::showProblem);
    connect(&context.settings(), &AppSettings::problem, this, &MainWindow::showProblem);
    m_forumMenu = new ForumMenu(*this);

    buildWriting();
    restoreLayout();
    attachSession();
    retranslateUi();
}

void MainWindow::retranslateUi()
{
    m_actions->retranslate();
    m_toolBar->setWindowTitle(tr("Main"));
    m_searchField->setPlaceholderText(tr("Search downloaded posts (Ctrl+F)"));
    m_searchField->setAccessibleName(tr("Search"));
    // Qt's clear button has no name of its own for a screen reader.
    if (auto *clear = m_searchField->findChild<QAction *>(u"_q_qlineeditclearaction"_s))
        clear->setText(tr("Clear the search"));
    m_noForumText->setText(tr("Outpost keeps a forum on this computer so you can read it "
                              "offline. Add the forum you want to follow."));
    m_addForum->setText(tr("Add a Forum…"));
    updateTitle();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

MainWindow::~MainWindow()
{
    // The panes hold the session's models: detach them before the session goes.
    m_thread->saveState();
    attachWriting(nullptr);
    m_sync->setSession(nullptr);
    m_images->setSession(nullptr);
    m_session.reset();
}

void MainWindow::buildToolBar()
{
    QToolBar *bar = m_toolBar = addToolBar(QString());
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_actions->back);
    bar->addAction(m_actions->syncNow);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_searchField = new QLineEdit(bar);
    m_searchField->setObjectName(u"searchField"_s);
    m_searchField->setClearButtonEnabled(true);
    m_searchField->setMinimumWidth(260);
    m_searchField->setMaximumWidth(420);
    bar->addWidget(m_searchField);
    // Every keystroke searches, on the next turn of the event loop: keys that arrived
    // together (typed while the last search ran) make one search, not one each. A pause
    // before searching would only add to each key's wait: the search takes 5 to 40 ms on a
    // 300,000-post cache (bench_gui).
    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(0);
    connect(m_searchField, &QLineEdit::textEdited, &m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchField, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            leaveSearch();
    });
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::searchTextEdited);
    m_searchField->installEventFilter(new SearchFieldKeys(
            this,
            [this] {
                m_searchField->clear();
                m_thread->setFocus();
            },
            [this] {
                if (m_list == Location::List::Search)
                    m_search->list()->setFocus();
            }));
}

void MainWindow::buildPanes()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_categories = new CategoryTreeView(m_splitter);
    m_categories->setMinimumWidth(200);
    m_lists = new QStackedWidget(m_splitter);
    m_lists->setObjectName(u"listStack"_s);
    m_lists->setMinimumWidth(280);
    m_topics = new TopicListView(m_context, m_lists);
    m_digest = new DigestView(m_context, m_lists);
    m_search = new SearchView(m_context, m_lists);
    m_noForum = new QWidget(m_lists);
    m_noForum->setObjectName(u"noForumPage"_s);
    auto *noForumLayout = new QVBoxLayout(m_noForum);
    m_noForumText = new QLabel(m_noForum);
    m_noForumText->setObjectName(u"noForumText"_s);
    m_noForumText->setWordWrap(true);
    m_noForumText->setAlignment(Qt::AlignCenter);
    m_addForum = new QPushButton(m_noForum);
    m_addForum->setObjectName(u"addForumButton"_s);
    connect(m_addForum, &QPushButton::clicked, this, [this] { startFirstRun(); });
    noForumLayout->addStretch(1);
    noForumLayout->addWidget(m_noForumText);
    noForumLayout->addWidget(m_addForum, 0, Qt::AlignHCenter);
    noForumLayout->addStretch(2);
    m_lists->addWidget(m_topics);
    m_lists->addWidget(m_digest);
    m_lists->addWidget(m_search);
    m_lists->addWidget(m_noForum);
    m_thread = new ThreadView(m_context, *m_images, m_splitter);
    m_thread->setMinimumWidth(320);
    m_splitter->addWidget(m_categories);
    m_splitter->addWidget(m_lists);
    m_splitter->addWidget(m_thread);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 3);
    m_splitter->setSizes({250, 450, 660});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_categories, &CategoryTreeView::digestChosen, this, &MainWindow::showDigest);
    connect(m_categories, &CategoryTreeView::followedChosen, this, &MainWindow::showFollowed);
    connect(m_categories, &CategoryTreeView::categoryChosen, this, &MainWindow::showCategory);
    connect(m_topics, &TopicListView::topicChosen, this, [this](qint64 id) { openTopic(id); });
    connect(m_topics, &TopicListView::followRequested, this, [this](qint64 id) {
        if (m_session)
            m_session->setFollowed(id, true);
    });
    connect(m_digest, &DigestView::topicChosen, this, [this](qint64 id) { openTopic(id); });
    connect(m_search, &SearchView::resultChosen, this,
            [this](qint64 topic, int post) { openTopic(topic, post); });
    connect(m_thread, &ThreadView::linkActivated, this, &MainWindow::activateLink);
    connect(m_thread, &ThreadView::downloadTopicRequested, this,
            [this](qint64 id) { m_sync->fetchTopics({id}); });
}

void MainWindow::connectActions()
{
    connect(m_actions->syncNow, &QAction::triggered, this,
            [this] { m_sync->syncNow(SyncController::Trigger::Person); });
    connect(m_actions->cancelSync, &QAction::triggered, m_sync, &SyncController::cancel);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->showDigest, &QAction::triggered, this, &MainWindow::showDigest);
    connect(m_actions->showFollowed, &QAction::triggered, this, &MainWindow::showFollowed);
    connect(m_actions->search, &QAction::triggered, this, [this] {
        m_searchField->setFocus(Qt::ShortcutFocusReason);
        m_searchField->selectAll();
    });
    connect(m_actions->nextPane, &QAction::triggered, this, &MainWindow::focusNextPane);
    connect(m_actions->toggleFollow, &QAction::triggered, this, &MainWindow::toggleFollow);
    connect(m_actions->back, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_actions->nextTopic, &QAction::triggered, this, [this] { moveInList(1); });
    connect(m_actions->previousTopic, &QAction::triggered, this, [this] { moveInList(-1); });
    connect(m_actions->nextPost, &QAction::triggered, m_thread, &ThreadView::nextPost);
    connect(m_actions->previousPost, &QAction::triggered, m_thread, &ThreadView::previousPost);
    connect(m_actions->downloadTopic, &QAction::triggered, this, &MainWindow::downloadCurrentTopic);
    connect(m_actions->shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
}

bool MainWindow::openForum(const store::Forum &forum)
{
    std::unique_ptr<ForumSession> session;
    try {
        session = std::make_unique<ForumSession>(m_context, forum);
    } catch (const store::StoreError &error) {
        showProblem(error.message(), error.detail());
        return false;
    }
    m_thread->saveState();
    m_sync->setSession(nullptr);
    m_images->setSession(nullptr);
    m_session = std::move(session);
    attachSession();
    Q_EMIT forumOpened(forum.id);
    return true;
}

void MainWindow::closeForum()
{
    m_thread->saveState();
    m_sync->setSession(nullptr);
    m_images->setSession(nullptr);
    m_session.reset();
    attachSession();
}

void MainWindow::attachSession()
{
    ForumSession *session = m_session.get();
    attachWriting(session);
    m_categories->categoryModel()->setSession(session);
    m_topics->setSession(session);
    m_digest->setSession(session);
    m_search->setSession(session);
    m_images->setSession(session);
    m_thread->setSession(session);
    m_sync->setSession(session);
    m_history.clear();
    const bool open = session != nullptr;
    for (QAction *action : {m_actions->syncNow, m_actions->showDigest, m_actions->showFollowed,
                            m_actions->search, m_actions->toggleFollow, m_actions->downloadTopic})
        action->setEnabled(open);
    m_searchField->setEnabled(open);
    if (!open) {
        m_lists->setCurrentWidget(m_noForum);
        updateTitle();
        return;
    }
    connect(session, &ForumSession::problem, this, &MainWindow::showProblem);
    connect(session, &ForumSession::renamed, this, &MainWindow::updateTitle);
    connect(session, &ForumSession::notice, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Kind::Information, message);
    });
    m_syncStatus->setLastSync(session->lastSyncAt());
    updateTitle();
    m_categories->selectNode(CategoryTreeModel::NodeKind::Followed);
    showFollowed();
}

void MainWindow::updateTitle()
{
    setWindowTitle(m_session ? tr("%1 — Outpost").arg(m_session->forum().name) : tr("Outpost"));
}

FirstRunWizard *MainWindow::startFirstRun()
{
    if (m_wizard) {
        m_wizard->raise();
        return m_wizard;
    }
    m_wizard = new FirstRunWizard(m_context, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    m_wizard->setWindowModality(Qt::WindowModal);
    connect(m_wizard, &FirstRunWizard::forumAdded, this,
            [this](const store::Forum &forum, bool syncNow) {
                if (openForum(forum) && syncNow)
                    m_sync->syncNow(SyncController::Trigger::Person);
            });
    m_wizard->show();
    return m_wizard;
}

void MainWindow::syncStarted()
{
    m_actions->syncNow->setEnabled(false);
    m_actions->cancelSync->setEnabled(true);
    m_syncStatus->syncStarted();
}

void MainWindow::syncFinished(const sync::SyncReport &report)
{
    m_actions->syncNow->setEnabled(m_session != nullptr);
    m_actions->cancelSync->setEnabled(false);
    m_syncStatus->syncFinished(report);
    if (m_session)
        m_syncStatus->setLastSync(m_session->lastSyncAt());
    const QString details = report.problems.join(u"\n"_s);
    switch (report.stop) {
    case sync::SyncStop::Completed:
        if (!report.problems.isEmpty())
            m_banner->showMessage(MessageBanner::Kind::Warning,
                                  tr("The sync finished, but %n thing(s) went wrong.", nullptr,
                                     int(report.problems.size())),
                                  details);
        else if (m_banner->isVisible() && m_banner->property("fromSync").toBool())
            m_banner->hide();
        break;
    case sync::SyncStop::Cancelled:
        break;
    case sync::SyncStop::Offline:
    case sync::SyncStop::Failed:
    case sync::SyncStop::BudgetExhausted: {
        const QString message = report.message.isEmpty()
                                        ? tr("The sync stopped before it was done.")
                                        : report.message;
        m_banner->showMessage(report.stop == sync::SyncStop::Failed ? MessageBanner::Kind::Error
                                                                    : MessageBanner::Kind::Warning,
                              message, details,
                              report.stop == sync::SyncStop::BudgetExhausted ? QString()
                                                                             : tr("Try Again"),
                              [this] { m_sync->syncNow(SyncController::Trigger::Person); });
        break;
    }
    }
    m_banner->setProperty("fromSync", report.stop != sync::SyncStop::Cancelled);
}

void MainWindow::showProblem(const QString &message, const QString &detail)
{
    m_banner->setProperty("fromSync", false);
    m_banner->showMessage(MessageBanner::Kind::Error, message, detail);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, m_session.get(), m_images, this);
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(m_actions->all(), this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    AppSettings &settings = m_context.settings();
    const QByteArray geometry = settings.windowValue(u"geometry"_s);
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QSize available = screen ? screen->availableSize() : QSize(1280, 800);
        resize(std::min(1320, available.width() * 9 / 10),
               std::min(860, available.height() * 9 / 10));
    }
    restoreState(settings.windowValue(u"state"_s));
    m_splitter->restoreState(settings.windowValue(u"splitter"_s));
}

void MainWindow::saveLayout()
{
    AppSettings &settings = m_context.settings();
    settings.setWindowValue(u"geometry"_s, saveGeometry());
    settings.setWindowValue(u"state"_s, saveState());
    settings.setWindowValue(u"splitter"_s, m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_thread->saveState();
    attachWriting(nullptr); // composers save their drafts as they close
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace outpost::gui
