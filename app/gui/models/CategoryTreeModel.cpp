#include "models/CategoryTreeModel.h"

#include "ForumSession.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"
#include "style/TimeText.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace outpost::gui {

CategoryTreeModel::CategoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    // Reading a post changes unread counts; recounting once after a burst of reads is enough.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(400);
    connect(&m_refresh, &QTimer::timeout, this, &CategoryTreeModel::refreshCounts);
}

void CategoryTreeModel::setSession(ForumSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (m_session) {
        connect(m_session, &ForumSession::cacheChanged, this, &CategoryTreeModel::reload);
        connect(m_session, &ForumSession::followsChanged, this, &CategoryTreeModel::refreshCounts);
        connect(m_session, &ForumSession::readStateChanged, this,
                &CategoryTreeModel::scheduleCountRefresh);
        connect(m_session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    }
    reload();
}

QList<store::CategorySummary> CategoryTreeModel::readCategories() const
{
    if (!m_session)
        return {};
    try {
        return m_session->reader().categories(m_session->newSince());
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
        return {};
    }
}

void CategoryTreeModel::reload()
{
    m_lastSync = m_session ? m_session->lastSyncPerCategory() : QHash<qint64, QDateTime>();
    rebuild(readCategories());
}

void CategoryTreeModel::rebuild(const QList<store::CategorySummary> &categories)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    if (m_session) {
        Node digest;
        digest.kind = NodeKind::Digest;
        m_nodes.append(digest);
        m_topLevel.append(0);
        Node followed;
        followed.kind = NodeKind::Followed;
        m_nodes.append(followed);
        m_topLevel.append(1);

        QHash<qint64, int> byId;
        for (const store::CategorySummary &c : categories) {
            Node node;
            node.summary = c;
            byId.insert(c.category.id, int(m_nodes.size()));
            m_nodes.append(node);
        }
        for (int i = 2; i < m_nodes.size(); ++i) {
            Node &node = m_nodes[i];
            const std::optional<qint64> parentId = node.summary.category.parentId;
            const int parent = parentId ? byId.value(*parentId, -1) : -1;
            if (parent >= 0 && parent != i && !m_nodes.at(parent).summary.category.parentId) {
                node.parent = parent;
                m_nodes[parent].children.append(i);
            } else {
                m_topLevel.append(i);
            }
        }
    }
    endResetModel();
}

void CategoryTreeModel::scheduleCountRefresh()
{
    m_refresh.start();
}

void CategoryTreeModel::refreshCounts()
{
    const QList<store::CategorySummary> categories = readCategories();
    // Same categories in the same order: update counts in place, so selection and expansion
    // survive. Anything else rebuilds.
    bool same = m_nodes.size() == categories.size() + 2;
    for (int i = 0; same && i < categories.size(); ++i) {
        const discourse::Category &had = m_nodes.at(i + 2).summary.category;
        const discourse::Category &now = categories.at(i).category;
        same = had.id == now.id && had.parentId == now.parentId && had.name == now.name;
    }
    if (!same) {
        rebuild(categories);
        return;
    }
    for (int i = 0; i < categories.size(); ++i)
        m_nodes[i + 2].summary = categories.at(i);
    if (!m_topLevel.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_topLevel.size()) - 1, 0));
        for (int top : std::as_const(m_topLevel)) {
            const Node &node = m_nodes.at(top);
            if (!node.children.isEmpty()) {
                const QModelIndex parent = createIndex(rowOf(top), 0, quintptr(top));
                Q_EMIT dataChanged(index(0, 0, parent),
                                   index(int(node.children.size()) - 1, 0, parent));
            }
        }
    }
}

QModelIndex CategoryTreeModel::indexOfNode(NodeKind kind, qint64 categoryId) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        if (node.kind == kind &&
            (kind != NodeKind::Category || node.summary.category.id == categoryId))
            return createIndex(rowOf(i), 0, quintptr(i));
    }
    return {};
}

int CategoryTreeModel::rowOf(int node) const
{
    const int parent = m_nodes.at(node).parent;
    return int(parent < 0 ? m_topLevel.indexOf(node) : m_nodes.at(parent).children.indexOf(node));
}

