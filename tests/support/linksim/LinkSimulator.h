#pragma once

#include "LinkProfile.h"
#include "devserver/Rng.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <vector>

namespace devserver {

class LinkConnection;

// A TCP proxy that makes a loopback connection behave like a slow, lossy or intermittent link.
//
// - Bandwidth is per direction and shared by all connections, as on one radio link: each
//   segment (≤ 1,460 bytes) occupies the link for size × 8 / rate, one after another.
// - Every segment is delayed by RTT/2 in its direction; a new connection's first bytes also
//   wait one RTT, the TCP handshake.
// - Loss is applied per segment the way TCP experiences it: a lost segment is sent again after
//   a retransmission timeout (max(200 ms, 2 × RTT)); a segment lost three times in a row cuts
//   the connection (both sides closed), which is what a client sees of a bad link.
// - Outages follow the schedule up N s / down M s: when the link goes down every connection is
//   cut, and connections made while it is down are closed at once.
// - Reading stops while 64 KiB wait in a direction, so TCP flow control reaches the sender.
//
// Event-driven on the thread it lives on; no thread per connection.
class LinkSimulator : public QObject
{
    Q_OBJECT

public:
    struct Stats
    {
        qint64 bytesDown = 0; // delivered to clients
        qint64 bytesUp = 0;   // delivered to the server
        int connections = 0;
        int cuts = 0;    // connections closed by loss or by an outage
        int refused = 0; // connections closed because the link was down
        int retransmissions = 0;
        qint64 busyDownMs = 0; // time the downlink spent sending (utilisation = busy / elapsed)
        qint64 busyUpMs = 0;
    };

    LinkSimulator(const QHostAddress &targetHost, quint16 targetPort, const LinkProfile &profile,
                  quint64 seed = 1, QObject *parent = nullptr);
    ~LinkSimulator() override;

    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_server.serverPort(); }
    void setProfile(const LinkProfile &profile) { m_profile = profile; }
    const LinkProfile &profile() const { return m_profile; }
    Stats stats() const { return m_stats; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    bool linkUp() const;

signals:
    void connectionClosed(qint64 bytesUp, qint64 bytesDown, bool cut);

private:
    friend class LinkConnection;
    struct Direction
    {
        double freeAtMs = 0; // when the link finishes sending what it has been given
        double busyMs = 0;
    };

    void accept();
    void checkOutage();
    // When a segment of `bytes` queued now in this direction finishes crossing the link.
    double schedule(bool down, qint64 bytes, double nowMs);
    bool drawLoss() { return m_profile.loss > 0 && m_rng.chance(m_profile.loss); }
    void forget(LinkConnection *connection);

    QTcpServer m_server;
    QHostAddress m_targetHost;
    quint16 m_targetPort;
    LinkProfile m_profile;
    Rng m_rng;
    QElapsedTimer m_clock;
    QTimer m_outageTimer;
    bool m_wasUp = true;
    Direction m_down;
    Direction m_up;
    Stats m_stats;
    std::vector<LinkConnection *> m_connections;
};

} // namespace devserver
