// /site.json, /site/basic-info.json, /categories.json, /session/current.json,
// /notifications.json, /notifications/mark-read.json and /search.json.
#include "ErrorBodies.h"
#include "Serializers.h"
#include "Server.h"
#include "TextSynth.h"

#include <QDate>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

QJsonObject numbered(std::initializer_list<std::pair<const char *, int>> pairs)
{
    QJsonObject o;
    for (const auto &[name, value] : pairs)
        o.insert(QLatin1String(name), value);
    return o;
}

QJsonArray strings(std::initializer_list<const char *> list)
{
    QJsonArray a;
    for (const char *s : list)
        a.append(QLatin1String(s));
    return a;
}

QJsonObject actionType(int id, const char *key, const char *name, bool flag, int position)
{
    return {{u"id"_s, id},
            {u"name_key"_s, QLatin1String(key)},
            {u"name"_s, QLatin1String(name)},
            {u"description"_s, QLatin1String(name)},
            {u"short_description"_s, QString()},
            {u"is_flag"_s, flag},
            {u"require_message"_s, false},
            {u"enabled"_s, true},
            {u"applies_to"_s, strings({"Post", "Chat::Message"})},
            {u"is_used"_s, false},
            {u"position"_s, position},
            {u"auto_action_type"_s, false},
            {u"system"_s, true}};
}

QJsonObject group(int id, const char *name)
{
    return {{u"id"_s, id},
            {u"name"_s, QLatin1String(name)},
            {u"flair_url"_s, QJsonValue()},
            {u"flair_bg_color"_s, QJsonValue()},
            {u"flair_color"_s, QJsonValue()},
            {u"automatic"_s, true}};
}

