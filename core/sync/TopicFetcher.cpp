#include "sync/TopicFetcher.h"

#include "discourse/CookedHtml.h"
#include "discourse/ResponseParsers.h"
#include "net/RequestRunner.h"
#include "session/ForumConnection.h"
#include "store/Database.h"
#include "store/SyncStateReader.h"
#include "sync/CategoryScope.h"
#include "sync/SyncRun.h"
#include "sync/TopicStateTable.h"

#include <QCoreApplication>

#include <algorithm>

namespace outpost::sync {

namespace {

// Topics in progress at once: half as many again as the runner has parallel slots, so the
// next topics' requests are already queued when one finishes; few enough that the order stays
// newest first and memory flat.
int maxActive(const net::RequestRunner &runner)
{
    return std::max(8, runner.parallelLimit() * 3 / 2);
}
constexpr int kAllMissing = 1'000'000;

QStringList searchTexts(const QList<discourse::Post> &posts)
{
    QStringList texts;
    texts.reserve(posts.size());
    for (const discourse::Post &post : posts)
        texts.append(discourse::CookedHtml::searchText(post.cooked));
    return texts;
}

// What the runner's worker thread makes of a topic's answer before the handler writes it: the
// parsing and the posts' plain text, about a third of the work of storing an answer. Nothing
// for an answer that failed.
struct PreparedDetail
{
    std::optional<discourse::ParseResult<discourse::TopicDetail>> parsed;
    QStringList texts; // texts[i] belongs to parsed->posts[i]
};

struct PreparedBatch
{
    std::optional<discourse::ParseResult<QList<discourse::Post>>> parsed;
    QStringList texts;
};

std::any prepareDetail(const net::HttpResponse &response)
{
    auto prepared = std::make_shared<PreparedDetail>();
    if (!response.isSuccess())
        return std::shared_ptr<const PreparedDetail>(std::move(prepared));
    prepared->parsed.emplace(discourse::parseTopicDetail(response.body));
    if (*prepared->parsed)
        prepared->texts = searchTexts(prepared->parsed->value().posts);
    return std::shared_ptr<const PreparedDetail>(std::move(prepared));
}

// Keeps only posts of this topic that were asked for: a post the forum moved elsewhere
// meanwhile belongs to a topic that may not be cached.
std::any prepareBatch(const net::HttpResponse &response, qint64 topicId, const QList<qint64> &asked)
{
    auto prepared = std::make_shared<PreparedBatch>();
    if (!response.isSuccess())
        return std::shared_ptr<const PreparedBatch>(std::move(prepared));
    discourse::ParseResult<QList<discourse::Post>> parsed =
            discourse::parseTopicPosts(response.body);
    if (!parsed) {
        prepared->parsed.emplace(std::move(parsed));
        return std::shared_ptr<const PreparedBatch>(std::move(prepared));
    }
    const QSet<qint64> askedIds(asked.cbegin(), asked.cend());
    QList<discourse::Post> posts;
    for (discourse::Post &post : parsed.value()) {
        if (post.topicId == 0)
            post.topicId = topicId;
        if (post.topicId == topicId && askedIds.contains(post.id))
            posts.append(std::move(post));
    }
    prepared->texts = searchTexts(posts);
    prepared->parsed.emplace(std::move(posts));
    return std::shared_ptr<const PreparedBatch>(std::move(prepared));
}

template <typename Prepared>
std::shared_ptr<const Prepared> preparedAs(const std::any &prepared)
{
    const auto *held = std::any_cast<std::shared_ptr<const Prepared>>(&prepared);
    return held ? *held : std::make_shared<const Prepared>();
}

} // namespace

TopicFetcher::TopicFetcher(SyncRun &run, TopicStateTable &states, const CategoryScope &scope)
    : m_run(run)
    , m_states(states)
    , m_scope(scope)
{}

void TopicFetcher::want(qint64 topicId, qint64 bumpedAtMs, TopicReason reason)
{
    if (m_active.count(topicId) || m_finished.contains(topicId))
        return;
    m_queue.add({reason, bumpedAtMs, topicId});
}

void TopicFetcher::refill()
{
    const int limit = maxActive(m_run.runner());
    while (int(m_active.size()) < limit) {
        const std::optional<TopicQueue::Entry> next = m_queue.takeNext();
        if (!next)
            return;
        start(*next);
    }
}

int TopicFetcher::priorityOf(TopicReason reason, bool batch) const
{
    switch (reason) {
    case TopicReason::OnDemand:
        return priority::onDemandTopic;
    case TopicReason::Followed:
        break;
    case TopicReason::Check:
        return batch ? priority::topicBatch : priority::check;
    case TopicReason::Top:
        return batch ? priority::topTopic + 1 : priority::topTopic;
    }
    return batch ? priority::topicBatch : priority::topic;
}

QString TopicFetcher::nameOf(qint64 topicId, const Active &active) const
{
    if (!active.title.isEmpty())
        return active.title;
    //: Stands for a topic whose title is not known yet; %1 is its number.
    return QCoreApplication::translate("outpost::sync", "topic %1").arg(topicId);
}

void TopicFetcher::start(const TopicQueue::Entry &entry)
{
    const qint64 id = entry.topicId;
    if (m_active.count(id) || m_finished.contains(id))
        return;
    const std::optional<TopicStates> states = m_states.state(id);
    const bool onlyIfChanged =
            entry.reason == TopicReason::Followed || entry.reason == TopicReason::Top;
    // Done meanwhile (another list showed it, or an earlier run of a resumed sync).
    if (onlyIfChanged && states && !states->needsWork())
        return;

    Active &active = m_active[id];
    active.reason = entry.reason;
    active.title = states ? states->title : QString();
    if (onlyIfChanged && states && states->streamIsCurrent() && m_states.missingCount(id) > 0)
        requestMissing(id, active);
    else
        requestDetail(id, active, states ? &*states : nullptr);
    m_run.setActivity(
            QCoreApplication::translate("outpost::sync", "Fetching “%1”").arg(nameOf(id, active)));
}

void TopicFetcher::requestDetail(qint64 topicId, Active &active, const TopicStates *states)
{
    discourse::ForumApi &api = m_run.connection().api();
    // With posts cached, ask for the tail: the new posts come with it, and the stream tells
    // deletions and what else is missing.
    const bool tail = states && states->postsCached > 0 && states->lastCachedPostNumber;
    net::HttpRequest request =
            tail ? api.topicNear(topicId, *states->lastCachedPostNumber + 1) : api.topic(topicId);
    ++active.pending;
    m_run.runner().enqueue(std::move(request), priorityOf(active.reason, false), prepareDetail,
                           [this, topicId](net::HttpResponse response, std::any prepared) {
                               onDetail(topicId, std::move(response), std::move(prepared));
                           });
}

void TopicFetcher::requestMissing(qint64 topicId, Active &active)
{
    const QList<qint64> missing =
            store::SyncStateReader(m_run.cache()).missingPostIds(topicId, kAllMissing);
    discourse::ForumApi &api = m_run.connection().api();
    for (qsizetype at = 0; at < missing.size(); at += discourse::ForumApi::maxPostIdsPerRequest) {
        const QList<qint64> ids = missing.mid(at, discourse::ForumApi::maxPostIdsPerRequest);
        ++active.pending;
        m_run.runner().enqueue(
                api.topicPosts(topicId, ids), priorityOf(active.reason, true),
                [topicId, ids](const net::HttpResponse &response) {
                    return prepareBatch(response, topicId, ids);
                },
                [this, topicId, ids](net::HttpResponse response, std::any prepared) {
                    onBatch(topicId, ids, std::move(response), std::move(prepared));
                });
    }
}

bool TopicFetcher::isGone(const net::HttpResponse &response) const
{
    return response.error == net::TransferError::None &&
           (response.status == 404 || response.status == 403 || response.status == 410);
}

bool TopicFetcher::wantsWholeTopic(const Active &active, qint64 categoryId, qint64 bumpedAtMs) const
{
    if (active.reason != TopicReason::Check)
        return true;
    // Checked because it left its list: worth completing only where it went is followed.
    return m_scope.isFollowedScope(categoryId) && bumpedAtMs >= m_run.defaultWindowStartMs();
}

bool TopicFetcher::setAsideForbidden(qint64 topicId, Active &active,
                                     const net::HttpResponse &response)
{
    if (response.error != net::TransferError::None || response.status != 403 ||
        !m_run.connection().isSignedIn())
        return false;
    active.gone = true; // later answers for it are dropped
    if (!m_forbidden.contains(topicId))
        m_forbidden.append(topicId);
    return true;
}

void TopicFetcher::deleteForbidden()
{
    for (qint64 topicId : std::as_const(m_forbidden)) {
        Active gone;
        deleteTopic(topicId, gone);
    }
    m_forbidden.clear();
}

void TopicFetcher::deleteTopic(qint64 topicId, Active &active)
{
    active.gone = true;
    const std::optional<TopicStates> states = m_states.state(topicId);
    if (!states)
        return;
    m_run.writer().deleteTopic(topicId);
    m_run.counters().postsDeleted += states->postsCached;
    ++m_run.counters().topicsDeleted;
}

void TopicFetcher::onDetail(qint64 topicId, net::HttpResponse response, std::any prepared)
{
    const auto found = m_active.find(topicId);
    if (found == m_active.end())
        return;
    Active &active = found->second;
    --active.pending;
    //: %1 is a topic title (or "topic 123").
    const QString notUpdated =
            QCoreApplication::translate("outpost::sync", "The topic “%1” was not updated.")
                    .arg(nameOf(topicId, active));
    if (active.gone || response.error == net::TransferError::Cancelled) {
        finishIfIdle(topicId);
        return;
    }
    if (!response.isSuccess()) {
        // A 403 while signed in is decided at the end of the run (see the header).
        if (!setAsideForbidden(topicId, active, response)) {
            if (isGone(response))
                deleteTopic(topicId, active);
            else
                m_run.addProblem(notUpdated, response);
        }
        finishIfIdle(topicId);
        return;
    }
    const std::shared_ptr<const PreparedDetail> ready = preparedAs<PreparedDetail>(prepared);
    if (!ready->parsed || !*ready->parsed) {
        if (ready->parsed)
            m_run.addProblem(notUpdated, ready->parsed->error());
        finishIfIdle(topicId);
        return;
    }
    const discourse::TopicDetail &detail = ready->parsed->value();
    if (detail.id != topicId) {
        // Merged into another topic (the forum redirected): this one is gone here.
        deleteTopic(topicId, active);
        finishIfIdle(topicId);
        return;
    }
    active.title = detail.title;

    const QHash<qint64, int> before =
            store::SyncStateReader(m_run.cache()).cachedPostVersions(topicId);
    bool complete = false;
    {
        m_run.writer().openGroup();
        store::Transaction transaction(m_run.cache());
        m_run.writer().applyTopicDetail(detail, ready->texts);
        complete = m_states.recordStream(topicId);
        transaction.commit();
    }

    SyncCounters &counters = m_run.counters();
    for (const discourse::Post &post : std::as_const(detail.posts)) {
        if (post.topicId != topicId && post.topicId != 0)
            continue;
        const auto version = before.constFind(post.id);
        if (version == before.constEnd())
            ++counters.postsNew;
        else if (post.version > *version)
            ++counters.postsUpdated;
    }
    if (!detail.isMegaTopic && !detail.stream.isEmpty()) {
        const QSet<qint64> stream(detail.stream.cbegin(), detail.stream.cend());
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            counters.postsDeleted += stream.contains(it.key()) ? 0 : 1;
    }
    m_run.noteTopicUpdated(topicId);

    const qint64 bumped = detail.bumpedAt ? detail.bumpedAt->toMSecsSinceEpoch()
                                          : detail.lastPostedAt.toMSecsSinceEpoch();
    if (!complete && wantsWholeTopic(active, detail.categoryId, bumped)) {
        requestMissing(topicId, active);
        if (active.pending > 0)
            m_run.setActivity(QCoreApplication::translate("outpost::sync", "Fetching posts of “%1”")
                                      .arg(active.title));
    }
    finishIfIdle(topicId);
}

void TopicFetcher::onBatch(qint64 topicId, const QList<qint64> &asked, net::HttpResponse response,
                           std::any prepared)
{
    const auto found = m_active.find(topicId);
    if (found == m_active.end())
        return;
    Active &active = found->second;
    --active.pending;
    if (active.gone || response.error == net::TransferError::Cancelled) {
        active.batchFailed = true;
        finishIfIdle(topicId);
        return;
    }
    const QString notComplete =
            QCoreApplication::translate("outpost::sync",
                                        "Some posts of the topic “%1” were not downloaded.")
                    .arg(nameOf(topicId, active));
    if (!response.isSuccess()) {
        if (setAsideForbidden(topicId, active, response)) {
            active.batchFailed = true;
        } else if (isGone(response)) {
            deleteTopic(topicId, active);
        } else {
            active.batchFailed = true;
            m_run.addProblem(notComplete, response);
        }
        finishIfIdle(topicId);
        return;
    }
    const std::shared_ptr<const PreparedBatch> ready = preparedAs<PreparedBatch>(prepared);
    if (!ready->parsed || !*ready->parsed) {
        active.batchFailed = true;
        if (ready->parsed)
            m_run.addProblem(notComplete, ready->parsed->error());
        finishIfIdle(topicId);
        return;
    }
    const QList<discourse::Post> &posts = ready->parsed->value();
    active.batchShort = active.batchShort || posts.size() < asked.size();

    const QHash<qint64, int> before =
            store::SyncStateReader(m_run.cache()).cachedPostVersions(topicId);
    bool complete = false;
    {
        m_run.writer().openGroup();
        store::Transaction transaction(m_run.cache());
        m_run.writer().upsertPosts(posts, ready->texts);
        complete = m_states.completeIfNothingMissing(topicId);
        if (!complete && active.pending == 0 && !active.batchFailed && active.batchShort)
            m_states.acceptStream(topicId);
        transaction.commit();
    }
    for (const discourse::Post &post : std::as_const(posts)) {
        const auto version = before.constFind(post.id);
        if (version == before.constEnd())
            ++m_run.counters().postsNew;
        else if (post.version > *version)
            ++m_run.counters().postsUpdated;
    }
    m_run.noteTopicUpdated(topicId);
    finishIfIdle(topicId);
}

void TopicFetcher::finishIfIdle(qint64 topicId)
{
    const auto found = m_active.find(topicId);
    if (found == m_active.end() || found->second.pending > 0)
        return;
    m_active.erase(found);
    m_finished.insert(topicId);
    ++m_done;
    refill();
    m_run.notifyProgress();
}

} // namespace outpost::sync
