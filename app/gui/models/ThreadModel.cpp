#include "models/ThreadModel.h"

#include "ForumSession.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"
#include "style/TimeText.h"

using namespace Qt::StringLiterals;

namespace outpost::gui {

ThreadModel::ThreadModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ThreadModel::setSession(ForumSession *session)
{
    close();
    m_session = session;
    if (m_session)
        connect(m_session, &QObject::destroyed, this, [this] {
            m_session = nullptr;
            close();
        });
}

bool ThreadModel::openTopic(qint64 topicId, int fromPostNumber, int pageSize)
{
    beginResetModel();
    m_topic.reset();
    m_posts.clear();
    m_pageSize = std::max(1, pageSize);
    bool found = false;
    if (m_session) {
        try {
            m_topic = m_session->reader().topic(topicId);
            if (m_topic) {
                found = true;
                m_posts =
                        m_session->reader().posts(topicId, std::max(1, fromPostNumber), m_pageSize);
                // Past the last cached post: show the last page rather than nothing.
                if (m_posts.isEmpty() && fromPostNumber > 1)
                    m_posts = m_session->reader().postsBefore(topicId, fromPostNumber, m_pageSize);
            }
        } catch (const store::StoreError &error) {
            m_topic.reset();
            m_posts.clear();
            m_session->reportStoreError(error);
        }
    }
    endResetModel();
    Q_EMIT topicChanged();
    return found;
}

void ThreadModel::close()
{
    if (!m_topic && m_posts.isEmpty())
        return;
    beginResetModel();
    m_topic.reset();
    m_posts.clear();
    endResetModel();
    Q_EMIT topicChanged();
}

bool ThreadModel::canFetchEarlier() const
{
    if (!m_topic || !m_topic->firstCachedPostNumber)
        return false;
    return m_posts.isEmpty() ||
           m_posts.constFirst().post.postNumber > *m_topic->firstCachedPostNumber;
}

int ThreadModel::fetchEarlier(int pageSize)
{
    if (!m_session || !canFetchEarlier() || m_posts.isEmpty())
        return 0;
    QList<store::CachedPost> earlier;
    try {
        earlier = m_session->reader().postsBefore(
                m_topic->topic.id, m_posts.constFirst().post.postNumber, std::max(1, pageSize));
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
        return 0;
    }
    if (earlier.isEmpty()) {
        m_topic->firstCachedPostNumber = m_posts.constFirst().post.postNumber;
        return 0;
    }
    const int added = int(earlier.size());
    beginInsertRows({}, 0, added - 1);
    earlier.append(m_posts);
    m_posts = std::move(earlier);
    endInsertRows();
    return added;
}

bool ThreadModel::hasMoreAfter() const
{
    if (!m_topic || !m_topic->lastCachedPostNumber)
        return false;
    return m_posts.isEmpty() ||
           m_posts.constLast().post.postNumber < *m_topic->lastCachedPostNumber;
}

bool ThreadModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMoreAfter();
}

void ThreadModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_fetchQueued || !hasMoreAfter())
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

void ThreadModel::loadMore()
{
    if (!m_session || !hasMoreAfter())
        return;
    const int from = m_posts.isEmpty() ? 1 : m_posts.constLast().post.postNumber + 1;
    QList<store::CachedPost> more;
    try {
        more = m_session->reader().posts(m_topic->topic.id, from, m_pageSize);
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
        return;
    }
    if (more.isEmpty()) {
        m_topic->lastCachedPostNumber = from - 1;
        return;
    }
    beginInsertRows({}, int(m_posts.size()), int(m_posts.size() + more.size()) - 1);
    m_posts.append(more);
    endInsertRows();
}

void ThreadModel::trim(int first, int last)
{
    first = std::max(0, first);
    last = std::min(int(m_posts.size()) - 1, last);
    if (first > last)
        return;
    if (last + 1 < m_posts.size()) {
        beginRemoveRows({}, last + 1, int(m_posts.size()) - 1);
        m_posts.resize(last + 1);
        endRemoveRows();
    }
    if (first > 0) {
        beginRemoveRows({}, 0, first - 1);
        m_posts.remove(0, first);
        endRemoveRows();
    }
}

