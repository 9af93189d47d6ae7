#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace outpost::net {

struct HttpHeader
{
    QByteArray name;
    QByteArray value;
};

// Why a transfer produced no usable HTTP response. A response with an HTTP status (even 500)
// has error None: the status says what happened.
enum class TransferError
{
    None,
    Cancelled,        // we aborted it
    Resolve,          // host name could not be resolved (often: no network at all)
    Connect,          // could not connect (refused, unreachable, connect timeout)
    Timeout,          // the whole transfer took longer than allowed
    Stalled,          // no bytes moved for the stall timeout: the link is dead, not slow
    ConnectionCut,    // the connection broke mid-transfer (reset, partial body, bad framing)
    Tls,              // TLS handshake or certificate verification failed
    Proxy,            // the configured proxy refused or failed
    TooManyRedirects, // redirect loop or more than the allowed redirects
    Other,
};

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    // Ordinary headers; safe to log.
    QList<HttpHeader> headers;
    // Credential headers (User-Api-Key, Api-Key, Api-Username, User-Api-Client-Id). Kept apart
    // so they are never logged and are dropped when a redirect leaves the original
    // scheme://host:port.
    QList<HttpHeader> credentials;
    QByteArray body;
    QByteArray contentType; // e.g. application/x-www-form-urlencoded

    // Idempotent requests may be retried after a connection failure or 5xx. Others (POST, PUT)
    // have an unknown outcome once their body may have reached the server.
    bool isIdempotent() const { return method == "GET" || method == "HEAD" || method == "OPTIONS"; }
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP response was received
    QList<HttpHeader> headers;
    QByteArray body;
    TransferError error = TransferError::None;
    QString errorDetail;      // technical detail (e.g. curl's message), for logs and "details"
    bool requestSent = false; // the whole request (headers and body) left this machine
    qint64 bytesDown = 0;     // bytes received on the wire (headers + compressed body)
    qint64 bytesUp = 0;       // bytes sent on the wire (headers + body)
    QUrl finalUrl;            // after redirects
    qint64 elapsedMs = 0;

    // First value of a header, case-insensitive; empty if absent.
    QByteArray header(QByteArrayView name) const
    {
        for (const auto &h : headers) {
            if (QByteArrayView(h.name).compare(name, Qt::CaseInsensitive) == 0)
                return h.value;
        }
        return {};
    }
    bool isSuccess() const { return error == TransferError::None && status >= 200 && status < 300; }
};

} // namespace outpost::net
