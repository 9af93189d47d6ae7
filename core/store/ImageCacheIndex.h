#pragma once

#include "store/CacheTypes.h"

namespace outpost {
class Clock;
}

namespace outpost::store {

class Database;

// The index of the GUI's image cache (the files live beside the forum's cache). Eviction is
// least recently used: the GUI asks for candidates until it is under its size budget.
// Throws StoreError.
class ImageCacheIndex
{
public:
    ImageCacheIndex(Database &db, const Clock &clock);

    void record(const QString &url, const QString &localPath, qint64 sizeBytes,
                const QString &contentType);
    // Looks an image up and marks it used now.
    std::optional<CachedImage> use(const QString &url);
    std::optional<CachedImage> find(const QString &url) const;
    qint64 totalBytes() const;
    QList<CachedImage> leastRecentlyUsed(int limit) const;
    void remove(const QString &url);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace outpost::store
