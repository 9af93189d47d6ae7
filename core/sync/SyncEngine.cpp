#include "SyncJob.h"

#include <QCoreApplication>

namespace outpost::sync {

// Placeholder until the sync engine lands (it replaces this file): the GUI and CLI can be
// written against runSync() meanwhile, and a sync says plainly that it cannot run yet.
SyncReport runSync(const SyncEnvironment &, const SyncRequest &, const CancelToken &,
                   const std::function<void(const SyncProgress &)> &)
{
    SyncReport report;
    report.stop = SyncStop::Failed;
    report.message = QStringLiteral("The sync engine is not built yet.");
    report.finishedAt = QDateTime::currentDateTimeUtc();
    return report;
}

} // namespace outpost::sync
