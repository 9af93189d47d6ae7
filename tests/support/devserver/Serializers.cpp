#include "Serializers.h"

#include "HttpTypes.h"
#include "TextSynth.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

struct TopicStats
{
    int replyCount = 0;
    int likeCount = 0;
    std::vector<std::pair<int, QString>> posters; // user id, description
};

TopicStats topicStats(const Forum &forum, const Topic &topic)
{
    TopicStats s;
    QHash<int, int> counts;
    for (qint32 id : topic.postIds) {
        const Post *p = forum.post(id);
        if (!p || p->deleted())
            continue;
        s.likeCount += p->likeCount;
        if (p->replyToPostNumber)
            s.replyCount += 1;
        counts[p->userId] += 1;
    }
    // Original poster, up to three frequent posters, then the most recent one: the five
    // avatars Discourse shows in a topic list row.
    const int op = topic.userId;
    const int last = topic.lastPosterId ? topic.lastPosterId : op;
    std::vector<std::pair<int, int>> frequent;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.key() != op && it.key() != last)
            frequent.emplace_back(it.value(), it.key());
    }
    std::sort(frequent.begin(), frequent.end(), [](auto a, auto b) {
        return a.first != b.first ? a.first > b.first : a.second < b.second;
    });
    if (last == op) {
        s.posters.emplace_back(op, u"Original Poster, Most Recent Poster"_s);
        for (size_t i = 0; i < frequent.size() && i < 4; ++i)
            s.posters.emplace_back(frequent[i].second, u"Frequent Poster"_s);
    } else {
        s.posters.emplace_back(op, u"Original Poster"_s);
        for (size_t i = 0; i < frequent.size() && i < 3; ++i)
            s.posters.emplace_back(frequent[i].second, u"Frequent Poster"_s);
        s.posters.emplace_back(last, u"Most Recent Poster"_s);
    }
    return s;
}

QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray actionsSummary(const Forum &forum, const Post &post, const Viewer &viewer)
{
    const bool own = viewer.id() == post.userId;
    const bool acted = !viewer.anonymous() && forum.likedBy(post.id, viewer.id());
    QJsonObject like{{u"id"_s, 2}};
    if (post.likeCount > 0)
        like.insert(u"count"_s, post.likeCount);
    if (acted) {
        like.insert(u"acted"_s, true);
        like.insert(u"can_undo"_s, true);
    } else if (!viewer.anonymous() && !own && !post.deleted()) {
        like.insert(u"can_act"_s, true);
    }
    if (like.size() == 1)
        return {};
    return QJsonArray{like};
}

} // namespace

QString topicUrl(const Forum &forum, const Topic &topic, int postNumber)
{
    QString url = u"/t/%1/%2"_s.arg(forum.slug(topic)).arg(topic.id);
    if (postNumber)
        url += u'/' + QString::number(postNumber);
    return url;
}

QJsonObject basicUserJson(const User &user)
{
    return {{u"id"_s, user.id},
            {u"username"_s, user.username},
            {u"name"_s, user.name},
            {u"avatar_template"_s, avatarTemplate(user.username)}};
}

