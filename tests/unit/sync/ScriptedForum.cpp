#include "ScriptedForum.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>

namespace outpost::synctest {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject postJson(const ScriptedTopic &topic, int index)
{
    const qint64 id = topic.postIds.at(index);
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("topic_id"), topic.id},
                       {QStringLiteral("post_number"), index + 1},
                       {QStringLiteral("username"), QStringLiteral("user%1").arg(id % 7)},
                       {QStringLiteral("created_at"), iso(topic.bumpedAtMs - 1000 * (100 - index))},
                       {QStringLiteral("cooked"),
                        QStringLiteral("<p>Post %1 of topic %2 about data quality.</p>")
                                .arg(index + 1)
                                .arg(topic.id)},
                       {QStringLiteral("version"), 1}};
}

} // namespace

void ScriptedForum::addTopics(qint64 categoryId, int count, int posts, qint64 nowMs, qint64 firstId)
{
    for (int i = 0; i < count; ++i) {
        ScriptedTopic topic;
        topic.id = firstId + i;
        topic.categoryId = categoryId;
        topic.bumpedAtMs = nowMs - qint64(i) * kDayMs - 3600'000;
        for (int p = 0; p < posts; ++p)
            topic.postIds.append(topic.id * 1000 + p);
        topics[topic.id] = topic;
    }
}

int ScriptedForum::countRequests(const QString &pathPrefix) const
{
    return int(std::count_if(log.cbegin(), log.cend(),
                             [&](const QString &line) { return line.startsWith(pathPrefix); }));
}

