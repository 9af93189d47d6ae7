#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QInputDialog;
class QMenu;
class QMessageBox;

namespace outpost::gui {

class AboutDialog;
class AccountController;
class AccountStatus;
class MainWindow;

// The window's Forum menu and the account's corner of the status bar: switch between the
// forums of the profile (each has its own cache, account and outbox), add one (the first-start
// wizard), rename or remove one, and sign in or out of the open one. Also Help → About.
class ForumMenu : public QObject
{
    Q_OBJECT
public:
    explicit ForumMenu(MainWindow &window);
    ~ForumMenu() override;

    QMenu *menu() const { return m_menu; }
    AccountController *account() const { return m_account; }
    AccountStatus *accountStatus() const { return m_status; }

    QAction *addForum;
    QAction *renameForum;
    QAction *removeForum;
    QAction *signIn;
    QAction *signOut;
    QAction *about;

    // The menu's commands. The ask… ones open a dialog that does not block (so tests and
    // screen readers can work with it); the others do the work.
    void switchTo(qint64 forumId);
    QInputDialog *askToRename();
    bool rename(qint64 forumId, const QString &name);
    // A confirmation, or (when the forum still has drafts or queued posts) a refusal.
    QMessageBox *askToRemove();
    bool remove(qint64 forumId);
    // What the confirmation's Remove button does: signs out first (revoking the key) when
    // the forum is signed in, then remove().
    void signOutThenRemove(qint64 forumId);
    AboutDialog *showAbout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void rebuildForumList();
    void updateActions();

    MainWindow &m_window;
    QMenu *m_menu;
    QActionGroup *m_forums;
    QAction *m_forumsEnd;
    AccountController *m_account;
    AccountStatus *m_status;
    QPointer<AboutDialog> m_about;
};

} // namespace outpost::gui
