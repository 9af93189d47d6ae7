#include "sync/BootstrapFetcher.h"

#include "Clock.h"
#include "discourse/ApiErrors.h"
#include "discourse/ResponseParsers.h"
#include "discourse/SessionAnswer.h"
#include "net/RequestRunner.h"
#include "session/ForumConnection.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/ForumRepository.h"
#include "sync/CategoryScope.h"
#include "sync/ListFetcher.h"
#include "sync/SyncRun.h"

#include <QCoreApplication>

namespace outpost::sync {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

BootstrapFetcher::BootstrapFetcher(SyncRun &run, CategoryScope &scope, ListFetcher &lists)
    : m_run(run)
    , m_scope(scope)
    , m_lists(lists)
{}

bool BootstrapFetcher::isStale(const QString &metaKey, qint64 maxAgeMs) const
{
    bool ok = false;
    const qint64 at = store::CacheReader(m_run.cache()).meta(metaKey).toLongLong(&ok);
    const qint64 now = m_run.clock().nowMs();
    return !ok || at > now || now - at >= maxAgeMs;
}

void BootstrapFetcher::start()
{
    if (!m_scope.hasCategories() || isStale(sync_meta::kSiteFetchedAt, kDayMs))
        requestSite();
    if (m_run.connection().isSignedIn() && isStale(sync_meta::kSessionFetchedAt, kDayMs)) {
        m_run.runner().enqueue(
                m_run.connection().api().currentSession(), priority::bootstrap,
                [this](net::HttpResponse response) { onSession(std::move(response)); });
    }
}

void BootstrapFetcher::requestSite()
{
    if (m_siteRequested)
        return;
    m_siteRequested = true;
    m_run.runner().enqueue(m_run.connection().api().site(), priority::bootstrap,
                           [this](net::HttpResponse response) { onSite(std::move(response)); });
}

void BootstrapFetcher::onSite(net::HttpResponse response)
{
    m_run.setActivity(
            QCoreApplication::translate("outpost::sync", "Fetching the forum's categories"));
    if (response.error == net::TransferError::Cancelled)
        return;
    const QString notUpdated = QCoreApplication::translate(
            "outpost::sync", "The forum's categories were not updated.");
    if (!response.isSuccess()) {
        m_run.addProblem(notUpdated, response);
        return;
    }
    const discourse::ParseResult<discourse::Site> site = discourse::parseSite(response.body);
    if (!site) {
        m_run.addProblem(notUpdated, site.error());
        return;
    }
    {
        m_run.writer().openGroup();
        store::Transaction transaction(m_run.cache());
        m_run.writer().upsertSite(site.value());
        m_run.writer().setMeta(sync_meta::kSiteFetchedAt, QString::number(m_run.clock().nowMs()));
        transaction.commit();
    }
    m_scope.reload();
    m_run.notifyProgress();
}

void BootstrapFetcher::onSession(net::HttpResponse response)
{
    m_run.setActivity(
            QCoreApplication::translate("outpost::sync", "Reading your settings on the forum"));
    if (response.error == net::TransferError::Cancelled)
        return;
    const discourse::SessionAnswer answer = discourse::readSessionAnswer(response);
    switch (answer.verdict) {
    case discourse::SessionAnswer::Verdict::Refused:
    case discourse::SessionAnswer::Verdict::NotAnswered:
    case discourse::SessionAnswer::Verdict::Failed: {
        const QString problem =
                answer.verdict == discourse::SessionAnswer::Verdict::Refused
                        ? QCoreApplication::translate(
                                  "outpost::sync",
                                  "The forum did not recognise your sign-in, so only what "
                                  "anyone may read was synced. Connect Outpost to your "
                                  "account again.")
                        : QCoreApplication::translate("outpost::sync",
                                                      "The categories you watch on the forum "
                                                      "were not read. %1")
                                  .arg(discourse::describeForPeople(
                                          discourse::parseApiError(response)));
        m_run.addProblem(problem);
        return;
    }
    case discourse::SessionAnswer::Verdict::Unreadable:
        m_run.addProblem(
                QCoreApplication::translate("outpost::sync",
                                            "The categories you watch on the forum were not read."),
                answer.error);
        return;
    case discourse::SessionAnswer::Verdict::Accepted:
        break;
    }
    const discourse::CurrentUser &user = answer.user;
    QList<qint64> watched = user.watchedCategoryIds;
    for (qint64 id : user.trackedCategoryIds + user.watchedFirstPostCategoryIds) {
        if (!watched.contains(id))
            watched.append(id);
    }
    store::ForumRepository(m_run.connection().userDatabase(), m_run.clock())
            .replaceForumFollows(m_run.forumId(), watched);
    m_run.writer().setMeta(sync_meta::kSessionFetchedAt, QString::number(m_run.clock().nowMs()));
    m_scope.reload();
    if (m_run.request().followed) {
        for (qint64 id : m_scope.listCategories())
            m_lists.start(id);
    }
    m_run.notifyProgress();
}

} // namespace outpost::sync
