#include "ForumSession.h"

#include "AppContext.h"
#include "Clock.h"
#include "forums/CacheCheckJob.h"
#include "forums/ForumProbeJob.h"
#include "store/CacheReader.h"
#include "store/CacheWriter.h"
#include "store/ForumRepository.h"
#include "store/ImageCacheIndex.h"
#include "store/ReadState.h"
#include "store/SearchIndex.h"
#include "store/StoreError.h"
#include "store/SyncStateReader.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace outpost::gui {

Q_LOGGING_CATEGORY(lcSession, "outpost.gui.session")

namespace {
// Discourse calls a topic new for two days by default; someone who reads weekly on a bus
// needs longer, and opening a topic clears it anyway.
constexpr qint64 kNewTopicDays = 14;
const QString kPositionPrefix = u"reading_position/"_s;
} // namespace

ForumSession::ForumSession(AppContext &context, store::Forum forum, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_forum(std::move(forum))
    , m_forums(std::make_unique<store::ForumRepository>(context.profile().userDatabase(),
                                                        context.clock()))
{
    openCache();
    for (const store::FollowedCategory &f : m_forums->followed(m_forum.id))
        m_followed.insert(f.categoryId);
    loadCategories();
    fetchCategoriesIfMissing();
}

ForumSession::~ForumSession() = default;

QString ForumSession::forumDirectory() const
{
    return m_context.profile().forumDirectory(m_forum.id);
}

QString ForumSession::cachePath() const
{
    return m_context.profile().cachePath(m_forum.id);
}

void ForumSession::openCache()
{
    m_reader.reset();
    m_search.reset();
    m_readState.reset();
    m_images.reset();
    m_cache.reset();
    forums::QuickCacheOpen opened = forums::openCacheQuickly(m_context.profile(), m_forum.id);
    m_cache = std::make_unique<store::Database>(std::move(opened.database));
    m_reader = std::make_unique<store::CacheReader>(*m_cache);
    m_search = std::make_unique<store::SearchIndex>(*m_cache);
    m_readState = std::make_unique<store::ReadState>(*m_cache, m_context.clock());
    m_images = std::make_unique<store::ImageCacheIndex>(*m_cache, m_context.clock());
    if (!opened.notice.isEmpty())
        QMetaObject::invokeMethod(
                this, [this, n = opened.notice] { Q_EMIT notice(n); }, Qt::QueuedConnection);
    if (opened.needsCheck)
        startCheck();
}

void ForumSession::startCheck()
{
    if (m_check)
        return;
    m_check = new forums::CacheCheckJob(cachePath(), this);
    connect(m_check, &forums::CacheCheckJob::finished, this, &ForumSession::checkFinished);
    m_check->start();
}

void ForumSession::checkFinished(const forums::CacheCheckResult &result)
{
    m_check->deleteLater();
    m_check = nullptr;
    if (result.failed) {
        Q_EMIT problem(result.message, result.detail);
        return;
    }
    if (result.status == store::CacheOpenStatus::Rebuilt) {
        try {
            openCache();
        } catch (const store::StoreError &error) {
            Q_EMIT problem(error.message(), error.detail());
            return;
        }
        Q_EMIT notice(result.message);
        loadCategories();
        Q_EMIT cacheChanged();
    }
}

void ForumSession::loadCategories()
{
    m_categories.clear();
    try {
        for (const store::CategorySummary &c : m_reader->categories(QDateTime()))
            m_categories.insert(c.category.id, c.category);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
    }
}

void ForumSession::fetchCategoriesIfMissing()
{
    // A forum added from the command line has no categories until its first sync; a visitor's
    // look at /site.json fills the tree meanwhile (and is all a public forum needs).
    // Only on an unmetered link: on a metered one nothing runs that the person did not ask
    // for (the first sync fetches the categories anyway).
    if (!m_categories.isEmpty() || m_probe || m_context.network().state() != NetworkState::Online)
        return;
    forums::ForumProbeEnvironment environment;
    environment.transport = m_context.transportConfig();
    environment.clock = &m_context.clock();
    m_probe = new forums::ForumProbeJob(environment, m_forum.baseUrl, this);
    connect(m_probe, &forums::ForumProbeJob::finished, this, &ForumSession::categoriesProbed);
    m_probe->start();
}

void ForumSession::categoriesProbed(const forums::ForumProbeResult &result)
{
    m_probe->deleteLater();
    m_probe = nullptr;
    if (!result.isFound()) {
        qCInfo(lcSession) << "categories of" << m_forum.baseUrl << "not fetched:" << result.detail;
        return;
    }
    try {
        store::CacheWriter(*m_cache, m_context.clock()).upsertSite(result.site);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
        return;
    }
    loadCategories();
    Q_EMIT cacheChanged();
}

QString ForumSession::categoryName(qint64 id) const
{
    return m_categories.value(id).name;
}

QList<qint64> ForumSession::followedIds() const
{
    QList<qint64> ids(m_followed.begin(), m_followed.end());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void ForumSession::setFollowed(qint64 categoryId, bool follow)
{
    if (follow == m_followed.contains(categoryId))
        return;
    try {
        if (follow)
            m_forums->follow(m_forum.id, categoryId);
        else
            m_forums->unfollow(m_forum.id, categoryId);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
        return;
    }
    if (follow)
        m_followed.insert(categoryId);
    else
        m_followed.remove(categoryId);
    Q_EMIT followsChanged();
}

void ForumSession::reloadFollows()
{
    QSet<qint64> followed;
    try {
        for (const store::FollowedCategory &f : m_forums->followed(m_forum.id))
            followed.insert(f.categoryId);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
        return;
    }
    if (followed == m_followed)
        return;
    m_followed = std::move(followed);
    Q_EMIT followsChanged();
}

void ForumSession::rename(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed == m_forum.name)
        return;
    try {
        m_forums->rename(m_forum.id, trimmed);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
        return;
    }
    m_forum.name = trimmed;
    Q_EMIT renamed();
}

void ForumSession::setSyncWindowDays(int days)
{
    days = std::clamp(days, 1, 3650);
    try {
        m_forums->setSyncWindowDays(m_forum.id, days);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
        return;
    }
    m_forum.syncWindowDays = days;
}

QDateTime ForumSession::newSince() const
{
    return m_context.clock().nowUtc().addDays(-kNewTopicDays);
}

QHash<qint64, QDateTime> ForumSession::lastSyncPerCategory() const
{
    QHash<qint64, QDateTime> result;
    try {
        for (const store::SyncCursor &cursor : store::SyncStateReader(*m_cache).cursors())
            result.insert(cursor.categoryId, cursor.lastSyncAt);
    } catch (const store::StoreError &error) {
        qCWarning(lcSession) << "sync cursors unreadable:" << error.what();
    }
    return result;
}

QDateTime ForumSession::lastSyncAt() const
{
    try {
        return m_reader->status().lastSyncAt;
    } catch (const store::StoreError &) {
        return {};
    }
}

void ForumSession::markRead(qint64 topicId, const QList<int> &postNumbers)
{
    if (postNumbers.isEmpty())
        return;
    try {
        m_readState->markRead(topicId, postNumbers);
    } catch (const store::StoreError &error) {
        reportStoreError(error);
        return;
    }
    Q_EMIT readStateChanged(topicId);
}

std::optional<ForumSession::ReadingPosition> ForumSession::readingPosition(qint64 topicId) const
{
    std::optional<QString> text;
    try {
        text = m_forums->setting(m_forum.id, kPositionPrefix + QString::number(topicId));
    } catch (const store::StoreError &) {
        return std::nullopt;
    }
    if (!text)
        return std::nullopt;
    const QStringList parts = text->split(u':');
    bool ok = false;
    ReadingPosition position;
    position.postNumber = parts.value(0).toInt(&ok);
    if (!ok || position.postNumber < 1)
        return std::nullopt;
    position.offset = std::max(0, parts.value(1).toInt());
    return position;
}

void ForumSession::setReadingPosition(qint64 topicId, ReadingPosition position)
{
    try {
        m_forums->setSetting(m_forum.id, kPositionPrefix + QString::number(topicId),
                             u"%1:%2"_s.arg(position.postNumber).arg(position.offset));
    } catch (const store::StoreError &error) {
        qCWarning(lcSession) << "reading position not saved:" << error.what();
    }
}

void ForumSession::reloadAfterSync()
{
    loadCategories();
    reloadFollows();
    Q_EMIT cacheChanged();
}

void ForumSession::reportStoreError(const store::StoreError &error)
{
    qCWarning(lcSession) << error.what();
    Q_EMIT problem(error.message(), error.detail());
}

} // namespace outpost::gui
