#pragma once

#include "store/UserTypes.h"

#include <QList>

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;

// Forums the person added, what they follow in each, and per-forum settings. Throws
// StoreError.
class ForumRepository
{
public:
    ForumRepository(Database &db, const Clock &clock);

    // Adds a forum at the end of the list. A base URL already added is refused with a clear
    // error (StoreErrorKind::Constraint).
    Forum add(const QString &baseUrl, const QString &name);
    std::optional<Forum> find(qint64 id) const;
    std::optional<Forum> findByUrl(const QString &baseUrl) const;
    QList<Forum> all() const; // by position
    void rename(qint64 id, const QString &name);
    void setSyncWindowDays(qint64 id, int days);
    void setPosition(qint64 id, int position);
    // Removes a forum with its follows and settings. Refused while it has drafts or outbox
    // items: those are the person's words and go only when they delete them.
    void remove(qint64 id);

    void follow(qint64 forumId, qint64 categoryId, FollowSource source = FollowSource::Local);
    void unfollow(qint64 forumId, qint64 categoryId);
    QList<FollowedCategory> followed(qint64 forumId) const;
    // Replaces the follows imported from the forum; local ones stay.
    void replaceForumFollows(qint64 forumId, const QList<qint64> &categoryIds);

    void setSetting(qint64 forumId, const QString &key, const QString &value);
    std::optional<QString> setting(qint64 forumId, const QString &key) const;
    void removeSetting(qint64 forumId, const QString &key);

private:
    Database &m_db;
    const Clock &m_clock;
};

// Application-wide settings as text values (callers choose the encoding). Throws StoreError.
class SettingsRepository
{
public:
    SettingsRepository(Database &db, const Clock &clock);

    void set(const QString &key, const QString &value);
    std::optional<QString> value(const QString &key) const;
    void remove(const QString &key);

private:
    Database &m_db;
    const Clock &m_clock;
};

// The request log of the rate budget, so the budget survives a restart. Throws StoreError.
class RateLogRepository
{
public:
    explicit RateLogRepository(Database &db);

    void appendRequest(qint64 forumId, qint64 atMs);
    // Times of the requests at or after sinceMs, oldest first.
    QList<qint64> requestsSince(qint64 forumId, qint64 sinceMs) const;
    int countSince(qint64 forumId, qint64 sinceMs) const;
    // Forgets requests older than olderThanMs (all forums).
    void prune(qint64 olderThanMs);

private:
    Database &m_db;
};

} // namespace outpost::store
