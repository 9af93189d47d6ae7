#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace outpost::store {
class Database;
}

namespace outpost::outbox {

// One delivery of a forum's outbox at a time, across threads and processes (the GUI, a
// scripted `outpost-cli outbox send`, the sync): two deliveries could otherwise both send the
// same item. A lock file next to the user database; one left by a process that died (a
// crash, a SIGKILL) is taken over, because QLockFile checks that its owner still runs.
class OutboxLock
{
public:
    OutboxLock(const store::Database &userDb, qint64 forumId);
    ~OutboxLock();
    OutboxLock(const OutboxLock &) = delete;
    OutboxLock &operator=(const OutboxLock &) = delete;

    // Does not wait: false when another delivery holds it.
    bool tryLock();
    bool isLocked() const;
    const QString &path() const { return m_path; }

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};

} // namespace outpost::outbox
