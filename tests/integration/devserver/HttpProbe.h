#pragma once

// A deliberately small, blocking HTTP/1.1 client over a real socket, for checking what the
// devserver and the link simulator put on the wire byte for byte (cuts, drips, stalls, lost
// responses). Not a general client: one request at a time, Content-Length bodies only.
#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

struct ProbeResponse
{
    bool connected = false;
    bool gotHeaders = false;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 contentLength = -1;
    bool closedByServer = false; // the server closed the connection (FIN or reset)
    int bodyReads = 0;           // how many separate reads delivered the body
    qint64 firstByteMs = -1;
    qint64 elapsedMs = 0;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    bool complete() const { return gotHeaders && contentLength == body.size(); }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
};

class HttpProbe
{
public:
    explicit HttpProbe(quint16 port, bool tls = false)
        : m_port(port)
        , m_tls(tls)
    {}

    // Sends one request on the current connection (opening one if needed) and reads the
    // response. A read that sees nothing new for idleTimeoutMs gives up (for stalls).
    ProbeResponse request(const QByteArray &method, const QByteArray &path,
                          const QList<QPair<QByteArray, QByteArray>> &headers = {},
                          const QByteArray &body = {}, int idleTimeoutMs = 15000)
    {
        ProbeResponse r;
        QElapsedTimer timer;
        timer.start();
        if (!ensureConnected())
            return r;
        r.connected = true;
        QByteArray out = method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
        for (const auto &h : headers)
            out += h.first + ": " + h.second + "\r\n";
        if (!body.isEmpty() || method == "POST" || method == "PUT")
            out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
        out += "\r\n" + body;
        m_socket->write(out);
        m_socket->flush();

        QByteArray buffer;
        qsizetype headerEnd = -1;
        while (true) {
            if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(idleTimeoutMs)) {
                r.closedByServer = m_socket->state() != QAbstractSocket::ConnectedState;
                break;
            }
            const QByteArray chunk = m_socket->readAll();
            if (chunk.isEmpty())
                continue;
            if (r.firstByteMs < 0)
                r.firstByteMs = timer.elapsed();
            if (headerEnd >= 0)
                r.bodyReads += 1;
            buffer += chunk;
            if (headerEnd < 0) {
                headerEnd = buffer.indexOf("\r\n\r\n");
                if (headerEnd < 0)
                    continue;
                parseHead(buffer.left(headerEnd), r);
                buffer.remove(0, headerEnd + 4);
                if (!buffer.isEmpty())
                    r.bodyReads += 1;
                if (method == "HEAD")
                    r.contentLength = 0;
            }
            if (r.contentLength >= 0 && buffer.size() >= r.contentLength)
                break;
        }
        r.body = buffer;
        r.elapsedMs = timer.elapsed();
        if (r.closedByServer || r.header("Connection").toLower() == "close")
            m_socket.reset();
        return r;
    }

    // Waits up to ms for the server to send anything more; true if it did.
    bool moreDataWithin(int ms) { return m_socket && m_socket->waitForReadyRead(ms); }
    bool isOpen() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }
    void close() { m_socket.reset(); }
    int connectionsOpened() const { return m_opened; }

private:
    bool ensureConnected()
    {
        if (isOpen())
            return true;
        if (m_tls) {
            auto *ssl = new QSslSocket;
            ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
            m_socket.reset(ssl);
            if (!ssl->waitForEncrypted(10000))
                return false;
        } else {
            m_socket = std::make_unique<QTcpSocket>();
            m_socket->connectToHost(QStringLiteral("127.0.0.1"), m_port);
            if (!m_socket->waitForConnected(10000))
                return false;
        }
        ++m_opened;
        return true;
    }

    static void parseHead(const QByteArray &head, ProbeResponse &r)
    {
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        r.status = status.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
        }
        r.gotHeaders = true;
        bool ok = false;
        const qint64 length = r.header("Content-Length").toLongLong(&ok);
        r.contentLength = ok ? length : -1;
    }

    quint16 m_port;
    bool m_tls;
    std::unique_ptr<QTcpSocket> m_socket;
    int m_opened = 0;
};
