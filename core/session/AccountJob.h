#pragma once

#include "CancelToken.h"
#include "discourse/ForumApi.h"
#include "discourse/Types.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QThread>
#include <QUrl>

#include <functional>
#include <memory>

namespace outpost::session {

// The requests that signing in and out make: read /session/current.json with the person's key
// (does the forum accept it, and whose is it?), revoke the key, and, before a sign-in that asks
// for the key to be handed back, ask the consent page whether the forum allows that address.
struct AccountRequest
{
    enum class Action
    {
        CheckKey,      // GET /session/current.json
        Revoke,        // POST /user-api-key/revoke
        CheckRedirect, // GET consentUrl anonymously: is its auth_redirect allowed?
    };
    Action action = Action::CheckKey;
    QUrl consentUrl; // CheckRedirect only: the consent page, with auth_redirect
    QString profileDirectory;
    store::Forum forum;
    discourse::Credentials credentials; // holds the key: a secret, never logged
    net::TransportConfig transport;
    // Open and check the forum's offline copy first (a CLI run that may be the first to touch
    // it); the desktop app has done that at start.
    bool verifyCache = false;
    // Tests may script the network; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
};

struct AccountResult
{
    enum class Outcome
    {
        Done,      // CheckKey: the forum accepted the key (`user` is filled); Revoke: revoked;
                   // CheckRedirect: the forum did not refuse the redirect
        Refused,   // the forum does not accept the key (revoked, expired, unknown), or
                   // CheckRedirect: the forum refuses the redirect address
        Failed,    // no answer, or one we cannot use: `message` says why
        Cancelled, // abort()
    };
    Outcome outcome = Outcome::Failed;
    discourse::CurrentUser user; // CheckKey and Done
    QString message;             // for people; empty when Done
    QString detail;              // technical detail beside the message
};

// CheckRedirect's reading of the consent page's answer to an anonymous GET. Discourse checks
// auth_redirect before it asks anyone to log in (UserApiKeysController#new,
// validate_auth_redirect): a refused address renders the page with its generic error, an allowed
// one sends the browser on to the login. Older Discourse versions only check it when the person
// approves, so "Allowed" means "not refused now".
enum class RedirectVerdict
{
    Allowed,
    Refused,
    Unknown, // no usable answer
};
RedirectVerdict readConsentProbe(const net::HttpResponse &response, const QUrl &consentUrl);

// Runs the request on the calling thread (blocking): for tests and workers.
AccountResult performAccountRequest(const AccountRequest &request, const CancelToken &cancel);

// The GUI's handle: performAccountRequest() on a worker thread; finished() arrives on the
// thread that owns the job.
class AccountJob : public QObject
{
    Q_OBJECT
public:
    explicit AccountJob(AccountRequest request, QObject *parent = nullptr);
    // Cancels a running request and waits for the worker.
    ~AccountJob() override;

    void start();
    void abort();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const outpost::session::AccountResult &result);

private:
    void finishRun(const AccountResult &result);

    AccountRequest m_request;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace outpost::session

Q_DECLARE_METATYPE(outpost::session::AccountResult)
