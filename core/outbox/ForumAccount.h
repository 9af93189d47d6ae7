#pragma once

// What the outbox remembers about the person's account on a forum, in the forum's settings
// (store::ForumRepository::setting): the signed-in username (reconciliation looks for posts
// by it) and whether the forum refused the key (sending stops until the person signs in).

#include <QString>

#include <optional>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::outbox {

namespace forum_settings {
// The username the key belongs to, from /session/current.json. Signing in again (with
// perhaps another account) must clear it: ForumAccount::forget().
inline const QString kSignedInUsername = QStringLiteral("signed_in_username");
// Set when the forum refused the key (403 on /session/current.json too): the sentence to
// show. Cleared as soon as the key works again.
inline const QString kNeedsSignIn = QStringLiteral("outbox_needs_sign_in");
} // namespace forum_settings

class ForumAccount
{
public:
    ForumAccount(store::Database &userDb, const Clock &clock, qint64 forumId);

    std::optional<QString> username() const;
    void rememberUsername(const QString &username);

    // Empty when the key is fine (as far as we know); else the sentence for people.
    QString needsSignIn() const;
    void setNeedsSignIn(const QString &message);
    void clearNeedsSignIn();

    // After signing in again: forget the username and the refusal.
    void forget();

private:
    store::Database &m_db;
    const Clock &m_clock;
    qint64 m_forumId;
};

} // namespace outpost::outbox
