#include "controllers/ComposeController.h"

#include "AppContext.h"
#include "Clock.h"
#include "ForumSession.h"
#include "compose/QuoteMarkup.h"
#include "controllers/DraftController.h"
#include "discourse/CookedHtml.h"
#include "models/DraftListModel.h"
#include "outbox/ForumAccount.h"
#include "outbox/Outbox.h"
#include "store/DraftRepository.h"
#include "store/StoreError.h"
#include "views/ComposerWindow.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace outpost::gui {

ComposeController::ComposeController(AppContext &context, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_drafts(new DraftListModel(context, this))
{
    connect(m_drafts, &DraftListModel::problem, this, &ComposeController::problem);
}

ComposeController::~ComposeController()
{
    closeAll();
}

void ComposeController::setSession(ForumSession *session)
{
    if (session != m_session)
        closeAll();
    m_session = session;
    m_drafts->setSession(session);
}

QList<ComposerWindow *> ComposeController::composers() const
{
    QList<ComposerWindow *> open;
    for (const QPointer<ComposerWindow> &composer : m_composers) {
        // A window closed a moment ago waits for deletion: it is not open any more.
        // A plain pointer: GCC cannot follow QPointer's null check and warns at -O2.
        ComposerWindow *window = composer.data();
        if (window && window->isVisible())
            open.append(window);
    }
    return open;
}

void ComposeController::closeAll()
{
    // Closing saves each draft (DraftController's destructor saves what is left too).
    for (ComposerWindow *composer : composers()) {
        composer->close();
        delete composer;
    }
    m_composers.clear();
}

ComposerWindow *
ComposeController::findOpen(const std::function<bool(const store::Draft &)> &matches) const
{
    for (ComposerWindow *composer : composers()) {
        if (matches(composer->draft()))
            return composer;
    }
    return nullptr;
}

std::optional<store::Draft>
ComposeController::findStored(const std::function<bool(const store::Draft &)> &matches)
{
    ForumSession *session = m_session.data();
    if (!session)
        return std::nullopt;
    try {
        const QList<store::Draft> drafts =
                store::DraftRepository(m_context.profile().userDatabase(), m_context.clock())
                        .list(session->forum().id);
        for (const store::Draft &draft : drafts) {
            if (matches(draft))
                return draft;
        }
    } catch (const store::StoreError &error) {
        Q_EMIT problem(error.message(), error.detail());
    }
    return std::nullopt;
}

ComposerWindow *ComposeController::open(store::Draft draft)
{
    ForumSession *session = m_session.data();
    if (!session) {
        Q_EMIT notice(tr("Add a forum first."));
        return nullptr;
    }
    draft.forumId = session->forum().id;
    // A window of its own (not a child of the main window's layout), closed with it.
    auto *composer = new ComposerWindow(m_context, session, std::move(draft), m_window);
    composer->setAttribute(Qt::WA_DeleteOnClose);
    connect(composer, &ComposerWindow::queued, this, &ComposeController::queued);
    connect(composer, &ComposerWindow::draftsChanged, m_drafts, &DraftListModel::reload);
    m_composers.append(composer);
    composer->show();
    composer->raise();
    composer->activateWindow();
    return composer;
}

ComposerWindow *ComposeController::replyToTopic(qint64 topicId)
{
    const auto sameTopic = [topicId](const store::Draft &d) {
        return d.kind == store::DraftKind::Reply && d.topicId == topicId;
    };
    if (ComposerWindow *composer = findOpen(sameTopic)) {
        composer->raise();
        composer->activateWindow();
        return composer;
    }
    if (std::optional<store::Draft> stored = findStored(sameTopic))
        return open(std::move(*stored));
    store::Draft draft;
    draft.kind = store::DraftKind::Reply;
    draft.topicId = topicId;
    return open(std::move(draft));
}

ComposerWindow *ComposeController::replyToPost(const discourse::Post &post, const QString &quoted)
{
    ComposerWindow *composer = nullptr;
    const auto sameTopic = [&post](const store::Draft &d) {
        return d.kind == store::DraftKind::Reply && d.topicId == post.topicId;
    };
    if ((composer = findOpen(sameTopic))) {
        composer->raise();
        composer->activateWindow();
    } else if (std::optional<store::Draft> stored = findStored(sameTopic)) {
        composer = open(std::move(*stored));
    } else {
        store::Draft draft;
        draft.kind = store::DraftKind::Reply;
        draft.topicId = post.topicId;
        // Discourse shows a reply to the first post as a reply to the topic.
        if (post.postNumber > 1)
            draft.replyToPostNumber = post.postNumber;
        composer = open(std::move(draft));
    }
    if (composer && !quoted.trimmed().isEmpty())
        composer->insertBlock(compose::quoteMarkup(
                compose::QuoteSource{post.username, post.postNumber, post.topicId}, quoted));
    return composer;
}

ComposerWindow *ComposeController::newTopic(std::optional<qint64> categoryId)
{
    store::Draft draft;
    draft.kind = store::DraftKind::NewTopic;
    draft.categoryId = categoryId;
    return open(std::move(draft));
}

bool ComposeController::isOwnPost(const discourse::Post &post) const
{
    if (post.yours || post.canEdit)
        return true;
    ForumSession *session = m_session.data();
    if (!session)
        return false;
    try {
        const std::optional<QString> me =
                outbox::ForumAccount(m_context.profile().userDatabase(), m_context.clock(),
                                     session->forum().id)
                        .username();
        return me && !me->isEmpty() && me->compare(post.username, Qt::CaseInsensitive) == 0;
    } catch (const store::StoreError &) {
        return false;
    }
}

ComposerWindow *ComposeController::editPost(const discourse::Post &post)
{
    if (!isOwnPost(post)) {
        Q_EMIT notice(tr("You can only edit your own posts."));
        return nullptr;
    }
    const auto samePost = [&post](const store::Draft &d) {
        return d.kind == store::DraftKind::Edit && d.postId == post.id;
    };
    if (ComposerWindow *composer = findOpen(samePost)) {
        composer->raise();
        composer->activateWindow();
        return composer;
    }
    if (std::optional<store::Draft> stored = findStored(samePost))
        return open(std::move(*stored));
    store::Draft draft;
    draft.kind = store::DraftKind::Edit;
    draft.postId = post.id;
    draft.topicId = post.topicId;
    draft.baseVersion = post.version;
    // The Markdown comes with some answers only; without it the edit starts from the text
    // the post shows (its formatting has to be written again).
    draft.raw = post.raw ? *post.raw : discourse::CookedHtml::plainText(post.cooked);
    ComposerWindow *composer = open(std::move(draft));
    if (composer && !post.raw)
        Q_EMIT notice(tr("The post’s original Markdown is not downloaded, so the edit starts from "
                         "its text: check links and formatting before sending."));
    return composer;
}

ComposerWindow *ComposeController::openDraft(const QString &draftId)
{
    if (ComposerWindow *composer =
                findOpen([&draftId](const store::Draft &d) { return d.id == draftId; })) {
        composer->raise();
        composer->activateWindow();
        return composer;
    }
    std::optional<store::Draft> draft;
    try {
        draft = store::DraftRepository(m_context.profile().userDatabase(), m_context.clock())
                        .find(draftId);
    } catch (const store::StoreError &error) {
        Q_EMIT problem(error.message(), error.detail());
        return nullptr;
    }
    if (!draft) {
        Q_EMIT notice(tr("That draft is gone: it was sent or deleted."));
        m_drafts->reload();
        return nullptr;
    }
    return open(std::move(*draft));
}

bool ComposeController::deleteDraft(const QString &draftId)
{
    if (ComposerWindow *composer =
                findOpen([&draftId](const store::Draft &d) { return d.id == draftId; })) {
        m_composers.removeAll(composer);
        // The window must not save the words again as it closes.
        composer->controller()->discard();
        composer->close();
    } else {
        try {
            store::DraftRepository(m_context.profile().userDatabase(), m_context.clock())
                    .remove(draftId);
        } catch (const store::StoreError &error) {
            Q_EMIT problem(error.message(), error.detail());
            return false;
        }
    }
    m_drafts->reload();
    return true;
}

bool ComposeController::like(const discourse::Post &post)
{
    ForumSession *session = m_session.data();
    if (!session) {
        Q_EMIT notice(tr("Add a forum first."));
        return false;
    }
    if (post.liked) {
        Q_EMIT notice(tr("You already like this post."));
        return false;
    }
    if (post.yours) {
        Q_EMIT notice(tr("You cannot like your own post."));
        return false;
    }
    try {
        outbox::Outbox outbox(m_context.profile().userDatabase(), m_context.clock(),
                              session->forum().id);
        for (const store::OutboxItem &item :
             outbox.items({store::OutboxState::Queued, store::OutboxState::Sending,
                           store::OutboxState::Sent})) {
            if (item.kind == store::OutboxKind::Like && item.postId == post.id) {
                Q_EMIT notice(tr("Your like of this post is already in the outbox."));
                return false;
            }
        }
        Q_EMIT queued(outbox.queueLike(post.id));
    } catch (const store::StoreError &error) {
        Q_EMIT problem(error.message(), error.detail());
        return false;
    }
    return true;
}

} // namespace outpost::gui
