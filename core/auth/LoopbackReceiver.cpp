#include "auth/LoopbackReceiver.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace outpost::auth {

namespace {

// A redirect with the payload is well under 2 KiB; anything far bigger is not a browser coming
// back from the forum.
constexpr qsizetype kMaxRequestBytes = 32 * 1024;
// A connection that sends no complete request head in this time is dropped, so a stuck or idle
// connection cannot hold the receiver.
constexpr std::chrono::seconds kConnectionTimeout{20};
constexpr std::chrono::minutes kDefaultTimeout{15};

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString LoopbackReceiver::defaultPath()
{
    return u"/outpost-auth"_s;
}

LoopbackReceiver::LoopbackReceiver(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
    , m_timeout(new QTimer(this))
{
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(kDefaultTimeout);
    connect(m_timeout, &QTimer::timeout, this, &LoopbackReceiver::timedOut);
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::acceptConnections);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen(quint16 port, const QString &path, QString *error)
{
    close();
    m_path = path.startsWith(u'/') ? path : u'/' + path;
    // QHostAddress::LocalHost is 127.0.0.1: the IPv4 loopback and nothing else.
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), port)) {
        if (error) {
            *error = port != 0 ? tr("Outpost could not wait for the forum on port %1 of this "
                                    "computer (%2). Another program may be using it.")
                                         .arg(port)
                                         .arg(m_server->errorString())
                               : tr("Outpost could not wait for the forum on this computer (%1).")
                                         .arg(m_server->errorString());
        }
        return false;
    }
    m_port = m_server->serverPort();
    m_timeout->start();
    return true;
}

void LoopbackReceiver::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout->setInterval(timeout);
    if (m_timeout->isActive())
        m_timeout->start();
}

bool LoopbackReceiver::isListening() const
{
    return m_server->isListening();
}

QUrl LoopbackReceiver::redirectUrl() const
{
    if (!m_port)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setPath(m_path);
    return url;
}

quint16 LoopbackReceiver::port() const
{
    return m_port;
}

void LoopbackReceiver::close()
{
    m_timeout->stop();
    if (m_server->isListening())
        m_server->close();
}

void LoopbackReceiver::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequest(socket); });
        auto *idle = new QTimer(socket);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, socket, &QTcpSocket::abort);
        idle->start(kConnectionTimeout);
    }
}

void LoopbackReceiver::readRequest(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    // The request head may arrive in pieces: wait for the blank line that ends it. The head
    // holds the payload, so it is never logged.
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    if (head.size() > kMaxRequestBytes) {
        answer(socket, 431, "Request Header Fields Too Large", tr("Outpost"),
               tr("This request is too large."));
        return;
    }
    if (!head.contains("\r\n\r\n") && !head.contains("\n\n")) {
        socket->setProperty("head", head);
        return;
    }
    socket->setProperty("head", QVariant());
    const qsizetype lineEnd = head.indexOf('\n');
    const QList<QByteArray> requestLine = head.left(lineEnd).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(1).startsWith('/') ||
        !requestLine.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, "Bad Request", tr("Outpost"), tr("This request is not understood."));
        return;
    }
    const QByteArray &target = requestLine.at(1);
    const qsizetype queryAt = target.indexOf('?');
    const QByteArray path = queryAt >= 0 ? target.left(queryAt) : target;
    if (QString::fromLatin1(path) != m_path) {
        answer(socket, 404, "Not Found", tr("Outpost"), tr("There is nothing here."));
        return;
    }
    if (requestLine.at(0) != "GET") {
        answer(socket, 405, "Method Not Allowed", tr("Outpost"),
               tr("This request is not understood."));
        return;
    }

    // The one request on our path: whatever it brings, listening ends now.
    close();
    const QString query = queryAt >= 0 ? QString::fromLatin1(target.mid(queryAt + 1)) : QString();
    // Discourse escapes the payload like a form value (CGI.escape): '+' in base64 arrives as
    // %2B, so no '+' here means a space.
    const QString payload =
            QUrlQuery(query).queryItemValue(u"payload"_s, QUrl::FullyDecoded).trimmed();
    if (payload.isEmpty()) {
        const QString message =
                tr("The browser came back to Outpost without a sign-in code. Paste the code "
                   "instead, or start again.");
        answer(socket, 400, "Bad Request", tr("Outpost did not receive a sign-in code"),
               tr("The forum's answer did not contain a sign-in code. Go back to Outpost: you can "
                  "paste the code there, or start again."));
        Q_EMIT gaveUp(message);
        return;
    }
    answer(socket, 200, "OK", tr("Back to Outpost"),
           tr("Outpost has received the forum's answer. You can close this page and go back to "
              "Outpost."));
    Q_EMIT handedBack(payload);
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QByteArray &reason,
                              const QString &title, const QString &text)
{
    socket->setProperty("answered", true);
    const QByteArray body = (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                             "<meta name=\"viewport\" content=\"width=device-width\">"
                             "<title>%1</title></head>\n<body style=\"font-family: sans-serif; "
                             "margin: 3em auto; max-width: 36em; line-height: 1.5\">\n"
                             "<h1>%1</h1>\n<p>%2</p>\n</body></html>\n"_s)
                                    .arg(htmlEscape(title), htmlEscape(text))
                                    .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n";
    response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    // The address this page answers carries the payload: keep it out of caches and referrers.
    response += "Cache-Control: no-store\r\n";
    response += "Referrer-Policy: no-referrer\r\n";
    response += "X-Content-Type-Options: nosniff\r\n";
    response += "Connection: close\r\n\r\n";
    response += body;
    socket->write(response);
    // Hand the page to the system now: the program may stop right after the hand-back (a
    // refused code ends `outpost-cli login`), before an event loop would write it.
    socket->flush();
    socket->disconnectFromHost();
}

void LoopbackReceiver::timedOut()
{
    if (!m_server->isListening())
        return;
    close();
    Q_EMIT gaveUp(tr("The forum did not hand the key back to Outpost in time. Paste the code "
                     "instead, or start again."));
}

} // namespace outpost::auth
