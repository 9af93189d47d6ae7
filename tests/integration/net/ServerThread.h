#pragma once

#include <QObject>
#include <QThread>

#include <functional>

namespace outpost::test {

// A thread with an event loop for a test server, so that the test's own thread can block in
// CurlTransport::poll() while the server answers. Work is run on it synchronously.
class ServerThread
{
public:
    ServerThread();
    ~ServerThread();
    ServerThread(const ServerThread &) = delete;
    ServerThread &operator=(const ServerThread &) = delete;

    // Runs `work` on the server thread and waits for it.
    void runBlocking(const std::function<void()> &work);
    QObject *context() const { return m_context; }

private:
    QThread m_thread;
    QObject *m_context;
};

} // namespace outpost::test
