#include "outbox/OutboxLock.h"

#include "store/Database.h"

#include <QDir>
#include <QFileInfo>

namespace outpost::outbox {

OutboxLock::OutboxLock(const store::Database &userDb, qint64 forumId)
    : m_path(QFileInfo(userDb.path())
                     .absoluteDir()
                     .filePath(QStringLiteral("outbox-%1.lock").arg(forumId)))
    , m_file(std::make_unique<QLockFile>(m_path))
{
    // A delivery may legitimately last long on a slow link: the lock is only stale when its
    // owner is gone, never because of its age.
    m_file->setStaleLockTime(0);
}

OutboxLock::~OutboxLock() = default;

bool OutboxLock::tryLock()
{
    return m_file->tryLock(0);
}

bool OutboxLock::isLocked() const
{
    return m_file->isLocked();
}

} // namespace outpost::outbox
