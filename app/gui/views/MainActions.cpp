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
    setKeys(syncNow,
            QList<QKeySequence>{QKeySequence(Qt::Key_F5)} + standard(QKeySequence::Refresh));
    cancelSync =
            make("cancelSyncAction", tr("&Cancel Sync"), tr("Stop the sync; what arrived stays"));
    setKeys(cancelSync, {QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    cancelSync->setEnabled(false);
    settings = make("settingsAction", tr("Se&ttings…"), tr("What Outpost downloads, and when"));
    setKeys(settings, QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Comma)} +
                              standard(QKeySequence::Preferences));
    settings->setMenuRole(QAction::PreferencesRole);
    quit = make("quitAction", tr("&Quit"), tr("Close Outpost"));
    setKeys(quit,
            QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Q)} + standard(QKeySequence::Quit));
    quit->setMenuRole(QAction::QuitRole);

    showDigest = make("showDigestAction", tr("&What’s New"),
                      tr("New topics and replies since the last sync, and the top topics"));
    showDigest->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    showFollowed = make("showFollowedAction", tr("&Followed Topics"),
                        tr("The newest topics of every category you follow"));
    showFollowed->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    search = make("searchAction", tr("&Search…"), tr("Search everything downloaded"));
    setKeys(search,
            standard(QKeySequence::Find) + QList<QKeySequence>{QKeySequence(Qt::Key_Slash)});
    nextPane = make("nextPaneAction", tr("Next &Pane"),
                    tr("Move between the sidebar, the topic list and the topic"));
    nextPane->setShortcut(QKeySequence(Qt::Key_F6));
    toggleFollow = make("toggleFollowAction", tr("F&ollow or Stop Following Category"),
                        tr("Follow the chosen category, or stop following it"));
    toggleFollow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    back = make("backAction", tr("&Back"), tr("Go back to where you were"));
    setKeys(back, QList<QKeySequence>{QKeySequence(Qt::ALT | Qt::Key_Left),
                                      QKeySequence(Qt::Key_Backspace)} +
                          standard(QKeySequence::Back));
    back->setEnabled(false);
    nextTopic = make("nextTopicAction", tr("Next &Topic"), tr("Open the next topic of the list"));
    nextTopic->setShortcut(QKeySequence(Qt::Key_J));
    previousTopic = make("previousTopicAction", tr("Pre&vious Topic"),
                         tr("Open the previous topic of the list"));
    previousTopic->setShortcut(QKeySequence(Qt::Key_K));
    nextPost = make("nextPostAction", tr("&Next Post"), tr("Go to the next post of the topic"));
    setKeys(nextPost,
            QList<QKeySequence>{QKeySequence(Qt::Key_N), QKeySequence(Qt::CTRL | Qt::Key_Down)});
    previousPost = make("previousPostAction", tr("&Previous Post"),
                        tr("Go to the previous post of the topic"));
    setKeys(previousPost,
            QList<QKeySequence>{QKeySequence(Qt::Key_P), QKeySequence(Qt::CTRL | Qt::Key_Up)});
    downloadTopic = make("downloadTopicAction", tr("&Download Whole Topic"),
                         tr("Download the posts of this topic that are not here yet"));
    downloadTopic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));

    shortcuts = make("shortcutsAction", tr("&Keyboard Shortcuts"), tr("Every key Outpost knows"));
    setKeys(shortcuts, standard(QKeySequence::HelpContents) +
                               QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    makeWritingActions();
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

    populateWritingMenu(menuBar);

    QMenu *help = menuBar->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    help->addAction(shortcuts);
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
