#include "store/Profile.h"

#include "store/UserDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace outpost::store {

QString Profile::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Profile Profile::open(const QString &directory)
{
    if (directory.isEmpty() || !QDir().mkpath(directory)) {
        throw StoreError(StoreErrorKind::CannotOpen,
                         QCoreApplication::translate("outpost::store",
                                                     "Outpost cannot create its data folder %1. "
                                                     "Check that it may be written to.")
                                 .arg(QDir::toNativeSeparators(directory)),
                         u"mkpath failed"_s);
    }
    const QString dir = QDir(directory).absolutePath();
    Database userDb = UserDatabase::open(QDir(dir).filePath(u"outpost.sqlite"_s));
    return Profile(dir, std::move(userDb));
}

Profile::Profile(QString directory, Database userDb)
    : m_directory(std::move(directory))
    , m_userDb(std::move(userDb))
{}

QString Profile::userDatabasePath() const
{
    return QDir(m_directory).filePath(u"outpost.sqlite"_s);
}

QString Profile::forumDirectory(qint64 forumId) const
{
    return QDir(m_directory).filePath(u"forums/"_s + QString::number(forumId));
}

QString Profile::cachePath(qint64 forumId) const
{
    return QDir(forumDirectory(forumId)).filePath(u"cache.sqlite"_s);
}

Database Profile::openUserDatabaseConnection() const
{
    return UserDatabase::openConnection(userDatabasePath());
}

CacheOpenResult Profile::openCache(qint64 forumId) const
{
    return CacheDatabase::open(cachePath(forumId));
}

Database Profile::openCacheConnection(qint64 forumId) const
{
    CacheDatabase::Options options;
    options.verifyAndMigrate = false;
    return std::move(CacheDatabase::open(cachePath(forumId), options).database);
}

bool Profile::removeForumFiles(qint64 forumId) const
{
    QDir dir(forumDirectory(forumId));
    return !dir.exists() || dir.removeRecursively();
}

} // namespace outpost::store
