#include "sync/ListFetcher.h"

#include "Clock.h"
#include "discourse/ResponseParsers.h"
#include "net/RequestRunner.h"
#include "session/ForumConnection.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "store/SyncStateReader.h"
#include "sync/CategoryScope.h"
#include "sync/SyncRun.h"
#include "sync/SyncStatus.h"
#include "sync/TopicFetcher.h"
#include "sync/TopicStateTable.h"

#include <QCoreApplication>

namespace outpost::sync {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

ListFetcher::ListFetcher(SyncRun &run, TopicStateTable &states, TopicFetcher &topics,
                         const CategoryScope &scope, std::function<void()> unknownCategorySeen)
    : m_run(run)
    , m_states(states)
    , m_topics(topics)
    , m_scope(scope)
    , m_unknownCategorySeen(std::move(unknownCategorySeen))
{}

QString ListFetcher::nameOf(qint64 categoryId) const
{
    const QString name = m_scope.name(categoryId);
    if (!name.isEmpty())
        return name;
    //: Stands for a category whose name is not known yet; %1 is its number.
    return QCoreApplication::translate("outpost::sync", "category %1").arg(categoryId);
}

ListFetcher::Paging &ListFetcher::begin(qint64 categoryId)
{
    Paging &paging = m_paging[categoryId];
    const std::optional<store::SyncCursor> cursor =
            store::SyncStateReader(m_run.cache()).cursor(categoryId);
    paging.cursor = cursor.value_or(store::SyncCursor{});
    paging.cursor.categoryId = categoryId;
    paging.windowStartMs = m_run.defaultWindowStartMs();
    if (paging.cursor.windowStart.isValid())
        paging.windowStartMs =
                std::min(paging.windowStartMs, paging.cursor.windowStart.toMSecsSinceEpoch());
    if (cursor && !cursor->backfillComplete && cursor->oldestPageFetched)
        paging.resumeAfterPage = *cursor->oldestPageFetched;
    bool ok = false;
    const qint64 wideAt = store::CacheReader(m_run.cache())
                                  .meta(sync_meta::kWideListAtPrefix + QString::number(categoryId))
                                  .toLongLong(&ok);
    const qint64 now = m_run.clock().nowMs();
    paging.probe = cursor && cursor->backfillComplete && ok && wideAt <= now &&
                   now - wideAt < wideReadIntervalMs;
    return paging;
}

void ListFetcher::start(qint64 categoryId)
{
    if (isListing(categoryId))
        return;
    const Paging &paging = begin(categoryId);
    // What earlier runs listed but did not finish (a kill, the budget, the link).
    for (const auto &[id, bumpedAt] :
         m_states.needingWork(m_scope.listedBy(categoryId), paging.windowStartMs))
        m_topics.want(id, bumpedAt, TopicReason::Followed);
    requestPage(categoryId, 0, paging.probe ? probePerPage : requestedPerPage);
}

void ListFetcher::startOlder(qint64 categoryId)
{
    if (isListing(categoryId))
        return;
    Paging &paging = begin(categoryId);
    const int days = std::max(1, m_run.connection().forum().syncWindowDays);
    paging.windowStartMs -= qint64(days) * kDayMs;
    paging.cursor.windowStart = QDateTime::fromMSecsSinceEpoch(paging.windowStartMs, Qt::UTC);
    paging.older = true;
    for (const auto &[id, bumpedAt] :
         m_states.needingWork(m_scope.listedBy(categoryId), paging.windowStartMs))
        m_topics.want(id, bumpedAt, TopicReason::Followed);
    requestPage(categoryId, 0);
}

void ListFetcher::requestPage(qint64 categoryId, int page, int perPage)
{
    const Paging &paging = m_paging[categoryId];
    // Pages of the usual window are lists; pages past it were asked for and come last.
    const bool pastWindow =
            paging.previousOldestMs && *paging.previousOldestMs < m_run.defaultWindowStartMs();
    m_run.runner().enqueue(m_run.connection().api().categoryLatest(m_scope.slug(categoryId),
                                                                   categoryId, page, perPage),
                           pastWindow ? priority::olderList : priority::list,
                           [this, categoryId, page, perPage](net::HttpResponse response) {
                               onPage(categoryId, page, perPage, std::move(response));
                           });
}

void ListFetcher::onPage(qint64 categoryId, int page, int perPage, net::HttpResponse response)
{
    Paging &paging = m_paging[categoryId];
    //: %1 is a category name, %2 a page number (1 is the newest).
    m_run.setActivity(QCoreApplication::translate("outpost::sync", "Fetching “%1” (page %2)")
                              .arg(nameOf(categoryId))
                              .arg(page + 1));
    if (response.error == net::TransferError::Cancelled)
        return;
    //: %1 is a category name, %2 a page number.
    const QString notRead =
            QCoreApplication::translate("outpost::sync", "The list of “%1” (page %2) was not read.")
                    .arg(nameOf(categoryId))
                    .arg(page + 1);
    if (!response.isSuccess()) {
        m_run.addProblem(notRead, response);
        return;
    }
    discourse::ParseResult<discourse::TopicListPage> parsed =
            discourse::parseTopicList(response.body);
    if (!parsed) {
        m_run.addProblem(notRead, parsed.error());
        return;
    }
    const discourse::TopicListPage &list = parsed.value();

    QList<qint64> ids;
    ids.reserve(list.topics.size());
    bool unknownCategory = false;
    std::optional<qint64> oldestMs;
    std::optional<qint64> newestMs;
    const discourse::TopicListItem *oldest = nullptr;
    for (const discourse::TopicListItem &item : list.topics) {
        ids.append(item.id);
        unknownCategory = unknownCategory || !m_scope.isKnown(item.categoryId);
        if (item.pinned && page == 0)
            continue; // pinned topics come first on page 0, whatever their activity
        const qint64 bumped = ChangeMark::of(item).bumpedAtMs;
        if (!oldestMs || bumped < *oldestMs) {
            oldestMs = bumped;
            oldest = &item;
        }
        newestMs = std::max(newestMs.value_or(bumped), bumped);
    }
    // The states before this page is stored: what the page tells that we did not know.
    const QHash<qint64, TopicStates> before = m_states.states(ids);

    const bool hasMore = !list.moreTopicsUrl.isEmpty() ||
                         (!list.topics.isEmpty() && list.topics.size() >= list.perPage);
    const bool oldestInWindow = oldestMs && *oldestMs >= paging.windowStartMs;
    const bool oldestIsNews =
            oldest && (!before.contains(oldest->id) ||
                       before.value(oldest->id).listed != ChangeMark::of(*oldest));
    const bool resuming = paging.resumeAfterPage && page <= *paging.resumeAfterPage;
    const bool more = hasMore && oldestInWindow && (oldestIsNews || resuming || paging.older);

    store::SyncCursor cursor = paging.cursor;
    cursor.oldestPageFetched = page;
    cursor.backfillComplete = !more;
    if (page == 0 && newestMs)
        cursor.newestBumpedAt = QDateTime::fromMSecsSinceEpoch(*newestMs, Qt::UTC);
    if (!more)
        cursor.lastSyncAt = m_run.clock().nowUtc();
    {
        m_run.writer().openGroup();
        store::Transaction transaction(m_run.cache());
        m_run.writer().upsertTopicList(list, cursor);
        if (page == 0 && perPage == requestedPerPage)
            m_run.writer().setMeta(sync_meta::kWideListAtPrefix + QString::number(categoryId),
                                   QString::number(m_run.clock().nowMs()));
        transaction.commit();
    }
    paging.cursor = cursor;

    for (const discourse::TopicListItem &item : list.topics) {
        paging.seen.insert(item.id);
        const ChangeMark mark = ChangeMark::of(item);
        if (mark.bumpedAtMs < paging.windowStartMs && !(item.pinned && page == 0))
            continue; // outside the window: listed only ("0 of 12 posts cached")
        const auto was = before.constFind(item.id);
        if (was == before.constEnd() || was->synced != mark)
            m_topics.want(item.id, mark.bumpedAtMs, TopicReason::Followed);
    }
    checkMissing(categoryId, paging, page, oldestMs, newestMs, !hasMore);
    paging.previousPage = page;
    paging.previousOldestMs = oldestMs;

    if (unknownCategory && m_unknownCategorySeen)
        m_unknownCategorySeen();
    if (more) {
        // A paging left unfinished goes on where it stopped (that page is read again: topics
        // that left the category meanwhile shift the pages, and must not make us skip one).
        // After a small first page with news at its end, full pages start again at page 0.
        const bool probed = page == 0 && perPage < requestedPerPage;
        int next = page + 1;
        if (page == 0 && paging.resumeAfterPage)
            next = std::max(1, *paging.resumeAfterPage);
        else if (probed)
            next = 0;
        requestPage(categoryId, next);
    }
    m_topics.refill();
    m_run.notifyProgress();
}

void ListFetcher::checkMissing(qint64 categoryId, const Paging &paging, int page,
                               std::optional<qint64> oldestMs, std::optional<qint64> newestMs,
                               bool lastPage)
{
    // The range of activity this page covers completely: down to its oldest non-pinned topic
    // (everything older, too, on the last page), up to the previous page's oldest when that
    // page was read just before, else its own newest (everything, on page 0).
    std::optional<qint64> after = lastPage ? std::nullopt : oldestMs;
    std::optional<qint64> upTo;
    if (page > 0)
        upTo = paging.previousPage == page - 1 ? paging.previousOldestMs : newestMs;
    if (!oldestMs && !lastPage)
        return; // a page of pinned topics only tells nothing about the others
    if (page > 0 && !upTo)
        return;
    for (const auto &[id, bumpedAt] :
         m_states.topicsInRange(m_scope.listedBy(categoryId), after, upTo)) {
        if (!paging.seen.contains(id))
            m_topics.want(id, bumpedAt, TopicReason::Check);
    }
}

} // namespace outpost::sync
