#pragma once

#include "discourse/Types.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace outpost::session {
class AccountJob;
struct AccountResult;
} // namespace outpost::session

namespace outpost::gui {

class AppContext;
class ForumSession;
class SignInDialog;

// The person's account on the forum open in a window: whether they are signed in and as whom,
// whether the forum refused the key ("needs sign-in", set by the outbox's delivery), and the
// two things they can do about it: sign in (SignInDialog) and sign out (the forum revokes the
// key when we are online; the keychain forgets it; drafts and the outbox stay).
class AccountController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoForum,
        Looking,     // the keychain has not answered yet
        SignedOut,   // public forums work; sending waits for a sign-in
        SignedIn,    // username() says as whom (when known)
        NeedsSignIn, // the forum refused the key: sending stopped until the person signs in
        SigningOut,
    };
    Q_ENUM(State)

    AccountController(AppContext &context, QWidget *window);
    ~AccountController() override;

    void setSession(ForumSession *session);
    State state() const { return m_state; }
    QString username() const { return m_username; }
    // Only for this run (no keychain).
    bool isMemoryOnly() const;
    // One line for the status bar.
    QString statusText() const;
    // Why the forum needs a new sign-in (NeedsSignIn), for a tooltip or a banner.
    QString problemText() const { return m_problem; }

    // Opens the sign-in dialog for the open forum (or raises the one already open).
    SignInDialog *signIn();
    // The sign-in dialog while it is open, else null.
    SignInDialog *signInDialog() const;
    // Revokes the open forum's key (when online) and forgets it here; signedOut() follows.
    // False when there is nothing to sign out of, or a sign-out is already under way.
    bool signOut();

    // Reads the state again (the keychain's answer, the outbox's refusal, the username).
    void refresh();

Q_SIGNALS:
    void stateChanged();
    // Sentences for the window's banner.
    void information(const QString &message);
    void warning(const QString &message, const QString &detail);
    // Signed in: the forum's categories the person watches may now be followed too.
    void signedIn(qint64 forumId);
    // The key is forgotten on this computer (revoked on the forum or not).
    void signedOut(qint64 forumId);

private:
    void revokeFinished(const store::Forum &forum, const session::AccountResult &result);
    void forgetKey(const store::Forum &forum, const QString &revokeProblem, const QString &detail);

    AppContext &m_context;
    QWidget *m_window;
    QPointer<ForumSession> m_session;
    std::optional<store::Forum> m_forum;
    State m_state = State::NoForum;
    QString m_username;
    QString m_problem;
    QPointer<SignInDialog> m_dialog;
    QPointer<session::AccountJob> m_revoke;
};

} // namespace outpost::gui
