#include "views/MainActions.h"

#include <QAction>
#include <QMenuBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
// Shortcuts without repeats: a standard key that is the same as one listed (QKeySequence::Back
// is Alt+Left on Linux) would make the key ambiguous, and Qt then triggers neither.
void setKeys(QAction *action, const QList<QKeySequence> &keys)
{
    QList<QKeySequence> unique;
    for (const QKeySequence &key : keys) {
        if (!key.isEmpty() && !unique.contains(key))
            unique.append(key);
    }
    action->setShortcuts(unique);
}

QList<QKeySequence> standard(QKeySequence::StandardKey key)
{
    return QKeySequence::keyBindings(key);
}
} // namespace

QAction *MainActions::make(const char *objectName)
{
    auto *action = new QAction(m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    syncNow = make("syncNowAction");
    setKeys(syncNow,
            QList<QKeySequence>{QKeySequence(Qt::Key_F5)} + standard(QKeySequence::Refresh));
    cancelSync = make("cancelSyncAction");
    setKeys(cancelSync, {QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    cancelSync->setEnabled(false);
    settings = make("settingsAction");
    setKeys(settings, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} +
                              standard(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make("quitAction");
    setKeys(quit,
            QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} + standard(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    showDigest = make("showDigestAction");
    showDigest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showFollowed = make("showFollowedAction");
    showFollowed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    search = make("searchAction");
    setKeys(search,
            standard(QKeySequence::Find) + QList<QKeySequence>{QKeySequence(Qt::Key_Slash)});
    nextPane = make("nextPaneAction");
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    toggleFollow = make("toggleFollowAction");
    toggleFollow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    back = make("backAction");
    setKeys(back, QList<QKeySequence>{QKeySequence(Qt::ALT | Qt::Key_Left),
                                      QKeySequence(Qt::Key_Backspace)} +
                          standard(QKeySequence::Back));
    back->setEnabled(false);
    nextTopic = make("nextTopicAction");
    nextTopic->setShortcut(QKeySequence(Qt::Key_J));
    previousTopic = make("previousTopicAction");
    previousTopic->setShortcut(QKeySequence(Qt::Key_K));
    nextPost = make("nextPostAction");
    setKeys(nextPost,
            QList<QKeySequence>{QKeySequence(Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Down)});
    previousPost = make("previousPostAction");
    setKeys(previousPost,
            QList<QKeySequence>{QKeySequence(Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_Up)});
    downloadTopic = make("downloadTopicAction");
    downloadTopic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    shortcuts = make("shortcutsAction");
    setKeys(shortcuts, standard(QKeySequence::HelpContents) +
                               QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    makeWritingActions();
    retranslate();
}

void MainActions::retranslate()
{
    syncNow->setText(tr("&Sync Now"));
    syncNow->setStatusTip(tr("Download what changed on the forum since the last sync"));
    cancelSync->setText(tr("&Cancel Sync"));
    cancelSync->setStatusTip(tr("Stop the sync; what arrived stays"));
    settings->setText(tr("Se&ttings…"));
    settings->setStatusTip(tr("What Outpost downloads, and when"));
    quit->setText(tr("&Quit"));
    quit->setStatusTip(tr("Close Outpost"));
    showDigest->setText(tr("&What’s New"));
    showDigest->setStatusTip(tr("New topics and replies since the last sync, and the top topics"));
    showFollowed->setText(tr("&Followed Topics"));
    showFollowed->setStatusTip(tr("The newest topics of every category you follow"));
    search->setText(tr("&Search…"));
    search->setStatusTip(tr("Search everything downloaded"));
    nextPane->setText(tr("Next &Pane"));
    nextPane->setStatusTip(tr("Move between the sidebar, the topic list and the topic"));
    toggleFollow->setText(tr("F&ollow or Stop Following Category"));
    toggleFollow->setStatusTip(tr("Follow the chosen category, or stop following it"));
    back->setText(tr("&Back"));
    back->setStatusTip(tr("Go back to where you were"));
    nextTopic->setText(tr("Next &Topic"));
    nextTopic->setStatusTip(tr("Open the next topic of the list"));
    previousTopic->setText(tr("Pre&vious Topic"));
    previousTopic->setStatusTip(tr("Open the previous topic of the list"));
    nextPost->setText(tr("&Next Post"));
    nextPost->setStatusTip(tr("Go to the next post of the topic"));
    previousPost->setText(tr("&Previous Post"));
    previousPost->setStatusTip(tr("Go to the previous post of the topic"));
    downloadTopic->setText(tr("&Download Whole Topic"));
    downloadTopic->setStatusTip(tr("Download the posts of this topic that are not here yet"));
    shortcuts->setText(tr("&Keyboard Shortcuts"));
    shortcuts->setStatusTip(tr("Every key Outpost knows"));
    if (m_file) {
        m_file->setTitle(tr("&File"));
        m_view->setTitle(tr("&View"));
        m_go->setTitle(tr("&Go"));
        m_help->setTitle(tr("&Help"));
    }
    retranslateWriting();
}

void MainActions::populateMenus(QMenuBar *menuBar)
{
    QMenu *file = m_file = menuBar->addMenu(QString());
    file->setObjectName(u"fileMenu"_s);
    file->addAction(syncNow);
    file->addAction(cancelSync);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = m_view = menuBar->addMenu(QString());
    view->setObjectName(u"viewMenu"_s);
    view->addAction(showDigest);
    view->addAction(showFollowed);
    view->addAction(search);
    view->addSeparator();
    view->addAction(toggleFollow);
    view->addSeparator();
    view->addAction(nextPane);

    QMenu *go = m_go = menuBar->addMenu(QString());
    go->setObjectName(u"goMenu"_s);
    go->addAction(back);
    go->addSeparator();
    go->addAction(nextTopic);
    go->addAction(previousTopic);
    go->addAction(nextPost);
    go->addAction(previousPost);
    go->addSeparator();
    go->addAction(downloadTopic);

    populateWritingMenu(menuBar);

    QMenu *help = m_help = menuBar->addMenu(QString());
    help->setObjectName(u"helpMenu"_s);
    help->addAction(shortcuts);
    retranslate();
}

QList<QAction *> MainActions::all() const
{
    return QList<QAction *>{syncNow,    cancelSync,   settings,      quit,
                            showDigest, showFollowed, search,        toggleFollow,
                            nextPane,   back,         nextTopic,     previousTopic,
                            nextPost,   previousPost, downloadTopic, shortcuts} +
           writingActions();
}

} // namespace outpost::gui
