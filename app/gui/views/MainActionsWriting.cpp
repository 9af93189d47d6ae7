// The main window's writing commands: new topic, replies, quotes, edits, likes, the outbox
// and the drafts. Letters follow Discourse's own keyboard shortcuts, which forum regulars know.

#include "views/MainActions.h"

#include <QAction>
#include <QMenuBar>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace outpost::gui {

void MainActions::makeWritingActions()
{
    newTopic = make("newTopicAction");
    newTopic->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_C)});
    replyToTopic = make("replyToTopicAction");
    replyToTopic->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_R));
    replyToPost = make("replyToPostAction");
    replyToPost->setShortcut(QKeySequence(Qt::Key_R));
    quotePost = make("quotePostAction");
    quotePost->setShortcut(QKeySequence(Qt::Key_Q));
    editPost = make("editPostAction");
    editPost->setShortcut(QKeySequence(Qt::Key_E));
    likePost = make("likePostAction");
    likePost->setShortcut(QKeySequence(Qt::Key_L));
    showOutbox = make("showOutboxAction");
    showOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    showDrafts = make("showDraftsAction");
    showDrafts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    sendOutbox = make("sendOutboxAction");
    sendOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void MainActions::retranslateWriting()
{
    newTopic->setText(tr("&New Topic…"));
    newTopic->setStatusTip(tr("Start a topic in a category; it is sent from the outbox"));
    replyToTopic->setText(tr("&Reply to Topic…"));
    replyToTopic->setStatusTip(tr("Write a reply to the open topic, with or without a connection"));
    replyToPost->setText(tr("Reply to &Post…"));
    replyToPost->setStatusTip(tr("Write a reply to the current post of the topic"));
    quotePost->setText(tr("&Quote Post…"));
    quotePost->setStatusTip(
            tr("Reply quoting the words you selected in a post (or the whole post)"));
    editPost->setText(tr("&Edit Your Post…"));
    editPost->setStatusTip(tr("Change the current post, if it is yours"));
    likePost->setText(tr("&Like Post"));
    likePost->setStatusTip(tr("Like the current post; the like is sent from the outbox"));
    showOutbox->setText(tr("&Outbox"));
    showOutbox->setStatusTip(
            tr("What waits to be sent, what was sent, and what needs your attention"));
    showDrafts->setText(tr("&Drafts"));
    showDrafts->setStatusTip(tr("What you started writing and did not send yet"));
    sendOutbox->setText(tr("&Send Outbox Now"));
    sendOutbox->setStatusTip(tr("Send what waits in the outbox now, without a whole sync"));
    if (m_write) {
        //: The menu of writing commands (new topic, reply, outbox, drafts)
        m_write->setTitle(tr("&Write"));
    }
}

void MainActions::populateWritingMenu(QMenuBar *menuBar)
{
    QMenu *write = m_write = menuBar->addMenu(QString());
    write->setObjectName(u"writeMenu"_s);
    write->addAction(newTopic);
    write->addAction(replyToTopic);
    write->addAction(replyToPost);
    write->addAction(quotePost);
    write->addAction(editPost);
    write->addAction(likePost);
    write->addSeparator();
    write->addAction(showDrafts);
    write->addAction(showOutbox);
    write->addAction(sendOutbox);
}

QList<QAction *> MainActions::writingActions() const
{
    return {newTopic, replyToTopic, replyToPost, quotePost, editPost,
            likePost, showDrafts,   showOutbox,  sendOutbox};
}

} // namespace outpost::gui
