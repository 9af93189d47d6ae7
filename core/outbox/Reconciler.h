#pragma once

// Finds out whether an attempt whose outcome is unknown (timeout, cut connection, crash, or a
// "too similar" refusal) landed on the forum, by reading the forum rather than posting again:
//   reply     - the topic filtered to the person's posts (?username_filters), raw included:
//               a post by them, created after the first attempt (minus a clock-skew margin),
//               with the same text (PostText.h), not already recorded by another item;
//   new topic - /topics/created-by/{them}: a topic created after the first attempt with the
//               same title (letters and digits), whose first post has the same text;
//   edit      - the post: its text is ours;
//   like      - the post: the person has liked it.

#include "discourse/Types.h"
#include "outbox/RequestStep.h"
#include "store/UserTypes.h"

namespace outpost::discourse {
class ForumApi;
}
namespace outpost::store {
class OutboxRepository;
}

namespace outpost::outbox {

struct Reconciliation
{
    enum class Verdict
    {
        Landed,  // found on the forum: record it as sent with these ids
        Absent,  // not there: sending it (again) is safe
        Unknown, // the forum could not tell us now; `failure` says why
    };
    Verdict verdict = Verdict::Unknown;
    qint64 postId = 0;
    qint64 topicId = 0;
    // Unknown: the step that failed (no answer, a failed transfer or an error status), or,
    // with `unreadable`, a successful answer that could not be parsed (`detail` says how).
    StepResult failure;
    bool unreadable = false;
    QString detail;
};

class Reconciler
{
public:
    Reconciler(net::RequestRunner &runner, const discourse::ForumApi &api,
               const store::OutboxRepository &outbox, qint64 forumId, int priority,
               qint64 clockSkewMarginMs);

    // `username`: the signed-in person's, as the forum spells it (any case).
    Reconciliation reconcile(const store::OutboxItem &item, const QString &username);

    // GET /posts/{id}.json. Nullopt with `failure` filled when it could not be read: verdict
    // Absent when the forum said it is gone (404/410, kept in failure.failure), else Unknown.
    std::optional<discourse::Post> readPost(qint64 postId, Reconciliation *failure);

private:
    Reconciliation reply(const store::OutboxItem &item, const QString &username);
    Reconciliation newTopic(const store::OutboxItem &item, const QString &username);
    Reconciliation edit(const store::OutboxItem &item);
    Reconciliation like(const store::OutboxItem &item);
    // A successful answer, or nullopt with `failure` set.
    std::optional<net::HttpResponse> fetch(net::HttpRequest request, StepResult *failure);
    qint64 earliestMs(const store::OutboxItem &item) const;

    net::RequestRunner &m_runner;
    const discourse::ForumApi &m_api;
    const store::OutboxRepository &m_outbox;
    qint64 m_forumId;
    int m_priority;
    qint64 m_marginMs;
};

} // namespace outpost::outbox