QByteArray ScriptedForum::topicList(qint64 categoryId, int page, int perPage) const
{
    QList<const ScriptedTopic *> listed;
    for (const auto &[id, topic] : topics) {
        if (topic.categoryId == categoryId)
            listed.append(&topic);
    }
    std::sort(listed.begin(), listed.end(), [](const ScriptedTopic *a, const ScriptedTopic *b) {
        return a->bumpedAtMs > b->bumpedAtMs;
    });
    QJsonArray items;
    for (qsizetype i = qsizetype(page) * perPage;
         i < listed.size() && i < qsizetype(page + 1) * perPage; ++i) {
        const ScriptedTopic &t = *listed.at(i);
        items.append(QJsonObject{{QStringLiteral("id"), t.id},
                                 {QStringLiteral("title"), QStringLiteral("Topic %1").arg(t.id)},
                                 {QStringLiteral("category_id"), t.categoryId},
                                 {QStringLiteral("posts_count"), t.postIds.size()},
                                 {QStringLiteral("highest_post_number"), t.postIds.size()},
                                 {QStringLiteral("created_at"), iso(t.bumpedAtMs - 100'000)},
                                 {QStringLiteral("last_posted_at"), iso(t.bumpedAtMs)},
                                 {QStringLiteral("bumped_at"), iso(t.bumpedAtMs)}});
    }
    QJsonObject list{{QStringLiteral("per_page"), perPage}, {QStringLiteral("topics"), items}};
    if (items.size() == perPage)
        list.insert(QStringLiteral("more_topics_url"),
                    QStringLiteral("/c/c/%1/l/latest?page=%2").arg(categoryId).arg(page + 1));
    return QJsonDocument(QJsonObject{{QStringLiteral("topic_list"), list}}).toJson();
}

QByteArray ScriptedForum::topicDetail(const ScriptedTopic &topic, int nearPostNumber) const
{
    const int size = int(topic.postIds.size());
    int first = 0;
    if (nearPostNumber > 0)
        first = std::max(0, std::min(nearPostNumber - 1 - 5, size - 20));
    QJsonArray chunk;
    for (int i = first; i < size && i < first + 20; ++i)
        chunk.append(postJson(topic, i));
    QJsonArray stream;
    for (qint64 id : topic.postIds)
        stream.append(id);
    return QJsonDocument(
                   QJsonObject{{QStringLiteral("id"), topic.id},
                               {QStringLiteral("title"), QStringLiteral("Topic %1").arg(topic.id)},
                               {QStringLiteral("category_id"), topic.categoryId},
                               {QStringLiteral("posts_count"), size},
                               {QStringLiteral("highest_post_number"), size},
                               {QStringLiteral("created_at"), iso(topic.bumpedAtMs - 100'000)},
                               {QStringLiteral("last_posted_at"), iso(topic.bumpedAtMs)},
                               {QStringLiteral("bumped_at"), iso(topic.bumpedAtMs)},
                               {QStringLiteral("post_stream"),
                                QJsonObject{{QStringLiteral("posts"), chunk},
                                            {QStringLiteral("stream"), stream}}}})
            .toJson();
}

QByteArray ScriptedForum::posts(const ScriptedTopic &topic, const QSet<qint64> &ids) const
{
    QJsonArray list;
    for (int i = 0; i < topic.postIds.size(); ++i) {
        if (ids.contains(topic.postIds.at(i)) && !withheldPosts.contains(topic.postIds.at(i)))
            list.append(postJson(topic, i));
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), topic.id},
                                     {QStringLiteral("post_stream"),
                                      QJsonObject{{QStringLiteral("posts"), list}}}})
            .toJson();
}

test::FakeTransport::Reply ScriptedForum::answer(const net::HttpRequest &request)
{
    const QString path = request.url.path();
    const QUrlQuery query(request.url);
    const QString line = path + u'?' + query.toString(QUrl::FullyDecoded);
    log.append(line);
    for (const auto &[key, reply] : overrides) {
        if (line.contains(key))
            return reply;
    }
    using Reply = test::FakeTransport;
    static const QRegularExpression list(QStringLiteral("^/c/(?:.*/)?(\\d+)/l/latest\\.json$"));
    static const QRegularExpression whole(QStringLiteral("^/t/(\\d+)\\.json$"));
    static const QRegularExpression near(QStringLiteral("^/t/(\\d+)/(\\d+)\\.json$"));
    static const QRegularExpression batch(QStringLiteral("^/t/(\\d+)/posts\\.json$"));
    if (path == QLatin1String("/site.json")) {
        QJsonArray categories;
        for (qint64 id : categoryIds)
            categories.append(
                    QJsonObject{{QStringLiteral("id"), id},
                                {QStringLiteral("name"), QStringLiteral("Cat %1").arg(id)},
                                {QStringLiteral("slug"), QStringLiteral("cat-%1").arg(id)}});
        return Reply::ok(
                QJsonDocument(QJsonObject{{QStringLiteral("categories"), categories}}).toJson());
    }
    if (path == QLatin1String("/top.json"))
        return Reply::ok(R"({"topic_list":{"per_page":30,"topics":[]}})");
    if (const auto m = list.match(path); m.hasMatch()) {
        const int perPage = honourPerPage && query.hasQueryItem(QStringLiteral("per_page"))
                                    ? query.queryItemValue(QStringLiteral("per_page")).toInt()
                                    : 30;
        return Reply::ok(topicList(m.captured(1).toLongLong(),
                                   query.queryItemValue(QStringLiteral("page")).toInt(), perPage));
    }
    auto topicOf = [&](const QRegularExpressionMatch &m) -> const ScriptedTopic * {
        const auto found = topics.find(m.captured(1).toLongLong());
        return found == topics.end() ? nullptr : &found->second;
    };
    if (const auto m = whole.match(path); m.hasMatch()) {
        const ScriptedTopic *topic = topicOf(m);
        return topic ? Reply::ok(topicDetail(*topic, 0)) : Reply::status(404);
    }
    if (const auto m = near.match(path); m.hasMatch()) {
        const ScriptedTopic *topic = topicOf(m);
        return topic ? Reply::ok(topicDetail(*topic, m.captured(2).toInt())) : Reply::status(404);
    }
    if (const auto m = batch.match(path); m.hasMatch()) {
        const ScriptedTopic *topic = topicOf(m);
        if (!topic)
            return Reply::status(404);
        QSet<qint64> ids;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == QLatin1String("post_ids[]"))
                ids.insert(value.toLongLong());
        }
        return Reply::ok(posts(*topic, ids));
    }
    return Reply::status(404);
}

} // namespace outpost::synctest
