#include "sync/SyncRun.h"

#include "Clock.h"
#include "net/RequestRunner.h"
#include "net/ResponseDescription.h"
#include "session/ForumConnection.h"

#include <QCoreApplication>

namespace outpost::sync {

namespace {

// A run against a broken forum could otherwise collect thousands of the same sentence.
constexpr int kMaxProblems = 20;
constexpr qint64 kDayMs = 24LL * 3600 * 1000;
// While answers queue up (a fast link), their writes share a commit for at most this long;
// each commit of a cache page costs more than parsing and storing a whole answer. Waiting for
// the link commits at once (SyncEngine's idle callback), so a slow link commits every answer.
// Short, because the app writes the cache too (read state, on its GUI thread) and waits for
// the group to end.
constexpr std::chrono::milliseconds kGroupCommitAge{100};

} // namespace

SyncRun::SyncRun(const SyncRequest &request, session::ForumConnection &connection,
                 net::RequestRunner &runner, Clock &clock)
    : m_request(request)
    , m_connection(connection)
    , m_writer(connection.cache(), clock)
    , m_runner(runner)
    , m_clock(clock)
{
    m_writer.setGroupCommitAge(kGroupCommitAge);
    const int days = std::max(1, connection.forum().syncWindowDays);
    m_defaultWindowStartMs = clock.nowMs() - qint64(days) * kDayMs;
}

store::Database &SyncRun::cache()
{
    return m_connection.cache();
}

qint64 SyncRun::forumId() const
{
    return m_connection.forum().id;
}

void SyncRun::addProblem(const QString &problem)
{
    if (problem.isEmpty() || m_problems.contains(problem))
        return;
    if (m_problems.size() < kMaxProblems) {
        m_problems.append(problem);
        return;
    }
    ++m_problemsLeftOut;
    const QString more = QCoreApplication::translate(
            "outpost::sync", "%n more problem(s) like these were left out of this report.", "",
            m_problemsLeftOut);
    if (m_problems.size() == kMaxProblems)
        m_problems.append(more);
    else
        m_problems.last() = more;
}

void SyncRun::addProblem(const QString &what, const net::HttpResponse &response)
{
    //: %1 says what was not updated, %2 why (both are whole sentences).
    addProblem(QCoreApplication::translate("outpost::sync", "%1 %2")
                       .arg(what, net::describeForPeople(response)));
}

void SyncRun::addProblem(const QString &what, const discourse::ParseError &error)
{
    addProblem(QCoreApplication::translate("outpost::sync", "%1 %2")
                       .arg(what, discourse::describeForPeople(error)));
}

void SyncRun::setActivity(const QString &activity)
{
    m_activity = activity;
}

void SyncRun::notifyProgress()
{
    if (m_progress)
        m_progress();
}

void SyncRun::noteTopicUpdated(qint64 topicId)
{
    if (!m_updatedTopics.contains(topicId)) {
        m_updatedTopics.insert(topicId);
        ++m_counters.topicsUpdated;
    }
}

} // namespace outpost::sync
