#pragma once

#include "CancelToken.h"
#include "discourse/ForumApi.h"
#include "discourse/Types.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace outpost::session {

// The two requests that signing in and out make with the person's key: read
// /session/current.json (does the forum accept the key, and whose is it?) and revoke it.
struct AccountRequest
{
    enum class Action
    {
        CheckKey, // GET /session/current.json
        Revoke,   // POST /user-api-key/revoke
    };
    Action action = Action::CheckKey;
    QString profileDirectory;
    store::Forum forum;
    discourse::Credentials credentials; // holds the key: a secret, never logged
    net::TransportConfig transport;
    // Tests may script the network; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
};

struct AccountResult
{
    enum class Outcome
    {
        Done,      // CheckKey: the forum accepted the key (`user` is filled); Revoke: revoked
        Refused,   // the forum does not accept the key (revoked, expired, unknown)
        Failed,    // no answer, or one we cannot use: `message` says why
        Cancelled, // abort()
    };
    Outcome outcome = Outcome::Failed;
    discourse::CurrentUser user; // CheckKey and Done
    QString message;             // for people; empty when Done
    QString detail;              // technical detail beside the message
};

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
