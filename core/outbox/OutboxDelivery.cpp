#include "outbox/OutboxDelivery.h"

#include "Clock.h"
#include "discourse/ApiErrors.h"
#include "discourse/SessionAnswer.h"
#include "net/RequestRunner.h"
#include "net/ResponseDescription.h"
#include "outbox/DeliveryRun.h"
#include "outbox/OutboxLock.h"
#include "outbox/OutboxLog.h"
#include "session/ForumConnection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace outpost::outbox {

namespace {

// Items of one topic go in the order they were queued: a later one waits while an earlier one
// waits. Edits of one post likewise. Likes have no order to keep.
QString orderKey(const store::OutboxItem &item)
{
    switch (item.kind) {
    case store::OutboxKind::Reply:
        if (item.topicId)
            return QStringLiteral("topic:%1").arg(*item.topicId);
        return QStringLiteral("after:") + item.dependsOn;
    case store::OutboxKind::NewTopic:
        return QStringLiteral("new:") + item.id;
    case store::OutboxKind::Edit:
        return QStringLiteral("post:%1").arg(item.postId.value_or(0));
    case store::OutboxKind::Like:
        break;
    }
    return {};
}

} // namespace

QString stopName(DeliveryStop stop)
{
    switch (stop) {
    case DeliveryStop::Completed:
        return QStringLiteral("completed");
    case DeliveryStop::NotSignedIn:
        return QStringLiteral("not_signed_in");
    case DeliveryStop::NeedsSignIn:
        return QStringLiteral("needs_sign_in");
    case DeliveryStop::Offline:
        return QStringLiteral("offline");
    case DeliveryStop::BudgetExhausted:
        return QStringLiteral("budget_exhausted");
    case DeliveryStop::Cancelled:
        return QStringLiteral("cancelled");
    case DeliveryStop::Busy:
        return QStringLiteral("busy");
    case DeliveryStop::Failed:
        break;
    }
    return QStringLiteral("failed");
}

OutboxDelivery::OutboxDelivery(DeliveryOptions options)
    : m_options(std::move(options))
{}

DeliveryReport OutboxDelivery::deliver(session::ForumConnection &connection,
                                       net::RequestRunner &runner, const CancelToken &cancel)
{
    DeliveryRun run(connection, runner, cancel, m_options);
    return run.run();
}

DeliveryRun::DeliveryRun(session::ForumConnection &connection, net::RequestRunner &runner,
                         const CancelToken &cancel, const DeliveryOptions &options)
    : m_connection(connection)
    , m_runner(runner)
    , m_cancel(cancel)
    , m_options(options)
    , m_forumId(connection.forum().id)
    , m_outbox(connection.userDatabase(), connection.clock())
    , m_account(connection.userDatabase(), connection.clock(), connection.forum().id)
    , m_reconciler(runner, connection.api(), m_outbox, connection.forum().id,
                   options.requestPriority, options.clockSkewMarginMs)
{}

DeliveryReport DeliveryRun::run()
{
    try {
        OutboxLock lock(m_connection.userDatabase(), m_forumId);
        if (!lock.tryLock()) {
            stopBecause(DeliveryStop::Busy,
                        tr("Another Outpost window or program is sending this forum's outbox "
                           "right now. Nothing was sent twice; try again in a moment."));
            finishReport();
            return m_report;
        }
        // Holding the lock, no one else is sending: rows left in `sending` belong to a run
        // that died mid-request, and their attempt may have landed.
        if (const int interrupted = m_outbox.recoverInterrupted(m_forumId); interrupted > 0) {
            qCInfo(lcOutbox) << interrupted
                             << "item(s) interrupted mid-request: reconciling before resending";
        }
        deliverQueue();
        finishReport();
    } catch (const store::StoreError &error) {
        qCWarning(lcOutbox) << "delivery failed:" << error.what();
        stopBecause(DeliveryStop::Failed, error.message());
    }
    return m_report;
}

