#include "store/OutboxRepository.h"

#include "Clock.h"
#include "store/Database.h"
#include "store/DraftRepository.h"

#include <QCoreApplication>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("outpost::store", text);
}

OutboxKind kindFromName(const QString &name)
{
    for (OutboxKind kind :
         {OutboxKind::Reply, OutboxKind::NewTopic, OutboxKind::Edit, OutboxKind::Like}) {
        if (outboxKindName(kind) == name)
            return kind;
    }
    return OutboxKind::Reply;
}

OutboxState stateFromName(const QString &name)
{
    for (OutboxState state : {OutboxState::Queued, OutboxState::Sending, OutboxState::Sent,
                              OutboxState::NeedsAttention}) {
        if (outboxStateName(state) == name)
            return state;
    }
    return OutboxState::NeedsAttention;
}

constexpr OutboxProblem kProblems[] = {OutboxProblem::TooShort,
                                       OutboxProblem::TooSimilar,
                                       OutboxProblem::TopicClosedOrDeleted,
                                       OutboxProblem::NoPermission,
                                       OutboxProblem::NewUserLimit,
                                       OutboxProblem::NotFound,
                                       OutboxProblem::EditConflict,
                                       OutboxProblem::Refused};

OutboxProblem problemFromName(const QString &name)
{
    if (name.isEmpty())
        return OutboxProblem::None;
    for (OutboxProblem problem : kProblems) {
        if (outboxProblemName(problem) == name)
            return problem;
    }
    return OutboxProblem::Refused; // written by a newer version: still a refusal
}

constexpr std::string_view kColumns =
        "SELECT id, forum_id, kind, state, draft_id, topic_id, reply_to_post_number, post_id,"
        " base_version, category_id, title, raw, attempts, first_attempt_at, last_attempt_at,"
        " error, remote_post_id, remote_topic_id, depends_on, created_at, updated_at,"
        " unconfirmed, problem, conflict_raw, conflict_version, pending_post_id"
        " FROM outbox";

OutboxItem readItem(const Statement &s)
{
    OutboxItem item;
    item.id = s.text(0);
    item.forumId = s.int64(1);
    item.kind = kindFromName(s.text(2));
    item.state = stateFromName(s.text(3));
    item.draftId = s.text(4);
    item.topicId = s.optionalInt64(5);
    item.replyToPostNumber = s.optionalInt(6);
    item.postId = s.optionalInt64(7);
    item.baseVersion = s.optionalInt(8);
    item.categoryId = s.optionalInt64(9);
    item.title = s.text(10);
    item.raw = s.text(11);
    item.attempts = s.integer(12);
    item.firstAttemptAt = s.dateTime(13);
    item.lastAttemptAt = s.dateTime(14);
    item.error = s.text(15);
    item.remotePostId = s.optionalInt64(16);
    item.remoteTopicId = s.optionalInt64(17);
    item.dependsOn = s.text(18);
    item.createdAt = s.dateTime(19);
    item.updatedAt = s.dateTime(20);
    item.unconfirmed = s.boolean(21);
    item.problem = problemFromName(s.text(22));
    item.conflictRaw = s.text(23);
    item.conflictVersion = s.optionalInt(24);
    item.pendingPostId = s.optionalInt64(25);
    return item;
}

OutboxKind outboxKindFor(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Reply:
        return OutboxKind::Reply;
    case DraftKind::NewTopic:
        return OutboxKind::NewTopic;
    case DraftKind::Edit:
        return OutboxKind::Edit;
    }
    return OutboxKind::Reply;
}

std::optional<DraftKind> draftKindFor(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Reply:
        return DraftKind::Reply;
    case OutboxKind::NewTopic:
        return DraftKind::NewTopic;
    case OutboxKind::Edit:
        return DraftKind::Edit;
    case OutboxKind::Like:
        break;
    }
    return std::nullopt;
}

[[noreturn]] void throwMissing(const QString &what, const QString &id)
{
    throw StoreError(StoreErrorKind::InvalidArgument,
                     tr("That draft or outbox item no longer exists. It may have been sent or "
                        "deleted in another window."),
                     u"%1 %2 not found"_s.arg(what, id));
}

