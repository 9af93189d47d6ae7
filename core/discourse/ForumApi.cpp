#include "ForumApi.h"

#include <QDebug>

namespace outpost::discourse {

namespace {

constexpr int likeActionType = 2; // post_action_types: 2 = like

// Percent-encodes UTF-8; only ALPHA / DIGIT / "-" / "." / "_" / "~" stay as they are.
QByteArray percentEncoded(QStringView text)
{
    return QUrl::toPercentEncoding(text.toString());
}

QByteArray formEncoded(QStringView text)
{
    QByteArray encoded = percentEncoded(text);
    encoded.replace("%20", "+");
    return encoded;
}

QString pathSegment(const QString &segment)
{
    return QString::fromLatin1(percentEncoded(segment));
}

QLatin1StringView periodName(TopPeriod period)
{
    switch (period) {
    case TopPeriod::All:
        return QLatin1StringView("all");
    case TopPeriod::Yearly:
        return QLatin1StringView("yearly");
    case TopPeriod::Quarterly:
        return QLatin1StringView("quarterly");
    case TopPeriod::Monthly:
        return QLatin1StringView("monthly");
    case TopPeriod::Weekly:
        return QLatin1StringView("weekly");
    case TopPeriod::Daily:
        break;
    }
    return QLatin1StringView("daily");
}

} // namespace

QDebug operator<<(QDebug debug, const Credentials &credentials)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Credentials(";
    switch (credentials.kind) {
    case Credentials::None:
        debug << "None";
        break;
    case Credentials::UserApiKey:
        debug << "UserApiKey, key=<redacted>, clientId=" << credentials.clientId;
        break;
    case Credentials::AdminApiKey:
        debug << "AdminApiKey, key=<redacted>, apiUsername=" << credentials.apiUsername;
        break;
    }
    debug << ')';
    return debug;
}

FormBody &FormBody::add(QByteArrayView name, QStringView value)
{
    if (!m_encoded.isEmpty())
        m_encoded += '&';
    m_encoded += formEncoded(QString::fromLatin1(name));
    m_encoded += '=';
    m_encoded += formEncoded(value);
    return *this;
}

FormBody &FormBody::add(QByteArrayView name, qint64 value)
{
    return add(name, QString::number(value));
}

ForumApi::ForumApi(const QUrl &baseUrl, Credentials credentials)
    : m_credentials(std::move(credentials))
{
    const QString scheme = baseUrl.scheme().toLower();
    m_valid = baseUrl.isValid() && !baseUrl.host().isEmpty() &&
              (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https"));
    m_base.setScheme(scheme);
    m_base.setHost(baseUrl.host());
    m_base.setPort(baseUrl.port());
    QString path = baseUrl.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    m_basePath = path;
    m_base.setPath(m_basePath, QUrl::TolerantMode);
}

QUrl ForumApi::urlFor(const QString &encodedPath, const QString &encodedQuery) const
{
    QUrl url = m_base;
    url.setPath(m_basePath + encodedPath, QUrl::TolerantMode);
    if (!encodedQuery.isEmpty())
        url.setQuery(encodedQuery, QUrl::TolerantMode);
    return url;
}

net::HttpRequest ForumApi::request(const QByteArray &method, QUrl url,
                                   const QByteArray &accept) const
{
    net::HttpRequest r;
    r.method = method;
    r.url = std::move(url);
    r.headers.append({QByteArrayLiteral("Accept"), accept});
    switch (m_credentials.kind) {
    case Credentials::None:
        break;
    case Credentials::UserApiKey:
        r.credentials.append({QByteArrayLiteral("User-Api-Key"), m_credentials.key});
        if (!m_credentials.clientId.isEmpty())
            r.credentials.append({QByteArrayLiteral("User-Api-Client-Id"), m_credentials.clientId});
        break;
    case Credentials::AdminApiKey:
        r.credentials.append({QByteArrayLiteral("Api-Key"), m_credentials.key});
        if (!m_credentials.apiUsername.isEmpty())
            r.credentials.append({QByteArrayLiteral("Api-Username"), m_credentials.apiUsername});
        break;
    }
    return r;
}

net::HttpRequest ForumApi::get(const QString &encodedPath, const Query &query,
                               const QByteArray &accept) const
{
    QString encodedQuery;
    for (const auto &[name, value] : query) {
        if (!encodedQuery.isEmpty())
            encodedQuery += u'&';
        encodedQuery += QString::fromLatin1(percentEncoded(QString::fromLatin1(name)));
        encodedQuery += u'=';
        encodedQuery += QString::fromLatin1(percentEncoded(value));
    }
    return request(QByteArrayLiteral("GET"), urlFor(encodedPath, encodedQuery), accept);
}

net::HttpRequest ForumApi::withBody(const QByteArray &method, const QString &encodedPath,
                                    const FormBody &body) const
{
    net::HttpRequest r =
            request(method, urlFor(encodedPath, {}), QByteArrayLiteral("application/json"));
    r.body = body.encoded();
    r.contentType = QByteArrayLiteral("application/x-www-form-urlencoded; charset=UTF-8");
    return r;
}

net::HttpRequest ForumApi::site() const
{
    return get(QStringLiteral("/site.json"));
}

net::HttpRequest ForumApi::categories() const
{
    return get(QStringLiteral("/categories.json"),
               {{"include_subcategories", QStringLiteral("true")}});
}

net::HttpRequest ForumApi::currentSession() const
{
    return get(QStringLiteral("/session/current.json"));
}

net::HttpRequest ForumApi::latest(int page, std::optional<int> perPage) const
{
    Query query;
    if (page > 0)
        query.append({"page", QString::number(page)});
    if (perPage)
        query.append({"per_page", QString::number(*perPage)});
    return get(QStringLiteral("/latest.json"), query);
}

net::HttpRequest ForumApi::categoryLatest(const QString &slug, qint64 categoryId, int page,
                                          std::optional<int> perPage) const
{
    Query query;
    if (page > 0)
        query.append({"page", QString::number(page)});
    if (perPage)
        query.append({"per_page", QString::number(*perPage)});
    // Categories whose names have no Latin letters may have no slug; the id alone resolves.
    const QString path = slug.isEmpty() ? QStringLiteral("/c/%1/l/latest.json").arg(categoryId)
                                        : QStringLiteral("/c/%1/%2/l/latest.json")
                                                  .arg(pathSegment(slug))
                                                  .arg(categoryId);
    return get(path, query);
}

net::HttpRequest ForumApi::top(TopPeriod period, int page) const
{
    Query query{{"period", periodName(period)}};
    if (page > 0)
        query.append({"page", QString::number(page)});
    return get(QStringLiteral("/top.json"), query);
}

std::optional<net::HttpRequest> ForumApi::topicListPage(const QString &moreTopicsUrl) const
{
    const QString text = moreTopicsUrl.trimmed();
    if (text.isEmpty() || !m_valid)
        return std::nullopt;
    const QUrl given(text, QUrl::TolerantMode);
    if (!given.isValid())
        return std::nullopt;
    if (!given.host().isEmpty() || !given.scheme().isEmpty()) {
        // An absolute URL must stay on this forum: the request carries the credentials.
        const bool sameSite =
                given.host().compare(m_base.host(), Qt::CaseInsensitive) == 0 &&
                (given.scheme().isEmpty() || given.scheme().toLower() == m_base.scheme()) &&
                given.port(m_base.port()) == m_base.port();
        if (!sameSite)
            return std::nullopt;
    }
    QString path = given.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        return std::nullopt;
    if (!path.startsWith(u'/'))
        path.prepend(u'/');
    // Some versions include the subfolder, some do not.
    if (!m_basePath.isEmpty() &&
        (path == m_basePath || path.startsWith(m_basePath + QLatin1Char('/'))))
        path = path.mid(m_basePath.size());
    if (!path.endsWith(QLatin1StringView(".json")))
        path += QLatin1StringView(".json");
    return request(QByteArrayLiteral("GET"), urlFor(path, given.query(QUrl::FullyEncoded)),
                   QByteArrayLiteral("application/json"));
}

net::HttpRequest ForumApi::topic(qint64 topicId, bool includeRaw) const
{
    Query query;
    if (includeRaw)
        query.append({"include_raw", QStringLiteral("1")});
    return get(QStringLiteral("/t/%1.json").arg(topicId), query);
}

net::HttpRequest ForumApi::topicNear(qint64 topicId, int postNumber, bool includeRaw) const
{
    Query query;
    if (includeRaw)
        query.append({"include_raw", QStringLiteral("1")});
    return get(QStringLiteral("/t/%1/%2.json").arg(topicId).arg(postNumber), query);
}

net::HttpRequest ForumApi::topicByUser(qint64 topicId, const QString &username,
                                       bool includeRaw) const
{
    Query query{{"username_filters", username}};
    if (includeRaw)
        query.append({"include_raw", QStringLiteral("1")});
    return get(QStringLiteral("/t/%1.json").arg(topicId), query);
}

net::HttpRequest ForumApi::topicsCreatedBy(const QString &username, int page) const
{
    Query query;
    if (page > 0)
        query.append({"page", QString::number(page)});
    return get(QStringLiteral("/topics/created-by/%1.json").arg(pathSegment(username)), query);
}

net::HttpRequest ForumApi::topicPosts(qint64 topicId, const QList<qint64> &postIds,
                                      bool includeRaw) const
{
    Q_ASSERT_X(postIds.size() <= maxPostIdsPerRequest, "ForumApi::topicPosts",
               "batch the ids: at most maxPostIdsPerRequest per request");
    Query query;
    query.reserve(postIds.size() + 1);
    for (qint64 id : postIds)
        query.append({"post_ids[]", QString::number(id)});
    if (includeRaw)
        query.append({"include_raw", QStringLiteral("1")});
    return get(QStringLiteral("/t/%1/posts.json").arg(topicId), query);
}

net::HttpRequest ForumApi::latestPosts(std::optional<qint64> before) const
{
    Query query;
    if (before)
        query.append({"before", QString::number(*before)});
    return get(QStringLiteral("/posts.json"), query);
}

net::HttpRequest ForumApi::post(qint64 postId) const
{
    return get(QStringLiteral("/posts/%1.json").arg(postId));
}

net::HttpRequest ForumApi::raw(qint64 topicId, int postNumber) const
{
    return get(QStringLiteral("/raw/%1/%2").arg(topicId).arg(postNumber), {},
               QByteArrayLiteral("text/plain"));
}

net::HttpRequest ForumApi::createReply(qint64 topicId, const QString &raw,
                                       std::optional<int> replyToPostNumber) const
{
    FormBody body;
    body.add("topic_id", topicId).add("raw", raw);
    if (replyToPostNumber)
        body.add("reply_to_post_number", qint64(*replyToPostNumber));
    return withBody(QByteArrayLiteral("POST"), QStringLiteral("/posts.json"), body);
}

net::HttpRequest ForumApi::createTopic(const QString &title, const QString &raw,
                                       qint64 categoryId) const
{
    FormBody body;
    body.add("title", title).add("raw", raw).add("category", categoryId);
    return withBody(QByteArrayLiteral("POST"), QStringLiteral("/posts.json"), body);
}

net::HttpRequest ForumApi::editPost(qint64 postId, const QString &raw, const QString &editReason,
                                    const QString &originalText) const
{
    FormBody body;
    body.add("post[raw]", raw);
    if (!editReason.isEmpty())
        body.add("post[edit_reason]", editReason);
    if (!originalText.isEmpty())
        body.add("post[original_text]", originalText);
    return withBody(QByteArrayLiteral("PUT"), QStringLiteral("/posts/%1.json").arg(postId), body);
}

net::HttpRequest ForumApi::like(qint64 postId) const
{
    FormBody body;
    body.add("id", postId).add("post_action_type_id", qint64(likeActionType));
    return withBody(QByteArrayLiteral("POST"), QStringLiteral("/post_actions.json"), body);
}

net::HttpRequest ForumApi::search(const QString &query, int page) const
{
    Query params{{"q", query}};
    if (page > 1)
        params.append({"page", QString::number(page)});
    return get(QStringLiteral("/search.json"), params);
}

net::HttpRequest ForumApi::notifications(bool recentOnly, int limit, bool silent) const
{
    Query query;
    if (recentOnly) {
        query.append({"recent", QStringLiteral("true")});
        query.append({"limit", QString::number(std::clamp(limit, 1, 50))});
    }
    if (silent)
        query.append({"silent", QStringLiteral("true")});
    return get(QStringLiteral("/notifications.json"), query);
}

net::HttpRequest ForumApi::revokeUserApiKey() const
{
    return withBody(QByteArrayLiteral("POST"), QStringLiteral("/user-api-key/revoke"), FormBody());
}

} // namespace outpost::discourse
