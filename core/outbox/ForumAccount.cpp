#include "outbox/ForumAccount.h"

#include "store/ForumRepository.h"

namespace outpost::outbox {

ForumAccount::ForumAccount(store::Database &userDb, const Clock &clock, qint64 forumId)
    : m_db(userDb)
    , m_clock(clock)
    , m_forumId(forumId)
{}

std::optional<QString> ForumAccount::username() const
{
    std::optional<QString> name = store::ForumRepository(m_db, m_clock)
                                          .setting(m_forumId, forum_settings::kSignedInUsername);
    if (name && name->isEmpty())
        return std::nullopt;
    return name;
}

void ForumAccount::rememberUsername(const QString &username)
{
    if (username.isEmpty())
        return;
    store::ForumRepository(m_db, m_clock)
            .setSetting(m_forumId, forum_settings::kSignedInUsername, username);
}

QString ForumAccount::needsSignIn() const
{
    return store::ForumRepository(m_db, m_clock)
            .setting(m_forumId, forum_settings::kNeedsSignIn)
            .value_or(QString());
}

void ForumAccount::setNeedsSignIn(const QString &message)
{
    store::ForumRepository(m_db, m_clock)
            .setSetting(m_forumId, forum_settings::kNeedsSignIn, message);
}

void ForumAccount::clearNeedsSignIn()
{
    store::ForumRepository(m_db, m_clock).removeSetting(m_forumId, forum_settings::kNeedsSignIn);
}

void ForumAccount::forget()
{
    store::ForumRepository forums(m_db, m_clock);
    forums.removeSetting(m_forumId, forum_settings::kSignedInUsername);
    forums.removeSetting(m_forumId, forum_settings::kNeedsSignIn);
}

} // namespace outpost::outbox
