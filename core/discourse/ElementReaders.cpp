#include "ElementReaders.h"

#include "CookedHtml.h"

namespace outpost::discourse::json {

namespace {

constexpr int likeActionTypeId = 2; // post_action_types: 2 = like

PostType toPostType(int value)
{
    switch (value) {
    case 2:
        return PostType::ModeratorAction;
    case 3:
        return PostType::SmallAction;
    case 4:
        return PostType::Whisper;
    default:
        return PostType::Regular;
    }
}

} // namespace

NotificationLevel toNotificationLevel(int value)
{
    switch (value) {
    case 0:
        return NotificationLevel::Muted;
    case 2:
        return NotificationLevel::Tracking;
    case 3:
        return NotificationLevel::Watching;
    case 4:
        return NotificationLevel::WatchingFirstPost;
    default:
        return NotificationLevel::Regular;
    }
}

Post readPost(ObjectReader &r, std::optional<qint64> topicIdFallback)
{
    // Read in the order Discourse's serializer writes the fields: member lookups continue
    // where the last one matched, so this keeps each lookup to a comparison or two.
    Post p;
    p.id = r.requiredInt64("id"_l1);
    p.name = r.stringOr("name"_l1);
    p.username = r.stringOr("username"_l1);
    p.avatarTemplate = r.stringOr("avatar_template"_l1);
    p.createdAt = r.requiredTimestamp("created_at"_l1);
    p.cooked = r.requiredString("cooked"_l1);
    p.postNumber = r.requiredInt("post_number"_l1);
    p.postType = toPostType(r.intOr("post_type"_l1, 1));
    p.updatedAt = r.optionalTimestamp("updated_at"_l1).value_or(p.createdAt);
    p.replyCount = r.intOr("reply_count"_l1, 0);
    p.replyToPostNumber = r.optionalInt("reply_to_post_number"_l1);
    p.yours = r.boolOr("yours"_l1, false);
    if (topicIdFallback) {
        p.topicId = r.optionalInt64("topic_id"_l1).value_or(*topicIdFallback);
    } else {
        p.topicId = r.requiredInt64("topic_id"_l1);
    }
    if (r.state().failed())
        return p;
    p.topicSlug = r.stringOr("topic_slug"_l1);
    p.topicTitle = r.stringOr("topic_title"_l1);
    p.categoryId = r.optionalInt64("category_id"_l1);
    p.version = r.intOr("version"_l1, 1);
    p.canEdit = r.boolOr("can_edit"_l1, false);
    p.raw = r.optionalString("raw"_l1);

    // Likes: newer servers send like_count; all send the like entry of actions_summary
    // (with "acted" when the signed-in person liked it).
    std::optional<int> likeCount = r.optionalInt("like_count"_l1);
    for (const Value action : r.arrayOrEmpty("actions_summary"_l1)) {
        if (action.member("id"_l1).toInt64() != likeActionTypeId)
            continue;
        if (const auto count = action.member("count"_l1).toInt64(); count && !likeCount)
            likeCount = int(*count);
        p.liked = action.member("acted"_l1).toBool(false);
        break;
    }
    p.likeCount = likeCount.value_or(0);
    p.userId = r.optionalInt64("user_id"_l1).value_or(0);
    p.hidden = r.boolOr("hidden"_l1, false);
    p.deletedAt = r.optionalTimestamp("deleted_at"_l1);
    p.editReason = r.stringOr("edit_reason"_l1);
    p.actionCode = r.stringOr("action_code"_l1);
    return p;
}

QStringList readTags(ObjectReader &r)
{
    const Value array = r.arrayOrEmpty("tags"_l1);
    QStringList tags;
    tags.reserve(array.size());
    for (const Value tag : array) {
        if (tag.isString()) {
            tags.append(tag.toString());
        } else if (tag.isObject()) {
            const QString name = tag.member("name"_l1).toString();
            if (!name.isEmpty())
                tags.append(name);
        }
    }
    return tags;
}

TopicListItem readTopicListItem(ObjectReader &r)
{
    // In the order of Discourse's topic list serializer (see readPost()).
    TopicListItem t;
    t.id = r.requiredInt64("id"_l1);
    t.title = r.requiredString("title"_l1);
    if (r.state().failed())
        return t;
    t.slug = r.stringOr("slug"_l1);
    t.postsCount = r.intOr("posts_count"_l1, 0);
    t.replyCount = r.intOr("reply_count"_l1, 0);
    t.highestPostNumber = r.intOr("highest_post_number"_l1, 0);
    t.createdAt = r.optionalTimestamp("created_at"_l1).value_or(QDateTime());
    t.lastPostedAt = r.optionalTimestamp("last_posted_at"_l1).value_or(QDateTime());
    t.bumpedAt = r.optionalTimestamp("bumped_at"_l1).value_or(QDateTime());
    t.lastReadPostNumber = r.optionalInt("last_read_post_number"_l1);
    t.pinned = r.boolOr("pinned"_l1, false);
    t.visible = r.boolOr("visible"_l1, true);
    t.closed = r.boolOr("closed"_l1, false);
    t.archived = r.boolOr("archived"_l1, false);
    t.views = r.intOr("views"_l1, 0);
    t.likeCount = r.intOr("like_count"_l1, 0);
    t.lastPosterUsername = r.stringOr("last_poster_username"_l1);
    t.categoryId = r.optionalInt64("category_id"_l1).value_or(0);
    t.tags = readTags(r);
    return t;
}

User readUser(ObjectReader &r)
{
    User u;
    u.id = r.requiredInt64("id"_l1);
    u.username = r.requiredString("username"_l1);
    u.name = r.stringOr("name"_l1);
    u.avatarTemplate = r.stringOr("avatar_template"_l1);
    return u;
}

Category readCategory(ObjectReader &r)
{
    Category c;
    c.id = r.requiredInt64("id"_l1);
    c.name = r.requiredString("name"_l1);
    c.slug = r.requiredString("slug"_l1);
    if (r.state().failed())
        return c;
    if (auto text = r.optionalString("description_text"_l1)) {
        c.descriptionText = std::move(*text);
    } else if (auto excerpt = r.optionalString("description_excerpt"_l1)) {
        c.descriptionText = CookedHtml::plainText(*excerpt);
    } else if (auto html = r.optionalString("description"_l1)) {
        c.descriptionText = CookedHtml::plainText(*html);
    }
    c.color = r.stringOr("color"_l1);
    c.textColor = r.stringOr("text_color"_l1);
    c.parentId = r.optionalInt64("parent_category_id"_l1);
    c.position = r.intOr("position"_l1, 0);
    c.topicCount = r.intOr("topic_count"_l1, 0);
    c.postCount = r.intOr("post_count"_l1, 0);
    c.readRestricted = r.boolOr("read_restricted"_l1, false);
    c.notificationLevel = toNotificationLevel(r.intOr("notification_level"_l1, 1));
    return c;
}

} // namespace outpost::discourse::json