Response site(RouteContext &ctx)
{
    const Viewer viewer = ctx.viewer();
    const auto counts = categoryCounts(ctx.forum, ctx.now());
    QJsonArray categories;
    for (size_t i = 0; i < ctx.forum.categories().size(); ++i) {
        const Category &c = ctx.forum.categories()[i];
        if (ctx.forum.canSee(viewer, c))
            categories.append(categoryJson(ctx.forum, c, viewer, CategoryShape::Site, counts[i]));
    }
    QJsonArray homepage;
    for (const char *name : {"latest", "categories", "top", "new", "unread"})
        homepage.append(
                QJsonObject{{u"name"_s, QLatin1String(name)}, {u"value"_s, QLatin1String(name)}});
    const QJsonObject body{
            {u"default_archetype"_s, u"regular"_s},
            {u"notification_types"_s, numbered({{"mentioned", 1},
                                                {"replied", 2},
                                                {"quoted", 3},
                                                {"edited", 4},
                                                {"liked", 5},
                                                {"private_message", 6},
                                                {"invited_to_private_message", 7},
                                                {"invitee_accepted", 8},
                                                {"posted", 9},
                                                {"moved_post", 10},
                                                {"linked", 11},
                                                {"granted_badge", 12},
                                                {"invited_to_topic", 13},
                                                {"custom", 14},
                                                {"group_mentioned", 15},
                                                {"group_message_summary", 16},
                                                {"watching_first_post", 17},
                                                {"topic_reminder", 18},
                                                {"liked_consolidated", 19},
                                                {"post_approved", 20},
                                                {"code_review_commit_approved", 21},
                                                {"membership_request_accepted", 22},
                                                {"membership_request_consolidated", 23},
                                                {"bookmark_reminder", 24},
                                                {"reaction", 25},
                                                {"votes_released", 26},
                                                {"event_reminder", 27},
                                                {"event_invitation", 28},
                                                {"chat_mention", 29},
                                                {"chat_message", 30},
                                                {"chat_invitation", 31},
                                                {"chat_group_mention", 32},
                                                {"chat_quoted", 33},
                                                {"assigned", 34},
                                                {"question_answer_user_commented", 35},
                                                {"watching_category_or_tag", 36},
                                                {"new_features", 37},
                                                {"admin_problems", 38},
                                                {"linked_consolidated", 39},
                                                {"chat_watched_thread", 40},
                                                {"following", 800},
                                                {"following_created_topic", 801},
                                                {"following_replied", 802},
                                                {"circles_activity", 900}})},
            {u"post_types"_s, numbered({{"regular", 1},
                                        {"moderator_action", 2},
                                        {"small_action", 3},
                                        {"whisper", 4}})},
            {u"trust_levels"_s,
             numbered(
                     {{"newuser", 0}, {"basic", 1}, {"member", 2}, {"regular", 3}, {"leader", 4}})},
            {u"user_tips"_s, numbered({{"first_notification", 1},
                                       {"topic_timeline", 2},
                                       {"post_menu", 3},
                                       {"topic_notification_levels", 4},
                                       {"suggested_topics", 5}})},
            {u"groups"_s,
             QJsonArray{group(0, "everyone"), group(1, "admins"), group(2, "moderators"),
                        group(3, "staff"), group(10, "trust_level_0"), group(11, "trust_level_1"),
                        group(12, "trust_level_2"), group(13, "trust_level_3"),
                        group(14, "trust_level_4")}},
            {u"filters"_s, strings({"latest", "unread", "new", "unseen", "top", "read", "posted",
                                    "bookmarks", "hot"})},
            {u"homepage_choices"_s, homepage},
            {u"periods"_s, strings({"all", "yearly", "quarterly", "monthly", "weekly", "daily"})},
            {u"top_menu_items"_s, strings({"latest", "new", "unread", "top", "categories"})},
            {u"anonymous_top_menu_items"_s, strings({"latest", "top", "categories"})},
            {u"uncategorized_category_id"_s, ctx.forum.uncategorizedId()},
            {u"user_field_max_length"_s, 2048},
            {u"post_action_types"_s,
             QJsonArray{actionType(2, "like", "Like", false, 0),
                        actionType(3, "off_topic", "Off-Topic", true, 1),
                        actionType(4, "inappropriate", "Inappropriate", true, 2),
                        actionType(8, "spam", "Spam", true, 3),
                        actionType(6, "notify_user", "Send @user a message", true, 4),
                        actionType(7, "notify_moderators", "Something Else", true, 5)}},
            {u"topic_flag_types"_s,
             QJsonArray{actionType(4, "inappropriate", "Inappropriate", true, 2),
                        actionType(8, "spam", "Spam", true, 3),
                        actionType(7, "notify_moderators", "Something Else", true, 5)}},
            {u"can_create_tag"_s, false},
            {u"can_tag_topics"_s, false},
            {u"can_tag_pms"_s, false},
            {u"tags_filter_regexp"_s,
             u"[/\\?#\\[\\]@!\\$&'\\(\\)\\*\\+,;=\\.%\\\\`^\\s|\\{\\}\"<>]+"_s},
            {u"top_tags"_s, QJsonArray()},
            {u"email_configured"_s, true},
            {u"topic_featured_link_allowed_category_ids"_s, QJsonArray()},
            {u"user_themes"_s, QJsonArray{QJsonObject{{u"theme_id"_s, 2},
                                                      {u"name"_s, u"Default"_s},
                                                      {u"default"_s, true},
                                                      {u"color_scheme_id"_s, QJsonValue()}}}},
            {u"user_color_schemes"_s, QJsonArray()},
            {u"default_light_color_scheme"_s, QJsonValue()},
            {u"default_dark_color_scheme"_s, QJsonValue()},
            {u"censored_regexp"_s, QJsonArray()},
            {u"custom_emoji_translation"_s, QJsonObject()},
            {u"watched_words_replace"_s, QJsonValue()},
            {u"watched_words_link"_s, QJsonValue()},
            {u"categories"_s, categories},
            {u"archetypes"_s, QJsonArray{QJsonObject{{u"id"_s, u"regular"_s},
                                                     {u"name"_s, u"Regular Topic"_s},
                                                     {u"options"_s, QJsonArray()}},
                                         QJsonObject{{u"id"_s, u"banner"_s},
                                                     {u"name"_s, u"Banner"_s},
                                                     {u"options"_s, QJsonArray()}}}},
            {u"user_fields"_s, QJsonArray()},
            {u"auth_providers"_s, QJsonArray()},
            {u"full_name_required_for_signup"_s, false},
            {u"full_name_visible_in_signup"_s, true},
    };
    return Response::json(body);
}

