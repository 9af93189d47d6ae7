#include "GuiBenchProfile.h"

#include "AppSettings.h"
#include "Clock.h"
#include "devserver/Router.h"
#include "devserver/Server.h"
#include "discourse/CookedHtml.h"
#include "discourse/ResponseParsers.h"
#include "forums/ForumSetup.h"
#include "store/CacheDatabase.h"
#include "store/CacheWriter.h"
#include "store/Database.h"
#include "store/Profile.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace outpost::bench {

namespace {

const QString kInfoFile = u"bench-profile.json"_s;

QString specText(const devserver::GenerateSpec &spec)
{
    return u"categories=%1,topics=%2,posts=%3,seed=%4"_s.arg(spec.categories)
            .arg(spec.topics)
            .arg(spec.posts)
            .arg(spec.seed);
}

[[noreturn]] void fail(const QString &what)
{
    throw std::runtime_error(what.toStdString());
}

// The devserver's route handlers, called in-process: the same JSON a sync would receive.
class InProcessForum
{
public:
    explicit InProcessForum(devserver::Forum forum)
        : m_server(std::move(forum))
    {
        m_server.settings().honourPerPage = true;
        devserver::addSiteRoutes(m_router);
        devserver::addListRoutes(m_router);
        devserver::addTopicRoutes(m_router);
    }

    devserver::Forum &forum() { return m_server.forum(); }

    QByteArray get(const QString &path, const QByteArray &query = {})
    {
        devserver::Request request;
        request.method = "GET";
        request.path = path;
        request.rawQuery = QString::fromLatin1(query);
        request.parseParams(query, nullptr);
        QRegularExpressionMatch match;
        const devserver::Router::Route *route = m_router.find("GET", path, &match);
        if (!route)
            fail(u"no devserver route for "_s + path);
        const devserver::Principal anonymous;
        devserver::RouteContext context{m_server, m_server.forum(), request, anonymous, match};
        const devserver::Response response = route->handler(context);
        if (response.status != 200)
            fail(u"%1 answered %2"_s.arg(path).arg(response.status));
        return response.body;
    }

private:
    devserver::Server m_server;
    devserver::Router m_router;
};

template <typename T>
T parsed(discourse::ParseResult<T> result, const QString &what)
{
    if (!result.ok())
        fail(what + u": "_s + result.error().toString());
    return std::move(result).value();
}

QStringList searchTexts(const QList<discourse::Post> &posts)
{
    QStringList texts;
    texts.reserve(posts.size());
    for (const discourse::Post &post : posts)
        texts.append(discourse::CookedHtml::searchText(post.cooked));
    return texts;
}

QJsonArray toJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QList<qint64> idsFrom(const QJsonValue &value)
{
    QList<qint64> ids;
    for (const QJsonValue &id : value.toArray())
        ids.append(id.toInteger());
    return ids;
}

std::optional<GuiBenchProfile> readInfo(const QString &directory, const QString &spec)
{
    QFile file(QDir(directory).filePath(kInfoFile));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
    if (info.value(u"spec"_s).toString() != spec || !info.value(u"complete"_s).toBool())
        return std::nullopt;
    GuiBenchProfile profile;
    profile.directory = directory;
    profile.forumId = info.value(u"forum_id"_s).toInteger();
    profile.topics = info.value(u"topics"_s).toInteger();
    profile.posts = info.value(u"posts"_s).toInteger();
    profile.categories = info.value(u"categories"_s).toInteger();
    profile.longTopicIds = idsFrom(info.value(u"long_topic_ids"_s));
    for (qint64 n : idsFrom(info.value(u"long_topic_posts"_s)))
        profile.longTopicPosts.append(int(n));
    profile.browseTopicIds = idsFrom(info.value(u"browse_topic_ids"_s));
    return profile;
}

void writeInfo(const GuiBenchProfile &profile, const QString &spec)
{
    QList<qint64> longPosts;
    for (int n : profile.longTopicPosts)
        longPosts.append(n);
    const QJsonObject info{
            {u"spec"_s, spec},
            {u"complete"_s, true},
            {u"forum_id"_s, profile.forumId},
            {u"topics"_s, profile.topics},
            {u"posts"_s, profile.posts},
            {u"categories"_s, profile.categories},
            {u"long_topic_ids"_s, toJson(profile.longTopicIds)},
            {u"long_topic_posts"_s, toJson(longPosts)},
            {u"browse_topic_ids"_s, toJson(profile.browseTopicIds)},
    };
    QFile file(QDir(profile.directory).filePath(kInfoFile));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(QJsonDocument(info).toJson()) < 0 || !file.flush())
        fail(u"cannot write "_s + file.fileName());
}

