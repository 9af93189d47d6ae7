#pragma once

#include "store/Database.h"
#include "store/Migrator.h"

namespace outpost::store {

// Opens the person's own database (forums, follows, settings, drafts, outbox). Unlike the
// cache it is never rebuilt: a damaged file is reported (StoreErrorKind::Corrupt, with a
// message saying it was left untouched) and nothing writes to it. Commits are synchronous
// (synchronous=FULL): a reply saved is on disk before the GUI says so.
class UserDatabase
{
public:
    // Opens, checks and migrates (copying to "<file>.bak" before an upgrade).
    static Database open(const QString &path, MigrationReport *report = nullptr);
    // A further connection for another thread, to a database already opened with open().
    static Database openConnection(const QString &path);

    static DatabaseOptions connectionOptions();
};

} // namespace outpost::store