Response basicInfo(RouteContext &ctx)
{
    return Response::json(
            QJsonObject{{u"logo_url"_s, u"/images/discourse-logo-sketch.png"_s},
                        {u"logo_small_url"_s, u"/images/discourse-logo-sketch-small.png"_s},
                        {u"apple_touch_icon_url"_s, u"/images/default-apple-touch-icon.png"_s},
                        {u"favicon_url"_s, u"/images/default-favicon.ico"_s},
                        {u"title"_s, ctx.server.settings().siteTitle},
                        {u"description"_s,
                         u"A place to ask and share about DHIS2, for implementers everywhere."_s},
                        {u"header_primary_color"_s, u"333333"_s},
                        {u"header_background_color"_s, u"ffffff"_s},
                        {u"login_required"_s, false},
                        {u"locale"_s, u"en"_s},
                        {u"include_in_discourse_discover"_s, false},
                        {u"mobile_logo_url"_s, QString()}});
}

Response categories(RouteContext &ctx)
{
    const Viewer viewer = ctx.viewer();
    const auto counts = categoryCounts(ctx.forum, ctx.now());
    const bool withSubs = ctx.request.param(u"include_subcategories"_s) == u"true";
    const auto &all = ctx.forum.categories();
    QJsonArray list;
    for (size_t i = 0; i < all.size(); ++i) {
        const Category &c = all[i];
        if (c.parentId || !ctx.forum.canSee(viewer, c))
            continue;
        QJsonObject o = categoryJson(ctx.forum, c, viewer, CategoryShape::CategoryList, counts[i]);
        if (withSubs) {
            QJsonArray subs;
            for (size_t j = 0; j < all.size(); ++j) {
                if (all[j].parentId == c.id && ctx.forum.canSee(viewer, all[j])) {
                    QJsonObject sub = categoryJson(ctx.forum, all[j], viewer,
                                                   CategoryShape::CategoryList, counts[j]);
                    sub.insert(u"parent_category_id"_s, c.id);
                    subs.append(sub);
                }
            }
            o.insert(u"subcategory_list"_s, subs);
        }
        list.append(o);
    }
    return Response::json(QJsonObject{
            {u"category_list"_s, QJsonObject{{u"can_create_category"_s, viewer.staff()},
                                             {u"can_create_topic"_s, !viewer.anonymous()},
                                             {u"categories"_s, list}}}});
}

Response sessionCurrent(RouteContext &ctx)
{
    const User *u = ctx.principal.user;
    if (!u)
        return Response::empty(404); // session_controller#current: head :not_found
    int unread = 0;
    for (const Notification &n : ctx.forum.notifications(u->id))
        unread += !n.read;
    QJsonArray regular;
    for (const Category &c : ctx.forum.categories()) {
        if (ctx.forum.canSee(ctx.viewer(), c))
            regular.append(c.id);
    }
    const auto &watched = ctx.server.settings().watchedCategoryIds;
    const auto &tracked = ctx.server.settings().trackedCategoryIds;
    const auto ids = [](const QList<int> &list) {
        QJsonArray array;
        for (int id : list)
            array.append(id);
        return array;
    };
    return Response::json(QJsonObject{
            {u"current_user"_s,
             QJsonObject{{u"id"_s, u->id},
                         {u"username"_s, u->username},
                         {u"name"_s, u->name},
                         {u"avatar_template"_s, avatarTemplate(u->username)},
                         {u"unread_notifications"_s, unread},
                         {u"unread_high_priority_notifications"_s, 0},
                         {u"all_unread_notifications_count"_s, unread},
                         {u"read_first_notification"_s, true},
                         {u"admin"_s, u->admin},
                         {u"moderator"_s, u->moderator},
                         {u"staff"_s, u->staff()},
                         {u"trust_level"_s, u->trustLevel},
                         {u"can_create_topic"_s, true},
                         {u"seen_notification_id"_s, ctx.server.seenNotificationIds().value(u->id)},
                         {u"watched_category_ids"_s, ids(watched.value(u->username))},
                         {u"tracked_category_ids"_s, ids(tracked.value(u->username))},
                         {u"watched_first_post_category_ids"_s, QJsonArray()},
                         {u"regular_category_ids"_s, regular},
                         {u"muted_category_ids"_s, QJsonArray()},
                         {u"muted_tags"_s, QJsonArray()}}}});
}

