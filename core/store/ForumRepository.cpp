#include "store/ForumRepository.h"

#include "Clock.h"
#include "store/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace outpost::store {

namespace {

constexpr std::string_view kForumColumns =
        "SELECT id, base_url, name, position, sync_window_days, created_at, updated_at"
        " FROM forums";

Forum readForum(const Statement &s)
{
    Forum forum;
    forum.id = s.int64(0);
    forum.baseUrl = s.text(1);
    forum.name = s.text(2);
    forum.position = s.integer(3);
    forum.syncWindowDays = s.integer(4);
    forum.createdAt = s.dateTime(5);
    forum.updatedAt = s.dateTime(6);
    return forum;
}

QString sourceName(FollowSource source)
{
    return source == FollowSource::Forum ? u"forum"_s : u"local"_s;
}

} // namespace

ForumRepository::ForumRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

Forum ForumRepository::add(const QString &baseUrl, const QString &name)
{
    if (findByUrl(baseUrl)) {
        throw StoreError(StoreErrorKind::Constraint,
                         QCoreApplication::translate("outpost::store",
                                                     "The forum %1 has already been added.")
                                 .arg(baseUrl),
                         u"forums.base_url is unique"_s);
    }
    Transaction transaction(m_db);
    const qint64 now = m_clock.nowMs();
    Statement stmt = m_db.prepare(
            "INSERT INTO forums(base_url, name, position, created_at, updated_at)"
            " VALUES (?1, ?2, (SELECT coalesce(max(position), -1) + 1 FROM forums), ?3, ?3)");
    stmt.bind(1, baseUrl).bind(2, name).bind(3, now).exec();
    const qint64 id = m_db.lastInsertRowId();
    transaction.commit();
    return *find(id);
}

std::optional<Forum> ForumRepository::find(qint64 id) const
{
    static const std::string sql = std::string(kForumColumns) + " WHERE id = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, id);
    if (!stmt.step())
        return std::nullopt;
    return readForum(stmt);
}

std::optional<Forum> ForumRepository::findByUrl(const QString &baseUrl) const
{
    static const std::string sql = std::string(kForumColumns) + " WHERE base_url = ?1";
    Statement stmt = m_db.prepare(sql);
    stmt.bind(1, baseUrl);
    if (!stmt.step())
        return std::nullopt;
    return readForum(stmt);
}

QList<Forum> ForumRepository::all() const
{
    static const std::string sql = std::string(kForumColumns) + " ORDER BY position, id";
    Statement stmt = m_db.prepare(sql);
    QList<Forum> forums;
    while (stmt.step())
        forums.append(readForum(stmt));
    return forums;
}

void ForumRepository::rename(qint64 id, const QString &name)
{
    Statement stmt = m_db.prepare("UPDATE forums SET name = ?2, updated_at = ?3 WHERE id = ?1");
    stmt.bind(1, id).bind(2, name).bind(3, m_clock.nowMs()).exec();
}

void ForumRepository::setSyncWindowDays(qint64 id, int days)
{
    Statement stmt =
            m_db.prepare("UPDATE forums SET sync_window_days = ?2, updated_at = ?3 WHERE id = ?1");
    stmt.bind(1, id).bind(2, std::max(1, days)).bind(3, m_clock.nowMs()).exec();
}

void ForumRepository::setPosition(qint64 id, int position)
{
    Statement stmt = m_db.prepare("UPDATE forums SET position = ?2, updated_at = ?3 WHERE id = ?1");
    stmt.bind(1, id).bind(2, position).bind(3, m_clock.nowMs()).exec();
}

void ForumRepository::remove(qint64 id)
{
    Transaction transaction(m_db);
    Statement pending = m_db.prepare("SELECT (SELECT count(*) FROM drafts WHERE forum_id = ?1)"
                                     " + (SELECT count(*) FROM outbox WHERE forum_id = ?1)");
    pending.bind(1, id);
    const int words = pending.step() ? pending.integer(0) : 0;
    if (words > 0) {
        throw StoreError(StoreErrorKind::Constraint,
                         QCoreApplication::translate("outpost::store",
                                                     "This forum still has %n draft(s) or unsent "
                                                     "post(s). Send or delete them before "
                                                     "removing the forum.",
                                                     nullptr, words),
                         u"forum %1 has drafts or outbox rows"_s.arg(id));
    }
    Statement stmt = m_db.prepare("DELETE FROM forums WHERE id = ?1");
    stmt.bind(1, id).exec();
    transaction.commit();
}

void ForumRepository::follow(qint64 forumId, qint64 categoryId, FollowSource source)
{
    Statement stmt = m_db.prepare(
            "INSERT INTO followed_categories(forum_id, category_id, followed_at, source)"
            " VALUES (?1, ?2, ?3, ?4) ON CONFLICT(forum_id, category_id) DO NOTHING");
    stmt.bind(1, forumId).bind(2, categoryId).bind(3, m_clock.nowMs()).bind(4, sourceName(source));
    stmt.exec();
}

