#pragma once

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace outpost::gui {

// Every command of the main window as a QAction with its keyboard shortcuts, so each is
// reachable without a mouse, shows its keys in the menus, and is listed by Help → Keyboard
// Shortcuts from this one place.
//
// Keys: J/K next and previous topic, N/P (or Ctrl+Down/Up) next and previous post, Space and
// Shift+Space a screen of the topic, F5 sync, Ctrl+F or / search, Alt+Left or Backspace back,
// Ctrl+1 What's new, Ctrl+2 Followed topics, F6 next pane.
// Writing (as on Discourse): Shift+R reply to the topic, R reply to the post, Q quote it, E edit
// your post, L like it, C or Ctrl+N new topic; Ctrl+Shift+O outbox, Ctrl+Shift+D drafts,
// Ctrl+Shift+S send the outbox now (MainActionsWriting.cpp).
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QWidget *window);

    void populateMenus(QMenuBar *menuBar);
    // Sets every text again in the language now installed (the window calls it on
    // QEvent::LanguageChange).
    void retranslate();
    // In menu order, for the shortcuts dialog.
    QList<QAction *> all() const;

    QAction *syncNow;
    QAction *cancelSync;
    QAction *settings;
    QAction *quit;
    QAction *showDigest;
    QAction *showFollowed;
    QAction *search;
    QAction *nextPane;
    QAction *toggleFollow;
    QAction *back;
    QAction *nextTopic;
    QAction *previousTopic;
    QAction *nextPost;
    QAction *previousPost;
    QAction *downloadTopic;
    QAction *shortcuts;

    // Writing (MainActionsWriting.cpp)
    QAction *newTopic;
    QAction *replyToTopic;
    QAction *replyToPost;
    QAction *quotePost;
    QAction *editPost;
    QAction *likePost;
    QAction *showOutbox;
    QAction *showDrafts;
    QAction *sendOutbox;

private:
    QAction *make(const char *objectName);
    void makeWritingActions();
    void populateWritingMenu(QMenuBar *menuBar);
    void retranslateWriting();
    QList<QAction *> writingActions() const;
    QWidget *m_window;
    QMenu *m_file = nullptr;
    QMenu *m_view = nullptr;
    QMenu *m_go = nullptr;
    QMenu *m_help = nullptr;
    QMenu *m_write = nullptr;
};

} // namespace outpost::gui
