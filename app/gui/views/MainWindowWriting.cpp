// The main window's writing: the composer (through ComposeController), the outbox and drafts
// dock, and the Write menu's actions on the open topic and its current post.

#include "ForumSession.h"
#include "controllers/ComposeController.h"
#include "controllers/OutboxController.h"
#include "controllers/SyncController.h"
#include "discourse/CookedHtml.h"
#include "models/DraftListModel.h"
#include "views/MainActions.h"
#include "views/MainWindow.h"
#include "views/MessageBanner.h"
#include "views/PostBrowser.h"
#include "views/PostWidget.h"
#include "views/SyncStatusBar.h"
#include "views/ThreadView.h"
#include "views/WritingDock.h"

#include <QAction>
#include <QApplication>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
QString queuedNote(const store::OutboxItem &item)
{
    switch (item.kind) {
    case store::OutboxKind::NewTopic:
        return MainWindow::tr("Your new topic is in the outbox.");
    case store::OutboxKind::Edit:
        return MainWindow::tr("Your edit is in the outbox.");
    case store::OutboxKind::Like:
        return MainWindow::tr("Your like is in the outbox.");
    case store::OutboxKind::Reply:
        break;
    }
    return MainWindow::tr("Your reply is in the outbox.");
}
} // namespace

void MainWindow::buildWriting()
{
    m_compose = new ComposeController(m_context, this, this);
    m_outbox = new OutboxController(m_context, this);
    m_writingDock = new WritingDock(*m_outbox, *m_compose, this);
    addDockWidget(Qt::RightDockWidgetArea, m_writingDock);
    m_writingDock->hide();

    connect(m_compose, &ComposeController::queued, this, [this](const store::OutboxItem &item) {
        m_outbox->itemQueued(item);
        const QString signIn = m_outbox->signInMessage();
        m_syncStatus->showNote(signIn.isEmpty() ? queuedNote(item)
                                                //: %1 says what was queued, %2 why it waits
                                                : tr("%1 %2").arg(queuedNote(item), signIn));
    });
    connect(m_compose, &ComposeController::notice, m_syncStatus, &SyncStatusBar::showNote);
    connect(m_compose, &ComposeController::problem, this, &MainWindow::showProblem);
    connect(m_outbox, &OutboxController::refused, m_syncStatus, &SyncStatusBar::showNote);
    connect(m_outbox, &OutboxController::problem, this, &MainWindow::showProblem);
    connect(m_outbox, &OutboxController::draftsChanged, m_compose->drafts(),
            &DraftListModel::reload);
    connect(m_outbox, &OutboxController::deliveryFinished, this,
            [this](const outbox::DeliveryReport &report) {
                m_actions->sendOutbox->setEnabled(m_session != nullptr);
                if (report.needsAttention > 0)
                    m_syncStatus->showNote(tr("The forum refused %n item(s): see the outbox.",
                                              nullptr, report.needsAttention));
                else if (report.sent > 0)
                    m_syncStatus->showNote(tr("Sent %n item(s).", nullptr, report.sent));
                else if (!report.messages.isEmpty())
                    m_syncStatus->showNote(report.messages.first());
            });
    connect(m_outbox, &OutboxController::sendingChanged, this,
            [this](bool sending) { m_actions->sendOutbox->setEnabled(!sending && m_session); });
    // Every sync sends the outbox first.
    connect(m_sync, &SyncController::finished, m_outbox, &OutboxController::reload);

    connect(m_actions->newTopic, &QAction::triggered, this, [this] {
        const Location place = here();
        m_compose->newTopic(place.list == Location::List::Category && place.categoryId > 0
                                    ? std::optional<qint64>(place.categoryId)
                                    : std::nullopt);
    });
    connect(m_actions->replyToTopic, &QAction::triggered, this, [this] {
        if (m_thread->topicId() <= 0) {
            m_syncStatus->showNote(tr("Open a topic first."));
            return;
        }
        m_compose->replyToTopic(m_thread->topicId());
    });
    connect(m_actions->replyToPost, &QAction::triggered, this, [this] {
        if (PostWidget *post = currentPostWidget())
            m_compose->replyToPost(post->post().post);
        else
            m_syncStatus->showNote(tr("Open a topic first."));
    });
    connect(m_actions->quotePost, &QAction::triggered, this, &MainWindow::quoteCurrentPost);
    connect(m_actions->editPost, &QAction::triggered, this, [this] {
        if (PostWidget *post = currentPostWidget())
            m_compose->editPost(post->post().post);
        else
            m_syncStatus->showNote(tr("Open a topic first."));
    });
    connect(m_actions->likePost, &QAction::triggered, this, [this] {
        if (PostWidget *post = currentPostWidget())
            m_compose->like(post->post().post);
        else
            m_syncStatus->showNote(tr("Open a topic first."));
    });
    connect(m_actions->showOutbox, &QAction::triggered, m_writingDock, &WritingDock::showOutbox);
    connect(m_actions->showDrafts, &QAction::triggered, m_writingDock, &WritingDock::showDrafts);
    connect(m_actions->sendOutbox, &QAction::triggered, m_outbox, &OutboxController::sendNow);
}

void MainWindow::attachWriting(ForumSession *session)
{
    if (!m_compose)
        return;
    m_compose->setSession(session);
    m_outbox->setSession(session);
    for (QAction *action : {m_actions->newTopic, m_actions->replyToTopic, m_actions->replyToPost,
                            m_actions->quotePost, m_actions->editPost, m_actions->likePost,
                            m_actions->showOutbox, m_actions->showDrafts, m_actions->sendOutbox})
        action->setEnabled(session != nullptr);
}

PostWidget *MainWindow::currentPostWidget() const
{
    if (m_thread->topicId() <= 0)
        return nullptr;
    // A post whose words are selected is the one the person means.
    for (PostWidget *post : m_thread->canvas()->findChildren<PostWidget *>()) {
        if (post->isVisible() && post->browser()->textCursor().hasSelection())
            return post;
    }
    return m_thread->postWidget(m_thread->currentPostNumber());
}

void MainWindow::quoteCurrentPost()
{
    PostWidget *post = currentPostWidget();
    if (!post) {
        m_syncStatus->showNote(tr("Open a topic first."));
        return;
    }
    const discourse::Post &p = post->post().post;
    QString quoted = post->browser()->textCursor().selectedText();
    if (quoted.trimmed().isEmpty())
        quoted = p.raw ? *p.raw : discourse::CookedHtml::plainText(p.cooked);
    m_compose->replyToPost(p, quoted);
}

} // namespace outpost::gui