const CategoryTreeModel::Node *CategoryTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const quintptr id = index.internalId();
    return id < quintptr(m_nodes.size()) ? &m_nodes.at(int(id)) : nullptr;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid()) {
        if (row >= m_topLevel.size())
            return {};
        return createIndex(row, 0, quintptr(m_topLevel.at(row)));
    }
    const Node *node = nodeFor(parent);
    if (!node || parent.column() != 0 || row >= node->children.size())
        return {};
    return createIndex(row, 0, quintptr(node->children.at(row)));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeFor(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(rowOf(node->parent), 0, quintptr(node->parent));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    const Node *node = nodeFor(parent);
    return node && parent.column() == 0 ? int(node->children.size()) : 0;
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags CategoryTreeModel::flags(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (node->kind == NodeKind::Category)
        f |= Qt::ItemIsUserCheckable;
    if (node->children.isEmpty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QString CategoryTreeModel::accessibleText(const Node &node) const
{
    const store::CategorySummary &s = node.summary;
    const bool followed = m_session && m_session->isFollowed(s.category.id);
    //: Spoken description of a category in the sidebar; %1 is its name, then counts
    QString text = followed ? tr("%1, followed").arg(s.category.name)
                            : tr("%1, not followed").arg(s.category.name);
    if (s.newTopics > 0)
        text += u", "_s + tr("%n new topic(s)", nullptr, s.newTopics);
    if (s.unreadTopics > 0)
        text += u", "_s + tr("%n unread topic(s)", nullptr, s.unreadTopics);
    return text;
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeFor(index);
    if (!node)
        return {};
    const store::CategorySummary &s = node->summary;
    const bool isCategory = node->kind == NodeKind::Category;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (node->kind == NodeKind::Digest)
            //: Sidebar entry: the digest of what changed since the last visit
            return tr("What’s new");
        if (node->kind == NodeKind::Followed)
            //: Sidebar entry: the topics of every followed category together
            return tr("Followed topics");
        return s.category.name;
    case Qt::AccessibleTextRole:
        return isCategory ? QVariant(accessibleText(*node)) : data(index, Qt::DisplayRole);
    case Qt::ToolTipRole: {
        if (!isCategory)
            return node->kind == NodeKind::Digest
                           ? tr("New topics since your last visit, and the week’s and "
                                "month’s top topics")
                           : tr("The newest topics of every category you follow");
        QString tip = s.category.descriptionText.left(300);
        const QDateTime synced = m_lastSync.value(s.category.id);
        if (!tip.isEmpty())
            tip += u"\n\n"_s;
        tip += tr("%n topic(s) downloaded", nullptr, s.topicsCached);
        if (s.newTopics > 0)
            tip += u"\n"_s + tr("%n new topic(s)", nullptr, s.newTopics);
        if (s.unreadTopics > 0)
            tip += u"\n"_s + tr("%n topic(s) with unread posts", nullptr, s.unreadTopics);
        tip += u"\n"_s;
        tip += synced.isValid() ? tr("Last synced: %1").arg(TimeText::exact(synced))
                                : tr("Not synced yet");
        return tip;
    }
    case Qt::CheckStateRole:
        if (!isCategory)
            return {};
        return m_session && m_session->isFollowed(s.category.id) ? Qt::Checked : Qt::Unchecked;
    case NodeKindRole:
        return QVariant::fromValue(node->kind);
    case CategoryIdRole:
        return isCategory ? s.category.id : qint64(0);
    case FollowedRole:
        return isCategory && m_session && m_session->isFollowed(s.category.id);
    case NewCountRole:
    case UnreadCountRole:
    case CachedCountRole: {
        if (node->kind == NodeKind::Digest)
            return 0;
        if (node->kind == NodeKind::Category) {
            return role == NewCountRole      ? s.newTopics
                   : role == UnreadCountRole ? s.unreadTopics
                                             : s.topicsCached;
        }
        int sum = 0;
        for (const Node &n : m_nodes) {
            if (n.kind == NodeKind::Category && m_session &&
                m_session->isFollowed(n.summary.category.id)) {
                sum += role == NewCountRole      ? n.summary.newTopics
                       : role == UnreadCountRole ? n.summary.unreadTopics
                                                 : n.summary.topicsCached;
            }
        }
        return sum;
    }
    case ColorRole:
        if (!isCategory || s.category.color.isEmpty())
            return {};
        return QColor(u'#' + s.category.color);
    case LastSyncRole:
        return isCategory ? m_lastSync.value(s.category.id) : QDateTime();
    case DescriptionRole:
        return s.category.descriptionText;
    default:
        return {};
    }
}

bool CategoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *node = nodeFor(index);
    if (!node || node->kind != NodeKind::Category || role != Qt::CheckStateRole || !m_session)
        return false;
    const bool follow =
            value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == int(Qt::Checked);
    // The session announces the change (followsChanged), which refreshes every row.
    m_session->setFollowed(node->summary.category.id, follow);
    return true;
}

QHash<int, QByteArray> CategoryTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NodeKindRole, "nodeKind");
    names.insert(CategoryIdRole, "categoryId");
    names.insert(FollowedRole, "followed");
    names.insert(NewCountRole, "newCount");
    names.insert(UnreadCountRole, "unreadCount");
    names.insert(CachedCountRole, "cachedCount");
    names.insert(ColorRole, "color");
    names.insert(LastSyncRole, "lastSync");
    names.insert(DescriptionRole, "description");
    return names;
}

} // namespace outpost::gui
