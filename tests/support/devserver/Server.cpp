#include "Server.h"

#include "ErrorBodies.h"
#include "FixtureStore.h"
#include "Gzip.h"
#include "ResponseWriter.h"

#include <QFile>
#include <QHttpServerRequest>
#include <QLocale>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;
constexpr qsizetype kGzipMinLength = 1000; // nginx gzip_min_length in Discourse's template

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// What Discourse sends to a browser: the Ember app shell. A client that follows a
// more_topics_url without adding ".json" (or an Accept header) gets this, as on the real site.
Response appShell()
{
    return Response::html("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\">"
                          "<title>DHIS2 Community of Practice</title>"
                          "<meta name=\"discourse_theme_id\" content=\"2\"></head>\n"
                          "<body><noscript>This site needs JavaScript.</noscript>"
                          "<section id=\"main\"></section></body>\n</html>\n");
}

bool isTextual(const QByteArray &contentType)
{
    return contentType.startsWith("application/json") || contentType.startsWith("text/");
}

} // namespace

Server::Server(Forum forum, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_forum(std::move(forum))
{
    addSiteRoutes(m_router);
    addListRoutes(m_router);
    addTopicRoutes(m_router);
    addPostRoutes(m_router);
    addUserApiKeyRoutes(m_router);
    addControlRoutes(m_controlRouter);
    m_log.setCapacity(m_settings.requestLogCapacity);
    m_uptime.start();
}

Server::~Server() = default;

bool Server::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // QAbstractHttpServer::listen() would pick QSslServer itself, but says nothing on failure;
    // binding our own server keeps the error.
    QTcpServer *tcp = nullptr;
    if (m_tls) {
        auto *ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_sslConfiguration);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(this);
    }
    if (!tcp->listen(address, port)) {
        if (error)
            *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                             .arg(port)
                             .arg(tcp->errorString());
        delete tcp;
        return false;
    }
    bind(tcp);
    m_port = tcp->serverPort();
    return true;
}

bool Server::useTls(const QString &certificatePem, const QString &privateKeyPem, QString *error)
{
    QFile certFile(certificatePem);
    QFile keyFile(privateKeyPem);
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"cannot read the TLS certificate or key file"_s;
        return false;
    }
    const QSslCertificate cert(&certFile, QSsl::Pem);
    QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    if (key.isNull()) {
        keyFile.seek(0);
        key = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
    }
    if (cert.isNull() || key.isNull()) {
        if (error)
            *error = u"the TLS certificate or key is not valid PEM"_s;
        return false;
    }
    m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    m_sslConfiguration.setLocalCertificate(cert);
    m_sslConfiguration.setPrivateKey(key);
    m_tls = true;
    return true;
}

QUrl Server::baseUrl() const
{
    return QUrl(u"%1://127.0.0.1:%2"_s.arg(m_tls ? u"https"_s : u"http"_s).arg(m_port));
}

bool Server::setFixturesDirectory(const QString &dir, QString *error)
{
    auto store = std::make_unique<FixtureStore>();
    if (!store->load(dir, error))
        return false;
    m_fixtures = std::move(store);
    return true;
}

void Server::resetCounters()
{
    m_limiter.clear();
    m_recentPostHashes.clear();
    m_log.clear();
}

const User *Server::browserUser() const
{
    if (!m_settings.browserLoggedIn)
        return nullptr;
    if (m_settings.browserUsername.isEmpty())
        return m_forum.user(1);
    return m_forum.userByName(m_settings.browserUsername);
}

void Server::missingHandler(const QHttpServerRequest &, QTcpSocket *)
{
    // handleRequest answers everything.
}

bool Server::handleRequest(const QHttpServerRequest &qtRequest, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    Request request;
    request.method = methodName(qtRequest.method());
    const QUrl url = qtRequest.url();
    request.path = url.path(QUrl::FullyDecoded);
    request.rawQuery = url.query(QUrl::FullyEncoded);
    request.headers = qtRequest.headers();
    request.body = qtRequest.body();
    request.peer = qtRequest.remoteAddress();

    RequestRecord record;
    record.startedAtMs = m_clock.nowMs();
    record.method = request.method;
    record.path = request.path;
    record.query = url.query(QUrl::FullyDecoded);
    record.peer = request.peer.toString();
    RequestRecord &logged = m_log.append(record);
    const quint64 seq = logged.seq;

    QString paramError;
    Principal principal;
    FaultEffects effects;
    Response response;
    if (!request.parseParams(request.rawQuery.toUtf8(), &paramError)) {
        response = errors::badRequest(paramError);
    } else if (request.path.startsWith(u"/__devserver/")) {
        response =
                m_controlEnabled ? route(request, principal, m_controlRouter) : errors::notFound();
    } else {
        effects = m_faults.match(request.method, request.path);
        if (const FaultRule *f = effects.find(FaultKind::Status)) {
            response = f->value == 500 ? errors::internalError() : errors::nginxError(f->value);
        } else if (const FaultRule *s = effects.find(FaultKind::Storm)) {
            response = errors::rateLimited(s->value, "user_api_key_limiter_60_secs");
        } else if (effects.find(FaultKind::Html200)) {
            response = errors::captivePortalPage();
        } else if (const FaultRule *after = effects.find(FaultKind::StatusAfter)) {
            // The app did the work; what reaches the client is an error page instead.
            process(request, principal, logged);
            response = after->value == 500 ? errors::internalError()
                                           : errors::nginxError(after->value);
        } else {
            response = process(request, principal, logged);
        }
    }
    if (RequestRecord *r = m_log.find(seq)) {
        r->auth = principal.authName();
        r->keyId = principal.keyId;
        r->username = principal.user ? principal.user->username : QString();
        r->fault = effects.describe();
        r->status = response.status;
        r->durationMs = timer.elapsed();
    }
    send(socket, request, std::move(response), effects, seq);
    return true;
}

