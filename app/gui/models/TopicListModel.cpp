#include "models/TopicListModel.h"

#include "ForumSession.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"
#include "style/TimeText.h"

#include <QCollator>
#include <QColor>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
constexpr int kPageRows = 50;      // rows a fetchMore() adds (a screen or two)
constexpr int kReadPage = 100;     // topics per read from the cache
constexpr int kSortedCap = 20'000; // rows a sorted (non-activity) view reads at most
} // namespace

TopicListModel::TopicListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void TopicListModel::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_categoryIds.clear();
    if (m_session) {
        connect(m_session, &ForumSession::cacheChanged, this, &TopicListModel::refresh);
        connect(m_session, &ForumSession::readStateChanged, this,
                &TopicListModel::topicReadChanged);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

void TopicListModel::showCategories(const QList<qint64> &categoryIds)
{
    m_categoryIds = categoryIds;
    reload();
}

void TopicListModel::setSort(Sort sort)
{
    if (sort == m_sort)
        return;
    m_sort = sort;
    reload();
}

void TopicListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void TopicListModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    reload();
}

void TopicListModel::refresh()
{
    reload(int(m_rows.size()));
}

bool TopicListModel::isNew(const store::TopicSummary &topic) const
{
    return topic.lastReadPostNumber == 0 && topic.topic.createdAt.isValid() &&
           topic.topic.createdAt >= m_newSince;
}

bool TopicListModel::accepts(const store::TopicSummary &topic) const
{
    switch (m_filter) {
    case Filter::All:
        break;
    case Filter::Unread:
        if (topic.unreadPosts() <= 0)
            return false;
        break;
    case Filter::New:
        if (!isNew(topic))
            return false;
        break;
    case Filter::NotDownloaded:
        if (topic.postsCached >= topic.topic.postsCount)
            return false;
        break;
    }
    return m_text.isEmpty() || topic.topic.title.contains(m_text, Qt::CaseInsensitive);
}

QList<store::TopicSummary> TopicListModel::readPages(int wanted, bool all)
{
    QList<store::TopicSummary> found;
    if (!m_session || m_categoryIds.isEmpty()) {
        m_exhausted = true;
        return found;
    }
    try {
        store::TopicQuery query;
        query.categoryIds = m_categoryIds;
        query.limit = all ? 500 : kReadPage;
        int read = 0;
        while (!m_exhausted && (all ? read < kSortedCap : found.size() < wanted)) {
            query.after = m_cursor;
            const store::TopicPage page = m_session->reader().topics(query);
            read += int(page.topics.size());
            for (const store::TopicSummary &topic : page.topics) {
                if (accepts(topic))
                    found.append(topic);
            }
            m_cursor = page.next;
            m_exhausted = !page.next;
        }
    } catch (const store::StoreError &error) {
        m_exhausted = true;
        m_session->reportStoreError(error);
    }
    return found;
}

void TopicListModel::sortRows(QList<store::TopicSummary> &rows) const
{
    const auto byActivity = [](const store::TopicSummary &a, const store::TopicSummary &b) {
        return a.topic.bumpedAt != b.topic.bumpedAt ? a.topic.bumpedAt > b.topic.bumpedAt
                                                    : a.topic.id > b.topic.id;
    };
    switch (m_sort) {
    case Sort::Activity:
        return;
    case Sort::Created:
        std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            return a.topic.createdAt != b.topic.createdAt ? a.topic.createdAt > b.topic.createdAt
                                                          : byActivity(a, b);
        });
        return;
    case Sort::Replies:
        std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            return a.topic.replies() != b.topic.replies() ? a.topic.replies() > b.topic.replies()
                                                          : byActivity(a, b);
        });
        return;
    case Sort::Views:
        std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            return a.topic.views != b.topic.views ? a.topic.views > b.topic.views
                                                  : byActivity(a, b);
        });
        return;
    case Sort::Title: {
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        collator.setNumericMode(true);
        std::stable_sort(rows.begin(), rows.end(), [&](const auto &a, const auto &b) {
            return collator.compare(a.topic.title, b.topic.title) < 0;
        });
        return;
    }
    }
}

void TopicListModel::reload(int atLeast)
{
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_exhausted = false;
    m_newSince = m_session ? m_session->newSince() : QDateTime();
    if (m_sort == Sort::Activity) {
        m_rows = readPages(std::max(atLeast, kPageRows), false);
    } else {
        m_rows = readPages(0, true);
        sortRows(m_rows);
        m_exhausted = true;
    }
    endResetModel();
}

