#pragma once

#include "store/CacheTypes.h"

#include <QAbstractListModel>
#include <QDateTime>

#include <optional>

namespace outpost::gui {

class ForumSession;

// Topics of one or more categories from the cache, newest activity first, loaded a page at a
// time as the view scrolls (keyset paging, so the thousandth page costs what the first does).
// Other orders read the whole selection once (a category holds thousands of topics at most)
// and sort it; filters drop rows as pages arrive.
class TopicListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        TopicIdRole = Qt::UserRole + 1,
        TitleRole,
        CategoryIdRole,
        CategoryNameRole,
        CategoryColorRole,
        PostsCountRole,
        PostsCachedRole,
        UnreadPostsRole,
        IsNewRole,
        IsUnreadRole,
        PinnedRole,
        ClosedRole,
        ArchivedRole,
        BumpedAtRole,
        CreatedAtRole,
        LastPosterRole,
        ViewsRole,
        LikeCountRole,
        LastReadPostRole,
    };

    enum class Sort
    {
        Activity, // newest activity first (the forum's own order)
        Created,  // newest topics first
        Replies,  // most replies first
        Views,    // most viewed first
        Title,    // alphabetical in the person's locale
    };
    Q_ENUM(Sort)

    enum class Filter
    {
        All,
        Unread,        // opened before, with new posts since
        New,           // never opened, created recently
        NotDownloaded, // posts on the forum that are not in the cache yet
    };
    Q_ENUM(Filter)

    explicit TopicListModel(QObject *parent = nullptr);

    void setSession(ForumSession *session);
    // The categories shown (one, or the followed ones). An empty list shows nothing.
    void showCategories(const QList<qint64> &categoryIds);
    const QList<qint64> &categoryIds() const { return m_categoryIds; }
    void setSort(Sort sort);
    Sort sort() const { return m_sort; }
    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }
    // Titles containing this text (case and accents as typed: a plain substring match).
    void setTextFilter(const QString &text);
    const QString &textFilter() const { return m_text; }

    // Re-reads from the cache (after a sync), keeping at least as many rows loaded.
    void refresh();
    int rowOfTopic(qint64 topicId) const;
    const store::TopicSummary &topicAt(int row) const { return m_rows.at(row); }
    // True once every topic of the selection has been read (no more pages).
    bool isComplete() const { return m_exhausted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Views ask for more with fetchMore(), which loads on the next turn of the event loop (a
    // view or a model tester may ask from inside a handler of this model's own signals);
    // code that needs the rows now calls loadMore().
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void loadMore();
    QHash<int, QByteArray> roleNames() const override;

private:
    void reload(int atLeast = 0);
    QList<store::TopicSummary> readPages(int wanted, bool all);
    bool accepts(const store::TopicSummary &topic) const;
    void sortRows(QList<store::TopicSummary> &rows) const;
    bool isNew(const store::TopicSummary &topic) const;
    void topicReadChanged(qint64 topicId);
    QString accessibleText(const store::TopicSummary &topic) const;

    ForumSession *m_session = nullptr;
    QList<qint64> m_categoryIds;
    Sort m_sort = Sort::Activity;
    Filter m_filter = Filter::All;
    QString m_text;
    QList<store::TopicSummary> m_rows;
    std::optional<store::TopicCursor> m_cursor;
    bool m_exhausted = true;
    bool m_fetchQueued = false;
    QDateTime m_newSince;
};

} // namespace outpost::gui
