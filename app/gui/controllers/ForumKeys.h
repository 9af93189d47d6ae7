#pragma once

#include "auth/CredentialStore.h"
#include "discourse/ForumApi.h"
#include "store/UserTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::gui {

// The person's User API Keys, one per forum, as the app needs them: looked up in the system
// keychain once per forum (asynchronously, so a locked keychain never freezes a window) and
// then handed to the sync and the account jobs from memory. Keeping a key here writes it
// to the keychain, or — when there is none — keeps it for this run only.
class ForumKeys : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Unknown,    // not looked up yet
        Loading,    // the keychain has not answered yet
        None,       // no key for this forum
        Stored,     // in the system keychain
        MemoryOnly, // no keychain: kept for this run only
    };

    ForumKeys(store::Database &userDb, Clock &clock, QObject *parent = nullptr);
    ~ForumKeys() override;

    // Looks the forum's key up, unless that was done already; then `done` runs (at once when
    // the answer is known). `context` guards the callback's lifetime.
    void load(const store::Forum &forum, QObject *context = nullptr,
              std::function<void()> done = {});
    State state(qint64 forumId) const { return m_entries.value(forumId).state; }
    bool hasKey(qint64 forumId) const;
    // Anonymous until the forum's key is loaded, or when it has none.
    discourse::Credentials credentialsFor(const store::Forum &forum) const;
    // When the keychain failed: its sentence (for people); else empty.
    QString lastProblem(qint64 forumId) const { return m_entries.value(forumId).problem; }

    // Keeps a new key (writes it to the keychain). `done` gets the keychain's outcome: Ok,
    // MemoryOnly (kept for this run) or Failed (not kept at all).
    void keep(const store::Forum &forum, const QByteArray &key,
              std::function<void(auth::CredentialStore::Outcome)> done);
    // Forgets the forum's key here and in the keychain.
    void forget(const store::Forum &forum,
                std::function<void(auth::CredentialStore::Outcome)> done);

    // This installation's client id (Discourse's client_id), made on first use.
    QByteArray clientId() const;

Q_SIGNALS:
    void changed(qint64 forumId);

private:
    struct Entry
    {
        State state = State::Unknown;
        QByteArray key; // a secret; never logged
        QString problem;
        QList<std::pair<QPointer<QObject>, std::function<void()>>> waiting;
    };
    void loaded(qint64 forumId, std::optional<QByteArray> key,
                const auth::CredentialStore::Outcome &outcome);

    store::Database &m_userDb;
    Clock &m_clock;
    auth::CredentialStore m_store;
    QHash<qint64, Entry> m_entries;
};

} // namespace outpost::gui