QJsonObject postJson(const Forum &forum, const Post &post, const Viewer &viewer, PostShape shape,
                     bool includeRaw)
{
    const Topic *topic = forum.topic(post.topicId);
    const User *author = forum.user(post.userId);
    const PostText text = forum.text(post);
    const bool own = viewer.id() == post.userId;
    const bool staff = viewer.staff();
    const bool topicView = shape == PostShape::TopicView;
    const QString editReason = forum.editReason(post);
    const qint64 deletedAt = forum.deletedAtMs(post);

    QJsonObject o{
            {u"id"_s, post.id},
            {u"name"_s, author ? author->name : QString()},
            {u"username"_s, author ? author->username : QString()},
            {u"avatar_template"_s, avatarTemplate(author ? author->username : QString())},
            {u"created_at"_s, isoTime(post.createdAtMs)},
            {u"cooked"_s, text.cooked},
            {u"post_number"_s, post.postNumber},
            {u"post_type"_s, 1},
            {u"updated_at"_s, isoTime(post.updatedAtMs)},
            {u"reply_count"_s, post.replyCount},
            {u"reply_to_post_number"_s,
             post.replyToPostNumber ? QJsonValue(post.replyToPostNumber) : QJsonValue()},
            {u"quote_count"_s, int(text.cooked.count(u"<aside class=\"quote"_s))},
            {u"incoming_link_count"_s, 0},
            {u"reads"_s, post.reads},
            {u"readers_count"_s, std::max(0, post.reads - 1)},
            {u"score"_s, post.reads * 0.2 + post.likeCount * 15.0 + post.replyCount * 5.0},
            {u"yours"_s, own},
            {u"topic_id"_s, post.topicId},
            {u"topic_slug"_s, topic ? forum.slug(*topic) : QString()},
            {u"display_username"_s, author ? author->name : QString()},
            {u"primary_group_name"_s, QJsonValue()},
            {u"flair_name"_s, QJsonValue()},
            {u"flair_url"_s, QJsonValue()},
            {u"flair_bg_color"_s, QJsonValue()},
            {u"flair_color"_s, QJsonValue()},
            {u"version"_s, post.version},
            {u"can_edit"_s, staff || (own && topic && !topic->archived && !post.deleted())},
            {u"can_delete"_s, staff || (own && post.postNumber > 1 && !post.deleted())},
            {u"can_recover"_s, staff && post.deleted()},
            {u"can_wiki"_s, staff || (viewer.user && viewer.user->trustLevel >= 3)},
            {u"user_title"_s, QJsonValue()},
            {u"bookmarked"_s, false},
            {u"actions_summary"_s, actionsSummary(forum, post, viewer)},
            {u"moderator"_s, author && author->moderator},
            {u"admin"_s, author && author->admin},
            {u"staff"_s, author && author->staff()},
            {u"user_id"_s, post.userId},
            {u"hidden"_s, false},
            {u"trust_level"_s, author ? author->trustLevel : 0},
            {u"deleted_at"_s, deletedAt ? QJsonValue(isoTime(deletedAt)) : QJsonValue()},
            {u"user_deleted"_s, false},
            {u"edit_reason"_s, nullable(editReason)},
            {u"can_view_edit_history"_s, true},
            {u"wiki"_s, bool(post.flags & PostWiki)},
            {u"reviewable_id"_s, topicView ? QJsonValue(0) : QJsonValue()},
            {u"reviewable_score_count"_s, 0},
            {u"reviewable_score_pending_count"_s, 0},
    };
    if (topicView) {
        o.insert(u"link_counts"_s, QJsonArray());
        o.insert(u"read"_s, true);
        if (post.replyToPostNumber && topic) {
            if (const Post *target = forum.postByNumber(*topic, post.replyToPostNumber)) {
                if (const User *u = forum.user(target->userId)) {
                    o.insert(u"reply_to_user"_s,
                             QJsonObject{{u"id"_s, u->id},
                                         {u"username"_s, u->username},
                                         {u"name"_s, u->name},
                                         {u"avatar_template"_s, avatarTemplate(u->username)}});
                }
            }
        }
    } else {
        o.insert(u"posts_count"_s, topic ? topic->postsCount : 0);
        o.insert(u"post_url"_s, topic ? topicUrl(forum, *topic, post.postNumber) : QString());
        o.insert(u"can_see_hidden_post"_s, staff);
        includeRaw = true; // every shape but the topic view carries raw
    }
    if (shape == PostShape::Created || shape == PostShape::Updated) {
        o.insert(u"draft_sequence"_s, 0);
        o.insert(u"mentioned_users"_s, QJsonArray());
    }
    if (shape == PostShape::Latest && topic) {
        o.insert(u"topic_title"_s, topic->title);
        o.insert(u"topic_html_title"_s, fancyTitle(topic->title));
        o.insert(u"category_id"_s, topic->categoryId);
        o.insert(u"flair_group_id"_s, QJsonValue());
        o.insert(u"badges_granted"_s, QJsonArray());
        const QString plain = plainText(text.cooked);
        o.insert(u"excerpt"_s, forum.excerpt(post, 300));
        o.insert(u"truncated"_s, plain.size() > 300);
    }
    if (includeRaw)
        o.insert(u"raw"_s, text.raw);
    return o;
}

