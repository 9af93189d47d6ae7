#include "LoopbackHttpServer.h"

#include <QAbstractHttpServer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>

namespace outpost::test {

std::optional<QByteArray> ReceivedRequest::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return std::nullopt;
}

namespace {

class CountingTcpServer final : public QTcpServer
{
public:
    CountingTcpServer(std::atomic<int> &count, QObject *parent)
        : QTcpServer(parent)
        , m_count(count)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        ++m_count;
        QTcpServer::incomingConnection(handle);
    }

private:
    std::atomic<int> &m_count;
};

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    default:
        return "OTHER";
    }
}

} // namespace

class LoopbackHttpServer::Server final : public QAbstractHttpServer
{
public:
    explicit Server(LoopbackHttpServer &owner)
        : m_owner(owner)
    {}

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ReceivedRequest received;
        received.method = methodName(request.method());
        received.path = request.url().path();
        received.query = request.url().query();
        received.headers = request.headers();
        received.body = request.body();
        {
            std::lock_guard lock(m_owner.m_mutex);
            m_owner.m_requests.push_back(std::move(received));
        }
        m_owner.m_handler(request, makeResponder(request, socket));
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    LoopbackHttpServer &m_owner;
};

LoopbackHttpServer::LoopbackHttpServer(Handler handler, std::optional<Tls> tls)
    : m_tls(tls.has_value())
    , m_handler(std::move(handler))
{
    m_thread.runBlocking([this, tls] {
        m_server = new Server(*this);
        QTcpServer *listener = nullptr;
        if (tls) {
            auto *sslServer = new QSslServer(m_server);
            QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
            configuration.setLocalCertificate(QSslCertificate(tls->certificatePem, QSsl::Pem));
            configuration.setPrivateKey(QSslKey(tls->privateKeyPem, QSsl::Ec, QSsl::Pem));
            configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
            sslServer->setSslConfiguration(configuration);
            listener = sslServer;
        } else {
            listener = new CountingTcpServer(m_connections, m_server);
        }
        if (listener->listen(QHostAddress::LocalHost, 0)) {
            m_port = listener->serverPort();
            m_server->bind(listener);
        }
    });
}

LoopbackHttpServer::~LoopbackHttpServer()
{
    m_thread.runBlocking([this] { delete m_server; });
}

QUrl LoopbackHttpServer::url(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_port)
                        .arg(pathAndQuery));
}

std::vector<ReceivedRequest> LoopbackHttpServer::requests() const
{
    std::lock_guard lock(m_mutex);
    return m_requests;
}

} // namespace outpost::test
