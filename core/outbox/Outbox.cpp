#include "outbox/Outbox.h"

#include "Clock.h"
#include "outbox/ForumAccount.h"
#include "outbox/OutboxLock.h"
#include "store/Database.h"
#include "store/DraftRepository.h"
#include "store/OutboxRepository.h"

using namespace Qt::StringLiterals;

namespace outpost::outbox {

Outbox::Outbox(store::Database &userDb, const Clock &clock, qint64 forumId)
    : m_db(userDb)
    , m_clock(clock)
    , m_forumId(forumId)
{}

void Outbox::checkText(const QString &raw) const
{
    if (raw.trimmed().isEmpty()) {
        throw store::StoreError(store::StoreErrorKind::InvalidArgument,
                                tr("There is nothing to send: the text is empty."), u"empty raw"_s);
    }
}

store::OutboxItem Outbox::queue(store::OutboxItem item)
{
    item.forumId = m_forumId;
    return store::OutboxRepository(m_db, m_clock).enqueue(std::move(item));
}

store::OutboxItem Outbox::queueReply(qint64 topicId, const QString &raw,
                                     std::optional<int> replyToPostNumber)
{
    checkText(raw);
    store::OutboxItem item;
    item.kind = store::OutboxKind::Reply;
    item.topicId = topicId;
    item.replyToPostNumber = replyToPostNumber;
    item.raw = raw;
    return queue(std::move(item));
}

store::OutboxItem Outbox::queueReplyToQueued(const QString &newTopicItemId, const QString &raw)
{
    checkText(raw);
    const std::optional<store::OutboxItem> parent = find(newTopicItemId);
    if (!parent || parent->kind != store::OutboxKind::NewTopic) {
        throw store::StoreError(store::StoreErrorKind::InvalidArgument,
                                tr("There is no new topic with that id in the outbox."),
                                u"no new topic %1"_s.arg(newTopicItemId));
    }
    store::OutboxItem item;
    item.kind = store::OutboxKind::Reply;
    item.raw = raw;
    if (parent->state == store::OutboxState::Sent && parent->remoteTopicId)
        item.topicId = parent->remoteTopicId; // already there: an ordinary reply
    else
        item.dependsOn = parent->id;
    return queue(std::move(item));
}

store::OutboxItem Outbox::queueNewTopic(qint64 categoryId, const QString &title, const QString &raw)
{
    checkText(raw);
    if (title.trimmed().isEmpty()) {
        throw store::StoreError(store::StoreErrorKind::InvalidArgument,
                                tr("A new topic needs a title."), u"empty title"_s);
    }
    store::OutboxItem item;
    item.kind = store::OutboxKind::NewTopic;
    item.categoryId = categoryId;
    item.title = title.trimmed();
    item.raw = raw;
    return queue(std::move(item));
}

store::OutboxItem Outbox::queueEdit(qint64 postId, std::optional<int> baseVersion,
                                    const QString &raw)
{
    checkText(raw);
    store::OutboxItem item;
    item.kind = store::OutboxKind::Edit;
    item.postId = postId;
    item.baseVersion = baseVersion;
    item.raw = raw;
    return queue(std::move(item));
}

store::OutboxItem Outbox::queueLike(qint64 postId)
{
    store::OutboxItem item;
    item.kind = store::OutboxKind::Like;
    item.postId = postId;
    return queue(std::move(item));
}

store::OutboxItem Outbox::queueDraft(const QString &draftId, const QString &dependsOn)
{
    const std::optional<store::Draft> draft = store::DraftRepository(m_db, m_clock).find(draftId);
    if (draft)
        checkText(draft->raw);
    return store::OutboxRepository(m_db, m_clock).queueFromDraft(draftId, dependsOn);
}

QList<store::OutboxItem> Outbox::items(const QList<store::OutboxState> &states) const
{
    return store::OutboxRepository(m_db, m_clock).list(m_forumId, states);
}

std::optional<store::OutboxItem> Outbox::find(const QString &id) const
{
    std::optional<store::OutboxItem> item = store::OutboxRepository(m_db, m_clock).find(id);
    if (item && item->forumId != m_forumId)
        return std::nullopt;
    return item;
}

std::optional<store::OutboxItem> Outbox::findByPrefix(const QString &prefix, bool *ambiguous) const
{
    if (ambiguous)
        *ambiguous = false;
    if (const std::optional<store::OutboxItem> exact = find(prefix))
        return exact;
    if (prefix.size() < 4)
        return std::nullopt;
    std::optional<store::OutboxItem> match;
    for (const store::OutboxItem &item : items()) {
        if (!item.id.startsWith(prefix, Qt::CaseInsensitive))
            continue;
        if (match) {
            if (ambiguous)
                *ambiguous = true;
            return std::nullopt;
        }
        match = item;
    }
    return match;
}

OutboxSummary Outbox::summary() const
{
    OutboxSummary summary;
    for (const store::OutboxItem &item : items()) {
        switch (item.state) {
        case store::OutboxState::Queued:
            ++summary.queued;
            summary.unconfirmed += item.unconfirmed ? 1 : 0;
            break;
        case store::OutboxState::Sending:
            ++summary.sending;
            break;
        case store::OutboxState::NeedsAttention:
            ++summary.needsAttention;
            break;
        case store::OutboxState::Sent:
            ++summary.sent;
            summary.awaitingReview += item.pendingPostId ? 1 : 0;
            break;
        }
    }
    summary.needsSignIn = ForumAccount(m_db, m_clock, m_forumId).needsSignIn();
    return summary;
}

void Outbox::retry(const QString &id)
{
    store::OutboxRepository(m_db, m_clock).retry(id);
}

store::OutboxItem Outbox::edit(const QString &id, const QString &raw, const QString &title)
{
    checkText(raw);
    const std::optional<store::OutboxItem> item = find(id);
    if (item && item->kind == store::OutboxKind::NewTopic && title.trimmed().isEmpty()) {
        throw store::StoreError(store::StoreErrorKind::InvalidArgument,
                                tr("A new topic needs a title."), u"empty title"_s);
    }
    return store::OutboxRepository(m_db, m_clock)
            .updateText(id, raw,
                        item && item->kind == store::OutboxKind::NewTopic ? title.trimmed()
                                                                          : QString());
}

store::Draft Outbox::keepAsDraft(const QString &id)
{
    return store::OutboxRepository(m_db, m_clock).returnToDrafts(id);
}

QStringList Outbox::discard(const QString &id, DiscardMode mode)
{
    store::OutboxRepository outbox(m_db, m_clock);
    if (mode == DiscardMode::WithDependents)
        return outbox.removeWithDependents(id);
    outbox.remove(id);
    return {id};
}

void Outbox::resolveConflictKeepMine(const QString &id)
{
    store::OutboxRepository(m_db, m_clock).keepMine(id);
}

void Outbox::resolveConflictTakeTheirs(const QString &id)
{
    const std::optional<store::OutboxItem> item = find(id);
    if (!item || item->problem != store::OutboxProblem::EditConflict) {
        throw store::StoreError(store::StoreErrorKind::InvalidArgument,
                                tr("This item is not an edit in conflict."),
                                u"outbox %1 has no conflict"_s.arg(id));
    }
    store::OutboxRepository(m_db, m_clock).remove(id);
}

int Outbox::forgetSent(qint64 olderThanMs)
{
    return store::OutboxRepository(m_db, m_clock)
            .removeSent(m_forumId, m_clock.nowMs() - olderThanMs);
}

int Outbox::recoverInterrupted()
{
    OutboxLock lock(m_db, m_forumId);
    if (!lock.tryLock())
        return 0;
    return store::OutboxRepository(m_db, m_clock).recoverInterrupted(m_forumId);
}

} // namespace outpost::outbox
