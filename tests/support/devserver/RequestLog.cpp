#include "RequestLog.h"

#include "HttpTypes.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

RequestRecord &RequestLog::append(RequestRecord record)
{
    record.seq = m_nextSeq++;
    m_records.push_back(std::move(record));
    while (int(m_records.size()) > m_capacity)
        m_records.pop_front();
    return m_records.back();
}

RequestRecord *RequestLog::find(quint64 seq)
{
    if (m_records.empty() || seq < m_records.front().seq || seq > m_records.back().seq)
        return nullptr;
    return &m_records[size_t(seq - m_records.front().seq)];
}

QJsonArray RequestLog::toJson(quint64 sinceSeq) const
{
    QJsonArray out;
    for (const RequestRecord &r : m_records) {
        if (r.seq <= sinceSeq)
            continue;
        out.append(QJsonObject{{u"seq"_s, qint64(r.seq)},
                               {u"time"_s, isoTime(r.startedAtMs)},
                               {u"time_ms"_s, r.startedAtMs},
                               {u"method"_s, QString::fromLatin1(r.method)},
                               {u"path"_s, r.path},
                               {u"query"_s, r.query},
                               {u"status"_s, r.status},
                               {u"bytes_sent"_s, r.bytesSent},
                               {u"body_bytes"_s, r.bodyBytes},
                               {u"duration_ms"_s, r.durationMs},
                               {u"peer"_s, r.peer},
                               {u"auth"_s, r.auth},
                               {u"key_id"_s, r.keyId},
                               {u"username"_s, r.username},
                               {u"fault"_s, r.fault},
                               {u"gzip"_s, r.gzip},
                               {u"complete"_s, r.complete}});
    }
    return out;
}

QString RequestLog::formatLine(const RequestRecord &r)
{
    QString target = r.path;
    if (!r.query.isEmpty())
        target += u'?' + r.query;
    QString who = r.auth;
    if (r.keyId)
        who += u'#' + QString::number(r.keyId);
    if (!r.username.isEmpty())
        who += u'(' + r.username + u')';
    QString line = u"%1 %2 %3 %4 %5B %6ms %7 %8"_s
                           .arg(QString::number(r.seq), QString::fromLatin1(r.method), target,
                                QString::number(r.status))
                           .arg(r.bytesSent)
                           .arg(r.durationMs)
                           .arg(r.peer, who);
    if (r.gzip)
        line += u" gzip"_s;
    if (!r.fault.isEmpty())
        line += u" fault="_s + r.fault;
    if (!r.complete)
        line += u" incomplete"_s;
    return line;
}

} // namespace devserver
