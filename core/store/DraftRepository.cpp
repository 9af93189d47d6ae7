#include "store/DraftRepository.h"

#include "Clock.h"
#include "store/Database.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

DraftKind draftKindFromName(const QString &name)
{
    if (name == u"new_topic"_s)
        return DraftKind::NewTopic;
    if (name == u"edit"_s)
        return DraftKind::Edit;
    return DraftKind::Reply;
}

constexpr std::string_view kDraftColumns =
        "SELECT id, forum_id, kind, topic_id, reply_to_post_number, post_id, base_version,"
        " category_id, title, raw, created_at, updated_at FROM drafts";

Draft readDraft(const Statement &s)
{
    Draft draft;
    draft.id = s.text(0);
    draft.forumId = s.int64(1);
    draft.kind = draftKindFromName(s.text(2));
    draft.topicId = s.optionalInt64(3);
    draft.replyToPostNumber = s.optionalInt(4);
    draft.postId = s.optionalInt64(5);
    draft.baseVersion = s.optionalInt(6);
    draft.categoryId = s.optionalInt64(7);
    draft.title = s.text(8);
    draft.raw = s.text(9);
    draft.createdAt = s.dateTime(10);
    draft.updatedAt = s.dateTime(11);
    return draft;
}

} // namespace

QString draftKindName(DraftKind kind)
{
    switch (kind) {
    case DraftKind::Reply:
        return u"reply"_s;
    case DraftKind::NewTopic:
        return u"new_topic"_s;
    case DraftKind::Edit:
        return u"edit"_s;
    }
    return u"reply"_s;
}

QString outboxKindName(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Reply:
        return u"reply"_s;
    case OutboxKind::NewTopic:
        return u"new_topic"_s;
    case OutboxKind::Edit:
        return u"edit"_s;
    case OutboxKind::Like:
        return u"like"_s;
    }
    return u"reply"_s;
}

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Queued:
        return u"queued"_s;
    case OutboxState::Sending:
        return u"sending"_s;
    case OutboxState::Sent:
        return u"sent"_s;
    case OutboxState::NeedsAttention:
        return u"needs_attention"_s;
    }
    return u"queued"_s;
}

DraftRepository::DraftRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Draft DraftRepository::save(Draft draft)
{
    if (draft.id.isEmpty())
        draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const qint64 now = m_clock.nowMs();
    Statement stmt = m_db.prepare(
            "INSERT INTO drafts(id, forum_id, kind, topic_id, reply_to_post_number, post_id,"
            " base_version, category_id, title, raw, created_at, updated_at)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"
            " ON CONFLICT(id) DO UPDATE SET forum_id = excluded.forum_id, kind = excluded.kind,"
            " topic_id = excluded.topic_id,"
            " reply_to_post_number = excluded.reply_to_post_number,"
            " post_id = excluded.post_id, base_version = excluded.base_version,"
            " category_id = excluded.category_id, title = excluded.title,"
            " raw = excluded.raw, updated_at = excluded.updated_at");
    stmt.bind(1, draft.id)
            .bind(2, draft.forumId)
            .bind(3, draftKindName(draft.kind))
            .bind(4, draft.topicId)
            .bind(5, draft.replyToPostNumber)
            .bind(6, draft.postId)
            .bind(7, draft.baseVersion)
            .bind(8, draft.categoryId)
            .bind(9, draft.title)
            .bind(10, draft.raw)
            .bind(11, now);
    stmt.exec();
    return *find(draft.id);
}

std::optional<Draft> DraftRepository::find(const QString &id) const
{
    static const std::string sql = std::string(kDraftColumns) + " WHERE id = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readDraft(stmt);
}

QList<Draft> DraftRepository::list(qint64 forumId) const
{
    static const std::string sql =
            std::string(kDraftColumns) + " WHERE forum_id = ?1 ORDER BY updated_at DESC, id";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, forumId);
    QList<Draft> drafts;
    while (stmt.step())
        drafts.append(readDraft(stmt));
    return drafts;
}

void DraftRepository::remove(const QString &id)
{
    Statement stmt = m_db.prepare("DELETE FROM drafts WHERE id = ?1");
    stmt.bind(1, id).exec();
}

} // namespace outpost::store
