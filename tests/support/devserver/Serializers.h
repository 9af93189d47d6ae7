#pragma once

#include "Forum.h"

#include <QJsonArray>
#include <QJsonObject>

namespace devserver {

// JSON for forum objects, field for field as Discourse's serializers write them
// (BasicUserSerializer, TopicListItemSerializer, PostSerializer, CategorySerializer...).

QJsonObject basicUserJson(const User &user);

// Which endpoint a post is serialised for: the field set differs between them.
enum class PostShape
{
    TopicView, // /t/{id}.json, /t/{id}/posts.json
    Single,    // /posts/{id}.json, POST /post_actions.json
    Latest,    // /posts.json
    Created,   // POST /posts.json
    Updated,   // PUT /posts/{id}.json (wrapped in {"post": ...} by the route)
};

QJsonObject postJson(const Forum &forum, const Post &post, const Viewer &viewer, PostShape shape,
                     bool includeRaw);

struct TopicListJson
{
    QJsonArray topics;
    QJsonArray users; // everyone listed in posters[], once
};
// excerptForAll: Discourse only sends excerpts for pinned topics in lists, except where a
// caller asks for them (suggested topics).
TopicListJson topicListJson(const Forum &forum, const std::vector<int> &topicIds,
                            const Viewer &viewer);
QJsonObject suggestedTopicJson(const Forum &forum, const Topic &topic);

struct CategoryCounts
{
    int topics = 0;
    int posts = 0;
    int day = 0, week = 0, month = 0, year = 0;
};
std::vector<CategoryCounts> categoryCounts(const Forum &forum, qint64 nowMs); // by position

enum class CategoryShape
{
    Site,         // /site.json categories[]
    CategoryList, // /categories.json category_list.categories[]
};
QJsonObject categoryJson(const Forum &forum, const Category &category, const Viewer &viewer,
                         CategoryShape shape, const CategoryCounts &counts);

QString topicUrl(const Forum &forum, const Topic &topic, int postNumber = 0);

} // namespace devserver
