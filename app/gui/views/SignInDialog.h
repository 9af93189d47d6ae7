#pragma once

#include "auth/CredentialStore.h"
#include "auth/UserApiKeyHandshake.h"
#include "discourse/Types.h"
#include "store/UserTypes.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;

namespace outpost::auth {
class LoopbackReceiver;
}
namespace outpost::session {
class AccountJob;
struct AccountResult;
} // namespace outpost::session

namespace outpost::gui {

class AppContext;

// Signing in to one forum with a User API Key (docs/discourse-api.md §1.1), without the
// person's password ever passing through Outpost: we make a key pair, open the forum's consent
// page in the system browser (the address is shown too, to copy), and take the code the forum
// shows after "Authorize". The code is decrypted and checked here, the key is tried on
// /session/current.json (whose account is it?), then kept in the system keychain. The private
// key is dropped as soon as the code is read.
//
// When the person turned on "hand the key back automatically" for the forum (its admins must
// allow http://127.0.0.1:PORT/outpost-auth), the consent page redirects the browser to a
// LoopbackReceiver instead of showing the code. The consent page is asked first whether the
// forum allows that address; if not, this attempt goes back to pasting and says why. Pasting
// stays possible while Outpost waits.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(AppContext &context, store::Forum forum, QWidget *parent = nullptr);
    ~SignInDialog() override;

    const store::Forum &forum() const { return m_forum; }
    // The consent page of the current attempt (empty while the keys are being made).
    QUrl consentUrl() const;
    // The last thing the dialog told the person (an error, or where it is).
    QString statusText() const;
    // The current attempt waits for the forum to hand the key back (the address it was given).
    QUrl handBackAddress() const;

Q_SIGNALS:
    // The key works and is kept. `user` is the account's /session/current.json; `keychainNote`
    // is non-empty when there is no keychain and the key lives for this run only.
    void signedIn(const outpost::discourse::CurrentUser &user, const QString &keychainNote);

private:
    void startAttempt();
    void attemptReady(std::shared_ptr<auth::UserApiKeyHandshake> handshake, const QString &error);
    void openBrowser();
    void copyAddress();
    void submit();
    void acceptCode(const QString &code);
    void probeFinished(const session::AccountResult &result);
    void handBackChanged();
    void checkFinished(const session::AccountResult &result);
    void keyKept(const discourse::CurrentUser &user, const auth::CredentialStore::Outcome &outcome);
    void setBusy(bool busy, const QString &status = {});
    void showError(const QString &message);
    void updateButtons();

    AppContext &m_context;
    store::Forum m_forum;
    std::shared_ptr<auth::UserApiKeyHandshake> m_handshake;
    QByteArray m_key; // the decrypted key while it is checked; a secret
    QPointer<session::AccountJob> m_check;
    QPointer<session::AccountJob> m_probe;
    auth::LoopbackReceiver *m_receiver = nullptr; // while this attempt waits for the hand-back
    bool m_pasteOnly = false;                     // the next attempt leaves the hand-back out
    QString m_notice; // why this attempt does not wait for the hand-back
    QThread *m_keygen = nullptr;
    bool m_busy = false;
    int m_attempt = 0;

    QLabel *m_intro;
    QLineEdit *m_url;
    QPushButton *m_open;
    QPushButton *m_copy;
    QCheckBox *m_handBack;
    QSpinBox *m_port;
    QPlainTextEdit *m_code;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_restart;
    QPushButton *m_signIn;
};

} // namespace outpost::gui
