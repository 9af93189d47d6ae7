#pragma once

#include "store/UserTypes.h"

#include <QAbstractListModel>
#include <QPointer>

namespace outpost::gui {

class AppContext;
class ForumSession;

// The drafts of the open forum, most recently edited first, for the drafts list (reopen or
// delete). Reads through core's DraftRepository; reload() after a draft was saved or removed.
class DraftListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role
    {
        DraftIdRole = Qt::UserRole + 1,
        KindRole,      // "reply", "new_topic", "edit"
        HeadingRole,   // "Reply to “Title”"
        ExcerptRole,   // the first words
        UpdatedAtRole, // QDateTime
    };

    explicit DraftListModel(AppContext &context, QObject *parent = nullptr);

    void setSession(ForumSession *session);
    // Reads the drafts again; a failure is reported through problem().
    void reload();
    const store::Draft &draftAt(int row) const { return m_drafts.at(row); }
    int rowOf(const QString &draftId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void problem(const QString &message, const QString &detail);

private:
    AppContext &m_context;
    QPointer<ForumSession> m_session;
    QList<store::Draft> m_drafts;
};

} // namespace outpost::gui
