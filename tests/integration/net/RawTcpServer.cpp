#include "RawTcpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace outpost::test {

namespace {

// Length of the first complete request in `buffer`, or -1 if it is not complete yet.
qsizetype completeRequestLength(const QByteArray &buffer)
{
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return -1;
    qint64 contentLength = 0;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    const qsizetype total = headerEnd + 4 + contentLength;
    return buffer.size() >= total ? total : -1;
}

} // namespace

QByteArray rawHttpResponse(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\n" + extraHeaders +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

RawTcpServer::RawTcpServer(Script script)
    : m_script(std::move(script))
{
    m_thread.runBlocking([this] {
        m_server = new QTcpServer;
        QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this] { accept(); });
        if (m_server->listen(QHostAddress::LocalHost, 0))
            m_port = m_server->serverPort();
    });
}

RawTcpServer::~RawTcpServer()
{
    m_thread.runBlocking([this] { delete m_server; });
}

QUrl RawTcpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(pathAndQuery));
}

std::vector<QByteArray> RawTcpServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

void RawTcpServer::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(m_server);
        auto buffer = std::make_shared<QByteArray>();
        auto silenced = std::make_shared<bool>(false);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
            const QByteArray data = socket->readAll();
            m_bytesReceived += data.size();
            if (*silenced)
                return;
            buffer->append(data);
            for (qsizetype length = completeRequestLength(*buffer); length > 0;
                 length = completeRequestLength(*buffer)) {
                const QByteArray request = buffer->left(length);
                buffer->remove(0, length);
                {
                    std::lock_guard lock(m_mutex);
                    m_requests.push_back(request);
                }
                const Reply reply = m_script(request);
                m_bytesSent += socket->write(reply.bytes);
                socket->flush();
                if (reply.then == Reply::Then::Close) {
                    socket->disconnectFromHost();
                    return;
                }
                if (reply.then == Reply::Then::Silence) {
                    *silenced = true;
                    return;
                }
            }
        });
    }
}

} // namespace outpost::test