[[noreturn]] void throwBusy(const OutboxItem &item)
{
    if (item.state == OutboxState::Sent) {
        throw StoreError(StoreErrorKind::InvalidArgument,
                         tr("This was already sent, so it cannot be changed here any more."),
                         u"outbox %1 is sent"_s.arg(item.id));
    }
    if (item.state == OutboxState::Sending) {
        throw StoreError(StoreErrorKind::InvalidArgument,
                         tr("This is being sent right now. Wait until it has gone or been "
                            "refused."),
                         u"outbox %1 is sending"_s.arg(item.id));
    }
    throw StoreError(StoreErrorKind::InvalidArgument,
                     tr("An earlier attempt to send this may have reached the forum. Outpost "
                        "checks that on the next sync; change it after that."),
                     u"outbox %1 is unconfirmed"_s.arg(item.id));
}

} // namespace

QString outboxProblemName(OutboxProblem problem)
{
    switch (problem) {
    case OutboxProblem::None:
        return {};
    case OutboxProblem::TooShort:
        return u"too_short"_s;
    case OutboxProblem::TooSimilar:
        return u"too_similar"_s;
    case OutboxProblem::TopicClosedOrDeleted:
        return u"topic_closed_or_deleted"_s;
    case OutboxProblem::NoPermission:
        return u"no_permission"_s;
    case OutboxProblem::NewUserLimit:
        return u"new_user_limit"_s;
    case OutboxProblem::NotFound:
        return u"not_found"_s;
    case OutboxProblem::EditConflict:
        return u"edit_conflict"_s;
    case OutboxProblem::Refused:
        break;
    }
    return u"refused"_s;
}

OutboxRepository::OutboxRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

OutboxItem OutboxRepository::enqueue(OutboxItem item)
{
    if (item.id.isEmpty())
        item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.nowMs();
    Statement stmt = m_db.prepare(
            "INSERT INTO outbox(id, forum_id, kind, state, draft_id, topic_id,"
            " reply_to_post_number, post_id, base_version, category_id, title, raw,"
            " depends_on, created_at, updated_at)"
            " VALUES (?1, ?2, ?3, 'queued', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)");
    stmt.bind(1, item.id)
            .bind(2, item.forumId)
            .bind(3, outboxKindName(item.kind))
            .bind(5, item.topicId)
            .bind(6, item.replyToPostNumber)
            .bind(7, item.postId)
            .bind(8, item.baseVersion)
            .bind(9, item.categoryId)
            .bind(10, item.title)
            .bind(11, item.raw)
            .bind(13, now);
    if (item.draftId.isEmpty())
        stmt.bindNull(4);
    else
        stmt.bind(4, item.draftId);
    if (item.dependsOn.isEmpty())
        stmt.bindNull(12);
    else
        stmt.bind(12, item.dependsOn);
    stmt.exec();
    return *find(item.id);
}

OutboxItem OutboxRepository::queueFromDraft(const QString &draftId, const QString &dependsOn)
{
    DraftRepository drafts(m_db, m_clock);
    Transaction transaction(m_db);
    const std::optional<Draft> draft = drafts.find(draftId);
    if (!draft)
        throwMissing(u"draft"_s, draftId);
    OutboxItem item;
    item.forumId = draft->forumId;
    item.kind = outboxKindFor(draft->kind);
    item.draftId = draft->id;
    item.topicId = draft->topicId;
    item.replyToPostNumber = draft->replyToPostNumber;
    item.postId = draft->postId;
    item.baseVersion = draft->baseVersion;
    item.categoryId = draft->categoryId;
    item.title = draft->title;
    item.raw = draft->raw;
    item.dependsOn = dependsOn;
    const OutboxItem queued = enqueue(item);
    drafts.remove(draftId);
    transaction.commit();
    return queued;
}

