#include "ServerThread.h"

namespace devserver {

ServerThread::ServerThread(Config config)
    : m_config(std::move(config))
{
    m_thread.setObjectName(QStringLiteral("devserver"));
}

ServerThread::~ServerThread()
{
    stop();
}

bool ServerThread::start(QString *error)
{
    if (m_server)
        return true;
    m_anchor = new QObject;
    m_anchor->moveToThread(&m_thread);
    m_thread.start();
    bool ok = false;
    QMetaObject::invokeMethod(
            m_anchor,
            [&] {
                m_server = new Server(Forum::generate(m_config.spec));
                m_server->settings() = m_config.settings;
                m_server->setControlEnabled(m_config.control);
                m_server->auth().setAdminApiKey(m_config.adminApiKey);
                if (!m_config.fixturesDir.isEmpty() &&
                    !m_server->setFixturesDirectory(m_config.fixturesDir, error))
                    return;
                if (!m_config.tlsCertificate.isEmpty() &&
                    !m_server->useTls(m_config.tlsCertificate, m_config.tlsKey, error))
                    return;
                ok = m_server->listen(m_config.address, m_config.port, error);
                m_port = m_server->port();
                m_baseUrl = m_server->baseUrl();
            },
            Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void ServerThread::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(
            m_anchor,
            [this] {
                delete m_server;
                m_server = nullptr;
                delete m_anchor;
                m_anchor = nullptr;
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace devserver