QJsonObject notificationJson(const Forum &forum, const Notification &n)
{
    const Topic *t = forum.topic(n.topicId);
    const User *actor = forum.user(n.actorUserId);
    const Post *p = t ? forum.postByNumber(*t, n.postNumber) : nullptr;
    QJsonObject data{{u"topic_title"_s, t ? t->title : QString()},
                     {u"original_post_id"_s, p ? p->id : 0},
                     {u"original_post_type"_s, 1},
                     {u"original_username"_s, actor ? actor->username : QString()},
                     {u"revision_number"_s, QJsonValue()},
                     {u"display_username"_s, actor ? actor->username : QString()}};
    return {{u"id"_s, n.id},
            {u"user_id"_s, n.userId},
            {u"notification_type"_s, n.type},
            {u"read"_s, n.read},
            {u"high_priority"_s, false},
            {u"created_at"_s, isoTime(n.createdAtMs)},
            {u"post_number"_s, n.postNumber},
            {u"topic_id"_s, n.topicId},
            {u"fancy_title"_s, t ? fancyTitle(t->title) : QString()},
            {u"slug"_s, t ? forum.slug(*t) : QString()},
            {u"data"_s, data}};
}

Response notifications(RouteContext &ctx)
{
    const User *u = ctx.principal.user;
    if (!u)
        return errors::notLoggedIn();
    const auto &all = ctx.forum.notifications(u->id);
    const QString filter = ctx.request.param(u"filter"_s);
    std::vector<const Notification *> list;
    for (auto it = all.rbegin(); it != all.rend(); ++it) {
        if ((filter == u"read" && !it->read) || (filter == u"unread" && it->read))
            continue;
        list.push_back(&*it);
    }
    int &seen = ctx.server.seenNotificationIds()[u->id];
    QJsonArray out;
    if (ctx.request.param(u"recent"_s) == u"true") {
        const int limit = std::clamp(ctx.request.intParam(u"limit"_s, 15), 1, 50);
        for (size_t i = 0; i < list.size() && int(i) < limit; ++i)
            out.append(notificationJson(ctx.forum, *list[i]));
        if (!ctx.request.hasParam(u"silent"_s) && !list.empty())
            seen = std::max(seen, list.front()->id);
        return Response::json(
                QJsonObject{{u"notifications"_s, out}, {u"seen_notification_id"_s, seen}});
    }
    const int offset = std::max(0, ctx.request.intParam(u"offset"_s, 0));
    for (size_t i = size_t(offset); i < list.size() && i < size_t(offset) + 60; ++i)
        out.append(notificationJson(ctx.forum, *list[i]));
    if (!ctx.request.hasParam(u"silent"_s) && !list.empty())
        seen = std::max(seen, list.front()->id);
    return Response::json(QJsonObject{
            {u"notifications"_s, out},
            {u"total_rows_notifications"_s, int(list.size())},
            {u"seen_notification_id"_s, seen},
            {u"load_more_notifications"_s,
             u"/notifications?offset=%1&username=%2"_s.arg(offset + 60).arg(u->username)}});
}

Response markRead(RouteContext &ctx)
{
    if (!ctx.principal.user)
        return errors::notLoggedIn();
    ctx.forum.markNotificationsRead(ctx.principal.user->id, ctx.request.intParam(u"id"_s, 0));
    return Response::json(QJsonObject{{u"success"_s, u"OK"_s}});
}

} // namespace

Response searchRoute(RouteContext &ctx); // RoutesSearch.cpp

void addSiteRoutes(Router &router)
{
    router.add("GET", u"/site\\.json"_s, site);
    router.add("GET", u"/site/basic-info\\.json"_s, basicInfo);
    router.add("GET", u"/categories\\.json"_s, categories);
    router.add("GET", u"/session/current\\.json"_s, sessionCurrent);
    router.add("GET", u"/notifications\\.json"_s, notifications);
    router.add("PUT", u"/notifications/mark-read\\.json"_s, markRead);
    router.add("GET", u"/search\\.json"_s, searchRoute);
    router.add("GET", u"/search/query\\.json"_s, searchRoute);
}

} // namespace devserver
