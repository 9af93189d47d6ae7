#pragma once

#include <QIdentityProxyModel>
#include <QPointer>

namespace outpost::gui {

class ForumSession;

// Core's OutboxModel as the outbox list shows it: each row says what the item is and where
// it goes ("Reply to “Title”"), then its state and, when the forum refused it or it waits,
// why in plain words. Items that need the person stand out.
class OutboxListProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit OutboxListProxy(QObject *parent = nullptr);

    void setSession(ForumSession *session);
    // Set when the forum needs sign-in: waiting items say "Sign in to send".
    void setSignInNeeded(bool needed);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QPointer<ForumSession> m_session;
    bool m_signInNeeded = false;
};

} // namespace outpost::gui
