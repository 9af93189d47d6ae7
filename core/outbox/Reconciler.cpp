#include "outbox/Reconciler.h"

#include "discourse/ForumApi.h"
#include "discourse/ResponseParsers.h"
#include "outbox/OutboxLog.h"
#include "outbox/PostText.h"
#include "store/OutboxRepository.h"

#include <QSet>

#include <algorithm>

namespace outpost::outbox {

namespace {

using Verdict = Reconciliation::Verdict;

Reconciliation landed(qint64 postId, qint64 topicId)
{
    Reconciliation r;
    r.verdict = Verdict::Landed;
    r.postId = postId;
    r.topicId = topicId;
    return r;
}

Reconciliation absent()
{
    Reconciliation r;
    r.verdict = Verdict::Absent;
    return r;
}

Reconciliation unknown(StepResult failure)
{
    Reconciliation r;
    r.verdict = Verdict::Unknown;
    r.failure = std::move(failure);
    return r;
}

// A read whose answer says the thing is not (or no longer) there for this person.
bool isGone(const StepResult &step)
{
    return step.response && step.response->error == net::TransferError::None &&
           (step.response->status == 404 || step.response->status == 410);
}

// An answer that came but cannot be used (a captive portal's page, cut-off JSON, ...).
Reconciliation unreadable(net::HttpResponse response, const discourse::ParseError &error)
{
    Reconciliation r;
    r.verdict = Verdict::Unknown;
    r.unreadable = true;
    r.detail = error.toString();
    r.failure.response = std::move(response);
    return r;
}

} // namespace

Reconciler::Reconciler(net::RequestRunner &runner, const discourse::ForumApi &api,
                       const store::OutboxRepository &outbox, qint64 forumId, int priority,
                       qint64 clockSkewMarginMs)
    : m_runner(runner)
    , m_api(api)
    , m_outbox(outbox)
    , m_forumId(forumId)
    , m_priority(priority)
    , m_marginMs(clockSkewMarginMs)
{}

qint64 Reconciler::earliestMs(const store::OutboxItem &item) const
{
    const QDateTime first = item.firstAttemptAt.isValid() ? item.firstAttemptAt : item.createdAt;
    return first.toMSecsSinceEpoch() - m_marginMs;
}

std::optional<net::HttpResponse> Reconciler::fetch(net::HttpRequest request, StepResult *failure)
{
    StepResult step = runStep(m_runner, std::move(request), m_priority);
    if (step.answered() && step.response->isSuccess())
        return std::move(step.response);
    *failure = std::move(step);
    return std::nullopt;
}

Reconciliation Reconciler::reconcile(const store::OutboxItem &item, const QString &username)
{
    Reconciliation result;
    switch (item.kind) {
    case store::OutboxKind::Reply:
        result = reply(item, username);
        break;
    case store::OutboxKind::NewTopic:
        result = newTopic(item, username);
        break;
    case store::OutboxKind::Edit:
        result = edit(item);
        break;
    case store::OutboxKind::Like:
        result = like(item);
        break;
    }
    qCInfo(lcOutbox).noquote() << "reconciled" << item.id
                               << (result.verdict == Verdict::Landed   ? "landed"
                                   : result.verdict == Verdict::Absent ? "absent"
                                                                       : "unknown")
                               << result.postId;
    return result;
}

Reconciliation Reconciler::reply(const store::OutboxItem &item, const QString &username)
{
    if (!item.topicId)
        return absent(); // never sent: it has no topic yet
    const qint64 topicId = *item.topicId;
    StepResult failure;
    const std::optional<net::HttpResponse> answer =
            fetch(m_api.topicByUser(topicId, username, true), &failure);
    if (!answer)
        return isGone(failure) ? absent() : unknown(std::move(failure));
    discourse::ParseResult<discourse::TopicDetail> topic =
            discourse::parseTopicDetail(answer->body);
    if (!topic)
        return unreadable(*answer, topic.error());

    QList<discourse::Post> candidates = topic->posts;
    // The chunk holds the first 20 of the filtered stream; ours are the newest, at its end.
    QSet<qint64> have;
    for (const discourse::Post &p : candidates)
        have.insert(p.id);
    QList<qint64> missing;
    for (auto it = topic->stream.crbegin();
         it != topic->stream.crend() && missing.size() < discourse::ForumApi::maxPostIdsPerRequest;
         ++it) {
        if (!have.contains(*it))
            missing.prepend(*it);
    }
    if (!missing.isEmpty()) {
        const std::optional<net::HttpResponse> more =
                fetch(m_api.topicPosts(topicId, missing, true), &failure);
        if (!more)
            return isGone(failure) ? absent() : unknown(std::move(failure));
        discourse::ParseResult<QList<discourse::Post>> posts =
                discourse::parseTopicPosts(more->body);
        if (!posts)
            return unreadable(*more, posts.error());
        candidates.append(posts.value());
    }

    const qint64 since = earliestMs(item);
    std::optional<discourse::Post> best;
    for (const discourse::Post &p : std::as_const(candidates)) {
        if (p.postNumber <= 1 || !p.raw || p.username.compare(username, Qt::CaseInsensitive) != 0)
            continue;
        if (!p.createdAt.isValid() || p.createdAt.toMSecsSinceEpoch() < since)
            continue;
        if (!sameText(*p.raw, item.raw) || m_outbox.isRemotePostClaimed(m_forumId, p.id, item.id))
            continue;
        if (!best || p.id < best->id)
            best = p;
    }
    return best ? landed(best->id, topicId) : absent();
}

Reconciliation Reconciler::newTopic(const store::OutboxItem &item, const QString &username)
{
    StepResult failure;
    const std::optional<net::HttpResponse> answer =
            fetch(m_api.topicsCreatedBy(username), &failure);
    if (!answer)
        return unknown(std::move(failure));
    discourse::ParseResult<discourse::TopicListPage> list = discourse::parseTopicList(answer->body);
    if (!list)
        return unreadable(*answer, list.error());

    const qint64 since = earliestMs(item);
    QList<discourse::TopicListItem> candidates;
    for (const discourse::TopicListItem &t : list->topics) {
        if (t.createdAt.isValid() && t.createdAt.toMSecsSinceEpoch() >= since &&
            sameTitle(t.title, item.title) &&
            !m_outbox.isRemoteTopicClaimed(m_forumId, t.id, item.id))
            candidates.append(t);
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const auto &a, const auto &b) { return a.id < b.id; });
    for (const discourse::TopicListItem &t : std::as_const(candidates)) {
        const std::optional<net::HttpResponse> topicAnswer =
                fetch(m_api.topic(t.id, true), &failure);
        if (!topicAnswer) {
            if (isGone(failure))
                continue;
            return unknown(std::move(failure));
        }
        discourse::ParseResult<discourse::TopicDetail> topic =
                discourse::parseTopicDetail(topicAnswer->body);
        if (!topic)
            return unreadable(*topicAnswer, topic.error());
        for (const discourse::Post &p : topic->posts) {
            if (p.postNumber == 1 && p.raw && sameText(*p.raw, item.raw))
                return landed(p.id, t.id);
        }
    }
    return absent();
}

