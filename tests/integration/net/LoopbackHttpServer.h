#pragma once

#include "ServerThread.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QUrl>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace outpost::test {

// What a LoopbackHttpServer received, copied out of the server thread.
struct ReceivedRequest
{
    QByteArray method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // First value of a header (case-insensitive), or nullopt when it was not sent.
    std::optional<QByteArray> header(QByteArrayView name) const;
};

// A real HTTP/1.1 server (Qt HttpServer) on 127.0.0.1 with a port of its own, running in its own
// thread. Every request goes to `handler`, on the server thread.
class LoopbackHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &request,
                                       QHttpServerResponder &&responder)>;
    struct Tls
    {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };

    explicit LoopbackHttpServer(Handler handler, std::optional<Tls> tls = std::nullopt);
    ~LoopbackHttpServer();

    quint16 port() const { return m_port; }
    // http(s)://127.0.0.1:<port><pathAndQuery>
    QUrl url(const QString &pathAndQuery) const;

    std::vector<ReceivedRequest> requests() const;
    // TCP connections accepted so far (plain HTTP only).
    int connectionCount() const { return m_connections.load(); }

private:
    class Server;
    ServerThread m_thread;
    Server *m_server = nullptr;
    quint16 m_port = 0;
    bool m_tls = false;
    Handler m_handler;
    mutable std::mutex m_mutex;
    std::vector<ReceivedRequest> m_requests;
    std::atomic<int> m_connections{0};
};

} // namespace outpost::test