bool TopicListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void TopicListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_fetchQueued)
        return;
    m_fetchQueued = true;
    QMetaObject::invokeMethod(
            this,
            [this] {
                m_fetchQueued = false;
                loadMore();
            },
            Qt::QueuedConnection);
}

void TopicListModel::loadMore()
{
    if (m_exhausted)
        return;
    const QList<store::TopicSummary> more = readPages(kPageRows, false);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

int TopicListModel::rowOfTopic(qint64 topicId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).topic.id == topicId)
            return i;
    }
    return -1;
}

void TopicListModel::topicReadChanged(qint64 topicId)
{
    const int row = rowOfTopic(topicId);
    if (row < 0 || !m_session)
        return;
    try {
        if (std::optional<store::TopicSummary> fresh = m_session->reader().topic(topicId)) {
            // Rows stay where they are while the person works through them; the next reload
            // applies filters again.
            m_rows[row] = *fresh;
            Q_EMIT dataChanged(index(row), index(row));
        }
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
    }
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString TopicListModel::accessibleText(const store::TopicSummary &t) const
{
    QStringList parts{t.topic.title};
    if (isNew(t))
        //: Spoken after a topic's title
        parts << tr("new");
    else if (t.unreadPosts() > 0)
        parts << tr("%n unread post(s)", nullptr, t.unreadPosts());
    if (t.topic.pinned)
        parts << tr("pinned");
    if (t.topic.closed)
        parts << tr("closed");
    parts << tr("%n reply(s)", nullptr, t.topic.replies());
    return parts.join(u", "_s);
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::TopicSummary &t = m_rows.at(index.row());
    const discourse::TopicListItem &topic = t.topic;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return topic.title;
    case Qt::AccessibleTextRole:
        return accessibleText(t);
    case Qt::ToolTipRole:
        return tr("%1\nLast activity: %2\nPosts downloaded: %3 of %4")
                .arg(topic.title, TimeText::exact(topic.bumpedAt))
                .arg(t.postsCached)
                .arg(topic.postsCount);
    case TopicIdRole:
        return topic.id;
    case CategoryIdRole:
        return topic.categoryId;
    case CategoryNameRole:
        return m_session ? m_session->categoryName(topic.categoryId) : QString();
    case CategoryColorRole: {
        const QString hex =
                m_session ? m_session->categories().value(topic.categoryId).color : QString();
        return hex.isEmpty() ? QVariant() : QVariant(QColor(u'#' + hex));
    }
    case PostsCountRole:
        return topic.postsCount;
    case PostsCachedRole:
        return t.postsCached;
    case UnreadPostsRole:
        return t.unreadPosts();
    case IsNewRole:
        return isNew(t);
    case IsUnreadRole:
        return t.unreadPosts() > 0;
    case PinnedRole:
        return topic.pinned;
    case ClosedRole:
        return topic.closed;
    case ArchivedRole:
        return topic.archived;
    case BumpedAtRole:
        return topic.bumpedAt;
    case CreatedAtRole:
        return topic.createdAt;
    case LastPosterRole:
        return topic.lastPosterUsername;
    case ViewsRole:
        return topic.views;
    case LikeCountRole:
        return topic.likeCount;
    case LastReadPostRole:
        return t.lastReadPostNumber;
    default:
        return {};
    }
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TopicIdRole, "topicId");
    names.insert(TitleRole, "title");
    names.insert(CategoryIdRole, "categoryId");
    names.insert(CategoryNameRole, "categoryName");
    names.insert(CategoryColorRole, "categoryColor");
    names.insert(PostsCountRole, "postsCount");
    names.insert(PostsCachedRole, "postsCached");
    names.insert(UnreadPostsRole, "unreadPosts");
    names.insert(IsNewRole, "isNew");
    names.insert(IsUnreadRole, "isUnread");
    names.insert(PinnedRole, "pinned");
    names.insert(ClosedRole, "closed");
    names.insert(ArchivedRole, "archived");
    names.insert(BumpedAtRole, "bumpedAt");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(LastPosterRole, "lastPoster");
    names.insert(ViewsRole, "views");
    names.insert(LikeCountRole, "likeCount");
    names.insert(LastReadPostRole, "lastReadPost");
    return names;
}

} // namespace outpost::gui
