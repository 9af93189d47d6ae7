#include "sync/DigestBuilder.h"

#include "Clock.h"
#include "discourse/ResponseParsers.h"
#include "net/RequestRunner.h"
#include "session/ForumConnection.h"
#include "store/CacheReader.h"
#include "store/Database.h"
#include "sync/BootstrapFetcher.h"
#include "sync/CategoryScope.h"
#include "sync/SyncRun.h"
#include "sync/TopicFetcher.h"
#include "sync/TopicStateTable.h"

#include <QCoreApplication>

namespace outpost::sync {

namespace {

constexpr qint64 kTopMaxAgeMs = 6LL * 3600 * 1000;
// Without an earlier digest, "new" means the last week.
constexpr qint64 kFirstDigestSpanMs = 7LL * 24 * 3600 * 1000;

} // namespace

DigestBuilder::DigestBuilder(SyncRun &run, TopicStateTable &states, TopicFetcher &topics,
                             const CategoryScope &scope)
    : m_run(run)
    , m_states(states)
    , m_topics(topics)
    , m_scope(scope)
{}

void DigestBuilder::start()
{
    bool ok = false;
    const qint64 at =
            store::CacheReader(m_run.cache()).meta(sync_meta::kTopFetchedAt).toLongLong(&ok);
    const qint64 now = m_run.clock().nowMs();
    if (ok && at <= now && now - at < kTopMaxAgeMs)
        return;
    const discourse::ForumApi &api = m_run.connection().api();
    m_run.runner().enqueue(api.top(discourse::TopPeriod::Weekly), priority::topList,
                           [this](net::HttpResponse response) {
                               onTop(store::DigestKind::TopWeek, std::move(response));
                           });
    m_run.runner().enqueue(api.top(discourse::TopPeriod::Monthly), priority::topList,
                           [this](net::HttpResponse response) {
                               onTop(store::DigestKind::TopMonth, std::move(response));
                           });
}

void DigestBuilder::onTop(store::DigestKind kind, net::HttpResponse response)
{
    const bool week = kind == store::DigestKind::TopWeek;
    m_run.setActivity(week ? QCoreApplication::translate("outpost::sync",
                                                         "Fetching the top topics of the week")
                           : QCoreApplication::translate("outpost::sync",
                                                         "Fetching the top topics of the month"));
    if (response.error == net::TransferError::Cancelled)
        return;
    const QString notRead =
            week ? QCoreApplication::translate("outpost::sync",
                                               "The top topics of the week were not read.")
                 : QCoreApplication::translate("outpost::sync",
                                               "The top topics of the month were not read.");
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
    discourse::TopicListPage page = std::move(parsed).value();
    if (page.topics.size() > topTopics)
        page.topics.resize(topTopics);
    QList<qint64> ids;
    for (const discourse::TopicListItem &item : std::as_const(page.topics))
        ids.append(item.id);
    const QHash<qint64, TopicStates> before = m_states.states(ids);
    page.moreTopicsUrl.clear();
    m_run.writer().upsertTopicList(page);
    for (const discourse::TopicListItem &item : std::as_const(page.topics)) {
        const ChangeMark mark = ChangeMark::of(item);
        const auto was = before.constFind(item.id);
        if (was == before.constEnd() || was->synced != mark)
            m_topics.want(item.id, mark.bumpedAtMs, TopicReason::Top);
    }
    (week ? m_topWeek : m_topMonth) = ids;
    if (++m_topAnswers == 2 && m_topWeek && m_topMonth)
        m_run.writer().setMeta(sync_meta::kTopFetchedAt, QString::number(m_run.clock().nowMs()));
    m_topics.refill();
    m_run.notifyProgress();
}

QList<discourse::TopicListItem> DigestBuilder::cachedItems(const QList<qint64> &topicIds) const
{
    const store::CacheReader reader(m_run.cache());
    QList<discourse::TopicListItem> items;
    for (qint64 id : topicIds) {
        if (const std::optional<store::TopicSummary> topic = reader.topic(id))
            items.append(topic->topic);
    }
    return items;
}

qint64 DigestBuilder::write()
{
    m_run.setActivity(QCoreApplication::translate("outpost::sync", "Writing the digest"));
    m_run.notifyProgress();
    const store::CacheReader reader(m_run.cache());
    const std::optional<store::Digest> previous = reader.latestDigest();
    const qint64 now = m_run.clock().nowMs();
    const qint64 since = previous && previous->createdAt.isValid()
                                 ? previous->createdAt.toMSecsSinceEpoch()
                                 : now - kFirstDigestSpanMs;

    // Top lists not read again this run stay those of the previous digest.
    auto previousTop = [&](store::DigestKind kind) {
        QList<qint64> ids;
        if (previous) {
            for (const store::DigestEntry &entry : previous->entries) {
                if (entry.kind == kind)
                    ids.append(entry.topic.topic.id);
            }
        }
        return ids;
    };
    const QList<qint64> scope = m_scope.followedScope();
    store::DigestInput digest;
    digest.since = QDateTime::fromMSecsSinceEpoch(since, Qt::UTC);
    digest.sections = {
            {store::DigestKind::New,
             cachedItems(m_states.createdSince(scope, since, sectionLimit))},
            {store::DigestKind::Active,
             cachedItems(m_states.activeSince(scope, since, sectionLimit))},
            {store::DigestKind::TopWeek,
             cachedItems(m_topWeek.value_or(previousTop(store::DigestKind::TopWeek)))},
            {store::DigestKind::TopMonth,
             cachedItems(m_topMonth.value_or(previousTop(store::DigestKind::TopMonth)))},
    };
    store::Transaction transaction(m_run.cache());
    const qint64 id = m_run.writer().writeDigest(digest);
    m_run.writer().pruneDigests(digestsKept);
    transaction.commit();
    return id;
}

} // namespace outpost::sync
