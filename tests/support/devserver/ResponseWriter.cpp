#include "ResponseWriter.h"

#include <algorithm>

namespace devserver {

namespace {
constexpr int kShapingTickMs = 50;
constexpr int kStallLimitMs = 10 * 60 * 1000; // a stalled response is abandoned after this
} // namespace

void ResponseWriter::start(QTcpSocket *socket, QByteArray head, QByteArray body,
                           const WritePlan &plan, Finished finished)
{
    const qint64 headSize = head.size();
    head.append(body);
    auto *writer = new ResponseWriter(socket, std::move(head), headSize, plan, std::move(finished));
    writer->begin();
}

ResponseWriter::ResponseWriter(QTcpSocket *socket, QByteArray data, qint64 headSize,
                               const WritePlan &plan, Finished finished)
    : QObject(socket)
    , m_socket(socket)
    , m_data(std::move(data))
    , m_headSize(headSize)
    , m_plan(plan)
    , m_finished(std::move(finished))
{
    m_limit = m_data.size();
    if (plan.stall)
        m_limit = m_headSize;
    else if (plan.cutAfterBodyBytes >= 0)
        m_limit = std::min<qint64>(m_data.size(), m_headSize + plan.cutAfterBodyBytes);
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(false); });
    // Precise: a coarse timer may fire up to 5% early, and shaping must never be faster
    // than asked.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ResponseWriter::pump);
}

ResponseWriter::~ResponseWriter()
{
    // The socket went away under us (client gone, server shutting down): still report.
    if (!m_done) {
        m_done = true;
        if (m_finished)
            m_finished(m_sent, false);
    }
}

void ResponseWriter::begin()
{
    if (m_plan.lost) {
        // The client must see a dead connection, not a response: close without a byte.
        m_socket->abort();
        finish(false);
        return;
    }
    if (m_plan.latencyMs > 0) {
        QTimer::singleShot(m_plan.latencyMs, Qt::PreciseTimer, this, [this] {
            if (!m_done)
                pump();
        });
        return;
    }
    pump();
}

void ResponseWriter::pump()
{
    QTcpSocket *socket = m_socket.data();
    if (m_done || !socket || socket->state() != QAbstractSocket::ConnectedState) {
        finish(false);
        return;
    }
    qint64 chunk = m_limit - m_sent;
    int interval = 0;
    if (m_plan.dripBytes > 0 && m_plan.dripIntervalMs > 0) {
        chunk = std::min<qint64>(chunk, m_plan.dripBytes);
        interval = m_plan.dripIntervalMs;
    } else if (m_plan.bytesPerSecond > 0) {
        chunk = std::min<qint64>(
                chunk, std::max<qint64>(1, qint64(m_plan.bytesPerSecond) * kShapingTickMs / 1000));
        interval = kShapingTickMs;
    }
    if (chunk > 0) {
        socket->write(m_data.constData() + m_sent, chunk);
        m_sent += chunk;
    }
    if (m_sent < m_limit) {
        if (!m_timer.isActive() || m_timer.interval() != interval) {
            m_timer.start(interval);
        }
        return;
    }
    m_timer.stop();
    if (m_plan.stall) {
        QTimer::singleShot(kStallLimitMs, this, [this] {
            if (QTcpSocket *stalled = m_socket.data())
                stalled->abort();
            finish(false);
        });
        return;
    }
    const bool complete = m_sent == m_data.size();
    if (!complete || !m_plan.keepAlive)
        socket->disconnectFromHost(); // flushes what was written, then closes
    finish(complete);
}

void ResponseWriter::finish(bool complete)
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    if (m_finished)
        m_finished(m_sent, complete);
    deleteLater();
}

} // namespace devserver