TopicListJson topicListJson(const Forum &forum, const std::vector<int> &topicIds, const Viewer &)
{
    TopicListJson out;
    QSet<int> seenUsers;
    std::vector<int> userOrder;
    for (int id : topicIds) {
        const Topic *t = forum.topic(id);
        if (!t)
            continue;
        const TopicStats stats = topicStats(forum, *t);
        const User *lastPoster = forum.user(t->lastPosterId ? t->lastPosterId : t->userId);
        QJsonArray posters;
        for (size_t i = 0; i < stats.posters.size(); ++i) {
            const auto &[userId, description] = stats.posters[i];
            QJsonValue extras;
            if (i + 1 == stats.posters.size())
                extras = stats.posters.size() == 1 ? u"latest single"_s : u"latest"_s;
            posters.append(QJsonObject{{u"extras"_s, extras},
                                       {u"description"_s, description},
                                       {u"user_id"_s, userId},
                                       {u"primary_group_id"_s, QJsonValue()}});
            if (!seenUsers.contains(userId)) {
                seenUsers.insert(userId);
                userOrder.push_back(userId);
            }
        }
        QJsonObject item{
                {u"id"_s, t->id},
                {u"title"_s, t->title},
                {u"fancy_title"_s, fancyTitle(t->title)},
                {u"slug"_s, forum.slug(*t)},
                {u"posts_count"_s, t->postsCount},
                {u"reply_count"_s, stats.replyCount},
                {u"highest_post_number"_s, t->highestPostNumber},
                {u"image_url"_s, QJsonValue()},
                {u"created_at"_s, isoTime(t->createdAtMs)},
                {u"last_posted_at"_s, isoTime(t->lastPostedAtMs)},
                {u"bumped"_s, true},
                {u"bumped_at"_s, isoTime(t->bumpedAtMs)},
                {u"archetype"_s, u"regular"_s},
                {u"unseen"_s, false},
                {u"pinned"_s, t->pinned},
                {u"unpinned"_s, QJsonValue()},
                {u"visible"_s, t->visible},
                {u"closed"_s, t->closed},
                {u"archived"_s, t->archived},
                {u"bookmarked"_s, QJsonValue()},
                {u"liked"_s, QJsonValue()},
                {u"views"_s, t->views},
                {u"like_count"_s, stats.likeCount},
                {u"has_summary"_s, false},
                {u"last_poster_username"_s, lastPoster ? lastPoster->username : QString()},
                {u"category_id"_s, t->categoryId},
                {u"pinned_globally"_s, t->pinnedGlobally},
                {u"featured_link"_s, QJsonValue()},
                {u"posters"_s, posters},
        };
        // ListableTopicSerializer#include_excerpt?: pinned topics only (by default).
        if (t->pinned && !t->postIds.empty()) {
            if (const Post *first = forum.post(t->postIds.front()))
                item.insert(u"excerpt"_s, forum.excerpt(*first));
        }
        out.topics.append(item);
    }
    for (int userId : userOrder) {
        if (const User *u = forum.user(userId))
            out.users.append(basicUserJson(*u));
    }
    return out;
}

QJsonObject suggestedTopicJson(const Forum &forum, const Topic &t)
{
    const TopicStats stats = topicStats(forum, t);
    QJsonArray posters;
    for (const auto &[userId, description] : stats.posters) {
        if (const User *u = forum.user(userId)) {
            posters.append(QJsonObject{{u"extras"_s, QJsonValue()},
                                       {u"description"_s, description},
                                       {u"user"_s, basicUserJson(*u)}});
        }
    }
    if (!posters.isEmpty()) {
        QJsonObject last = posters.last().toObject();
        last.insert(u"extras"_s, posters.size() == 1 ? u"latest single"_s : u"latest"_s);
        posters.replace(posters.size() - 1, last);
    }
    const Post *first = t.postIds.empty() ? nullptr : forum.post(t.postIds.front());
    return {{u"id"_s, t.id},
            {u"title"_s, t.title},
            {u"fancy_title"_s, fancyTitle(t.title)},
            {u"slug"_s, forum.slug(t)},
            {u"posts_count"_s, t.postsCount},
            {u"reply_count"_s, stats.replyCount},
            {u"highest_post_number"_s, t.highestPostNumber},
            {u"image_url"_s, QJsonValue()},
            {u"created_at"_s, isoTime(t.createdAtMs)},
            {u"last_posted_at"_s, isoTime(t.lastPostedAtMs)},
            {u"bumped"_s, true},
            {u"bumped_at"_s, isoTime(t.bumpedAtMs)},
            {u"archetype"_s, u"regular"_s},
            {u"unseen"_s, false},
            {u"pinned"_s, t.pinned},
            {u"unpinned"_s, QJsonValue()},
            {u"excerpt"_s, first ? forum.excerpt(*first) : QString()},
            {u"visible"_s, t.visible},
            {u"closed"_s, t.closed},
            {u"archived"_s, t.archived},
            {u"bookmarked"_s, QJsonValue()},
            {u"liked"_s, QJsonValue()},
            {u"tags"_s, QJsonArray()},
            {u"tags_descriptions"_s, QJsonObject()},
            {u"like_count"_s, stats.likeCount},
            {u"views"_s, t.views},
            {u"category_id"_s, t.categoryId},
            {u"featured_link"_s, QJsonValue()},
            {u"posters"_s, posters}};
}

