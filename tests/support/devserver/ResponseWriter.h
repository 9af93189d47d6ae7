#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace devserver {

// How the bytes of one response go out. The default writes them all at once.
struct WritePlan
{
    int latencyMs = 0;             // before the first byte
    int bytesPerSecond = 0;        // 0: unlimited
    qint64 cutAfterBodyBytes = -1; // close after this many body bytes (-1: send everything)
    int dripBytes = 0;             // with dripIntervalMs: this many bytes per interval
    int dripIntervalMs = 0;
    bool stall = false; // send the headers, then nothing until the client gives up
    bool lost = false;  // close the connection without sending a byte
    bool keepAlive = true;
};

// Writes a serialised response to a socket byte-exactly according to a WritePlan, driven by
// timers on the socket's thread (no blocking, no threads). Deletes itself when done or when the
// socket goes away. `finished(bytesWritten, complete)` is called exactly once.
class ResponseWriter : public QObject
{
    Q_OBJECT

public:
    using Finished = std::function<void(qint64 bytesWritten, bool complete)>;

    static void start(QTcpSocket *socket, QByteArray head, QByteArray body, const WritePlan &plan,
                      Finished finished);
    ~ResponseWriter() override;

private:
    ResponseWriter(QTcpSocket *socket, QByteArray data, qint64 headSize, const WritePlan &plan,
                   Finished finished);
    void begin();
    void pump();
    void finish(bool complete);

    QPointer<QTcpSocket> m_socket;
    QByteArray m_data;
    qint64 m_headSize = 0;
    qint64 m_limit = 0; // bytes to send in total
    qint64 m_sent = 0;
    WritePlan m_plan;
    Finished m_finished;
    QTimer m_timer;
    bool m_done = false;
};

} // namespace devserver
