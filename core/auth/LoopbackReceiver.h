#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>

class QTcpServer;
class QTcpSocket;
class QTimer;

namespace outpost::auth {

// Catches the forum's hand-back of a sign-in: when a forum's admins allow a loopback address in
// `allowed_user_api_auth_redirects`, Discourse answers "Authorize" with a 302 to
// `auth_redirect?payload=...` (docs/discourse-api.md §1.1), and the browser brings the payload
// here instead of showing it to copy.
//
// It listens on 127.0.0.1 only (never on another interface, never on ::1, so nothing on the
// network can reach it), answers plain HTTP/1.1 GETs, and takes exactly one request on its path:
// the first one ends it, whatever it carried; later connections are refused because nothing
// listens any more. Other paths (a browser's /favicon.ico) get a 404 and change nothing.
// The payload is only passed on: the caller decrypts it and checks the nonce, as for a paste.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    // The path of the redirect address; forum admins allow e.g. http://127.0.0.1:47213/outpost-auth
    static QString defaultPath();

    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // Starts listening on 127.0.0.1:`port` (0: any free port). On failure returns false and sets
    // `error` to a sentence for people.
    bool listen(quint16 port, const QString &path, QString *error);
    // Gives up after `timeout` without a hand-back (gaveUp() then says so). Default: 15 minutes.
    void setTimeout(std::chrono::milliseconds timeout);
    bool isListening() const;
    // The `auth_redirect` to send to the forum: http://127.0.0.1:<port><path>.
    QUrl redirectUrl() const;
    quint16 port() const;
    // Stops listening (idempotent); no signal.
    void close();

Q_SIGNALS:
    // The browser arrived with `payload` (percent-decoded; still encrypted). Listening has ended.
    void handedBack(const QString &payload);
    // Listening has ended without a payload: the time ran out, or the one request on our path
    // carried none. `message` is for people.
    void gaveUp(const QString &message);

private:
    void acceptConnections();
    void readRequest(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QByteArray &reason, const QString &title,
                const QString &text);
    void timedOut();

    QTcpServer *m_server;
    QTimer *m_timeout;
    QString m_path;
    quint16 m_port = 0;
};

} // namespace outpost::auth
