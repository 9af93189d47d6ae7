#include "Router.h"

#include "Server.h"

using namespace Qt::Literals::StringLiterals;

namespace devserver {

QString Principal::authName() const
{
    switch (kind) {
    case Kind::UserApiKey:
        return u"user_api_key"_s;
    case Kind::AdminApiKey:
        return u"api_key"_s;
    case Kind::Anonymous:
        break;
    }
    return u"anonymous"_s;
}

qint64 RouteContext::now() const
{
    return server.clock().nowMs();
}

void Router::add(const QByteArray &method, const QString &pattern, RouteHandler handler)
{
    m_routes.push_back({method, QRegularExpression(u'^' + pattern + u'$'), std::move(handler)});
    Q_ASSERT(m_routes.back().pattern.isValid());
}

const Router::Route *Router::find(const QByteArray &method, const QString &path,
                                  QRegularExpressionMatch *match) const
{
    const QByteArray effective = method == "HEAD" ? QByteArrayLiteral("GET") : method;
    for (const Route &r : m_routes) {
        if (r.method != effective && !(method == "HEAD" && r.method == "HEAD"))
            continue;
        QRegularExpressionMatch m = r.pattern.match(path);
        if (m.hasMatch()) {
            if (match)
                *match = m;
            return &r;
        }
    }
    return nullptr;
}

bool Router::matchesAnyMethod(const QString &path) const
{
    for (const Route &r : m_routes) {
        if (r.pattern.match(path).hasMatch())
            return true;
    }
    return false;
}

} // namespace devserver