Draft OutboxRepository::returnToDrafts(const QString &outboxId)
{
    DraftRepository drafts(m_db, m_clock);
    Transaction transaction(m_db);
    const std::optional<OutboxItem> item = find(outboxId);
    if (!item)
        throwMissing(u"outbox item"_s, outboxId);
    const std::optional<DraftKind> kind = draftKindFor(item->kind);
    if (!kind || item->state == OutboxState::Sending || item->state == OutboxState::Sent) {
        throw StoreError(StoreErrorKind::InvalidArgument,
                         tr("This post is being sent or was already sent, so it cannot be "
                            "edited as a draft any more."),
                         u"outbox %1 is %2"_s.arg(outboxId, outboxStateName(item->state)));
    }
    if (item->unconfirmed)
        throwBusy(*item);
    Draft draft;
    // Reuse the draft's original id, so a GUI still showing it finds it again.
    draft.id = item->draftId.isEmpty() ? QString() : item->draftId;
    draft.forumId = item->forumId;
    draft.kind = *kind;
    draft.topicId = item->topicId;
    draft.replyToPostNumber = item->replyToPostNumber;
    draft.postId = item->postId;
    // A draft of an edit in conflict is written against the forum's text the person saw.
    draft.baseVersion = item->problem == OutboxProblem::EditConflict && item->conflictVersion
                                ? item->conflictVersion
                                : item->baseVersion;
    draft.categoryId = item->categoryId;
    draft.title = item->title;
    draft.raw = item->raw;
    const Draft saved = drafts.save(draft);
    remove(outboxId);
    transaction.commit();
    return saved;
}

std::optional<OutboxItem> OutboxRepository::find(const QString &id) const
{
    static const std::string sql = std::string(kColumns) + " WHERE id = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readItem(stmt);
}

QList<OutboxItem> OutboxRepository::list(qint64 forumId, const QList<OutboxState> &states) const
{
    // rowid breaks ties between rows queued in the same millisecond: it grows with inserts.
    static const std::string sql =
            std::string(kColumns) + " WHERE forum_id = ?1 ORDER BY created_at, rowid";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, forumId);
    QList<OutboxItem> items;
    while (stmt.step()) {
        OutboxItem item = readItem(stmt);
        if (states.isEmpty() || states.contains(item.state))
            items.append(std::move(item));
    }
    return items;
}

void OutboxRepository::setState(const QString &id, OutboxState state, const QString &error,
                                bool attempt)
{
    Statement stmt =
            m_db.prepare("UPDATE outbox SET state = ?2, error = ?3, updated_at = ?4,"
                         " attempts = attempts + ?5,"
                         " first_attempt_at = CASE WHEN ?5 THEN coalesce(first_attempt_at, ?4)"
                         "   ELSE first_attempt_at END,"
                         " last_attempt_at = CASE WHEN ?5 THEN ?4 ELSE last_attempt_at END,"
                         // A problem (and a conflict) is only kept while it needs attention.
                         " problem = CASE WHEN ?2 = 'needs_attention' THEN problem END,"
                         " conflict_raw = CASE WHEN ?2 = 'needs_attention' THEN conflict_raw END,"
                         " conflict_version = CASE WHEN ?2 = 'needs_attention'"
                         "   THEN conflict_version END"
                         " WHERE id = ?1");
    stmt.bind(1, id).bind(2, outboxStateName(state)).bind(4, m_clock.nowMs()).bind(5, attempt);
    if (error.isEmpty())
        stmt.bindNull(3);
    else
        stmt.bind(3, error);
    stmt.exec();
    if (m_db.changes() == 0)
        throwMissing(u"outbox item"_s, id);
}

QStringList OutboxRepository::dependents(const QString &id) const
{
    Statement stmt =
            m_db.prepare("SELECT id FROM outbox WHERE depends_on = ?1 ORDER BY created_at, rowid");
    stmt.bind(1, id);
    QStringList ids;
    while (stmt.step())
        ids.append(stmt.text(0));
    return ids;
}

void OutboxRepository::markSending(const QString &id)
{
    setState(id, OutboxState::Sending, {}, true);
}

std::optional<OutboxItem> OutboxRepository::beginAttempt(const QString &id)
{
    Transaction transaction(m_db);
    const std::optional<OutboxItem> item = find(id);
    if (!item || (item->state != OutboxState::Queued && item->state != OutboxState::Sending))
        return std::nullopt;
    setState(id, OutboxState::Sending, {}, true);
    std::optional<OutboxItem> started = find(id);
    transaction.commit();
    return started;
}

void OutboxRepository::markQueued(const QString &id, const QString &error)
{
    setState(id, OutboxState::Queued, error, false);
}

