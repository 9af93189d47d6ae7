#pragma once

#include "Auth.h"
#include "FaultPlan.h"
#include "Forum.h"
#include "HttpTypes.h"
#include "RateLimiter.h"
#include "RequestLog.h"
#include "Router.h"
#include "Settings.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QSslConfiguration>
#include <QUrl>

#include <memory>

namespace devserver {

class FixtureStore;
struct WritePlan;

// The Discourse-compatible HTTP server. Qt's QAbstractHttpServer parses HTTP; this class
// routes, authenticates, rate-limits, injects faults and writes every response to the socket
// itself, so faults are byte-exact.
//
// Everything here lives on the thread the Server was created on and must be used from it. To
// drive a server from a test whose client blocks its own thread, run it in a ServerThread.
class Server : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Server(Forum forum, QObject *parent = nullptr);
    ~Server() override;

    // Port 0 picks a free one. Returns false (and why) when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    // Serve HTTPS with this PEM certificate and key; call before listen().
    bool useTls(const QString &certificatePem, const QString &privateKeyPem, QString *error);
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    Forum &forum() { return m_forum; }
    ServerSettings &settings() { return m_settings; }
    FaultPlan &faults() { return m_faults; }
    AuthStore &auth() { return m_auth; }
    RequestLog &requestLog() { return m_log; }
    Clock &clock() { return m_clock; }
    SlidingWindowLimiter &limiter() { return m_limiter; }
    // Serve the real fixture responses (tests/fixtures/discourse) for the routes they match.
    bool setFixturesDirectory(const QString &dir, QString *error);
    // The /__devserver/ control API: off unless enabled (--control, or ServerThread).
    void setControlEnabled(bool enabled) { m_controlEnabled = enabled; }
    bool controlEnabled() const { return m_controlEnabled; }
    // Forget rate-limit history, duplicate-post memory and the request log.
    void resetCounters();

    // The "logged-in browser user" for /user-api-key/new (ServerSettings::browserUsername,
    // default: the first user).
    const User *browserUser() const;
    // seen_notification_id per user, advanced by /notifications.json unless ?silent.
    QHash<int, int> &seenNotificationIds() { return m_seenNotificationIds; }

    // Post creation as POST /posts.json does it, with Discourse's validations and content rate
    // limits, for a given author. Used by the route and by tests.
    Response createPost(const User &author, const QMultiMap<QString, QString> &params,
                        bool skipLimits = false);
    Response updatePost(const User &editor, int postId, const QMultiMap<QString, QString> &params);

signals:
    // Emitted on the server thread when a request's response has been written (or abandoned).
    void requestFinished(const devserver::RequestRecord &record);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response process(Request &request, Principal &principal, RequestRecord &record);
    std::optional<Response> authenticate(const Request &request, Principal &principal);
    std::optional<Response> limitPerIp(const Request &request, const Principal &principal);
    std::optional<Response> limitPerKey(const Request &request, const Principal &principal);
    Response route(const Request &request, const Principal &principal, const Router &router);
    void send(QTcpSocket *socket, const Request &request, Response response,
              const FaultEffects &effects, quint64 seq);
    void finishRecord(quint64 seq, qint64 bytesSent, bool complete, qint64 durationMs);

    Forum m_forum;
    ServerSettings m_settings;
    FaultPlan m_faults;
    AuthStore m_auth;
    RequestLog m_log;
    Clock m_clock;
    SlidingWindowLimiter m_limiter;
    QHash<QByteArray, qint64> m_recentPostHashes; // unique_posts_mins memory
    QHash<int, int> m_pendingPostCounts;          // posts waiting in the review queue, per user
    int m_nextPendingPostId = 1;
    QHash<int, int> m_seenNotificationIds;
    Router m_router;
    Router m_controlRouter;
    std::unique_ptr<FixtureStore> m_fixtures;
    QElapsedTimer m_uptime;
    quint16 m_port = 0;
    bool m_tls = false;
    QSslConfiguration m_sslConfiguration;
    bool m_controlEnabled = false;

    friend class PostingRoutes;
};

} // namespace devserver
