#pragma once

// A forum's outbox as a list model for the GUI's outbox view: one row per item, oldest first.
// reload() reads the database (after the person acted through outbox::Outbox); updateItem()
// takes the items a DeliveryJob reports (itemChanged), so rows change while a delivery runs
// without re-reading everything.

#include "store/UserTypes.h"

#include <QAbstractListModel>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::outbox {

class OutboxModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,          // "reply", "new_topic", "edit", "like"
        StateRole,         // "queued", "sending", "sent", "needs_attention"
        TopicIdRole,       // qint64, or invalid
        PostIdRole,        // edits and likes: the post
        TitleRole,         // new topics
        RawRole,           // the text, as written
        ErrorRole,         // why it waits or was refused, for people
        ProblemRole,       // needs attention: "too_short", "edit_conflict", ...
        UnconfirmedRole,   // bool: an earlier attempt may have landed
        RemotePostIdRole,  // sent: the forum's post id
        PendingReviewRole, // bool: sent, waiting for a moderator
        ConflictRawRole,   // edit conflicts: the forum's text
        WaitsForRole,      // the id of the queued new topic a reply waits for
        CreatedAtRole,     // QDateTime
        ItemRole,          // the whole store::OutboxItem
    };

    OutboxModel(store::Database &userDb, const Clock &clock, qint64 forumId,
                QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Reads the forum's items again (throws store::StoreError).
    void reload();
    // One item as a delivery reported it: its row changes (or appears, in queue order).
    void updateItem(const store::OutboxItem &item);
    // An item removed (discarded, kept as a draft).
    void removeItem(const QString &id);

    int rowOf(const QString &id) const;
    const store::OutboxItem &itemAt(int row) const { return m_items.at(row); }

private:
    store::Database &m_db;
    const Clock &m_clock;
    qint64 m_forumId;
    QList<store::OutboxItem> m_items;
};

} // namespace outpost::outbox
