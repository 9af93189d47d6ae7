#pragma once

#include "store/CacheTypes.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QTimer>

namespace outpost::gui {

class ForumSession;

// The sidebar: "What's new" (the digest), "Followed topics" (every followed category at
// once), then the forum's categories with their subcategories. A category's check state is
// whether the person follows it (toggle it in place); counts of new and unread topics come
// from the cache.
class CategoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind
    {
        Digest,
        Followed,
        Category,
    };
    Q_ENUM(NodeKind)

    enum Role
    {
        NodeKindRole = Qt::UserRole + 1,
        CategoryIdRole,
        FollowedRole,
        NewCountRole,
        UnreadCountRole,
        CachedCountRole,
        ColorRole,
        LastSyncRole,
        DescriptionRole,
    };

    explicit CategoryTreeModel(QObject *parent = nullptr);

    // Null detaches the model (no forum open).
    void setSession(ForumSession *session);
    // Re-reads categories and counts now.
    void reload();

    QModelIndex indexOfNode(NodeKind kind, qint64 categoryId = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        NodeKind kind = NodeKind::Category;
        store::CategorySummary summary;
        int parent = -1; // index into m_nodes, -1 for top level
        QList<int> children;
    };
    void scheduleCountRefresh();
    void refreshCounts();
    QList<store::CategorySummary> readCategories() const;
    void rebuild(const QList<store::CategorySummary> &categories);
    const Node *nodeFor(const QModelIndex &index) const;
    int rowOf(int node) const;
    QString accessibleText(const Node &node) const;

    ForumSession *m_session = nullptr;
    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<qint64, QDateTime> m_lastSync;
    QTimer m_refresh;
};

} // namespace outpost::gui
