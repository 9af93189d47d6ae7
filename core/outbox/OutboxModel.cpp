#include "outbox/OutboxModel.h"

#include "outbox/DeliveryTypes.h"
#include "store/DraftRepository.h"
#include "store/OutboxRepository.h"

namespace outpost::outbox {

namespace {

QVariant optional(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// Queue order: created_at, then the order they came in (the repository's rowid); an item
// reported by a delivery that is not listed yet goes after those created no later.
bool queuedBefore(const store::OutboxItem &a, const store::OutboxItem &b)
{
    return a.createdAt < b.createdAt;
}

} // namespace

OutboxModel::OutboxModel(store::Database &userDb, const Clock &clock, qint64 forumId,
                         QObject *parent)
    : QAbstractListModel(parent)
    , m_db(userDb)
    , m_clock(clock)
    , m_forumId(forumId)
{
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const store::OutboxItem &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The words themselves; the view adds what the item is and its state.
        return item.kind == store::OutboxKind::NewTopic ? item.title : item.raw.left(200);
    case Qt::ToolTipRole:
    case ErrorRole:
        return item.error;
    case IdRole:
        return item.id;
    case KindRole:
        return store::outboxKindName(item.kind);
    case StateRole:
        return store::outboxStateName(item.state);
    case TopicIdRole:
        return optional(item.topicId);
    case PostIdRole:
        return optional(item.postId);
    case TitleRole:
        return item.title;
    case RawRole:
        return item.raw;
    case ProblemRole:
        return store::outboxProblemName(item.problem);
    case UnconfirmedRole:
        return item.unconfirmed;
    case RemotePostIdRole:
        return optional(item.remotePostId);
    case PendingReviewRole:
        return item.pendingPostId.has_value();
    case ConflictRawRole:
        return item.conflictRaw;
    case WaitsForRole:
        return item.topicId ? QString() : item.dependsOn;
    case CreatedAtRole:
        return item.createdAt;
    case ItemRole:
        return QVariant::fromValue(item);
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    static const std::pair<int, const char *> kNames[] = {
            {IdRole, "id"},
            {KindRole, "kind"},
            {StateRole, "state"},
            {TopicIdRole, "topicId"},
            {PostIdRole, "postId"},
            {TitleRole, "title"},
            {RawRole, "raw"},
            {ErrorRole, "error"},
            {ProblemRole, "problem"},
            {UnconfirmedRole, "unconfirmed"},
            {RemotePostIdRole, "remotePostId"},
            {PendingReviewRole, "pendingReview"},
            {ConflictRawRole, "conflictRaw"},
            {WaitsForRole, "waitsFor"},
            {CreatedAtRole, "createdAt"},
            {ItemRole, "item"},
    };
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    for (const auto &[role, name] : kNames)
        names.insert(role, QByteArray(name));
    return names;
}

void OutboxModel::reload()
{
    QList<store::OutboxItem> items = store::OutboxRepository(m_db, m_clock).list(m_forumId);
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int OutboxModel::rowOf(const QString &id) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items[row].id == id)
            return int(row);
    }
    return -1;
}

void OutboxModel::updateItem(const store::OutboxItem &item)
{
    if (item.forumId != m_forumId)
        return;
    if (const int row = rowOf(item.id); row >= 0) {
        m_items[row] = item;
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed);
        return;
    }
    const auto at = std::upper_bound(m_items.cbegin(), m_items.cend(), item, queuedBefore);
    const int row = int(at - m_items.cbegin());
    beginInsertRows({}, row, row);
    m_items.insert(row, item);
    endInsertRows();
}

void OutboxModel::removeItem(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
}

} // namespace outpost::outbox
