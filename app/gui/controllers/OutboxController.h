#pragma once

#include "outbox/DeliveryTypes.h"
#include "outbox/Outbox.h"
#include "store/UserTypes.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace outpost::outbox {
class DeliveryJob;
class OutboxModel;
} // namespace outpost::outbox

namespace outpost::gui {

class AppContext;
class ForumSession;

// The open forum's outbox for the GUI: the list model (core's OutboxModel), the person's
// actions on items (retry, edit, keep as draft, discard, resolve a conflict), and "Send now",
// a delivery on its own worker thread (outbox::DeliveryJob) when the link is up. Whatever is
// queued also goes out first in every sync; reload() after a sync shows the result.
class OutboxController : public QObject
{
    Q_OBJECT
public:
    explicit OutboxController(AppContext &context, QObject *parent = nullptr);
    ~OutboxController() override;

    void setSession(ForumSession *session);
    ForumSession *session() const;
    // Null while no forum is open; replaced when another forum opens (modelChanged()).
    outbox::OutboxModel *model() const { return m_model.get(); }

    outbox::OutboxSummary summary() const;
    // Non-empty when nothing can go out until the person signs in: the sentence to show.
    QString signInMessage() const;
    bool isSending() const { return m_job != nullptr; }

    // Starts a delivery now. False (and refused()) when offline, not signed in, or running.
    bool sendNow();
    // After an item was queued: sends it right away when automatic sending is allowed.
    void itemQueued(const store::OutboxItem &item);
    // Reads the outbox again (after a sync sent it).
    void reload();

    // The person's actions; each returns false after problem() said why.
    bool retry(const QString &id);
    bool edit(const QString &id, const QString &raw, const QString &title = {});
    std::optional<store::Draft> keepAsDraft(const QString &id);
    // Ids of the replies that wait for this new topic (discarding it asks about them).
    QStringList dependents(const QString &id) const;
    bool discard(const QString &id, outbox::DiscardMode mode);
    bool keepMine(const QString &id);
    bool takeTheirs(const QString &id);

Q_SIGNALS:
    void modelChanged(outpost::outbox::OutboxModel *model);
    void summaryChanged();
    void sendingChanged(bool sending);
    void deliveryFinished(const outpost::outbox::DeliveryReport &report);
    void refused(const QString &message);
    void problem(const QString &message, const QString &detail);
    // An item went back to the drafts (keep as draft): the drafts list changed.
    void draftsChanged(const QString &draftId);

private:
    template <typename Action>
    bool act(Action &&action);
    void jobFinished(const outpost::outbox::DeliveryReport &report);
    void networkChanged();
    bool automaticSendingAllowed() const;

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    std::unique_ptr<outbox::OutboxModel> m_model;
    outbox::DeliveryJob *m_job = nullptr;
};

} // namespace outpost::gui