void OutboxRepository::markUnconfirmed(const QString &id, const QString &error)
{
    Transaction transaction(m_db);
    setState(id, OutboxState::Queued, error, false);
    Statement stmt = m_db.prepare("UPDATE outbox SET unconfirmed = 1 WHERE id = ?1");
    stmt.bind(1, id).exec();
    transaction.commit();
}

int OutboxRepository::recoverInterrupted(qint64 forumId)
{
    Statement stmt =
            m_db.prepare("UPDATE outbox SET state = 'queued', unconfirmed = 1, updated_at = ?2"
                         " WHERE forum_id = ?1 AND state = 'sending'");
    stmt.bind(1, forumId).bind(2, m_clock.nowMs()).exec();
    return m_db.changes();
}

void OutboxRepository::markSent(const QString &id, std::optional<qint64> remotePostId,
                                std::optional<qint64> remoteTopicId)
{
    Transaction transaction(m_db);
    setState(id, OutboxState::Sent, {}, false);
    Statement stmt = m_db.prepare(
            "UPDATE outbox SET remote_post_id = ?2, remote_topic_id = ?3, unconfirmed = 0,"
            " pending_post_id = NULL WHERE id = ?1");
    stmt.bind(1, id).bind(2, remotePostId).bind(3, remoteTopicId).exec();
    transaction.commit();
}

void OutboxRepository::markSentForReview(const QString &id, std::optional<qint64> pendingPostId)
{
    Transaction transaction(m_db);
    setState(id, OutboxState::Sent, {}, false);
    Statement stmt =
            m_db.prepare("UPDATE outbox SET pending_post_id = ?2, unconfirmed = 0 WHERE id = ?1");
    stmt.bind(1, id).bind(2, pendingPostId).exec();
    transaction.commit();
}

void OutboxRepository::markNeedsAttention(const QString &id, const QString &error,
                                          OutboxProblem problem)
{
    Transaction transaction(m_db);
    setState(id, OutboxState::NeedsAttention, error, false);
    Statement stmt = m_db.prepare("UPDATE outbox SET problem = ?2, unconfirmed = 0 WHERE id = ?1");
    stmt.bind(1, id).bind(2, outboxProblemName(problem)).exec();
    transaction.commit();
}

void OutboxRepository::markConflict(const QString &id, const QString &error,
                                    const QString &theirRaw, int theirVersion)
{
    Transaction transaction(m_db);
    markNeedsAttention(id, error, OutboxProblem::EditConflict);
    Statement stmt = m_db.prepare(
            "UPDATE outbox SET conflict_raw = ?2, conflict_version = ?3 WHERE id = ?1");
    stmt.bind(1, id).bind(2, theirRaw).bind(3, theirVersion).exec();
    transaction.commit();
}

void OutboxRepository::setTopicId(const QString &id, qint64 topicId)
{
    Statement stmt = m_db.prepare("UPDATE outbox SET topic_id = ?2, updated_at = ?3 WHERE id = ?1");
    stmt.bind(1, id).bind(2, topicId).bind(3, m_clock.nowMs()).exec();
    if (m_db.changes() == 0)
        throwMissing(u"outbox item"_s, id);
}

bool OutboxRepository::isRemotePostClaimed(qint64 forumId, qint64 remotePostId,
                                           const QString &exceptId) const
{
    Statement stmt = m_db.prepare(
            "SELECT 1 FROM outbox WHERE forum_id = ?1 AND remote_post_id = ?2 AND id <> ?3"
            " AND kind IN ('reply', 'new_topic') LIMIT 1");
    stmt.bind(1, forumId).bind(2, remotePostId).bind(3, exceptId);
    return stmt.step();
}

bool OutboxRepository::isRemoteTopicClaimed(qint64 forumId, qint64 remoteTopicId,
                                            const QString &exceptId) const
{
    Statement stmt = m_db.prepare(
            "SELECT 1 FROM outbox WHERE forum_id = ?1 AND remote_topic_id = ?2 AND id <> ?3"
            " AND kind = 'new_topic' LIMIT 1");
    stmt.bind(1, forumId).bind(2, remoteTopicId).bind(3, exceptId);
    return stmt.step();
}

