#pragma once

#include "ForumTypes.h"
#include "HttpTypes.h"

#include <QRegularExpression>

#include <functional>
#include <vector>

namespace devserver {

class Forum;
class Server;

// Who made a request, once its credentials have been checked.
struct Principal
{
    enum class Kind
    {
        Anonymous,
        UserApiKey,
        AdminApiKey,
    };
    Kind kind = Kind::Anonymous;
    const User *user = nullptr;
    int keyId = 0;

    Viewer viewer() const { return Viewer{user}; }
    QString authName() const;
};

struct RouteContext
{
    Server &server;
    Forum &forum;
    const Request &request;
    const Principal &principal;
    QRegularExpressionMatch match;

    Viewer viewer() const { return principal.viewer(); }
    int intCapture(int n) const { return match.captured(n).toInt(); }
    qint64 now() const;
};

using RouteHandler = std::function<Response(RouteContext &)>;

// Matches method + path to a handler. Routing, not HTTP parsing: Qt's HTTP server has already
// parsed the request. A route marked json answers with Discourse's HTML app shell when the
// client neither used ".json" nor asked for JSON, as the real site does.
class Router
{
public:
    struct Route
    {
        QByteArray method;
        QRegularExpression pattern;
        RouteHandler handler;
    };

    void add(const QByteArray &method, const QString &pattern, RouteHandler handler);
    const Route *find(const QByteArray &method, const QString &path,
                      QRegularExpressionMatch *match) const;
    bool matchesAnyMethod(const QString &path) const;

private:
    std::vector<Route> m_routes;
};

// Route tables, one per resource (Routes*.cpp).
void addSiteRoutes(Router &router);
void addListRoutes(Router &router);
void addTopicRoutes(Router &router);
void addPostRoutes(Router &router);
void addUserApiKeyRoutes(Router &router);
void addControlRoutes(Router &router);

} // namespace devserver