Response Server::process(Request &request, Principal &principal, RequestRecord &)
{
    const std::optional<Response> authError = authenticate(request, principal);
    if (m_settings.limits.enabled) {
        if (auto limited = limitPerIp(request, principal))
            return *limited;
    }
    if (authError)
        return *authError;
    if (m_settings.limits.enabled) {
        if (auto limited = limitPerKey(request, principal))
            return *limited;
    }
    if (m_fixtures && request.method == "GET") {
        if (std::optional<Response> fixture = m_fixtures->respond(request))
            return *fixture;
    }
    return route(request, principal, m_router);
}

std::optional<Response> Server::authenticate(const Request &request, Principal &principal)
{
    const QByteArray userKey = request.header("User-Api-Key");
    const QByteArray adminKey = request.header("Api-Key");
    if (!userKey.isEmpty()) {
        UserApiKeyRecord *key = m_auth.find(userKey);
        const User *user = key ? m_forum.user(key->userId) : nullptr;
        if (!key || key->revoked() || !user)
            return errors::invalidAccess();
        principal.kind = Principal::Kind::UserApiKey;
        principal.user = user;
        principal.keyId = key->id;
        key->lastUsedAtMs = m_clock.nowMs();
        const QString clientId = QString::fromUtf8(request.header("User-Api-Client-Id"));
        if (!clientId.isEmpty() && clientId != key->clientId)
            m_auth.moveToClient(key->id, clientId);
        const bool revokeSelf = request.method == "POST" && request.path == u"/user-api-key/revoke";
        if (!revokeSelf && !scopesAllow(key->scopes, request.method, request.path))
            return errors::invalidAccess();
        return std::nullopt;
    }
    if (!adminKey.isEmpty()) {
        if (!m_auth.isAdminApiKey(adminKey))
            return errors::invalidApiCredentials();
        principal.kind = Principal::Kind::AdminApiKey;
        const QString username = QString::fromUtf8(request.header("Api-Username"));
        bool idOk = false;
        const int userId = request.header("Api-User-Id").toInt(&idOk);
        // Without Api-Username an all-users key acts as the first admin (Discourse: system).
        principal.user = idOk                 ? m_forum.user(userId)
                         : username.isEmpty() ? m_forum.user(1)
                                              : m_forum.userByName(username);
        if (!principal.user)
            return errors::invalidApiCredentials();
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<Response> Server::limitPerIp(const Request &request, const Principal &principal)
{
    if (principal.kind == Principal::Kind::AdminApiKey)
        return std::nullopt; // Discourse rolls the IP limiters back for admin API requests
    const RateLimitSettings &l = m_settings.limits;
    const QByteArray ip = request.peer.toString().toUtf8();
    const qint64 now = m_clock.nowMs();
    const auto tenSeconds = m_limiter.peek("ip10:" + ip, l.ipPer10Seconds, 10'000, now);
    if (!tenSeconds.allowed)
        return errors::ipRateLimited(tenSeconds.retryAfterSeconds, "ip_10_secs_limit");
    const auto minute = m_limiter.peek("ip60:" + ip, l.ipPerMinute, kMinuteMs, now);
    if (!minute.allowed)
        return errors::ipRateLimited(minute.retryAfterSeconds, "ip_60_secs_limit");
    m_limiter.hit("ip10:" + ip, l.ipPer10Seconds, 10'000, now);
    m_limiter.hit("ip60:" + ip, l.ipPerMinute, kMinuteMs, now);
    return std::nullopt;
}

std::optional<Response> Server::limitPerKey(const Request &, const Principal &principal)
{
    const RateLimitSettings &l = m_settings.limits;
    const qint64 now = m_clock.nowMs();
    if (principal.kind == Principal::Kind::UserApiKey) {
        const QByteArray id = QByteArray::number(principal.keyId);
        const auto day = m_limiter.peek("uak_day:" + id, l.userApiPerDay, kDayMs, now);
        if (!day.allowed)
            return errors::rateLimited(day.retryAfterSeconds, "user_api_key_limiter_1_day");
        const auto minute = m_limiter.hit("uak_min:" + id, l.userApiPerMinute, kMinuteMs, now);
        if (!minute.allowed)
            return errors::rateLimited(minute.retryAfterSeconds, "user_api_key_limiter_60_secs");
        m_limiter.hit("uak_day:" + id, l.userApiPerDay, kDayMs, now);
    } else if (principal.kind == Principal::Kind::AdminApiKey) {
        // One bucket for every admin key together ("admin_api_min").
        const auto minute = m_limiter.hit("admin_api_min", l.adminApiPerMinute, kMinuteMs, now);
        if (!minute.allowed)
            return errors::rateLimited(minute.retryAfterSeconds, "admin_api_key_rate_limit");
    }
    return std::nullopt;
}

Response Server::route(const Request &request, const Principal &principal, const Router &router)
{
    QRegularExpressionMatch match;
    const Router::Route *found = router.find(request.method, request.path, &match);
    if (!found && (request.method == "GET" || request.method == "HEAD") &&
        !request.path.endsWith(u".json")) {
        if (router.find(request.method, request.path + u".json"_s, &match)) {
            if (!request.acceptsJson())
                return appShell();
            found = router.find(request.method, request.path + u".json"_s, &match);
        }
    }
    if (!found)
        return errors::notFound();
    RouteContext context{*this, m_forum, request, principal, match};
    Response response = found->handler(context);
    if (request.method == "HEAD")
        response.headOnly = true;
    return response;
}

void Server::send(QTcpSocket *socket, const Request &request, Response response,
                  const FaultEffects &effects, quint64 seq)
{
    QByteArray body = std::move(response.body);
    if (const FaultRule *t = effects.find(FaultKind::Truncate))
        body.truncate(t->value > 0 ? std::min<qsizetype>(t->value, body.size()) : body.size() / 2);
    if (effects.find(FaultKind::InvalidJson)) {
        // A proxy or a crashed worker mangling the body: still 200, no longer JSON.
        body = body.isEmpty() ? QByteArrayLiteral("{") : body.left(body.size() - 1) + ",]";
    }
    bool gzipped = false;
    if (request.acceptsGzip() && body.size() >= kGzipMinLength && isTextual(response.contentType)) {
        body = gzipCompress(body);
        gzipped = true;
        response.setHeader("Content-Encoding", "gzip");
    }
    if (isTextual(response.contentType))
        response.setHeader("Vary", "Accept-Encoding");
    const bool keepAlive = request.keepAlive();

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\n";
    head += "Server: nginx\r\n";
    head += "Date: " +
            QLocale::c()
                    .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                    .toLatin1() +
            "\r\n";
    if (!response.contentType.isEmpty())
        head += "Content-Type: " + response.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (response.contentType.startsWith("application/json"))
        head += "Cache-Control: no-cache, no-store\r\n";
    for (const auto &h : response.headers)
        head += h.first + ": " + h.second + "\r\n";
    head += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    head += "\r\n";
    if (response.headOnly)
        body.clear();

    WritePlan plan;
    plan.keepAlive = keepAlive;
    for (const FaultRule &f : effects.applied) {
        switch (f.kind) {
        case FaultKind::Latency:
            plan.latencyMs += f.value;
            break;
        case FaultKind::Bandwidth:
            plan.bytesPerSecond = f.value;
            break;
        case FaultKind::Cut:
            plan.cutAfterBodyBytes = f.value;
            break;
        case FaultKind::Drip:
            plan.dripBytes = f.value;
            plan.dripIntervalMs = f.value2;
            break;
        case FaultKind::Lost:
            plan.lost = true;
            break;
        case FaultKind::Stall:
            plan.stall = true;
            break;
        default:
            break;
        }
    }
    if (RequestRecord *r = m_log.find(seq)) {
        r->bodyBytes = body.size();
        r->gzip = gzipped;
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 startedDuration = m_log.find(seq) ? m_log.find(seq)->durationMs : 0;
    QPointer<Server> self(this);
    ResponseWriter::start(socket, std::move(head), std::move(body), plan,
                          [self, seq, timer, startedDuration](qint64 written, bool complete) {
                              if (Server *server = self.data())
                                  server->finishRecord(seq, written, complete,
                                                       startedDuration + timer.elapsed());
                          });
}

void Server::finishRecord(quint64 seq, qint64 bytesSent, bool complete, qint64 durationMs)
{
    RequestRecord *r = m_log.find(seq);
    if (!r)
        return; // already dropped from a full log
    r->bytesSent = bytesSent;
    r->complete = complete;
    r->durationMs = durationMs;
    if (m_settings.logToStderr) {
        std::fprintf(stderr, "%s\n", qPrintable(RequestLog::formatLine(*r)));
        std::fflush(stderr);
    }
    emit requestFinished(*r);
}

} // namespace devserver