void DeliveryRun::deliverQueue()
{
    const QList<store::OutboxItem> queued = m_outbox.list(m_forumId, {store::OutboxState::Queued});
    if (queued.isEmpty())
        return;
    if (!m_connection.isSignedIn()) {
        stopBecause(DeliveryStop::NotSignedIn,
                    tr("Sign in to send: %n item(s) are waiting in the outbox.", nullptr,
                       int(queued.size())));
        return;
    }
    // The forum refused the key last time: sending waits until it works again (perhaps the
    // person has signed in since).
    if (!m_account.needsSignIn().isEmpty() && checkSession() != SessionCheck::Works)
        return;

    QSet<QString> blocked;
    for (const store::OutboxItem &item : queued) {
        if (stopped())
            break;
        if (m_cancel.isCancelled()) {
            stopBecause(DeliveryStop::Cancelled,
                        tr("Sending was cancelled. What was not sent stays in the outbox."));
            break;
        }
        deliverInOrder(item, blocked);
    }
}

void DeliveryRun::deliverInOrder(const store::OutboxItem &queued, QSet<QString> &blocked)
{
    // The person may have changed or removed it while earlier items were sent.
    std::optional<store::OutboxItem> item = m_outbox.find(queued.id);
    if (!item || item->state != store::OutboxState::Queued)
        return;
    const QString keyBefore = orderKey(*item);
    if (!keyBefore.isEmpty() && blocked.contains(keyBefore))
        return;
    if (!resolveDependency(*item)) {
        blocked.insert(keyBefore);
        return;
    }
    const QString key = orderKey(*item);
    if (!key.isEmpty() && blocked.contains(key))
        return;
    if (deliverItem(*item) == ItemResult::Waiting) {
        if (!key.isEmpty())
            blocked.insert(key);
        if (!keyBefore.isEmpty())
            blocked.insert(keyBefore);
    }
}

bool DeliveryRun::resolveDependency(store::OutboxItem &item)
{
    if (item.dependsOn.isEmpty() || item.topicId)
        return true;
    const std::optional<store::OutboxItem> parent = m_outbox.find(item.dependsOn);
    QString reason;
    if (!parent) {
        // Cannot happen through the repository (a parent with dependents is not removed).
        markRefused(item,
                    tr("The new topic this replies to was removed from the outbox. Choose a "
                       "topic to reply to, or keep this as a draft."),
                    store::OutboxProblem::NotFound);
        return false;
    }
    if (parent->state == store::OutboxState::Sent && parent->remoteTopicId) {
        m_outbox.setTopicId(item.id, *parent->remoteTopicId);
        item.topicId = parent->remoteTopicId;
        return true;
    }
    if (parent->state == store::OutboxState::Sent)
        reason = tr("Waiting for a moderator to approve the new topic this replies to.");
    else if (parent->state == store::OutboxState::NeedsAttention)
        reason = tr("Waiting for the new topic this replies to, which needs your attention.");
    else
        reason = tr("Waiting for the new topic this replies to.");
    if (item.error != reason)
        markWaiting(item, reason);
    return false;
}

DeliveryRun::SessionCheck DeliveryRun::checkSession()
{
    const StepResult step =
            runStep(m_runner, m_connection.api().currentSession(), m_options.requestPriority);
    if (!step.answered()) {
        stopForOutcome(step.outcome);
        return SessionCheck::Unknown;
    }
    const net::HttpResponse &response = *step.response;
    discourse::SessionAnswer answer = discourse::readSessionAnswer(response);
    switch (answer.verdict) {
    case discourse::SessionAnswer::Verdict::Refused: {
        const QString message = tr("The forum refused your sign-in key, so nothing more was "
                                   "sent. Sign in to this forum again; your posts wait in the "
                                   "outbox.");
        m_account.setNeedsSignIn(message);
        stopBecause(DeliveryStop::NeedsSignIn, message);
        return SessionCheck::Refused;
    }
    case discourse::SessionAnswer::Verdict::NotAnswered:
    case discourse::SessionAnswer::Verdict::Failed:
        if (step.outcome.kind != net::RunOutcome::Kind::Completed)
            stopForOutcome(step.outcome);
        else
            stopBecause(DeliveryStop::Offline, net::describeForPeople(response));
        return SessionCheck::Unknown;
    case discourse::SessionAnswer::Verdict::Unreadable:
        stopBecause(DeliveryStop::Offline, discourse::describeForPeople(answer.error));
        return SessionCheck::Unknown;
    case discourse::SessionAnswer::Verdict::Accepted:
        break;
    }
    m_account.rememberUsername(answer.user.username);
    m_account.clearNeedsSignIn();
    m_username = answer.user.username;
    return SessionCheck::Works;
}

