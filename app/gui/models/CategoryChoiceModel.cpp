#include "models/CategoryChoiceModel.h"

#include <QColor>
#include <QHash>

using namespace Qt::StringLiterals;

namespace outpost::gui {

CategoryChoiceModel::CategoryChoiceModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void CategoryChoiceModel::setCategories(const QList<discourse::Category> &categories,
                                        const QSet<qint64> &chosen)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_chosen = chosen;
    QList<discourse::Category> sorted = categories;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto &a, const auto &b) { return a.position < b.position; });
    QHash<qint64, int> byId;
    for (const discourse::Category &c : sorted) {
        byId.insert(c.id, int(m_nodes.size()));
        m_nodes.append(Node{c, -1, {}});
    }
    for (int i = 0; i < m_nodes.size(); ++i) {
        const std::optional<qint64> parentId = m_nodes.at(i).category.parentId;
        const int parent = parentId ? byId.value(*parentId, -1) : -1;
        if (parent >= 0 && parent != i && !m_nodes.at(parent).category.parentId) {
            m_nodes[i].parent = parent;
            m_nodes[parent].children.append(i);
        } else {
            m_topLevel.append(i);
        }
    }
    endResetModel();
    Q_EMIT choiceChanged();
}

QList<qint64> CategoryChoiceModel::chosenIds() const
{
    QList<qint64> ids;
    for (const Node &node : m_nodes) {
        if (m_chosen.contains(node.category.id))
            ids.append(node.category.id);
    }
    return ids;
}

void CategoryChoiceModel::setAllChosen(bool chosen)
{
    m_chosen.clear();
    if (chosen) {
        for (const Node &node : std::as_const(m_nodes))
            m_chosen.insert(node.category.id);
    }
    for (int top = 0; top < m_topLevel.size(); ++top) {
        const QModelIndex parent = index(top, 0);
        Q_EMIT dataChanged(parent, parent, {Qt::CheckStateRole});
        const int children = rowCount(parent);
        if (children > 0)
            Q_EMIT dataChanged(index(0, 0, parent), index(children - 1, 0, parent),
                               {Qt::CheckStateRole});
    }
    Q_EMIT choiceChanged();
}

int CategoryChoiceModel::rowOf(int node) const
{
    const int parent = m_nodes.at(node).parent;
    return int(parent < 0 ? m_topLevel.indexOf(node) : m_nodes.at(parent).children.indexOf(node));
}

QModelIndex CategoryChoiceModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_topLevel.size() ? createIndex(row, 0, quintptr(m_topLevel.at(row)))
                                       : QModelIndex();
    const quintptr id = parent.internalId();
    if (parent.column() != 0 || id >= quintptr(m_nodes.size()))
        return {};
    const Node &node = m_nodes.at(int(id));
    return row < node.children.size() ? createIndex(row, 0, quintptr(node.children.at(row)))
                                      : QModelIndex();
}

QModelIndex CategoryChoiceModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() >= quintptr(m_nodes.size()))
        return {};
    const int parent = m_nodes.at(int(child.internalId())).parent;
    return parent < 0 ? QModelIndex() : createIndex(rowOf(parent), 0, quintptr(parent));
}

int CategoryChoiceModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0 || parent.internalId() >= quintptr(m_nodes.size()))
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int CategoryChoiceModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags CategoryChoiceModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
    if (rowCount(index) == 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant CategoryChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const discourse::Category &c = m_nodes.at(int(index.internalId())).category;
    switch (role) {
    case Qt::DisplayRole:
        //: A category to choose on first start: %1 its name, then its number of topics
        return tr("%1 (%n topic(s))", nullptr, c.topicCount).arg(c.name);
    case Qt::AccessibleTextRole:
        return tr("%1, %n topic(s)", nullptr, c.topicCount).arg(c.name);
    case Qt::ToolTipRole:
        return c.descriptionText.left(400);
    case Qt::CheckStateRole:
        return m_chosen.contains(c.id) ? Qt::Checked : Qt::Unchecked;
    case CategoryIdRole:
        return c.id;
    case TopicCountRole:
        return c.topicCount;
    case ColorRole:
        return c.color.isEmpty() ? QVariant() : QVariant(QColor(u'#' + c.color));
    default:
        return {};
    }
}

bool CategoryChoiceModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::CheckStateRole)
        return false;
    const qint64 id = m_nodes.at(int(index.internalId())).category.id;
    const bool chosen = value.toInt() == int(Qt::Checked);
    if (chosen)
        m_chosen.insert(id);
    else
        m_chosen.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT choiceChanged();
    return true;
}

} // namespace outpost::gui
