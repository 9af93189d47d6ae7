#include "DevserverCacheFill.h"

#include "discourse/CookedHtml.h"
#include "discourse/ForumApi.h"
#include "discourse/ResponseParsers.h"
#include "net/CurlTransport.h"
#include "store/CacheWriter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace outpost::testing {

namespace {

net::HttpResponse fetch(net::Transport &transport, const net::HttpRequest &request)
{
    const net::Transport::TransferId id = transport.start(request);
    for (;;) {
        for (net::Transport::Completion &done : transport.poll(std::chrono::milliseconds(200))) {
            if (done.id == id)
                return std::move(done.response);
        }
    }
}

QStringList plainTexts(const QList<discourse::Post> &posts)
{
    QStringList texts;
    for (const discourse::Post &p : posts)
        texts << discourse::CookedHtml::searchText(p.cooked);
    return texts;
}

} // namespace

DevserverFillReport fillFromDevserver(const QUrl &baseUrl, store::Database &cache,
                                      const Clock &clock, const QList<qint64> &categoryIds,
                                      int topicsPerCategory)
{
    DevserverFillReport report;
    net::CurlTransport transport;
    const discourse::ForumApi api(baseUrl);
    store::CacheWriter writer(cache, clock);
    const auto get = [&](const net::HttpRequest &request) {
        ++report.requests;
        return fetch(transport, request);
    };

    const net::HttpResponse siteResponse = get(api.site());
    auto site = discourse::parseSite(siteResponse.body);
    if (!site) {
        report.error = u"site.json: "_s + site.error().toString();
        return report;
    }
    writer.upsertSite(*site);
    QHash<qint64, QString> slugs;
    for (const discourse::Category &c : site->categories)
        slugs.insert(c.id, c.slug);

    QSet<qint64> done;
    for (qint64 categoryId : categoryIds) {
        const net::HttpResponse listResponse =
                get(api.categoryLatest(slugs.value(categoryId), categoryId, 0, 100));
        auto list = discourse::parseTopicList(listResponse.body);
        if (!list) {
            report.error = u"category %1: "_s.arg(categoryId) + list.error().toString();
            return report;
        }
        discourse::TopicListPage page = std::move(list).value();
        page.topics = page.topics.mid(0, topicsPerCategory);
        writer.upsertTopicList(page);
        for (const discourse::TopicListItem &item : std::as_const(page.topics)) {
            if (done.contains(item.id))
                continue;
            done.insert(item.id);
            auto detail = discourse::parseTopicDetail(get(api.topic(item.id)).body);
            if (!detail) {
                report.error = u"topic %1: "_s.arg(item.id) + detail.error().toString();
                return report;
            }
            writer.applyTopicDetail(*detail, plainTexts(detail->posts));
            report.posts += int(detail->posts.size());
            QSet<qint64> have;
            for (const discourse::Post &p : std::as_const(detail->posts))
                have.insert(p.id);
            QList<qint64> missing;
            for (qint64 id : std::as_const(detail->stream)) {
                if (!have.contains(id))
                    missing << id;
            }
            for (qsizetype at = 0; at < missing.size();
                 at += discourse::ForumApi::maxPostIdsPerRequest) {
                const QList<qint64> batch =
                        missing.mid(at, discourse::ForumApi::maxPostIdsPerRequest);
                auto posts = discourse::parseTopicPosts(get(api.topicPosts(item.id, batch)).body);
                if (!posts) {
                    report.error = u"posts of %1: "_s.arg(item.id) + posts.error().toString();
                    return report;
                }
                writer.upsertPosts(*posts, plainTexts(*posts));
                report.posts += int(posts->size());
            }
            ++report.topics;
        }
    }
    writer.indexPendingPosts();
    return report;
}

} // namespace outpost::testing
