#include "views/MainActions.h"

#include <QAction>
#include <QMenuBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace outpost::gui {

QAction *MainActions::make(const char *objectName, const QString &text, const QString &statusTip)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(QString::fromLatin1(objectName));
    action->setStatusTip(statusTip);
    action->setShortcutContext(Qt::WindowShortcut);
    m_window->addAction(action);
    return action;
}

MainActions::MainActions(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    syncNow = make("syncNowAction", tr("&Sync Now"),
                   tr("Download what changed on the forum since the last sync"));
    syncNow->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence::Refresh});
    cancelSync =
            make("cancelSyncAction", tr("&Cancel Sync"), tr("Stop the sync; what arrived stays"));
    cancelSync->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    cancelSync->setEnabled(false);
    settings = make("settingsAction", tr("Se&ttings…"), tr("What Outpost downloads, and when"));
    settings->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make("quitAction", tr("&Quit"), tr("Close Outpost"));
    quit->setShortcuts({QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)});
    quit->setMenuRole(QAction::QuitRole);

    showDigest = make("showDigestAction", tr("&What’s New"),
                      tr("New topics and replies since the last sync, and the top topics"));
    showDigest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showFollowed = make("showFollowedAction", tr("&Followed Topics"),
                        tr("The newest topics of every category you follow"));
    showFollowed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    search = make("searchAction", tr("&Search…"), tr("Search everything downloaded"));
    search->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    nextPane = make("nextPaneAction", tr("Next &Pane"),
                    tr("Move between the sidebar, the topic list and the topic"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    toggleFollow = make("toggleFollowAction", tr("F&ollow or Stop Following Category"),
                        tr("Follow the chosen category, or stop following it"));
    toggleFollow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    back = make("backAction", tr("&Back"), tr("Go back to where you were"));
    back->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Backspace),
                        QKeySequence::Back});
    back->setEnabled(false);
    nextTopic = make("nextTopicAction", tr("Next &Topic"), tr("Open the next topic of the list"));
    nextTopic->setShortcut(QKeySequence(Qt::Key_J));
    previousTopic = make("previousTopicAction", tr("Pre&vious Topic"),
                         tr("Open the previous topic of the list"));
    previousTopic->setShortcut(QKeySequence(Qt::Key_K));
    nextPost = make("nextPostAction", tr("&Next Post"), tr("Go to the next post of the topic"));
    nextPost->setShortcuts({QKeySequence(Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Down)});
    previousPost = make("previousPostAction", tr("&Previous Post"),
                        tr("Go to the previous post of the topic"));
    previousPost->setShortcuts({QKeySequence(Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_Up)});
    downloadTopic = make("downloadTopicAction", tr("&Download Whole Topic"),
                         tr("Download the posts of this topic that are not here yet"));
    downloadTopic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    shortcuts = make("shortcutsAction", tr("&Keyboard Shortcuts"), tr("Every key Outpost knows"));
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash)});
}

void MainActions::populateMenus(QMenuBar *menuBar)
{
    QMenu *file = menuBar->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(syncNow);
    file->addAction(cancelSync);
    file->addSeparator();
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);

    QMenu *view = menuBar->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(showDigest);
    view->addAction(showFollowed);
    view->addAction(search);
    view->addSeparator();
    view->addAction(toggleFollow);
    view->addSeparator();
    view->addAction(nextPane);

    QMenu *go = menuBar->addMenu(tr("&Go"));
    go->setObjectName(u"goMenu"_s);
    go->addAction(back);
    go->addSeparator();
    go->addAction(nextTopic);
    go->addAction(previousTopic);
    go->addAction(nextPost);
    go->addAction(previousPost);
    go->addSeparator();
    go->addAction(downloadTopic);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(shortcuts);
}

QList<QAction *> MainActions::all() const
{
    return {syncNow,  cancelSync,   settings,      quit,     showDigest, showFollowed,
            search,   toggleFollow, nextPane,      back,     nextTopic,  previousTopic,
            nextPost, previousPost, downloadTopic, shortcuts};
}

} // namespace outpost::gui