std::optional<discourse::Post> Reconciler::readPost(qint64 postId, Reconciliation *failure)
{
    StepResult step;
    const std::optional<net::HttpResponse> answer = fetch(m_api.post(postId), &step);
    if (!answer) {
        const bool gone = isGone(step);
        *failure = unknown(std::move(step));
        if (gone)
            failure->verdict = Verdict::Absent; // the answer (404/410) stays in failure
        return std::nullopt;
    }
    discourse::ParseResult<discourse::Post> post = discourse::parsePost(answer->body);
    if (!post) {
        *failure = unreadable(*answer, post.error());
        return std::nullopt;
    }
    return std::move(post).value();
}

Reconciliation Reconciler::edit(const store::OutboxItem &item)
{
    if (!item.postId)
        return absent();
    Reconciliation failure;
    const std::optional<discourse::Post> post = readPost(*item.postId, &failure);
    if (!post)
        return failure;
    if (post->raw && sameText(*post->raw, item.raw))
        return landed(post->id, post->topicId);
    return absent();
}

Reconciliation Reconciler::like(const store::OutboxItem &item)
{
    if (!item.postId)
        return absent();
    Reconciliation failure;
    const std::optional<discourse::Post> post = readPost(*item.postId, &failure);
    if (!post)
        return failure;
    return post->liked ? landed(post->id, post->topicId) : absent();
}

} // namespace outpost::outbox