GuiBenchProfile build(const QString &directory, const devserver::GenerateSpec &spec)
{
    QElapsedTimer timer;
    timer.start();
    QDir(directory).removeRecursively();
    if (!QDir().mkpath(directory))
        fail(u"cannot create "_s + directory);

    InProcessForum source(devserver::Forum::generate(spec));
    SystemClock clock;
    store::Profile profile = store::Profile::open(directory);
    {
        // Nothing in the bench may reach for a network.
        gui::AppSettings settings(profile.userDatabase(), clock);
        settings.setSyncOnStart(false);
        settings.setSyncWhenLinkReturns(false);
        settings.setImagesOnUnmetered(false);
        settings.setImagesOnMetered(false);
    }

    const discourse::Site site =
            parsed(discourse::parseSite(source.get(u"/site.json"_s)), u"/site.json"_s);
    forums::ForumSetupRequest request;
    // The discard port: should anything try the network, it fails at once.
    request.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    request.name = u"Generated forum"_s;
    for (const discourse::Category &category : site.categories)
        request.followCategoryIds.append(category.id);
    request.site = site;
    request.syncWindowDays = 3650;
    const store::Forum forum = forums::setUpForum(profile, clock, request).forum;

    GuiBenchProfile result;
    result.directory = directory;
    result.forumId = forum.id;
    result.categories = request.followCategoryIds.size();
    {
        store::Database cache = profile.openCacheConnection(forum.id);
        store::CacheWriter writer(cache, clock);
        QList<qint64> topicIds;
        QList<std::pair<int, qint64>> sizes; // posts, topic id
        for (int page = 0;; ++page) {
            const QByteArray body =
                    source.get(u"/latest.json"_s, "per_page=100&page=" + QByteArray::number(page));
            const discourse::TopicListPage list =
                    parsed(discourse::parseTopicList(body), u"/latest.json"_s);
            if (list.topics.isEmpty())
                break;
            writer.upsertTopicList(list);
            for (const discourse::TopicListItem &item : list.topics)
                topicIds.append(item.id);
        }
        for (qint64 id : topicIds) {
            const QString path = u"/t/%1.json"_s.arg(id);
            discourse::TopicDetail detail =
                    parsed(discourse::parseTopicDetail(source.get(path)), path);
            writer.applyTopicDetail(detail, searchTexts(detail.posts));
            result.posts += detail.posts.size();
            QSet<qint64> have;
            for (const discourse::Post &post : detail.posts)
                have.insert(post.id);
            QList<qint64> missing;
            for (qint64 postId : detail.stream) {
                if (!have.contains(postId))
                    missing.append(postId);
            }
            // Batches of 50 ids, as the sync asks for them.
            for (qsizetype at = 0; at < missing.size(); at += 50) {
                QByteArray query;
                for (qint64 postId : missing.mid(at, 50))
                    query += "post_ids%5B%5D=" + QByteArray::number(postId) + '&';
                const QString postsPath = u"/t/%1/posts.json"_s.arg(id);
                const QList<discourse::Post> posts =
                        parsed(discourse::parseTopicPosts(source.get(postsPath, query)), postsPath);
                writer.upsertPosts(posts, searchTexts(posts));
                result.posts += posts.size();
            }
            sizes.append({int(detail.stream.size()), id});
            if (result.browseTopicIds.size() < 200)
                result.browseTopicIds.append(id);
            if (topicIds.size() > 1000 && result.topics % 5000 == 0 && result.topics > 0) {
                std::fprintf(stderr, "bench_gui: cached %lld of %lld topics\n", result.topics,
                             qint64(topicIds.size()));
            }
            ++result.topics;
        }
        writer.indexPendingPosts();
        cache.optimize();
        // Topics of 1,000 posts or more, most posts first; in a forum too small for them,
        // its longest topic.
        std::sort(sizes.begin(), sizes.end(), std::greater<>());
        for (const auto &[posts, id] : sizes) {
            if (posts < 1000 && !result.longTopicIds.isEmpty())
                break;
            result.longTopicIds.append(id);
            result.longTopicPosts.append(posts);
        }
    }
    result.buildSeconds = double(timer.elapsed()) / 1000;
    return result;
}

} // namespace

GuiBenchProfile ensureGuiBenchProfile(const QString &directory, const devserver::GenerateSpec &spec)
{
    const QString text = specText(spec);
    if (std::optional<GuiBenchProfile> kept = readInfo(directory, text))
        return *kept;
    GuiBenchProfile profile = build(directory, spec);
    writeInfo(profile, text);
    return profile;
}

bool copyProfile(const GuiBenchProfile &profile, const QString &target)
{
    const QDir from(profile.directory);
    QDirIterator files(profile.directory, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString source = files.next();
        const QString relative = from.relativeFilePath(source);
        const QString destination = QDir(target).filePath(relative);
        if (!QDir().mkpath(QFileInfo(destination).path()) || !QFile::copy(source, destination))
            return false;
    }
    return true;
}

} // namespace outpost::bench
