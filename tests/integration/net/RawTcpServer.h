#pragma once

#include "ServerThread.h"

#include <QByteArray>
#include <QUrl>

#include <atomic>
#include <functional>
#include <mutex>
#include <vector>

class QTcpServer;

namespace outpost::test {

// A scripted TCP server on 127.0.0.1 speaking raw bytes, for what a well-behaved HTTP server
// cannot do: count every byte on the wire, stall after the headers, cut a body short, never
// finish a TLS handshake, play a forward proxy. Runs in its own thread.
class RawTcpServer
{
public:
    struct Reply
    {
        enum class Then
        {
            KeepOpen, // wait for the next request on this connection
            Close,    // close after writing
            Silence,  // keep the connection open and never write again
        };
        QByteArray bytes;
        Then then = Then::KeepOpen;
    };
    // Called with each complete request (headers, and a body as long as Content-Length says).
    using Script = std::function<Reply(const QByteArray &request)>;

    explicit RawTcpServer(Script script);
    ~RawTcpServer();

    quint16 port() const { return m_port; }
    QUrl url(const QString &pathAndQuery) const;

    std::vector<QByteArray> requests() const;
    qint64 bytesReceived() const { return m_bytesReceived.load(); }
    qint64 bytesSent() const { return m_bytesSent.load(); }
    int connectionCount() const { return m_connections.load(); }

private:
    void accept();

    ServerThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_port = 0;
    Script m_script;
    mutable std::mutex m_mutex;
    std::vector<QByteArray> m_requests;
    std::atomic<qint64> m_bytesReceived{0};
    std::atomic<qint64> m_bytesSent{0};
    std::atomic<int> m_connections{0};
};

// "HTTP/1.1 <status> X\r\n<headers>Content-Length: n\r\n\r\n<body>"
QByteArray rawHttpResponse(int status, const QByteArray &body, const QByteArray &extraHeaders = {});

} // namespace outpost::test
