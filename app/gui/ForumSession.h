#pragma once

#include "discourse/Types.h"
#include "store/CacheTypes.h"
#include "store/UserTypes.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

namespace outpost::store {
class CacheReader;
class Database;
class ForumRepository;
class ImageCacheIndex;
class ReadState;
class SearchIndex;
class StoreError;
} // namespace outpost::store
namespace outpost::forums {
class CacheCheckJob;
class ForumProbeJob;
struct CacheCheckResult;
struct ForumProbeResult;
} // namespace outpost::forums

namespace outpost::gui {

class AppContext;

// One forum open in the app: its cache on a connection of the GUI thread, and what the
// models read through it (CacheReader, SearchIndex, ReadState). Reads are fast enough for the
// GUI thread (the store measured a topic page in 0.15 ms); writes here are the person's own
// (read state, follows, reading positions). Network work is never done here.
class ForumSession : public QObject
{
    Q_OBJECT
public:
    // Throws store::StoreError when the cache cannot be opened at all.
    ForumSession(AppContext &context, store::Forum forum, QObject *parent = nullptr);
    ~ForumSession() override;

    AppContext &context() { return m_context; }
    const store::Forum &forum() const { return m_forum; }
    QString forumDirectory() const;
    QString cachePath() const;

    store::CacheReader &reader() { return *m_reader; }
    store::SearchIndex &searchIndex() { return *m_search; }
    store::ImageCacheIndex &imageIndex() { return *m_images; }

    // Categories by id, as cached (refreshed after every sync).
    const QHash<qint64, discourse::Category> &categories() const { return m_categories; }
    QString categoryName(qint64 id) const;
    bool isFollowed(qint64 categoryId) const { return m_followed.contains(categoryId); }
    const QSet<qint64> &followed() const { return m_followed; }
    QList<qint64> followedIds() const;
    void setFollowed(qint64 categoryId, bool follow);
    // Reads the follows again (a sign-in or a sync imported the forum's watched categories).
    void reloadFollows();

    // Gives the forum another name in Outpost.
    void rename(const QString &name);

    // How many days of activity the sync keeps for this forum.
    int syncWindowDays() const { return m_forum.syncWindowDays; }
    void setSyncWindowDays(int days);

    // Topics never opened and created after this are "new".
    QDateTime newSince() const;
    // The latest sync of each category's feed (invalid when never synced).
    QHash<qint64, QDateTime> lastSyncPerCategory() const;
    QDateTime lastSyncAt() const;

    void markRead(qint64 topicId, const QList<int> &postNumbers);

    // Where the person left a topic: post number and the pixels scrolled into that post.
    struct ReadingPosition
    {
        int postNumber = 0;
        int offset = 0;
    };
    std::optional<ReadingPosition> readingPosition(qint64 topicId) const;
    void setReadingPosition(qint64 topicId, ReadingPosition position);

    // After a sync (or anything else that wrote the cache): re-read what is cached.
    void reloadAfterSync();

    // A store failure met while reading: reported once as a banner, never a crash.
    void reportStoreError(const store::StoreError &error);

Q_SIGNALS:
    void cacheChanged();
    void followsChanged();
    void renamed();
    void readStateChanged(qint64 topicId);
    // For the banner: a sentence, and technical detail for a "Details" expander.
    void problem(const QString &message, const QString &detail);
    void notice(const QString &message);

private:
    void openCache();
    void startCheck();
    void checkFinished(const forums::CacheCheckResult &result);
    void loadCategories();
    void fetchCategoriesIfMissing();
    void categoriesProbed(const forums::ForumProbeResult &result);

    AppContext &m_context;
    store::Forum m_forum;
    std::unique_ptr<store::Database> m_cache;
    std::unique_ptr<store::CacheReader> m_reader;
    std::unique_ptr<store::SearchIndex> m_search;
    std::unique_ptr<store::ReadState> m_readState;
    std::unique_ptr<store::ImageCacheIndex> m_images;
    std::unique_ptr<store::ForumRepository> m_forums;
    QHash<qint64, discourse::Category> m_categories;
    QSet<qint64> m_followed;
    forums::CacheCheckJob *m_check = nullptr;
    forums::ForumProbeJob *m_probe = nullptr;
};

} // namespace outpost::gui
