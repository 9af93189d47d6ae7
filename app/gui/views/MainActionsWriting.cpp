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
    newTopic = make("newTopicAction", tr("&New Topic…"),
                    tr("Start a topic in a category; it is sent from the outbox"));
    newTopic->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_C)});
    replyToTopic = make("replyToTopicAction", tr("&Reply to Topic…"),
                        tr("Write a reply to the open topic, with or without a connection"));
    replyToTopic->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_R));
    replyToPost = make("replyToPostAction", tr("Reply to &Post…"),
                       tr("Write a reply to the current post of the topic"));
    replyToPost->setShortcut(QKeySequence(Qt::Key_R));
    quotePost = make("quotePostAction", tr("&Quote Post…"),
                     tr("Reply quoting the words you selected in a post (or the whole post)"));
    quotePost->setShortcut(QKeySequence(Qt::Key_Q));
    editPost = make("editPostAction", tr("&Edit Your Post…"),
                    tr("Change the current post, if it is yours"));
    editPost->setShortcut(QKeySequence(Qt::Key_E));
    likePost = make("likePostAction", tr("&Like Post"),
                    tr("Like the current post; the like is sent from the outbox"));
    likePost->setShortcut(QKeySequence(Qt::Key_L));
    showOutbox = make("showOutboxAction", tr("&Outbox"),
                      tr("What waits to be sent, what was sent, and what needs your attention"));
    showOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    showDrafts = make("showDraftsAction", tr("&Drafts"),
                      tr("What you started writing and did not send yet"));
    showDrafts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    sendOutbox = make("sendOutboxAction", tr("&Send Outbox Now"),
                      tr("Send what waits in the outbox now, without a whole sync"));
    sendOutbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void MainActions::populateWritingMenu(QMenuBar *menuBar)
{
    //: The menu of writing commands (new topic, reply, outbox, drafts)
    QMenu *write = menuBar->addMenu(tr("&Write"));
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
