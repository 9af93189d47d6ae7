#pragma once

#include "store/CacheDatabase.h"
#include "store/Database.h"

#include <QString>

namespace outpost::store {

// A profile directory:
//   <profile>/outpost.sqlite                  the person's own data (user database)
//   <profile>/forums/<forum id>/cache.sqlite  the re-downloadable cache of each forum
// Opening a profile creates the directory and opens (or creates) the user database, checked
// and migrated. Throws StoreError.
class Profile
{
public:
    // QStandardPaths::AppDataLocation (e.g. ~/.local/share/Outpost/Outpost).
    static QString defaultDirectory();
    static Profile open(const QString &directory = defaultDirectory());

    Profile(Profile &&) noexcept = default;
    Profile &operator=(Profile &&) noexcept = default;

    const QString &directory() const { return m_directory; }
    QString userDatabasePath() const;
    QString forumDirectory(qint64 forumId) const;
    QString cachePath(qint64 forumId) const;

    // The user database connection opened with the profile (for the thread that opened it).
    Database &userDatabase() { return m_userDb; }
    // Another connection to the user database, for another thread.
    Database openUserDatabaseConnection() const;

    // The first connection to a forum's cache in this session: checks it (rebuilding a
    // damaged one, see CacheOpenResult::message) and migrates it.
    CacheOpenResult openCache(qint64 forumId) const;
    // Further connections (other threads) once openCache() has run.
    Database openCacheConnection(qint64 forumId) const;
    // Deletes a forum's cache folder (after the forum was removed). Close its connections
    // first.
    bool removeForumFiles(qint64 forumId) const;

private:
    Profile(QString directory, Database userDb);

    QString m_directory;
    Database m_userDb;
};

} // namespace outpost::store