std::vector<CategoryCounts> categoryCounts(const Forum &forum, qint64 nowMs)
{
    std::vector<CategoryCounts> counts(forum.categories().size());
    QHash<int, size_t> index;
    for (size_t i = 0; i < forum.categories().size(); ++i)
        index.insert(forum.categories()[i].id, i);
    for (int id = 1; id <= forum.maxTopicId(); ++id) {
        const Topic *t = forum.topic(id);
        if (!t || t->deleted)
            continue;
        CategoryCounts &c = counts[index.value(t->categoryId)];
        c.posts += t->postsCount;
        const Category *category = forum.category(t->categoryId);
        if (category && category->aboutTopicId == t->id)
            continue; // Discourse does not count the category's own "About" topic
        c.topics += 1;
        const qint64 age = nowMs - t->createdAtMs;
        c.day += age < kDayMs;
        c.week += age < 7 * kDayMs;
        c.month += age < 30 * kDayMs;
        c.year += age < 365 * kDayMs;
    }
    return counts;
}

QJsonObject categoryJson(const Forum &forum, const Category &c, const Viewer &viewer,
                         CategoryShape shape, const CategoryCounts &counts)
{
    QJsonArray children;
    for (const Category &other : forum.categories()) {
        if (other.parentId == c.id && forum.canSee(viewer, other))
            children.append(other.id);
    }
    const Topic *about = forum.topic(c.aboutTopicId);
    const QString excerpt = c.description;
    QJsonObject o{
            {u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"color"_s, c.color},
            {u"text_color"_s, c.textColor},
            {u"style_type"_s, u"square"_s},
            {u"emoji"_s, QJsonValue()},
            {u"icon"_s, QJsonValue()},
            {u"slug"_s, c.slug},
            {u"topic_count"_s, counts.topics},
            {u"post_count"_s, counts.posts},
            {u"position"_s, c.position},
            {u"description"_s, nullable(htmlEscape(c.description))},
            {u"description_text"_s, nullable(c.description)},
            {u"description_excerpt"_s, nullable(htmlEscape(excerpt))},
            {u"topic_url"_s, about ? QJsonValue(topicUrl(forum, *about)) : QJsonValue()},
            {u"read_restricted"_s, c.readRestricted()},
            {u"permission"_s, viewer.anonymous() ? QJsonValue() : QJsonValue(1)},
            {u"notification_level"_s, 1},
            {u"can_edit"_s, viewer.staff()},
            {u"topic_template"_s, QJsonValue()},
            {u"topic_title_placeholder"_s, QJsonValue()},
            {u"has_children"_s, !children.isEmpty()},
            {u"subcategory_count"_s,
             children.isEmpty() ? QJsonValue() : QJsonValue(children.size())},
            {u"sort_order"_s, QJsonValue()},
            {u"sort_ascending"_s, QJsonValue()},
            {u"show_subcategory_list"_s, false},
            {u"num_featured_topics"_s, 3},
            {u"default_view"_s, QJsonValue()},
            {u"subcategory_list_style"_s, u"rows_with_featured_topics"_s},
            {u"default_top_period"_s, u"all"_s},
            {u"default_list_filter"_s, u"all"_s},
            {u"minimum_required_tags"_s, 0},
            {u"navigate_to_first_post_after_read"_s, false},
            {u"uploaded_logo"_s, QJsonValue()},
            {u"uploaded_logo_dark"_s, QJsonValue()},
            {u"uploaded_background"_s, QJsonValue()},
            {u"uploaded_background_dark"_s, QJsonValue()},
    };
    if (shape == CategoryShape::Site) {
        o.insert(u"allow_global_tags"_s, false);
        o.insert(u"required_tag_groups"_s, QJsonArray());
        o.insert(u"read_only_banner"_s, QJsonValue());
        o.insert(u"form_template_ids"_s, QJsonArray());
        if (c.parentId)
            o.insert(u"parent_category_id"_s, c.parentId);
    } else {
        o.insert(u"topics_day"_s, counts.day);
        o.insert(u"topics_week"_s, counts.week);
        o.insert(u"topics_month"_s, counts.month);
        o.insert(u"topics_year"_s, counts.year);
        o.insert(u"topics_all_time"_s, counts.topics);
        o.insert(u"subcategory_ids"_s, children);
        if (c.id == forum.uncategorizedId())
            o.insert(u"is_uncategorized"_s, true);
    }
    return o;
}

} // namespace devserver
