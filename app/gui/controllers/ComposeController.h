#pragma once

#include "discourse/Types.h"
#include "outbox/DeliveryTypes.h"
#include "store/UserTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace outpost::gui {

class AppContext;
class ComposerWindow;
class DraftListModel;
class ForumSession;

// Where writing starts: opens a composer window per draft (a reply to a topic or to a post,
// with a quote of the selected words; a new topic; an edit of one's own post), reopens drafts,
// deletes them, and queues likes. A reply to a topic that already has a draft continues that
// draft, as Discourse does; a draft already open in a window is brought to the front.
class ComposeController : public QObject
{
    Q_OBJECT
public:
    // Composer windows are top-level windows that close with `window`.
    ComposeController(AppContext &context, QWidget *window, QObject *parent = nullptr);
    ~ComposeController() override;

    void setSession(ForumSession *session);
    DraftListModel *drafts() const { return m_drafts; }

    ComposerWindow *replyToTopic(qint64 topicId);
    // `quoted`: the words of the post the person selected (quoted in Discourse's markup).
    ComposerWindow *replyToPost(const discourse::Post &post, const QString &quoted = {});
    ComposerWindow *newTopic(std::optional<qint64> categoryId = std::nullopt);
    // Refused (nullptr, problem()) when the post is not the person's.
    ComposerWindow *editPost(const discourse::Post &post);
    ComposerWindow *openDraft(const QString &draftId);
    bool deleteDraft(const QString &draftId);
    // Puts a like in the outbox. False (and notice() or problem()) when it cannot.
    bool like(const discourse::Post &post);

    // Whether the post is the signed-in person's (the forum says so, or the username matches).
    bool isOwnPost(const discourse::Post &post) const;

    QList<ComposerWindow *> composers() const;
    // Saves and closes every composer (another forum is opened, the app quits).
    void closeAll();

Q_SIGNALS:
    void queued(const outpost::store::OutboxItem &item);
    void problem(const QString &message, const QString &detail);
    void notice(const QString &message);

private:
    ComposerWindow *open(store::Draft draft);
    ComposerWindow *findOpen(const std::function<bool(const store::Draft &)> &matches) const;
    std::optional<store::Draft>
    findStored(const std::function<bool(const store::Draft &)> &matches);

    AppContext &m_context;
    QPointer<QWidget> m_window;
    QPointer<ForumSession> m_session;
    DraftListModel *m_drafts;
    QList<QPointer<ComposerWindow>> m_composers;
};

} // namespace outpost::gui
