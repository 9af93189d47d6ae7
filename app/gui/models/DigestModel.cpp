#include "models/DigestModel.h"

#include "ForumSession.h"
#include "models/TopicListModel.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"
#include "style/TimeText.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
// Section rows have internal id 0; topic rows carry their section's index + 1.
constexpr quintptr kSectionId = 0;
} // namespace

DigestModel::DigestModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void DigestModel::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ForumSession::cacheChanged, this, &DigestModel::reload);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

QString DigestModel::sectionTitle(store::DigestKind kind)
{
    switch (kind) {
    case store::DigestKind::New:
        //: Digest section: topics created since the previous sync
        return tr("New topics");
    case store::DigestKind::Active:
        //: Digest section: older topics that got new posts since the previous sync
        return tr("New replies");
    case store::DigestKind::TopWeek:
        return tr("Top this week");
    case store::DigestKind::TopMonth:
        return tr("Top this month");
    }
    return {};
}

void DigestModel::reload()
{
    beginResetModel();
    m_digest.reset();
    m_sections.clear();
    if (m_session) {
        m_newSince = m_session->newSince();
        try {
            m_digest = m_session->reader().latestDigest();
        } catch (const store::StoreError &error) {
            m_session->reportStoreError(error);
        }
    }
    if (m_digest) {
        for (const store::DigestEntry &entry : std::as_const(m_digest->entries)) {
            if (m_sections.isEmpty() || m_sections.constLast().kind != entry.kind)
                m_sections.append(Section{entry.kind, {}});
            m_sections.last().topics.append(entry.topic);
        }
    }
    // New topics read newest first, like a topic list, whatever order the digest was written
    // in (an older version, a bundle from another computer).
    for (Section &section : m_sections) {
        if (section.kind != store::DigestKind::New)
            continue;
        std::stable_sort(section.topics.begin(), section.topics.end(),
                         [](const store::TopicSummary &a, const store::TopicSummary &b) {
                             return a.topic.createdAt != b.topic.createdAt
                                            ? a.topic.createdAt > b.topic.createdAt
                                            : a.topic.id > b.topic.id;
                         });
    }
    endResetModel();
}

QModelIndex DigestModel::firstTopic() const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        if (!m_sections.at(s).topics.isEmpty())
            return index(0, 0, index(s, 0));
    }
    return {};
}

QModelIndex DigestModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.row() >= m_sections.size() ||
        parent.column() != 0)
        return {};
    if (row >= m_sections.at(parent.row()).topics.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex DigestModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int DigestModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() != kSectionId || parent.column() != 0 ||
        parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).topics.size());
}

int DigestModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags DigestModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionId)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant DigestModel::topicData(const store::TopicSummary &t, int role) const
{
    const discourse::TopicListItem &topic = t.topic;
    const bool isNew =
            t.lastReadPostNumber == 0 && topic.createdAt.isValid() && topic.createdAt >= m_newSince;
    switch (role) {
    case Qt::DisplayRole:
    case TopicListModel::TitleRole:
        return topic.title;
    case Qt::AccessibleTextRole:
        return isNew ? tr("%1, new").arg(topic.title) : topic.title;
    case Qt::ToolTipRole:
        return tr("%1\nLast activity: %2").arg(topic.title, TimeText::exact(topic.bumpedAt));
    case TopicListModel::TopicIdRole:
        return topic.id;
    case TopicListModel::CategoryIdRole:
        return topic.categoryId;
    case TopicListModel::CategoryNameRole:
        return m_session ? m_session->categoryName(topic.categoryId) : QString();
    case TopicListModel::CategoryColorRole: {
        const QString hex =
                m_session ? m_session->categories().value(topic.categoryId).color : QString();
        return hex.isEmpty() ? QVariant() : QVariant(QColor(u'#' + hex));
    }
    case TopicListModel::PostsCountRole:
        return topic.postsCount;
    case TopicListModel::PostsCachedRole:
        return t.postsCached;
    case TopicListModel::UnreadPostsRole:
        return t.unreadPosts();
    case TopicListModel::IsNewRole:
        return isNew;
    case TopicListModel::IsUnreadRole:
        return t.unreadPosts() > 0;
    case TopicListModel::PinnedRole:
        return topic.pinned;
    case TopicListModel::ClosedRole:
        return topic.closed;
    case TopicListModel::ArchivedRole:
        return topic.archived;
    case TopicListModel::BumpedAtRole:
        return topic.bumpedAt;
    case TopicListModel::CreatedAtRole:
        return topic.createdAt;
    case TopicListModel::LastPosterRole:
        return topic.lastPosterUsername;
    case TopicListModel::ViewsRole:
        return topic.views;
    case TopicListModel::LikeCountRole:
        return topic.likeCount;
    case TopicListModel::LastReadPostRole:
        return t.lastReadPostNumber;
    case IsSectionRole:
        return false;
    default:
        return {};
    }
}

QVariant DigestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId) {
        const Section &section = m_sections.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return sectionTitle(section.kind);
        case IsSectionRole:
            return true;
        case SectionKindRole:
            return int(section.kind);
        case SectionCountRole:
            return int(section.topics.size());
        default:
            return {};
        }
    }
    const Section &section = m_sections.at(int(index.internalId() - 1));
    return topicData(section.topics.at(index.row()), role);
}

} // namespace outpost::gui
