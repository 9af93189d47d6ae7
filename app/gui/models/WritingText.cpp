#include "models/WritingText.h"

#include "ForumSession.h"
#include "store/CacheReader.h"
#include "store/StoreError.h"

using namespace Qt::StringLiterals;

namespace outpost::gui {

QString WritingText::topicTitle(std::optional<qint64> topicId, ForumSession *session)
{
    if (!topicId || !session)
        return QString();
    try {
        if (const auto topic = session->reader().topic(*topicId))
            return topic->topic.title;
    } catch (const store::StoreError &) {
        // The heading falls back to the topic's number.
    }
    return QString();
}

int WritingText::postNumberOf(std::optional<qint64> postId, ForumSession *session, qint64 *topicId)
{
    if (!postId || !session)
        return 0;
    try {
        if (const auto post = session->reader().post(*postId)) {
            if (topicId)
                *topicId = post->post.topicId;
            return post->post.postNumber;
        }
    } catch (const store::StoreError &) {
    }
    return 0;
}

QString WritingText::draftHeading(const store::Draft &draft, ForumSession *session)
{
    switch (draft.kind) {
    case store::DraftKind::NewTopic: {
        const QString category =
                session && draft.categoryId ? session->categoryName(*draft.categoryId) : QString();
        if (category.isEmpty())
            //: Heading of the composer and of a draft in the drafts list
            return tr("New topic");
        //: Heading of the composer; %1 is a category's name
        return tr("New topic in %1").arg(category);
    }
    case store::DraftKind::Edit: {
        qint64 topicId = 0;
        const int number = postNumberOf(draft.postId, session, &topicId);
        const QString title =
                topicTitle(topicId ? std::optional<qint64>(topicId) : draft.topicId, session);
        if (number > 0 && !title.isEmpty())
            //: Heading of the composer; %1 is a post number, %2 a topic's title
            return tr("Edit of your post #%1 in “%2”").arg(number).arg(title);
        return tr("Edit of your post");
    }
    case store::DraftKind::Reply:
        break;
    }
    QString title = topicTitle(draft.topicId, session);
    if (title.isEmpty() && draft.topicId)
        //: Stands for a topic whose title is not downloaded; %1 is its number
        title = tr("topic %1").arg(*draft.topicId);
    if (draft.replyToPostNumber && *draft.replyToPostNumber > 1)
        //: Heading of the composer; %1 is a post number, %2 a topic's title
        return tr("Reply to post #%1 in “%2”").arg(*draft.replyToPostNumber).arg(title);
    //: Heading of the composer; %1 is a topic's title
    return tr("Reply to “%1”").arg(title);
}

QString WritingText::outboxHeading(const store::OutboxItem &item, ForumSession *session)
{
    switch (item.kind) {
    case store::OutboxKind::Like: {
        qint64 topicId = 0;
        const int number = postNumberOf(item.postId, session, &topicId);
        const QString title = topicTitle(topicId, session);
        if (number > 0 && !title.isEmpty())
            //: An item of the outbox; %1 is a post number, %2 a topic's title
            return tr("Like of post #%1 in “%2”").arg(number).arg(title);
        return tr("Like of a post");
    }
    case store::OutboxKind::NewTopic: {
        //: An item of the outbox; %1 is the new topic's title
        return tr("New topic “%1”").arg(item.title);
    }
    case store::OutboxKind::Edit:
    case store::OutboxKind::Reply:
        break;
    }
    store::Draft asDraft;
    asDraft.kind =
            item.kind == store::OutboxKind::Edit ? store::DraftKind::Edit : store::DraftKind::Reply;
    asDraft.topicId = item.topicId ? item.topicId : item.remoteTopicId;
    asDraft.replyToPostNumber = item.replyToPostNumber;
    asDraft.postId = item.postId;
    if (item.kind == store::OutboxKind::Reply && !asDraft.topicId && !item.dependsOn.isEmpty())
        //: An item of the outbox: a reply to a new topic that is itself still waiting
        return tr("Reply to your new topic (waiting to be sent)");
    return draftHeading(asDraft, session);
}

QString WritingText::stateText(const store::OutboxItem &item)
{
    switch (item.state) {
    case store::OutboxState::Queued:
        if (item.unconfirmed)
            //: Outbox state: an earlier attempt may have reached the forum
            return tr("Waiting: checking whether it already arrived");
        //: Outbox state
        return tr("Waiting to be sent");
    case store::OutboxState::Sending:
        //: Outbox state
        return tr("Sending…");
    case store::OutboxState::Sent:
        if (item.pendingPostId)
            //: Outbox state: the forum holds the post for a moderator
            return tr("Sent, waiting for a moderator");
        //: Outbox state
        return tr("Sent");
    case store::OutboxState::NeedsAttention:
        //: Outbox state: the forum refused it and the person must decide
        return tr("Needs your attention");
    }
    return QString();
}

QString WritingText::excerpt(const QString &raw, int length)
{
    QString text = raw.simplified();
    if (text.size() > length)
        text = text.left(length - 1) + u'…';
    return text;
}

} // namespace outpost::gui
