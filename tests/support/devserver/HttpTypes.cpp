#include "HttpTypes.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace devserver {

namespace {

void addFormPairs(QMultiMap<QString, QString> &params, const QByteArray &encoded)
{
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray key = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        params.insert(QUrl::fromPercentEncoding(key), QUrl::fromPercentEncoding(value));
    }
}

QString scalar(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d);
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString();
    }
}

void addJson(QMultiMap<QString, QString> &params, const QString &prefix, const QJsonValue &value)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            addJson(params, prefix.isEmpty() ? it.key() : prefix + u'[' + it.key() + u']', *it);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            addJson(params, prefix + QStringLiteral("[]"), item);
    } else if (!value.isNull()) {
        params.insert(prefix, scalar(value));
    }
}

// multipart/form-data text fields (what libcurl's mime API sends); file parts are ignored.
bool addMultipart(QMultiMap<QString, QString> &params, const QByteArray &body,
                  const QByteArray &type)
{
    const qsizetype at = type.indexOf("boundary=");
    if (at < 0)
        return false;
    QByteArray boundary = type.mid(at + 9).split(';').first().trimmed();
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    const QByteArray delimiter = "--" + boundary;
    QList<QByteArray> parts;
    for (qsizetype from = body.indexOf(delimiter); from >= 0;) {
        const qsizetype start = from + delimiter.size();
        const qsizetype next = body.indexOf(delimiter, start);
        parts << body.mid(start, next < 0 ? -1 : next - start);
        from = next;
    }
    for (QByteArray part : parts) {
        if (part.startsWith("\r\n"))
            part.remove(0, 2);
        const qsizetype headEnd = part.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        const QByteArray head = part.left(headEnd);
        QByteArray value = part.mid(headEnd + 4);
        if (value.endsWith("\r\n"))
            value.chop(2);
        const qsizetype nameAt = head.indexOf("name=\"");
        if (nameAt < 0 || head.contains("filename="))
            continue;
        const qsizetype nameEnd = head.indexOf('"', nameAt + 6);
        params.insert(QString::fromUtf8(head.mid(nameAt + 6, nameEnd - nameAt - 6)),
                      QString::fromUtf8(value));
    }
    return true;
}

QByteArray escapeLikeRails(QByteArray json)
{
    // These bytes only occur inside strings in JSON, so a plain replace is exact.
    json.replace("<", "\\u003c");
    json.replace(">", "\\u003e");
    json.replace("&", "\\u0026");
    json.replace("\xe2\x80\xa8", "\\u2028");
    json.replace("\xe2\x80\xa9", "\\u2029");
    return json;
}

} // namespace

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString Request::param(const QString &name, const QString &fallback) const
{
    const auto it = params.constFind(name);
    return it == params.constEnd() ? fallback : *it;
}

QStringList Request::paramList(const QString &name) const
{
    QStringList values = params.values(name);
    std::reverse(values.begin(), values.end()); // QMultiMap returns the newest first
    return values;
}

int Request::intParam(const QString &name, int fallback) const
{
    bool ok = false;
    const int v = param(name).toInt(&ok);
    return ok ? v : fallback;
}

bool Request::acceptsJson() const
{
    return header("Accept").contains("application/json");
}

bool Request::acceptsGzip() const
{
    for (const QByteArray &part : header("Accept-Encoding").split(',')) {
        const QByteArray coding = part.trimmed().split(';').first().trimmed().toLower();
        if (coding == "gzip" && !part.contains("q=0"))
            return true;
    }
    return false;
}

bool Request::keepAlive() const
{
    return header("Connection").toLower() != "close";
}

bool Request::parseParams(const QByteArray &query, QString *error)
{
    addFormPairs(params, query);
    const QByteArray type = header("Content-Type").split(';').first().trimmed().toLower();
    if (body.isEmpty())
        return true;
    if (type == "application/json") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            if (error)
                *error = QStringLiteral("the request body is not a JSON object");
            return false;
        }
        addJson(params, QString(), doc.object());
    } else if (type == "multipart/form-data") {
        if (!addMultipart(params, body, header("Content-Type"))) {
            if (error)
                *error = QStringLiteral("multipart/form-data without a boundary");
            return false;
        }
    } else if (type == "application/x-www-form-urlencoded" || type.isEmpty()) {
        addFormPairs(params, body);
    }
    return true;
}

void Response::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

QByteArray Response::header(QByteArrayView name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

Response Response::json(const QJsonObject &object, int status)
{
    Response r;
    r.status = status;
    r.body = discourseJson(object);
    return r;
}

Response Response::json(const QJsonArray &array, int status)
{
    Response r;
    r.status = status;
    r.body = discourseJson(array);
    return r;
}

Response Response::text(const QByteArray &body, int status, const QByteArray &type)
{
    Response r;
    r.status = status;
    r.contentType = type;
    r.body = body;
    return r;
}

Response Response::html(const QByteArray &body, int status)
{
    return text(body, status, QByteArrayLiteral("text/html; charset=utf-8"));
}

Response Response::empty(int status)
{
    Response r;
    r.status = status;
    r.contentType.clear();
    return r;
}

QByteArray discourseJson(const QJsonObject &object)
{
    return escapeLikeRails(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray discourseJson(const QJsonArray &array)
{
    return escapeLikeRails(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QString isoTime(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace devserver