OutboxItem OutboxRepository::requireEditable(const QString &id, bool allowConflict) const
{
    const std::optional<OutboxItem> item = find(id);
    if (!item)
        throwMissing(u"outbox item"_s, id);
    if (item->state == OutboxState::Sending || item->state == OutboxState::Sent ||
        item->unconfirmed)
        throwBusy(*item);
    if (!allowConflict && item->problem == OutboxProblem::EditConflict) {
        throw StoreError(StoreErrorKind::InvalidArgument,
                         tr("The post was changed on the forum after you began your edit. Keep "
                            "your version, take the forum's, or edit yours to merge them."),
                         u"outbox %1 is in conflict"_s.arg(id));
    }
    return *item;
}

void OutboxRepository::retry(const QString &id)
{
    const OutboxItem item = requireEditable(id, false);
    if (item.state != OutboxState::NeedsAttention)
        return; // already queued: nothing to do
    Statement stmt = m_db.prepare(
            "UPDATE outbox SET state = 'queued', error = NULL, problem = NULL, updated_at = ?2"
            " WHERE id = ?1");
    stmt.bind(1, id).bind(2, m_clock.nowMs()).exec();
}

OutboxItem OutboxRepository::updateText(const QString &id, const QString &raw, const QString &title)
{
    Transaction transaction(m_db);
    const OutboxItem item = requireEditable(id, true);
    const std::optional<int> base =
            item.problem == OutboxProblem::EditConflict ? item.conflictVersion : item.baseVersion;
    Statement stmt = m_db.prepare(
            "UPDATE outbox SET raw = ?2, title = ?3, base_version = ?4, state = 'queued',"
            " error = NULL, problem = NULL, conflict_raw = NULL, conflict_version = NULL,"
            " updated_at = ?5 WHERE id = ?1");
    stmt.bind(1, id).bind(2, raw).bind(3, title).bind(4, base).bind(5, m_clock.nowMs()).exec();
    OutboxItem updated = *find(id);
    transaction.commit();
    return updated;
}

void OutboxRepository::keepMine(const QString &id)
{
    Transaction transaction(m_db);
    const OutboxItem item = requireEditable(id, true);
    if (item.problem != OutboxProblem::EditConflict || !item.conflictVersion)
        return; // no conflict to resolve
    Statement stmt = m_db.prepare(
            "UPDATE outbox SET base_version = conflict_version, state = 'queued', error = NULL,"
            " problem = NULL, conflict_raw = NULL, conflict_version = NULL, updated_at = ?2"
            " WHERE id = ?1");
    stmt.bind(1, id).bind(2, m_clock.nowMs()).exec();
    transaction.commit();
}

QStringList OutboxRepository::removeWithDependents(const QString &id)
{
    Transaction transaction(m_db);
    QStringList order{id};
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (const QString &child : dependents(order[i])) {
            if (!order.contains(child))
                order.append(child);
        }
    }
    for (const QString &each : order) {
        const std::optional<OutboxItem> item = find(each);
        if (item && item->state == OutboxState::Sending)
            throwBusy(*item);
    }
    // Children first: depends_on references its parent.
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        Statement stmt = m_db.prepare("DELETE FROM outbox WHERE id = ?1");
        stmt.bind(1, *it).exec();
    }
    transaction.commit();
    return order;
}

int OutboxRepository::removeSent(qint64 forumId, qint64 beforeMs)
{
    Statement stmt = m_db.prepare(
            "DELETE FROM outbox WHERE forum_id = ?1 AND state = 'sent' AND updated_at < ?2"
            " AND id NOT IN (SELECT depends_on FROM outbox WHERE depends_on IS NOT NULL)");
    stmt.bind(1, forumId).bind(2, beforeMs).exec();
    return m_db.changes();
}

void OutboxRepository::remove(const QString &id)
{
    Statement waiting = m_db.prepare("SELECT count(*) FROM outbox WHERE depends_on = ?1");
    waiting.bind(1, id);
    if (waiting.step() && waiting.integer(0) > 0) {
        throw StoreError(StoreErrorKind::Constraint,
                         tr("Other queued posts depend on this one, so it cannot be removed yet."),
                         u"outbox %1 has dependents"_s.arg(id));
    }
    waiting.reset();
    if (const std::optional<OutboxItem> item = find(id);
        item && item->state == OutboxState::Sending)
        throwBusy(*item);
    Statement stmt = m_db.prepare("DELETE FROM outbox WHERE id = ?1");
    stmt.bind(1, id).exec();
}

} // namespace outpost::store
