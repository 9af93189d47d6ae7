#include "LinkSimulator.h"

#include <QPointer>
#include <QTcpSocket>

#include <algorithm>
#include <deque>

namespace devserver {

namespace {
constexpr qint64 kSegmentBytes = 1460;    // one Ethernet-sized TCP segment
constexpr qint64 kQueueLimit = 64 * 1024; // bytes waiting per direction before we stop reading
constexpr int kLossesToCut = 3;
constexpr int kOutageCheckMs = 20;
} // namespace

// One proxied connection: two pipes, client -> server (up) and server -> client (down).
class LinkConnection : public QObject
{
public:
    LinkConnection(LinkSimulator *link, QTcpSocket *client)
        : QObject(link)
        , m_link(link)
        , m_client(client)
        , m_server(new QTcpSocket(this))
    {
        client->setParent(this);
        m_up.from = client;
        m_up.to = m_server;
        m_up.down = false;
        m_down.from = m_server;
        m_down.to = client;
        m_down.down = true;
        // The first bytes wait for the TCP handshake: one round trip.
        m_up.notBeforeMs = double(link->elapsedMs() + link->profile().rttMs);
        for (QTcpSocket *s : {client, m_server}) {
            s->setReadBufferSize(kQueueLimit);
            s->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        }
        for (Pipe *p : {&m_up, &m_down}) {
            p->timer.setSingleShot(true);
            connect(&p->timer, &QTimer::timeout, this, [this, p] { deliver(*p); });
            connect(p->from, &QTcpSocket::readyRead, this, [this, p] { pull(*p); });
            connect(p->from, &QTcpSocket::disconnected, this, [this, p] {
                p->sourceClosed = true;
                pull(*p);
                deliver(*p);
            });
        }
        connect(m_server, &QTcpSocket::connected, this, [this] { deliver(m_up); });
        connect(m_server, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError)
                close(false);
        });
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            // A client that hangs up gets nothing more: drop the server side too.
            if (m_up.queue.empty())
                close(false);
        });
        m_server->connectToHost(link->m_targetHost, link->m_targetPort);
        pull(m_up);
    }

    void cut() { close(true); }

private:
    struct Pipe
    {
        QTcpSocket *from = nullptr;
        QTcpSocket *to = nullptr;
        bool down = false;
        std::deque<std::pair<double, QByteArray>> queue; // due time, segment
        qint64 queued = 0;
        double lastDueMs = 0;
        double notBeforeMs = 0;
        bool sourceClosed = false;
        bool finished = false;
        QTimer timer;
    };

    void pull(Pipe &p)
    {
        if (m_closed)
            return;
        const LinkProfile &profile = m_link->profile();
        while (p.from->bytesAvailable() > 0 && p.queued < kQueueLimit) {
            const QByteArray segment =
                    p.from->read(std::min(kSegmentBytes, p.from->bytesAvailable()));
            const double now = std::max(double(m_link->elapsedMs()), p.notBeforeMs);
            double sent = m_link->schedule(p.down, segment.size(), now);
            for (int losses = 0; m_link->drawLoss();) {
                if (++losses == kLossesToCut) {
                    close(true);
                    return;
                }
                m_link->m_stats.retransmissions += 1;
                const double rto = std::max(200.0, 2.0 * profile.rttMs);
                sent = m_link->schedule(p.down, segment.size(), sent + rto);
            }
            const double due = std::max(p.lastDueMs, sent + profile.rttMs / 2.0);
            p.lastDueMs = due;
            p.queue.emplace_back(due, segment);
            p.queued += segment.size();
        }
        arm(p);
    }

    void deliver(Pipe &p)
    {
        if (m_closed)
            return;
        if (p.to->state() != QAbstractSocket::ConnectedState)
            return; // the server side is still connecting; `connected` delivers
        const double now = double(m_link->elapsedMs());
        while (!p.queue.empty() && p.queue.front().first <= now) {
            const QByteArray &segment = p.queue.front().second;
            p.to->write(segment);
            (p.down ? m_bytesDown : m_bytesUp) += segment.size();
            (p.down ? m_link->m_stats.bytesDown : m_link->m_stats.bytesUp) += segment.size();
            p.queued -= segment.size();
            p.queue.pop_front();
        }
        pull(p); // room again: read what waited in the socket
        if (p.queue.empty() && p.sourceClosed && p.from->bytesAvailable() == 0 && !p.finished) {
            p.finished = true;
            p.to->disconnectFromHost();
            if (m_up.finished || m_down.finished)
                close(false);
        }
    }

    void arm(Pipe &p)
    {
        if (p.finished || m_closed)
            return;
        if (p.queue.empty()) {
            if (p.sourceClosed)
                QTimer::singleShot(0, this, [this, &p] { deliver(p); });
            return;
        }
        const double wait = p.queue.front().first - double(m_link->elapsedMs());
        if (!p.timer.isActive())
            p.timer.start(std::max(0, int(wait + 0.999)));
    }

    void close(bool cut)
    {
        if (m_closed)
            return;
        m_closed = true;
        m_up.timer.stop();
        m_down.timer.stop();
        if (cut) {
            m_client->abort();
            m_server->abort();
            m_link->m_stats.cuts += 1;
        } else {
            m_client->disconnectFromHost();
            m_server->disconnectFromHost();
        }
        emit m_link->connectionClosed(m_bytesUp, m_bytesDown, cut);
        m_link->forget(this);
        deleteLater();
    }

    LinkSimulator *m_link;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    Pipe m_up;
    Pipe m_down;
    qint64 m_bytesUp = 0;
    qint64 m_bytesDown = 0;
    bool m_closed = false;

    friend class LinkSimulator;
};