std::optional<QString> DeliveryRun::username()
{
    if (!m_username)
        m_username = m_account.username();
    if (!m_username && checkSession() == SessionCheck::Works)
        return m_username;
    return m_username;
}

void DeliveryRun::stopForOutcome(const net::RunOutcome &outcome)
{
    switch (outcome.kind) {
    case net::RunOutcome::Kind::Cancelled:
        stopBecause(DeliveryStop::Cancelled,
                    tr("Sending was cancelled. What was not sent stays in the outbox."));
        break;
    case net::RunOutcome::Kind::BudgetExhausted:
        stopBecause(
                DeliveryStop::BudgetExhausted,
                tr("The forum's request limit is used up for now, or the forum asked Outpost "
                   "to wait. Sending goes on from %1.")
                        .arg(QLocale().toString(
                                QDateTime::fromMSecsSinceEpoch(outcome.resumeAtMs).toLocalTime(),
                                QLocale::ShortFormat)),
                outcome.resumeAtMs);
        break;
    case net::RunOutcome::Kind::Unreachable:
    case net::RunOutcome::Kind::Completed:
        stopBecause(DeliveryStop::Offline,
                    tr("The forum could not be reached. The outbox is sent on the next sync.") +
                            (outcome.lastError == net::TransferError::None
                                     ? QString()
                                     : u' ' + net::describeForPeople(outcome.lastError)));
        break;
    }
}

void DeliveryRun::stopBecause(DeliveryStop stop, const QString &message, qint64 resumeAtMs)
{
    if (stopped())
        return;
    m_report.stop = stop;
    m_report.resumeAtMs = resumeAtMs;
    if (!message.isEmpty())
        m_report.messages.append(message);
    qCInfo(lcOutbox).noquote() << "delivery stops:" << stopName(stop);
}

void DeliveryRun::finishReport()
{
    const QList<store::OutboxItem> left = m_outbox.list(m_forumId, {store::OutboxState::Queued});
    m_report.waiting = int(left.size());
    if (m_report.sentForReview > 0)
        m_report.messages.append(tr("%n item(s) were accepted and wait for a moderator's approval.",
                                    nullptr, m_report.sentForReview));
    if (m_report.needsAttention > 0)
        m_report.messages.append(tr("The forum refused %n item(s); they need your attention. "
                                    "Nothing was lost.",
                                    nullptr, m_report.needsAttention));
    if (m_report.stop == DeliveryStop::Completed && m_report.waiting > 0)
        m_report.messages.append(
                tr("%n item(s) wait for an earlier item, or for the forum to answer; they are "
                   "sent on the next sync.",
                   nullptr, m_report.waiting));
    qCInfo(lcOutbox).noquote() << "delivery" << stopName(m_report.stop) << "sent" << m_report.sent
                               << "attention" << m_report.needsAttention << "waiting"
                               << m_report.waiting;
}

void DeliveryRun::notify(const QString &id)
{
    if (!m_options.onItemChanged)
        return;
    if (const std::optional<store::OutboxItem> item = m_outbox.find(id))
        m_options.onItemChanged(*item);
}

} // namespace outpost::outbox
