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

constexpr std::string_view kColumns =
        "SELECT id, forum_id, kind, state, draft_id, topic_id, reply_to_post_number, post_id,"
        " base_version, category_id, title, raw, attempts, first_attempt_at, last_attempt_at,"
        " error, remote_post_id, remote_topic_id, depends_on, created_at, updated_at"
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

} // namespace

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
    Draft draft;
    // Reuse the draft's original id, so a GUI still showing it finds it again.
    draft.id = item->draftId.isEmpty() ? QString() : item->draftId;
    draft.forumId = item->forumId;
    draft.kind = *kind;
    draft.topicId = item->topicId;
    draft.replyToPostNumber = item->replyToPostNumber;
    draft.postId = item->postId;
    draft.baseVersion = item->baseVersion;
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
    static const std::string sql =
            std::string(kColumns) + " WHERE forum_id = ?1 ORDER BY created_at, id";
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
                         " last_attempt_at = CASE WHEN ?5 THEN ?4 ELSE last_attempt_at END"
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

void OutboxRepository::markSending(const QString &id)
{
    setState(id, OutboxState::Sending, {}, true);
}

void OutboxRepository::markQueued(const QString &id, const QString &error)
{
    setState(id, OutboxState::Queued, error, false);
}

void OutboxRepository::markSent(const QString &id, std::optional<qint64> remotePostId,
                                std::optional<qint64> remoteTopicId)
{
    Transaction transaction(m_db);
    setState(id, OutboxState::Sent, {}, false);
    Statement stmt = m_db.prepare(
            "UPDATE outbox SET remote_post_id = ?2, remote_topic_id = ?3 WHERE id = ?1");
    stmt.bind(1, id).bind(2, remotePostId).bind(3, remoteTopicId).exec();
    transaction.commit();
}

void OutboxRepository::markNeedsAttention(const QString &id, const QString &error)
{
    setState(id, OutboxState::NeedsAttention, error, false);
}

void OutboxRepository::remove(const QString &id)
{
    Statement dependents = m_db.prepare("SELECT count(*) FROM outbox WHERE depends_on = ?1");
    dependents.bind(1, id);
    if (dependents.step() && dependents.integer(0) > 0) {
        throw StoreError(StoreErrorKind::Constraint,
                         tr("Other queued posts depend on this one, so it cannot be removed yet."),
                         u"outbox %1 has dependents"_s.arg(id));
    }
    dependents.reset();
    Statement stmt = m_db.prepare("DELETE FROM outbox WHERE id = ?1");
    stmt.bind(1, id).exec();
}

} // namespace outpost::store
