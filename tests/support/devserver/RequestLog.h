#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

#include <deque>

namespace devserver {

// One line of the request log. Tests read these to prove things like "nothing was fetched
// twice" or "the rate budget was never exceeded"; credentials are never recorded, only which
// kind of credential and which key id.
struct RequestRecord
{
    quint64 seq = 0;
    qint64 startedAtMs = 0; // server clock
    QByteArray method;
    QString path;
    QString query;
    int status = 0;
    qint64 bytesSent = 0; // headers and body as written to the socket
    qint64 bodyBytes = 0; // body as intended (after gzip), before any fault cut it
    qint64 durationMs = 0;
    QString peer;
    QString auth; // "anonymous", "user_api_key", "api_key"
    int keyId = 0;
    QString username;
    QString fault;
    bool gzip = false;
    bool complete = false;
};

class RequestLog
{
public:
    explicit RequestLog(int capacity = 200000)
        : m_capacity(capacity)
    {}

    RequestRecord &append(RequestRecord record);
    RequestRecord *find(quint64 seq);
    const std::deque<RequestRecord> &records() const { return m_records; }
    void clear() { m_records.clear(); }
    void setCapacity(int capacity) { m_capacity = capacity; }

    QJsonArray toJson(quint64 sinceSeq = 0) const;
    static QString formatLine(const RequestRecord &r);

private:
    std::deque<RequestRecord> m_records;
    int m_capacity;
    quint64 m_nextSeq = 1;
};

} // namespace devserver
