#include "forums/ForumProbeJob.h"

#include "Clock.h"
#include "discourse/ForumApi.h"
#include "discourse/ResponseParsers.h"
#include "forums/ForumAddress.h"
#include "net/CurlTransport.h"
#include "net/RateBudget.h"
#include "net/RequestRunner.h"
#include "net/ResponseDescription.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace outpost::forums {

namespace {

// The forum's address as the server answered it: /site.json's final URL without the route.
QUrl baseFromFinalUrl(const QUrl &finalUrl, const QUrl &asked)
{
    if (!finalUrl.isValid() || finalUrl.host().isEmpty())
        return asked;
    QUrl base = finalUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = base.path();
    if (!path.endsWith(u"/site.json"_s))
        return asked;
    path.chop(int(qstrlen("/site.json")));
    base.setPath(path);
    return base;
}

struct BasicInfo
{
    QString title;
    QString description;
};

BasicInfo parseBasicInfo(const QByteArray &body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    return {root.value(u"title"_s).toString().simplified().left(200),
            root.value(u"description"_s).toString().simplified().left(500)};
}

} // namespace

ForumProbeResult probeForum(const ForumProbeEnvironment &environment, const QString &typedUrl,
                            const CancelToken &cancel)
{
    ForumProbeResult result;
    const ForumAddress address = ForumAddress::fromTyped(typedUrl);
    if (!address.isValid()) {
        result.outcome = ForumProbeResult::Outcome::InvalidUrl;
        result.message = address.error;
        return result;
    }
    result.baseUrl = address.baseUrl;
    result.title = address.baseUrl.host();

    SystemClock systemClock;
    Clock &clock = environment.clock ? *environment.clock : systemClock;
    std::unique_ptr<net::Transport> transport =
            environment.makeTransport ? environment.makeTransport(environment.transport)
                                      : std::make_unique<net::CurlTransport>(environment.transport);
    // A visitor's budget (per IP): two requests never come near it, but the runner wants one.
    net::RateBudget budget(net::RateLimits::anonymous(), clock);
    net::RunnerConfig config;
    config.retry.maxAttempts = std::max(1, environment.maxAttempts);
    config.retry.baseDelay = std::chrono::milliseconds(500);
    config.retry.maxDelay = std::chrono::milliseconds(2'000);
    config.maxParallel = 2;
    net::RequestRunner runner(*transport, budget, clock, cancel, config);

    const discourse::ForumApi api(address.baseUrl);
    std::optional<net::HttpResponse> siteResponse;
    std::optional<net::HttpResponse> infoResponse;
    runner.enqueue(api.site(), 1, [&](net::HttpResponse r) { siteResponse = std::move(r); });
    net::HttpRequest info = api.site();
    QUrl infoUrl = info.url;
    infoUrl.setPath(infoUrl.path().replace(u"/site.json"_s, u"/site/basic-info.json"_s));
    info.url = infoUrl;
    runner.enqueue(info, 0, [&](net::HttpResponse r) { infoResponse = std::move(r); });
    const net::RunOutcome outcome = runner.run();
    result.bytesDown = runner.stats().bytesDown;

    if (outcome.kind == net::RunOutcome::Kind::Cancelled || cancel.isCancelled()) {
        result.outcome = ForumProbeResult::Outcome::Cancelled;
        return result;
    }
    if (!siteResponse) {
        result.outcome = ForumProbeResult::Outcome::Unreachable;
        result.message = outcome.lastError != net::TransferError::None
                                 ? net::describeForPeople(outcome.lastError)
                                 : QCoreApplication::translate(
                                           "outpost::forums",
                                           "Outpost could not reach the forum. Check the "
                                           "address and your connection, then try again.");
        result.detail = outcome.lastErrorDetail;
        return result;
    }
    const net::HttpResponse &site = *siteResponse;
    if (!site.isSuccess()) {
        if (site.error != net::TransferError::None) {
            result.outcome = ForumProbeResult::Outcome::Unreachable;
            result.message = net::describeForPeople(site);
        } else if (site.status == 403 || site.status == 401) {
            result.outcome = ForumProbeResult::Outcome::Refused;
            result.message = QCoreApplication::translate(
                    "outpost::forums", "This forum shows its categories only to members who "
                                       "are signed in. Outpost cannot sign in yet, so it "
                                       "cannot follow this forum.");
        } else if (site.status == 404 || site.status == 410) {
            result.outcome = ForumProbeResult::Outcome::NotDiscourse;
            result.message = QCoreApplication::translate(
                    "outpost::forums", "There is no Discourse forum at this address. Check it "
                                       "against the one in your browser.");
        } else {
            result.outcome = ForumProbeResult::Outcome::Unreachable;
            result.message = net::describeForPeople(site);
        }
        result.detail = u"GET %1: HTTP %2 %3"_s.arg(site.finalUrl.toString(),
                                                    QString::number(site.status), site.errorDetail);
        return result;
    }
    discourse::ParseResult<discourse::Site> parsed = discourse::parseSite(site.body);
    if (!parsed) {
        result.outcome = ForumProbeResult::Outcome::NotDiscourse;
        result.message = QCoreApplication::translate(
                "outpost::forums", "This address answered, but not as a Discourse forum "
                                   "does. Check that it is the forum's own address.");
        result.detail = parsed.error().toString();
        return result;
    }
    result.outcome = ForumProbeResult::Outcome::Found;
    result.baseUrl = baseFromFinalUrl(site.finalUrl, address.baseUrl);
    result.site = std::move(parsed).value();
    if (infoResponse && infoResponse->isSuccess()) {
        const BasicInfo basic = parseBasicInfo(infoResponse->body);
        if (!basic.title.isEmpty())
            result.title = basic.title;
        result.description = basic.description;
    }
    return result;
}

ForumProbeJob::ForumProbeJob(ForumProbeEnvironment environment, QString typedUrl, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_typedUrl(std::move(typedUrl))
{
    qRegisterMetaType<ForumProbeResult>();
}

ForumProbeJob::~ForumProbeJob()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ForumProbeJob::start()
{
    if (m_thread)
        return;
    // `this` is a safe context: the destructor waits for the worker, and Qt drops calls
    // queued for an object that has since been destroyed.
    m_thread = QThread::create([this] {
        const ForumProbeResult result = probeForum(m_environment, m_typedUrl, m_cancel);
        QMetaObject::invokeMethod(
                this, [this, result] { finishRun(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"outpost-probe"_s);
    m_thread->start();
}

void ForumProbeJob::abort()
{
    m_cancel.cancel();
}

void ForumProbeJob::finishRun(const ForumProbeResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace outpost::forums
