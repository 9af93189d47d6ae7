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
    m_topWeek = storedIds(sync_meta::kTopWeekIds);
    m_topMonth = storedIds(sync_meta::kTopMonthIds);
    if (ok && at <= now && now - at < kTopMaxAgeMs) {
        resumeStoredTopLists();
        return;
    }
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
    QStringList idTexts;
    for (qint64 id : std::as_const(ids))
        idTexts.append(QString::number(id));
    {
        // The list and the memory of it in one transaction: a run cut short after this
        // still knows which topics to complete.
        m_run.writer().openGroup();
        store::Transaction transaction(m_run.cache());
        m_run.writer().upsertTopicList(page);
        m_run.writer().setMeta(week ? sync_meta::kTopWeekIds : sync_meta::kTopMonthIds,
                               idTexts.join(u','));
        transaction.commit();
    }
    for (const discourse::TopicListItem &item : std::as_const(page.topics)) {
        const ChangeMark mark = ChangeMark::of(item);
        const auto was = before.constFind(item.id);
        if (was == before.constEnd() || was->synced != mark)
            m_topics.want(item.id, mark.bumpedAtMs, TopicReason::Top);
    }
    (week ? m_topWeek : m_topMonth) = ids;
    if (++m_topAnswers == 2)
        m_run.writer().setMeta(sync_meta::kTopFetchedAt, QString::number(m_run.clock().nowMs()));
    m_topics.refill();
    m_run.notifyProgress();
}

QList<qint64> DigestBuilder::storedIds(const QString &metaKey) const
{
    QList<qint64> ids;
    const QString text = store::CacheReader(m_run.cache()).meta(metaKey);
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok)
            ids.append(id);
    }
    return ids;
}

void DigestBuilder::resumeStoredTopLists()
{
    const QHash<qint64, TopicStates> states = m_states.states(m_topWeek + m_topMonth);
    for (const TopicStates &topic : states) {
        if (topic.needsWork())
            m_topics.want(topic.topicId, topic.listed.bumpedAtMs, TopicReason::Top);
    }
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

    const QList<qint64> scope = m_scope.followedScope();
    store::DigestInput digest;
    digest.since = QDateTime::fromMSecsSinceEpoch(since, Qt::UTC);
    digest.sections = {
            {store::DigestKind::New,
             cachedItems(m_states.createdSince(scope, since, sectionLimit))},
            {store::DigestKind::Active,
             cachedItems(m_states.activeSince(scope, since, sectionLimit))},
            {store::DigestKind::TopWeek, cachedItems(m_topWeek)},
            {store::DigestKind::TopMonth, cachedItems(m_topMonth)},
    };
    m_run.writer().openGroup();
    store::Transaction transaction(m_run.cache());
    const qint64 id = m_run.writer().writeDigest(digest);
    m_run.writer().pruneDigests(digestsKept);
    transaction.commit();
    return id;
}

} // namespace outpost::sync
