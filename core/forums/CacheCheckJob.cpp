#include "forums/CacheCheckJob.h"

#include "store/Profile.h"
#include "store/StoreError.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace outpost::forums {

QuickCacheOpen openCacheQuickly(const store::Profile &profile, qint64 forumId)
{
    const QString path = profile.cachePath(forumId);
    if (QFileInfo(path).size() > 0) {
        try {
            // Refuses (throws) a cache whose schema is not the current one.
            return {profile.openCacheConnection(forumId), true, {}};
        } catch (const store::StoreError &error) {
            if (error.kind() == store::StoreErrorKind::SchemaTooNew)
                throw;
            // Older schema, damaged header, not a database: the full open deals with it.
        }
    }
    store::CacheOpenResult full = profile.openCache(forumId);
    return {std::move(full.database), false, full.message};
}

CacheCheckJob::CacheCheckJob(QString cachePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(cachePath))
{
    qRegisterMetaType<CacheCheckResult>();
}

CacheCheckJob::~CacheCheckJob()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void CacheCheckJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        CacheCheckResult result;
        try {
            store::CacheOpenResult opened = store::CacheDatabase::open(m_path);
            result.status = opened.status;
            result.message = opened.message;
        } catch (const store::StoreError &error) {
            result.failed = true;
            result.message = error.message();
            result.detail = error.detail();
        }
        QMetaObject::invokeMethod(
                this, [this, result] { finishRun(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"outpost-cache-check"_s);
    m_thread->start(QThread::LowPriority);
}

void CacheCheckJob::finishRun(const CacheCheckResult &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(result);
}

} // namespace outpost::forums
