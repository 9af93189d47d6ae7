#include "FixtureStore.h"

#include <QDir>
#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

struct Mapping
{
    const char *pattern;
    const char *queryKey;
    const char *queryValue;
    const char *file;
};

// The URLs the fixtures were captured from (discourse_api gem specs) or document.
const Mapping kMappings[] = {
        {"/latest\\.json", nullptr, nullptr, "discourse_api/latest.json"},
        {"/top\\.json", nullptr, nullptr, "discourse_api/top.json"},
        {"/new\\.json", nullptr, nullptr, "discourse_api/new.json"},
        {"/categories\\.json", nullptr, nullptr, "discourse_api/categories.json"},
        {"/t/(?:[^/]+/)?57\\.json", nullptr, nullptr, "discourse_api/topic.json"},
        {"/t/57/posts\\.json", nullptr, nullptr, "discourse_api/topic_posts.json"},
        {"/t/(?:[^/]+/)?13\\.json", nullptr, nullptr,
         "discourse_api_docs/topics/topic_response.json"},
        {"/posts/11\\.json", nullptr, nullptr, "discourse_api/post.json"},
        {"/posts/33\\.json", nullptr, nullptr, "discourse_api_docs/posts/get_post_response.json"},
        {"/posts\\.json", "before", "14", "discourse_api/posts_before.json"},
        {"/posts\\.json", "before", "", "discourse_api/posts_latest.json"},
        {"/posts\\.json", "before", "0", "discourse_api/posts_latest.json"},
        {"/notifications\\.json", nullptr, nullptr, "discourse_api_docs/notifications/get.json"},
        {"/search\\.json", nullptr, nullptr, "discourse_api_docs/search/query_response.json"},
        {"/c/[^/]+(?:/\\d+)?/l/latest\\.json", nullptr, nullptr,
         "discourse_api/category_latest_topics.json"},
        {"/c/[^/]+(?:/\\d+)?/l/(?:top|new)\\.json", nullptr, nullptr,
         "discourse_api/category_topics.json"},
};

} // namespace

bool FixtureStore::load(const QString &fixturesDir, QString *error)
{
    QDir dir(fixturesDir);
    if (dir.exists(u"responses"_s))
        dir.cd(u"responses"_s);
    m_entries.clear();
    for (const Mapping &m : kMappings) {
        QFile file(dir.filePath(QLatin1String(m.file)));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = u"fixture %1 not found under %2"_s.arg(QLatin1String(m.file), dir.path());
            return false;
        }
        Entry e;
        e.path = QRegularExpression(u"^"_s + QLatin1String(m.pattern) + u"$"_s);
        e.queryKey = m.queryKey ? QLatin1String(m.queryKey) : QString();
        e.queryValue = m.queryValue ? QLatin1String(m.queryValue) : QString();
        e.body = file.readAll();
        e.file = QLatin1String(m.file);
        m_entries.push_back(std::move(e));
    }
    return true;
}

std::optional<Response> FixtureStore::respond(const Request &request) const
{
    for (const Entry &e : m_entries) {
        if (!e.path.match(request.path).hasMatch())
            continue;
        if (!e.queryKey.isEmpty()) {
            const QString value = request.param(e.queryKey);
            if (value != e.queryValue)
                continue;
        }
        Response r;
        r.body = e.body;
        r.setHeader("X-Devserver-Fixture", e.file.toUtf8());
        return r;
    }
    return std::nullopt;
}

QStringList FixtureStore::routes() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.path.pattern() + u" -> "_s + e.file;
    return out;
}

} // namespace devserver
