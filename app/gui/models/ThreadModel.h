#pragma once

#include "store/CacheTypes.h"

#include <QAbstractListModel>

#include <optional>

namespace outpost::gui {

class ForumSession;

// A window of the cached posts of one topic, by post number. The thread view starts it at the
// reading position and widens it a page at a time as the person scrolls either way, and
// trims the far end so a 5,000-post thread never sits in memory (or in widgets) whole.
class ThreadModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        PostIdRole = Qt::UserRole + 1,
        PostNumberRole,
        UsernameRole,
        NameRole,
        CreatedAtRole,
        UpdatedAtRole,
        VersionRole,
        CookedRole,
        ReadRole,
        ReplyToRole,
        PostTypeRole,
        ActionCodeRole,
        LikeCountRole,
        ReplyCountRole,
        HiddenRole,
        DeletedRole,
    };

    static constexpr int defaultPageSize = 20;

    explicit ThreadModel(QObject *parent = nullptr);

    void setSession(ForumSession *session);
    // Loads the topic with the window starting at `fromPostNumber` (or the first cached post
    // after it). False when the topic is not in the cache.
    bool openTopic(qint64 topicId, int fromPostNumber = 1, int pageSize = defaultPageSize);
    void close();
    bool hasTopic() const { return m_topic.has_value(); }
    const store::TopicSummary &topic() const { return *m_topic; }
    qint64 topicId() const { return m_topic ? m_topic->topic.id : 0; }

    // Posts before the window that are cached (scrolling up).
    bool canFetchEarlier() const;
    // Loads up to a page before the window; returns how many rows were added at the top.
    int fetchEarlier(int pageSize = defaultPageSize);
    // Drops rows outside [first, last] (the view keeps a bounded number of posts).
    void trim(int first, int last);

    int rowOfPostNumber(int postNumber) const;
    const store::CachedPost &postAt(int row) const { return m_posts.at(row); }
    // Marks rows read in the model (the session stores it) and returns the post numbers that
    // were unread.
    QList<int> markRowsRead(const QList<int> &rows);
    // Re-reads the topic and the window after a sync, adding posts that arrived.
    void refresh();
    // Cached posts of the topic after the window's end (for "more below" hints).
    bool hasMoreAfter() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // fetchMore() (views, testers) loads on the next turn of the event loop; the thread view
    // calls loadMore() to have the rows at once.
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void loadMore();
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // The topic's metadata changed (counts after a sync).
    void topicChanged();

private:
    ForumSession *m_session = nullptr;
    std::optional<store::TopicSummary> m_topic;
    QList<store::CachedPost> m_posts;
    int m_pageSize = defaultPageSize;
    bool m_fetchQueued = false;
};

} // namespace outpost::gui