void ForumRepository::unfollow(qint64 forumId, qint64 categoryId)
{
    Statement stmt = m_db.prepare(
            "DELETE FROM followed_categories WHERE forum_id = ?1 AND category_id = ?2");
    stmt.bind(1, forumId).bind(2, categoryId).exec();
}

QList<FollowedCategory> ForumRepository::followed(qint64 forumId) const
{
    Statement stmt = m_db.prepare(
            "SELECT forum_id, category_id, followed_at, source FROM followed_categories"
            " WHERE forum_id = ?1 ORDER BY category_id");
    stmt.bind(1, forumId);
    QList<FollowedCategory> result;
    while (stmt.step()) {
        result.append({stmt.int64(0), stmt.int64(1), stmt.dateTime(2),
                       stmt.text(3) == u"forum"_s ? FollowSource::Forum : FollowSource::Local});
    }
    return result;
}

void ForumRepository::replaceForumFollows(qint64 forumId, const QList<qint64> &categoryIds)
{
    Transaction transaction(m_db);
    Statement clear = m_db.prepare(
            "DELETE FROM followed_categories WHERE forum_id = ?1 AND source = 'forum'");
    clear.bind(1, forumId).exec();
    for (qint64 categoryId : categoryIds)
        follow(forumId, categoryId, FollowSource::Forum);
    transaction.commit();
}

void ForumRepository::setSetting(qint64 forumId, const QString &key, const QString &value)
{
    Statement stmt = m_db.prepare(
            "INSERT INTO forum_settings(forum_id, key, value, updated_at) VALUES (?1, ?2, ?3, ?4)"
            " ON CONFLICT(forum_id, key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at");
    stmt.bind(1, forumId).bind(2, key).bind(3, value).bind(4, m_clock.nowMs()).exec();
}

std::optional<QString> ForumRepository::setting(qint64 forumId, const QString &key) const
{
    Statement stmt =
            m_db.prepare("SELECT value FROM forum_settings WHERE forum_id = ?1 AND key = ?2");
    stmt.bind(1, forumId).bind(2, key);
    if (!stmt.step())
        return std::nullopt;
    return stmt.text(0);
}

void ForumRepository::removeSetting(qint64 forumId, const QString &key)
{
    Statement stmt = m_db.prepare("DELETE FROM forum_settings WHERE forum_id = ?1 AND key = ?2");
    stmt.bind(1, forumId).bind(2, key).exec();
}

// ---------------------------------------------------------------------------------------------

SettingsRepository::SettingsRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{}

void SettingsRepository::set(const QString &key, const QString &value)
{
    Statement stmt = m_db.prepare("INSERT INTO settings(key, value, updated_at) VALUES (?1, ?2, ?3)"
                                  " ON CONFLICT(key) DO UPDATE SET value = excluded.value,"
                                  " updated_at = excluded.updated_at");
    stmt.bind(1, key).bind(2, value).bind(3, m_clock.nowMs()).exec();
}

std::optional<QString> SettingsRepository::value(const QString &key) const
{
    Statement stmt = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    stmt.bind(1, key);
    if (!stmt.step())
        return std::nullopt;
    return stmt.text(0);
}

void SettingsRepository::remove(const QString &key)
{
    Statement stmt = m_db.prepare("DELETE FROM settings WHERE key = ?1");
    stmt.bind(1, key).exec();
}

// ---------------------------------------------------------------------------------------------

RateLogRepository::RateLogRepository(Database &db)
    : m_db(db)
{}

void RateLogRepository::appendRequest(qint64 forumId, qint64 atMs)
{
    Statement stmt = m_db.prepare("INSERT INTO rate_log(forum_id, at_ms) VALUES (?1, ?2)");
    stmt.bind(1, forumId).bind(2, atMs).exec();
}

QList<qint64> RateLogRepository::requestsSince(qint64 forumId, qint64 sinceMs) const
{
    Statement stmt = m_db.prepare(
            "SELECT at_ms FROM rate_log WHERE forum_id = ?1 AND at_ms >= ?2 ORDER BY at_ms");
    stmt.bind(1, forumId).bind(2, sinceMs);
    QList<qint64> times;
    while (stmt.step())
        times.append(stmt.int64(0));
    return times;
}

int RateLogRepository::countSince(qint64 forumId, qint64 sinceMs) const
{
    Statement stmt =
            m_db.prepare("SELECT count(*) FROM rate_log WHERE forum_id = ?1 AND at_ms >= ?2");
    stmt.bind(1, forumId).bind(2, sinceMs);
    return stmt.step() ? stmt.integer(0) : 0;
}

void RateLogRepository::prune(qint64 olderThanMs)
{
    Statement stmt = m_db.prepare("DELETE FROM rate_log WHERE at_ms < ?1");
    stmt.bind(1, olderThanMs).exec();
}

} // namespace outpost::store
