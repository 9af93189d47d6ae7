#pragma once

#include "net/RateLog.h"

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::session {

// The rate budget's memory in the person's database, so that the day's 2,880 requests stay
// counted across runs of the app, the CLI and a nightly cron job alike.
class SqliteRateLog final : public net::RateLog
{
public:
    SqliteRateLog(store::Database &userDb, qint64 forumId, const Clock &clock);

    std::vector<qint64> loadSince(qint64 sinceMs) override;
    void append(qint64 atMs) override;
    qint64 loadBlockedUntil() override;
    void saveBlockedUntil(qint64 untilMs) override;

private:
    store::Database &m_db;
    qint64 m_forumId;
    const Clock &m_clock;
    int m_appendsSincePrune = 0;
};

} // namespace outpost::session
