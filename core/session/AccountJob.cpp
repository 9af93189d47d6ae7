#include "session/AccountJob.h"

#include "Clock.h"
#include "discourse/SessionAnswer.h"
#include "session/ForumConnection.h"
#include "session/SingleRequest.h"
#include "store/Profile.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace outpost::session {

namespace {

QString httpDetail(const net::HttpRequest &request, const net::HttpResponse &response)
{
    // The URL and status only: the request's credential headers are never part of a detail.
    return u"%1 %2: HTTP %3 %4"_s.arg(QString::fromLatin1(request.method),
                                      request.url.toString(QUrl::RemoveQuery),
                                      QString::number(response.status), response.errorDetail);
}

AccountResult checkRedirect(const AccountRequest &request, ForumConnection &connection,
                            const CancelToken &cancel)
{
    AccountResult result;
    net::HttpRequest http;
    http.url = request.consentUrl;
    http.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/html")});
    // No credentials: the question is what the forum tells someone not yet logged in.
    const net::HttpResponse response = performSingleRequest(connection, http, cancel);
    if (response.error == net::TransferError::Cancelled || cancel.isCancelled()) {
        result.outcome = AccountResult::Outcome::Cancelled;
        return result;
    }
    switch (readConsentProbe(response, request.consentUrl)) {
    case RedirectVerdict::Allowed:
        result.outcome = AccountResult::Outcome::Done;
        break;
    case RedirectVerdict::Refused:
        result.outcome = AccountResult::Outcome::Refused;
        result.message =
                QCoreApplication::translate(
                        "outpost::session",
                        "This forum does not allow Outpost to receive the key by itself: its "
                        "administrators have not added %1 to the allowed sign-in redirects "
                        "(allowed_user_api_auth_redirects). Paste the code instead.")
                        .arg(QUrlQuery(request.consentUrl)
                                     .queryItemValue(u"auth_redirect"_s, QUrl::FullyDecoded));
        result.detail = httpDetail(http, response);
        break;
    case RedirectVerdict::Unknown:
        result.message = describeFailure(response);
        if (result.message.isEmpty())
            result.message = QCoreApplication::translate(
                    "outpost::session", "The forum sent an answer Outpost cannot read.");
        result.detail = httpDetail(http, response);
        break;
    }
    return result;
}

} // namespace

RedirectVerdict readConsentProbe(const net::HttpResponse &response, const QUrl &consentUrl)
{
    if (response.error != net::TransferError::None || response.status == 0)
        return RedirectVerdict::Unknown;
    // Sent on (to /login, /session/sso): the checks before the login passed.
    const QUrl landed = response.finalUrl.isEmpty() ? consentUrl : response.finalUrl;
    if (landed.path() != consentUrl.path() || landed.host() != consentUrl.host())
        return response.status < 500 ? RedirectVerdict::Allowed : RedirectVerdict::Unknown;
    if (response.status != 200)
        return RedirectVerdict::Unknown;
    // Still on the consent page: with the form to approve (a browser session we do not have
    // but a test forum may assume), the address passed; without it, the page shows an error.
    QString basePath = consentUrl.path();
    basePath.chop(QStringLiteral("/new").size());
    const QByteArray formAction = "action=\"" + basePath.toUtf8() + '"';
    return response.body.contains("<form") && response.body.contains(formAction)
                   ? RedirectVerdict::Allowed
                   : RedirectVerdict::Refused;
}

AccountResult performAccountRequest(const AccountRequest &request, const CancelToken &cancel)
{
    AccountResult result;
    SystemClock clock;
    try {
        const store::Profile profile = store::Profile::open(request.profileDirectory);
        ConnectionOptions options;
        options.credentials = request.credentials;
        options.transport = request.transport;
        options.makeTransport = request.makeTransport;
        options.verifyCache = request.verifyCache;
        ForumConnection connection(profile, request.forum, clock, options);
        if (request.action == AccountRequest::Action::CheckRedirect)
            return checkRedirect(request, connection, cancel);
        const net::HttpRequest http = request.action == AccountRequest::Action::CheckKey
                                              ? connection.api().currentSession()
                                              : connection.api().revokeUserApiKey();
        net::RunnerConfig config;
        // Signing out waits on the revoke: one attempt, and if the forum cannot be reached the
        // key is forgotten here at once with a note to revoke it on the forum (the link's
        // retries would only keep the person looking at "Signing out…").
        if (request.action == AccountRequest::Action::Revoke)
            config.retry.maxAttempts = 1;
        const net::HttpResponse response = performSingleRequest(connection, http, cancel, config);
        if (response.error == net::TransferError::Cancelled || cancel.isCancelled()) {
            result.outcome = AccountResult::Outcome::Cancelled;
            return result;
        }
        if (request.action == AccountRequest::Action::Revoke) {
            // A key the forum no longer knows (401/403) is as good as revoked.
            const bool refused = response.error == net::TransferError::None &&
                                 (response.status == 401 || response.status == 403);
            if (response.isSuccess() || refused) {
                result.outcome = AccountResult::Outcome::Done;
            } else {
                result.message = describeFailure(response);
                result.detail = httpDetail(http, response);
            }
            return result;
        }
        discourse::SessionAnswer answer = discourse::readSessionAnswer(response);
        switch (answer.verdict) {
        case discourse::SessionAnswer::Verdict::Accepted:
            result.outcome = AccountResult::Outcome::Done;
            result.user = std::move(answer.user);
            return result;
        case discourse::SessionAnswer::Verdict::Refused:
            result.outcome = AccountResult::Outcome::Refused;
            result.message = QCoreApplication::translate(
                    "outpost::session", "The forum did not accept the key. It may have been "
                                        "revoked, or your account may be suspended.");
            result.detail = httpDetail(http, response);
            return result;
        case discourse::SessionAnswer::Verdict::NotAnswered:
        case discourse::SessionAnswer::Verdict::Failed:
            result.message = describeFailure(response);
            result.detail = httpDetail(http, response);
            return result;
        case discourse::SessionAnswer::Verdict::Unreadable:
            result.message = discourse::describeForPeople(answer.error);
            result.detail = answer.error.toString();
            return result;
        }
    } catch (const store::StoreError &error) {
        result.outcome = AccountResult::Outcome::Failed;
        result.message = error.message();
        result.detail = error.detail();
    }
    return result;
}

AccountJob::AccountJob(AccountRequest request, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
{
    qRegisterMetaType<AccountResult>();
}

AccountJob::~AccountJob()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void AccountJob::start()
{
    if (m_thread)
        return;
    // The destructor waits for the worker, and Qt drops calls queued for a destroyed object.
    m_thread = QThread::create([this] {
        const AccountResult result = performAccountRequest(m_request, m_cancel);
        QMetaObject::invokeMethod(
                this, [this, result] { finishRun(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"outpost-account"_s);
    m_thread->start();
}

void AccountJob::abort()
{
    m_cancel.cancel();
}

void AccountJob::finishRun(const AccountResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace outpost::session
