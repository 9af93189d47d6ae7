#pragma once

// Request builders for the Discourse REST API. A ForumApi knows the forum's base URL (which may
// include a subfolder, e.g. https://example.org/forum) and the credentials, and returns
// net::HttpRequest values ready for the transport. It performs no I/O.
//
// Secrets: the API key goes only into HttpRequest::credentials (never into a URL, a body or
// ordinary headers), so the transport can drop it on a cross-host redirect and loggers never
// see it.

#include "net/Http.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>
#include <utility>

class QDebug;

namespace outpost::discourse {

struct Credentials
{
    enum Kind
    {
        None,       // anonymous: public categories only
        UserApiKey, // "User-Api-Key" (+ "User-Api-Client-Id"): what people use
        AdminApiKey // "Api-Key" + "Api-Username": for tools run by the forum's admins
    };

    Kind kind = None;
    QByteArray key; // secret
    QByteArray clientId;
    QByteArray apiUsername;
};

// Prints the kind, the client id and the username; the key always as <redacted>.
QDebug operator<<(QDebug debug, const Credentials &credentials);

enum class TopPeriod
{
    All,
    Yearly,
    Quarterly,
    Monthly,
    Weekly,
    Daily,
};

// application/x-www-form-urlencoded as browsers send it: UTF-8, '+' for a space, every byte
// but ALPHA / DIGIT / "-" / "." / "_" / "~" percent-encoded (so '+', '&', '=', line breaks and
// any script survive the round trip).
class FormBody
{
public:
    FormBody &add(QByteArrayView name, QStringView value);
    FormBody &add(QByteArrayView name, qint64 value);
    QByteArray encoded() const { return m_encoded; }

private:
    QByteArray m_encoded;
};

class ForumApi
{
public:
    // /t/{id}/posts.json takes the ids in the query string; 50 ids of any size keep the URL
    // under 2 KB, far from the 8 KB many proxies allow (the brief in docs/discourse-api.md
    // §3.4 suggests <= 50).
    static constexpr int maxPostIdsPerRequest = 50;

    explicit ForumApi(const QUrl &baseUrl, Credentials credentials = {});

    // An http(s) URL with a host.
    bool isValid() const { return m_valid; }
    const QUrl &baseUrl() const { return m_base; }
    const Credentials &credentials() const { return m_credentials; }

    net::HttpRequest site() const;
    net::HttpRequest categories() const; // with subcategories
    net::HttpRequest currentSession() const;

    // Topic lists. `page` counts from 0; per_page is sent only when given (1..100; the server
    // may ignore it: check TopicListPage::perPage).
    net::HttpRequest latest(int page = 0, std::optional<int> perPage = std::nullopt) const;
    net::HttpRequest categoryLatest(const QString &slug, qint64 categoryId, int page = 0,
                                    std::optional<int> perPage = std::nullopt) const;
    net::HttpRequest top(TopPeriod period, int page = 0) const;
    // The next page of a topic list from its more_topics_url (relative, without ".json",
    // with or without the subfolder). Nothing if it points at another site or is empty.
    std::optional<net::HttpRequest> topicListPage(const QString &moreTopicsUrl) const;

    // Topics and posts. include_raw is sent only when asked (any value turns it on).
    net::HttpRequest topic(qint64 topicId, bool includeRaw = false) const;
    net::HttpRequest topicNear(qint64 topicId, int postNumber, bool includeRaw = false) const;
    // /t/{id}.json?username_filters=NAME: the topic with only the first post and NAME's posts
    // (the stream lists all of those; the chunk holds the first 20).
    net::HttpRequest topicByUser(qint64 topicId, const QString &username,
                                 bool includeRaw = false) const;
    // /topics/created-by/{username}.json: the topics a user created, most recently bumped
    // first, 30 a page (page counts from 0).
    net::HttpRequest topicsCreatedBy(const QString &username, int page = 0) const;
    // At most maxPostIdsPerRequest ids: the caller batches (Q_ASSERT in debug builds).
    net::HttpRequest topicPosts(qint64 topicId, const QList<qint64> &postIds,
                                bool includeRaw = false) const;
    // /posts.json: the newest public posts; with `before`, those with ids below it.
    net::HttpRequest latestPosts(std::optional<qint64> before = std::nullopt) const;
    net::HttpRequest post(qint64 postId) const;
    // /raw/{topic}/{post_number}: the Markdown source as text/plain.
    net::HttpRequest raw(qint64 topicId, int postNumber) const;

    // Writing.
    net::HttpRequest createReply(qint64 topicId, const QString &raw,
                                 std::optional<int> replyToPostNumber = std::nullopt) const;
    net::HttpRequest createTopic(const QString &title, const QString &raw, qint64 categoryId) const;
    // originalText: the text the edit started from; the forum refuses the edit with 409 when
    // the post no longer has it (someone else edited it meanwhile).
    net::HttpRequest editPost(qint64 postId, const QString &raw, const QString &editReason = {},
                              const QString &originalText = {}) const;
    net::HttpRequest like(qint64 postId) const;

    // Search (page counts from 1, at most 10 on the server).
    net::HttpRequest search(const QString &query, int page = 1) const;
    // Notifications. `silent` keeps the forum's "seen" marker where it is, so a background
    // sync does not hide them from the person's browser.
    net::HttpRequest notifications(bool recentOnly = true, int limit = 30,
                                   bool silent = true) const;

    // Revokes the user API key the request is signed with.
    net::HttpRequest revokeUserApiKey() const;

private:
    using Query = QList<std::pair<QByteArray, QString>>;

    net::HttpRequest get(const QString &encodedPath, const Query &query = {},
                         const QByteArray &accept = QByteArrayLiteral("application/json")) const;
    net::HttpRequest withBody(const QByteArray &method, const QString &encodedPath,
                              const FormBody &body) const;
    net::HttpRequest request(const QByteArray &method, QUrl url, const QByteArray &accept) const;
    QUrl urlFor(const QString &encodedPath, const QString &encodedQuery) const;

    QUrl m_base;
    QString m_basePath; // "" or "/forum", no trailing slash
    Credentials m_credentials;
    bool m_valid = false;
};

} // namespace outpost::discourse
