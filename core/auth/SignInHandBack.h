#pragma once

#include <QtGlobal>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::auth {

// Per forum: does signing in ask the forum to hand the key back to Outpost by itself (a
// loopback redirect to 127.0.0.1), instead of showing a code to paste? Only works when the
// forum's admins list the address in `allowed_user_api_auth_redirects`, so it is off unless the
// person turns it on.
struct SignInHandBack
{
    // Discourse matches the redirect's port exactly (its WildcardUrlChecker takes no '*' in a
    // port), so admins allow one fixed address: http://127.0.0.1:47213/outpost-auth.
    static constexpr quint16 kDefaultPort = 47213;

    bool enabled = false;
    quint16 port = kDefaultPort; // 0: any free port (for forums whose rule allows any port)

    // Read from and written to the person's database; throw store::StoreError.
    static SignInHandBack load(store::Database &userDb, const Clock &clock, qint64 forumId);
    static void save(store::Database &userDb, const Clock &clock, qint64 forumId,
                     const SignInHandBack &setting);
};

} // namespace outpost::auth
