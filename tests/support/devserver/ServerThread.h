#pragma once

#include "Forum.h"
#include "Server.h"
#include "Settings.h"

#include <QHostAddress>
#include <QThread>
#include <QUrl>

#include <memory>
#include <type_traits>

namespace devserver {

// Runs a Server on its own thread, for tests that use the devserver in-process.
//
// Why: a client under test often blocks its thread while a worker does the HTTP (libcurl in a
// job thread, a QEventLoop, a future.wait()). If the server shared that thread it could never
// answer and the test would deadlock. Here the server has its own event loop, and every call
// into it goes through invoke(), which runs the function on the server's thread and waits for
// the result, so forum mutations and control calls are race-free.
//
//     devserver::ServerThread server({.spec = spec, .adminApiKey = "k"});
//     QVERIFY2(server.start(&error), qPrintable(error));
//     const QUrl base = server.baseUrl();
//     int postId = server.invoke([](devserver::Server &s) {
//         return s.forum().createPost({2, 10, "A reply written by the test", 0,
//         s.clock().nowMs()});
//     });
//
// Never call invoke() from inside a function running on the server thread with a blocking
// wait on another thread that itself invokes: it runs directly when already on that thread.
class ServerThread
{
public:
    struct Config
    {
        GenerateSpec spec;
        ServerSettings settings;
        QByteArray adminApiKey;
        QHostAddress address = QHostAddress::LocalHost;
        quint16 port = 0;
        QString fixturesDir;
        QString tlsCertificate;
        QString tlsKey;
        bool control = true;
    };

    explicit ServerThread(Config config);
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    // Generates the forum and starts listening; returns when the port is open.
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const { return m_baseUrl; }

    template <typename F>
    auto invoke(F &&function) -> std::invoke_result_t<F, Server &>
    {
        using Result = std::invoke_result_t<F, Server &>;
        if (QThread::currentThread() == &m_thread)
            return function(*m_server);
        if constexpr (std::is_void_v<Result>) {
            QMetaObject::invokeMethod(
                    m_anchor, [&] { function(*m_server); }, Qt::BlockingQueuedConnection);
        } else {
            std::optional<Result> result;
            QMetaObject::invokeMethod(
                    m_anchor, [&] { result.emplace(function(*m_server)); },
                    Qt::BlockingQueuedConnection);
            return std::move(*result);
        }
    }

private:
    Config m_config;
    QThread m_thread;
    QObject *m_anchor = nullptr; // lives on m_thread; invoke() queues onto it
    Server *m_server = nullptr;  // lives on m_thread
    quint16 m_port = 0;
    QUrl m_baseUrl;
};

} // namespace devserver