int ThreadModel::rowOfPostNumber(int postNumber) const
{
    // Post numbers ascend: binary search.
    auto it = std::lower_bound(
            m_posts.cbegin(), m_posts.cend(), postNumber,
            [](const store::CachedPost &p, int n) { return p.post.postNumber < n; });
    if (it == m_posts.cend() || it->post.postNumber != postNumber)
        return -1;
    return int(it - m_posts.cbegin());
}

QList<int> ThreadModel::markRowsRead(const QList<int> &rows)
{
    QList<int> numbers;
    for (int row : rows) {
        if (row < 0 || row >= m_posts.size() || m_posts.at(row).read)
            continue;
        m_posts[row].read = true;
        numbers.append(m_posts.at(row).post.postNumber);
        Q_EMIT dataChanged(index(row), index(row), {ReadRole});
    }
    if (m_topic && !numbers.isEmpty()) {
        const int highest = *std::max_element(numbers.cbegin(), numbers.cend());
        m_topic->lastReadPostNumber = std::max(m_topic->lastReadPostNumber, highest);
    }
    return numbers;
}

void ThreadModel::refresh()
{
    if (!m_topic || !m_session)
        return;
    try {
        std::optional<store::TopicSummary> fresh = m_session->reader().topic(m_topic->topic.id);
        if (!fresh) {
            close();
            return;
        }
        m_topic = *fresh;
        // Edited posts come back with a higher version: replace them in place.
        if (!m_posts.isEmpty()) {
            const int first = m_posts.constFirst().post.postNumber;
            const int count = m_posts.constLast().post.postNumber - first + 1;
            const QList<store::CachedPost> again =
                    m_session->reader().posts(m_topic->topic.id, first, count);
            if (again.size() != m_posts.size()) {
                openTopic(m_topic->topic.id, first, std::max(m_pageSize, int(again.size())));
                return;
            }
            for (int i = 0; i < again.size(); ++i) {
                const discourse::Post &was = m_posts.at(i).post;
                const discourse::Post &now = again.at(i).post;
                if (was.id != now.id) {
                    openTopic(m_topic->topic.id, first, std::max(m_pageSize, int(again.size())));
                    return;
                }
                if (was.version != now.version || was.cooked != now.cooked ||
                    was.likeCount != now.likeCount || m_posts.at(i).read != again.at(i).read) {
                    m_posts[i] = again.at(i);
                    Q_EMIT dataChanged(index(i), index(i));
                }
            }
        }
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
        return;
    }
    Q_EMIT topicChanged();
}

int ThreadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant ThreadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::CachedPost &cached = m_posts.at(index.row());
    const discourse::Post &p = cached.post;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        //: A post in a thread, for lists and screen readers: %1 post number, %2 author, %3 time
        return tr("Post %1 by %2, %3")
                .arg(p.postNumber)
                .arg(p.name.isEmpty() ? p.username : p.name, TimeText::exact(p.createdAt));
    case PostIdRole:
        return p.id;
    case PostNumberRole:
        return p.postNumber;
    case UsernameRole:
        return p.username;
    case NameRole:
        return p.name;
    case CreatedAtRole:
        return p.createdAt;
    case UpdatedAtRole:
        return p.updatedAt;
    case VersionRole:
        return p.version;
    case CookedRole:
        return p.cooked;
    case ReadRole:
        return cached.read;
    case ReplyToRole:
        return p.replyToPostNumber ? QVariant(*p.replyToPostNumber) : QVariant();
    case PostTypeRole:
        return int(p.postType);
    case ActionCodeRole:
        return p.actionCode;
    case LikeCountRole:
        return p.likeCount;
    case ReplyCountRole:
        return p.replyCount;
    case HiddenRole:
        return p.hidden;
    case DeletedRole:
        return p.deletedAt.has_value();
    default:
        return {};
    }
}

QHash<int, QByteArray> ThreadModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PostIdRole, "postId");
    names.insert(PostNumberRole, "postNumber");
    names.insert(UsernameRole, "username");
    names.insert(NameRole, "name");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(VersionRole, "version");
    names.insert(CookedRole, "cooked");
    names.insert(ReadRole, "read");
    names.insert(ReplyToRole, "replyTo");
    names.insert(PostTypeRole, "postType");
    names.insert(ActionCodeRole, "actionCode");
    names.insert(LikeCountRole, "likeCount");
    names.insert(ReplyCountRole, "replyCount");
    names.insert(HiddenRole, "hidden");
    names.insert(DeletedRole, "deleted");
    return names;
}

} // namespace outpost::gui
