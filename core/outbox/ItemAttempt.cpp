// One item of a delivery: reconcile first when an earlier attempt may have landed, check an
// edit against the forum, send, and read the answer (docs/outbox.md has the state machine).
#include "discourse/ApiErrors.h"
#include "discourse/ForumApi.h"
#include "discourse/ResponseParsers.h"
#include "net/ResponseDescription.h"
#include "net/RetryPolicy.h"
#include "outbox/DeliveryRun.h"
#include "outbox/OutboxLog.h"
#include "outbox/PostText.h"
#include "session/ForumConnection.h"
#include "store/DraftRepository.h"

namespace outpost::outbox {

namespace {

using Verdict = Reconciliation::Verdict;

store::OutboxProblem problemFor(discourse::RefusalKind kind)
{
    switch (kind) {
    case discourse::RefusalKind::TooShort:
        return store::OutboxProblem::TooShort;
    case discourse::RefusalKind::TooSimilar:
        return store::OutboxProblem::TooSimilar;
    case discourse::RefusalKind::TopicClosedOrDeleted:
        return store::OutboxProblem::TopicClosedOrDeleted;
    case discourse::RefusalKind::NoPermission:
        return store::OutboxProblem::NoPermission;
    case discourse::RefusalKind::NewUserLimit:
        return store::OutboxProblem::NewUserLimit;
    case discourse::RefusalKind::NotFound:
        return store::OutboxProblem::NotFound;
    case discourse::RefusalKind::RateLimited:
    case discourse::RefusalKind::Other:
        break;
    }
    return store::OutboxProblem::Refused;
}

// Discourse's generic 403 text says nothing about why; ours does.
bool isGenericForbidden(const discourse::ApiError &error)
{
    return error.errors.isEmpty() ||
           error.errors.constFirst().startsWith(QLatin1String("You are not permitted to view"));
}

} // namespace

DeliveryRun::ItemResult DeliveryRun::deliverItem(store::OutboxItem item)
{
    for (int sends = 0;;) {
        if (item.unconfirmed) {
            if (const std::optional<ItemResult> settled = reconcileFirst(item))
                return *settled;
        }
        QString originalText;
        if (item.kind == store::OutboxKind::Edit) {
            if (const std::optional<ItemResult> settled = checkEdit(item, &originalText))
                return *settled;
        }
        if (sends >= m_options.maxSendsPerItem || stopped() || m_cancel.isCancelled())
            return ItemResult::Waiting;
        ++sends;
        bool again = false;
        const ItemResult result = attempt(item, originalText, &again);
        if (!again || stopped())
            return result;
        // The attempt's outcome is unknown and the link seems fine: find out now.
        const std::optional<store::OutboxItem> fresh = m_outbox.find(item.id);
        if (!fresh || fresh->state != store::OutboxState::Queued)
            return ItemResult::Done;
        item = *fresh;
    }
}

std::optional<DeliveryRun::ItemResult> DeliveryRun::reconcileFirst(store::OutboxItem &item)
{
    if (item.kind == store::OutboxKind::Edit)
        return std::nullopt; // checkEdit() reads the post anyway and recognises our text
    const std::optional<QString> name = username();
    if (!name) {
        markWaiting(item, tr("An earlier attempt to send this may have arrived; Outpost could "
                             "not check yet and sends nothing until it can."));
        return ItemResult::Waiting;
    }
    const Reconciliation found = m_reconciler.reconcile(item, *name);
    switch (found.verdict) {
    case Verdict::Landed:
        markSent(item, found.postId,
                 found.topicId ? std::optional<qint64>(found.topicId) : item.topicId);
        return ItemResult::Done;
    case Verdict::Absent:
        return std::nullopt;
    case Verdict::Unknown:
        break;
    }
    return readFailed(item, found);
}

std::optional<DeliveryRun::ItemResult> DeliveryRun::checkEdit(const store::OutboxItem &item,
                                                              QString *originalText)
{
    if (!item.postId) {
        markRefused(item, tr("This edit does not say which post it changes."),
                    store::OutboxProblem::Refused);
        return ItemResult::Done;
    }
    Reconciliation failure;
    const std::optional<discourse::Post> post = m_reconciler.readPost(*item.postId, &failure);
    if (!post) {
        if (failure.verdict == Verdict::Absent) {
            markRefused(item,
                        tr("The post you edited is no longer on the forum, or you may no longer "
                           "see it. Your text is kept here."),
                        store::OutboxProblem::NotFound);
            return ItemResult::Done;
        }
        return readFailed(item, failure);
    }
    const QString theirs = post->raw.value_or(QString());
    if (post->raw && sameText(theirs, item.raw)) {
        // Our text is there: this edit (or an identical one) already landed.
        markSent(item, post->id, post->topicId);
        return ItemResult::Done;
    }
    if (item.baseVersion && post->version > *item.baseVersion) {
        m_outbox.markConflict(item.id,
                              tr("Someone changed this post on the forum after you began your "
                                 "edit. Compare both versions and choose which to keep."),
                              theirs, post->version);
        ++m_report.needsAttention;
        m_report.attentionIds.append(item.id);
        notify(item.id);
        return ItemResult::Done;
    }
    *originalText = theirs;
    return std::nullopt;
}

net::HttpRequest DeliveryRun::requestFor(const store::OutboxItem &item,
                                         const QString &originalText) const
{
    const discourse::ForumApi &api = m_connection.api();
    switch (item.kind) {
    case store::OutboxKind::Reply:
        return api.createReply(item.topicId.value_or(0), item.raw, item.replyToPostNumber);
    case store::OutboxKind::NewTopic:
        return api.createTopic(item.title, item.raw, item.categoryId.value_or(0));
    case store::OutboxKind::Edit:
        return api.editPost(item.postId.value_or(0), item.raw, {}, originalText);
    case store::OutboxKind::Like:
        break;
    }
    return api.like(item.postId.value_or(0));
}

DeliveryRun::ItemResult DeliveryRun::attempt(store::OutboxItem &item, const QString &originalText,
                                             bool *again)
{
    // Recorded before the request leaves: a crash from here on leaves the row in `sending`,
    // and the next delivery reconciles before it sends again.
    const std::optional<store::OutboxItem> started = m_outbox.beginAttempt(item.id);
    if (!started)
        return ItemResult::Done; // discarded or changed meanwhile
    item = *started;
    notify(item.id);
    qCInfo(lcOutbox).noquote() << "sending" << store::outboxKindName(item.kind) << item.id
                               << "attempt" << item.attempts;

    const StepResult step =
            runStep(m_runner, requestFor(item, originalText), m_options.requestPriority);
    if (!step.answered()) {
        // Still in the runner's queue, never sent: but the runner may send it if it is run
        // again, so the next delivery checks the forum first.
        markUnconfirmed(item, tr("Not sent yet: the forum could not be reached in time."));
        stopForOutcome(step.outcome);
        return ItemResult::Waiting;
    }
    return readAnswer(item, *step.response, again);
}

DeliveryRun::ItemResult DeliveryRun::readAnswer(store::OutboxItem &item,
                                                const net::HttpResponse &response, bool *again)
{
    if (response.error != net::TransferError::None) {
        const bool cancelled = response.error == net::TransferError::Cancelled;
        if (!response.requestSent) {
            // The forum cannot have acted on it.
            markWaiting(item, net::describeForPeople(response));
            if (cancelled)
                stopForOutcome({net::RunOutcome::Kind::Cancelled, 0, response.error, {}});
            else
                stopBecause(DeliveryStop::Offline, net::describeForPeople(response));
            return ItemResult::Waiting;
        }
        markUnconfirmed(item, tr("The connection broke before the forum answered. Outpost "
                                 "checks whether this arrived before sending it again."));
        if (cancelled)
            stopForOutcome({net::RunOutcome::Kind::Cancelled, 0, response.error, {}});
        else
            *again = true;
        return ItemResult::Waiting;
    }
    if (response.status >= 200 && response.status < 300) {
        if (item.kind == store::OutboxKind::Reply || item.kind == store::OutboxKind::NewTopic) {
            const discourse::ParseResult<discourse::CreatePostResult> created =
                    discourse::parseCreatePostResult(response.body);
            if (created && created->enqueued) {
                markSentForReview(item, created->pendingPostId);
                return ItemResult::Done;
            }
            if (created && created->post && created->post->id > 0) {
                markSent(item, created->post->id, created->post->topicId);
                return ItemResult::Done;
            }
        } else {
            const discourse::ParseResult<discourse::Post> post =
                    item.kind == store::OutboxKind::Edit
                            ? discourse::parseEditPostResult(response.body)
                            : discourse::parseLikeResult(response.body);
            if (post) {
                markSent(item, post->id, post->topicId);
                return ItemResult::Done;
            }
        }
        // A success we cannot read (a proxy's page, a cut body): it most likely landed.
        markUnconfirmed(item, tr("The forum's answer could not be read. Outpost checks whether "
                                 "this arrived before sending it again."));
        *again = true;
        return ItemResult::Waiting;
    }
    return readRefusal(item, response);
}

DeliveryRun::ItemResult DeliveryRun::readRefusal(store::OutboxItem &item,
                                                 const net::HttpResponse &response)
{
    const discourse::ApiError error = discourse::parseApiError(response);
    const discourse::RefusalKind kind = discourse::classifyRefusal(error);
    qCInfo(lcOutbox).noquote() << "refused" << item.id << "status" << response.status
                               << error.errors.join(QStringLiteral("; "));
    if (response.status == 429 || kind == discourse::RefusalKind::RateLimited) {
        // The runner already waited as asked; this one is for a later delivery.
        markWaiting(item, discourse::describeForPeople(error));
        if (response.status == 429)
            stopBecause(DeliveryStop::BudgetExhausted, discourse::describeForPeople(error));
        return ItemResult::Waiting;
    }
    if (response.status >= 500) {
        // A proxy's 502/504 may come after the app did the work: check before resending.
        markUnconfirmed(item, discourse::describeForPeople(error));
        return ItemResult::Waiting;
    }
    if (response.status == 403)
        return afterForbidden(item, error);
    if (response.status == 409 && item.kind == store::OutboxKind::Edit)
        return afterEditConflict(item);
    if (kind == discourse::RefusalKind::TooSimilar)
        return afterTooSimilar(item, error);
    markRefused(item, discourse::describeForPeople(error), problemFor(kind));
    return ItemResult::Done;
}

DeliveryRun::ItemResult DeliveryRun::afterTooSimilar(store::OutboxItem &item,
                                                     const discourse::ApiError &error)
{
    // Usually an earlier attempt landed and this one repeats it.
    const std::optional<QString> name = username();
    if (!name) {
        markUnconfirmed(item, discourse::describeForPeople(error));
        return ItemResult::Waiting;
    }
    const Reconciliation found = m_reconciler.reconcile(item, *name);
    switch (found.verdict) {
    case Verdict::Landed:
        markSent(item, found.postId,
                 found.topicId ? std::optional<qint64>(found.topicId) : item.topicId);
        return ItemResult::Done;
    case Verdict::Absent:
        markRefused(item, discourse::describeForPeople(error), store::OutboxProblem::TooSimilar);
        return ItemResult::Done;
    case Verdict::Unknown:
        break;
    }
    markUnconfirmed(item, discourse::describeForPeople(error));
    return readFailed(item, found);
}

DeliveryRun::ItemResult DeliveryRun::afterForbidden(store::OutboxItem &item,
                                                    const discourse::ApiError &error)
{
    // A revoked key and a refusal of this one item both answer 403 invalid_access: ask the
    // forum who we are to tell them apart.
    switch (checkSession()) {
    case SessionCheck::Refused:
        markWaiting(item, m_account.needsSignIn());
        return ItemResult::Waiting;
    case SessionCheck::Unknown:
        markWaiting(item, discourse::describeForPeople(error));
        return ItemResult::Waiting;
    case SessionCheck::Works:
        break;
    }
    if (item.kind == store::OutboxKind::Like) {
        // Liking twice is refused the same way: perhaps the first like did land.
        const Reconciliation found = m_reconciler.reconcile(item, *m_username);
        if (found.verdict == Verdict::Landed) {
            markSent(item, found.postId, found.topicId);
            return ItemResult::Done;
        }
        if (found.verdict == Verdict::Unknown)
            return readFailed(item, found);
    }
    const QString reason =
            isGenericForbidden(error)
                    ? tr("The forum did not allow this. The topic or category may be closed to "
                         "you, or it may be something the forum never allows (such as liking "
                         "your own post).")
                    : discourse::describeForPeople(error);
    markRefused(item, reason, store::OutboxProblem::NoPermission);
    return ItemResult::Done;
}

DeliveryRun::ItemResult DeliveryRun::afterEditConflict(store::OutboxItem &item)
{
    // The post changed between our check and our edit: show the person the forum's text.
    Reconciliation failure;
    const std::optional<discourse::Post> post =
            m_reconciler.readPost(item.postId.value_or(0), &failure);
    if (!post) {
        markWaiting(item, tr("Someone changed this post on the forum meanwhile; Outpost will "
                             "fetch their version on the next sync."));
        return failure.verdict == Verdict::Absent ? ItemResult::Waiting : readFailed(item, failure);
    }
    m_outbox.markConflict(item.id,
                          tr("Someone changed this post on the forum after you began your edit. "
                             "Compare both versions and choose which to keep."),
                          post->raw.value_or(QString()), post->version);
    ++m_report.needsAttention;
    m_report.attentionIds.append(item.id);
    notify(item.id);
    return ItemResult::Done;
}

DeliveryRun::ItemResult DeliveryRun::readFailed(const store::OutboxItem &item,
                                                const Reconciliation &failure)
{
    const StepResult &step = failure.failure;
    if (!step.answered()) {
        stopForOutcome(step.outcome);
        return ItemResult::Waiting;
    }
    const net::HttpResponse &response = *step.response;
    if (failure.unreadable) {
        qCInfo(lcOutbox).noquote()
                << "unreadable answer while checking" << item.id << failure.detail;
        if (item.error.isEmpty())
            markWaiting(item, tr("The forum's answer could not be read; Outpost tries again on "
                                 "the next sync."));
        return ItemResult::Waiting;
    }
    if (response.error != net::TransferError::None) {
        if (step.outcome.kind != net::RunOutcome::Kind::Completed)
            stopForOutcome(step.outcome);
        else if (net::isConnectionFailure(response.error) &&
                 !(response.error == net::TransferError::ConnectionCut ||
                   response.error == net::TransferError::Stalled))
            stopBecause(DeliveryStop::Offline, net::describeForPeople(response));
        return ItemResult::Waiting;
    }
    if (response.status == 403 || response.status == 401) {
        // Our own reads are refused: the key, most likely (checkSession() stops the delivery
        // if so); otherwise the item waits and says why.
        if (checkSession() == SessionCheck::Works)
            markWaiting(item, discourse::describeForPeople(discourse::parseApiError(response)));
        return ItemResult::Waiting;
    }
    if (response.status == 429) {
        stopBecause(DeliveryStop::BudgetExhausted,
                    discourse::describeForPeople(discourse::parseApiError(response)));
        return ItemResult::Waiting;
    }
    return ItemResult::Waiting; // 5xx and the like: the next delivery tries again
}

void DeliveryRun::markSent(const store::OutboxItem &item, std::optional<qint64> postId,
                           std::optional<qint64> topicId)
{
    m_outbox.markSent(item.id, postId, topicId);
    ++m_report.sent;
    m_report.sentIds.append(item.id);
    qCInfo(lcOutbox).noquote() << "sent" << item.id << "post" << postId.value_or(0) << "topic"
                               << topicId.value_or(0);
    notify(item.id);
}

void DeliveryRun::markSentForReview(const store::OutboxItem &item, std::optional<qint64> pendingId)
{
    m_outbox.markSentForReview(item.id, pendingId);
    ++m_report.sent;
    ++m_report.sentForReview;
    m_report.sentIds.append(item.id);
    qCInfo(lcOutbox).noquote() << "sent for review" << item.id << "pending"
                               << pendingId.value_or(0);
    notify(item.id);
}

void DeliveryRun::markRefused(const store::OutboxItem &item, const QString &reason,
                              store::OutboxProblem problem)
{
    m_outbox.markNeedsAttention(item.id, reason, problem);
    ++m_report.needsAttention;
    m_report.attentionIds.append(item.id);
    notify(item.id);
}

void DeliveryRun::markWaiting(const store::OutboxItem &item, const QString &reason)
{
    m_outbox.markQueued(item.id, reason);
    notify(item.id);
}

void DeliveryRun::markUnconfirmed(const store::OutboxItem &item, const QString &reason)
{
    m_outbox.markUnconfirmed(item.id, reason);
    notify(item.id);
}

} // namespace outpost::outbox
