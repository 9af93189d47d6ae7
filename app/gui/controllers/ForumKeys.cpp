#include "controllers/ForumKeys.h"

#include "Clock.h"
#include "session/ForumConnection.h"
#include "store/StoreError.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcKeys, "outpost.gui.keys")

ForumKeys::ForumKeys(store::Database &userDb, Clock &clock, QObject *parent)
    : QObject(parent)
    , m_userDb(userDb)
    , m_clock(clock)
    , m_store(u"Outpost"_s, this)
{}

ForumKeys::~ForumKeys() = default;

void ForumKeys::load(const store::Forum &forum, QObject *context, std::function<void()> done)
{
    Entry &entry = m_entries[forum.id];
    if (entry.state != State::Unknown && entry.state != State::Loading) {
        if (done)
            done();
        return;
    }
    if (done)
        entry.waiting.append({QPointer<QObject>(context ? context : this), std::move(done)});
    if (entry.state == State::Loading)
        return;
    entry.state = State::Loading;
    const qint64 id = forum.id;
    m_store.load(forum.baseUrl,
                 [this, id](std::optional<QByteArray> key, auth::CredentialStore::Outcome outcome) {
                     loaded(id, std::move(key), outcome);
                 });
}

void ForumKeys::loaded(qint64 forumId, std::optional<QByteArray> key,
                       const auth::CredentialStore::Outcome &outcome)
{
    Entry &entry = m_entries[forumId];
    if (entry.state != State::Loading)
        return; // a key was kept or forgotten meanwhile: that is newer
    entry.key = key.value_or(QByteArray());
    entry.problem =
            outcome.status == auth::CredentialStore::Status::Failed ? outcome.message : QString();
    if (!key || key->isEmpty())
        entry.state = State::None;
    else
        entry.state = outcome.status == auth::CredentialStore::Status::MemoryOnly
                              ? State::MemoryOnly
                              : State::Stored;
    qCDebug(lcKeys) << "forum" << forumId << "key looked up:" << int(entry.state);
    const auto waiting = std::exchange(entry.waiting, {});
    Q_EMIT changed(forumId);
    for (const auto &[context, done] : waiting) {
        if (context)
            done();
    }
}

bool ForumKeys::hasKey(qint64 forumId) const
{
    const State s = state(forumId);
    return s == State::Stored || s == State::MemoryOnly;
}

discourse::Credentials ForumKeys::credentialsFor(const store::Forum &forum) const
{
    discourse::Credentials credentials;
    if (!hasKey(forum.id))
        return credentials;
    credentials.kind = discourse::Credentials::UserApiKey;
    credentials.key = m_entries.value(forum.id).key;
    credentials.clientId = clientId();
    return credentials;
}

QByteArray ForumKeys::clientId() const
{
    try {
        return session::installationClientId(m_userDb, m_clock);
    } catch (const store::StoreError &error) {
        qCWarning(lcKeys) << "no client id:" << error.what();
        return {};
    }
}

void ForumKeys::keep(const store::Forum &forum, const QByteArray &key,
                     std::function<void(auth::CredentialStore::Outcome)> done)
{
    const qint64 id = forum.id;
    m_store.store(forum.baseUrl, key,
                  [this, id, key, done = std::move(done)](auth::CredentialStore::Outcome outcome) {
                      Entry &entry = m_entries[id];
                      const auto waiting = std::exchange(entry.waiting, {});
                      entry.problem.clear();
                      if (outcome.status == auth::CredentialStore::Status::Failed) {
                          entry.problem = outcome.message;
                      } else {
                          entry.key = key;
                          entry.state = outcome.status == auth::CredentialStore::Status::MemoryOnly
                                                ? State::MemoryOnly
                                                : State::Stored;
                      }
                      Q_EMIT changed(id);
                      for (const auto &[context, callback] : waiting) {
                          if (context)
                              callback();
                      }
                      if (done)
                          done(outcome);
                  });
}

void ForumKeys::forget(const store::Forum &forum,
                       std::function<void(auth::CredentialStore::Outcome)> done)
{
    const qint64 id = forum.id;
    // Gone from memory at once: nothing started from now on uses it.
    Entry &entry = m_entries[id];
    entry.key.clear();
    entry.state = State::None;
    Q_EMIT changed(id);
    m_store.remove(forum.baseUrl, [this, id,
                                   done = std::move(done)](auth::CredentialStore::Outcome outcome) {
        m_entries[id].problem = outcome.status == auth::CredentialStore::Status::Failed
                                        ? outcome.message
                                        : QString();
        if (done)
            done(outcome);
    });
}

} // namespace outpost::gui