LinkSimulator::LinkSimulator(const QHostAddress &targetHost, quint16 targetPort,
                             const LinkProfile &profile, quint64 seed, QObject *parent)
    : QObject(parent)
    , m_targetHost(targetHost)
    , m_targetPort(targetPort)
    , m_profile(profile)
    , m_rng(seed)
{
    m_clock.start();
    connect(&m_server, &QTcpServer::newConnection, this, &LinkSimulator::accept);
    connect(&m_outageTimer, &QTimer::timeout, this, &LinkSimulator::checkOutage);
    m_outageTimer.start(kOutageCheckMs);
}

LinkSimulator::~LinkSimulator()
{
    for (LinkConnection *c : std::vector<LinkConnection *>(m_connections))
        c->m_closed = true;
}

bool LinkSimulator::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (m_server.listen(address, port))
        return true;
    if (error)
        *error = m_server.errorString();
    return false;
}

bool LinkSimulator::linkUp() const
{
    if (!m_profile.hasOutages())
        return true;
    const qint64 cycle = (m_profile.outageUpSeconds + m_profile.outageDownSeconds) * 1000LL;
    return m_clock.elapsed() % cycle < m_profile.outageUpSeconds * 1000LL;
}

void LinkSimulator::accept()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (!linkUp()) {
            m_stats.refused += 1;
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_stats.connections += 1;
        m_connections.push_back(new LinkConnection(this, socket));
    }
}

void LinkSimulator::checkOutage()
{
    const bool up = linkUp();
    if (m_wasUp && !up) {
        for (LinkConnection *c : std::vector<LinkConnection *>(m_connections))
            c->cut();
    }
    m_wasUp = up;
    m_stats.busyDownMs = qint64(m_down.busyMs);
    m_stats.busyUpMs = qint64(m_up.busyMs);
}

double LinkSimulator::schedule(bool down, qint64 bytes, double nowMs)
{
    const int kbps = down ? m_profile.downKbps : m_profile.upKbps;
    if (kbps <= 0)
        return nowMs;
    Direction &d = down ? m_down : m_up;
    const double start = std::max(nowMs, d.freeAtMs);
    const double duration = double(bytes) * 8.0 / double(kbps); // kbit/s = bits per ms
    d.freeAtMs = start + duration;
    d.busyMs += duration;
    return d.freeAtMs;
}

void LinkSimulator::forget(LinkConnection *connection)
{
    std::erase(m_connections, connection);
}

} // namespace devserver
