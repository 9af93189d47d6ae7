#include "SqliteRateLog.h"

#include "store/Database.h"
#include "store/ForumRepository.h"
#include "store/StoreError.h"

#include <QLoggingCategory>

namespace outpost::session {

Q_LOGGING_CATEGORY(lcRateLog, "outpost.session.ratelog")

namespace {

const QString kBlockedUntilKey = QStringLiteral("rate_blocked_until_ms");
// Entries older than two days can no longer count against any window.
constexpr qint64 kKeepMs = 2 * 86'400'000LL;
constexpr int kPruneEvery = 500;

} // namespace

SqliteRateLog::SqliteRateLog(store::Database &userDb, qint64 forumId, const Clock &clock)
    : m_db(userDb)
    , m_forumId(forumId)
    , m_clock(clock)
{}

std::vector<qint64> SqliteRateLog::loadSince(qint64 sinceMs)
{
    store::RateLogRepository repo(m_db);
    const QList<qint64> times = repo.requestsSince(m_forumId, sinceMs);
    return {times.begin(), times.end()};
}

void SqliteRateLog::append(qint64 atMs)
{
    // Losing one entry to a full disk must not stop a sync: the in-memory budget still holds
    // for this run, and the server's own limiter is the backstop.
    try {
        // One row per request: an fsync each (the person's database syncs every commit, for
        // the outbox) would cost more than many a request. A power cut may lose the last
        // rows; a kill loses none.
        store::UnsyncedCommits unsynced(m_db);
        store::RateLogRepository repo(m_db);
        repo.appendRequest(m_forumId, atMs);
        if (++m_appendsSincePrune >= kPruneEvery) {
            m_appendsSincePrune = 0;
            repo.prune(atMs - kKeepMs);
        }
    } catch (const store::StoreError &error) {
        qCWarning(lcRateLog) << "could not record a request:" << error.detail();
    }
}

qint64 SqliteRateLog::loadBlockedUntil()
{
    const auto value = store::ForumRepository(m_db, m_clock).setting(m_forumId, kBlockedUntilKey);
    return value ? value->toLongLong() : 0;
}

void SqliteRateLog::saveBlockedUntil(qint64 untilMs)
{
    try {
        store::ForumRepository(m_db, m_clock)
                .setSetting(m_forumId, kBlockedUntilKey, QString::number(untilMs));
    } catch (const store::StoreError &error) {
        qCWarning(lcRateLog) << "could not record a server-imposed wait:" << error.detail();
    }
}

} // namespace outpost::session
