#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMultiMap>
#include <QPair>
#include <QString>

namespace devserver {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One request as the routes see it: copied out of QHttpServerRequest (which Qt reuses for the
// next request on the connection), with query and body parameters merged the way Rails'
// params are: query string, form body or JSON body (nested objects become "post[raw]").
struct Request
{
    QByteArray method;
    QString path;     // percent-decoded
    QString rawQuery; // as received, for the log
    HeaderList headers;
    QByteArray body;
    QHostAddress peer;
    QMultiMap<QString, QString> params;

    QByteArray header(QByteArrayView name) const;
    bool hasParam(const QString &name) const { return params.contains(name); }
    QString param(const QString &name, const QString &fallback = QString()) const;
    QStringList paramList(const QString &name) const; // "post_ids[]" style
    int intParam(const QString &name, int fallback) const;
    bool acceptsJson() const;
    bool acceptsGzip() const;
    bool keepAlive() const;

    // Fills params from the query string and a form or JSON body. Returns false (and a
    // message) when the body says it is JSON but is not.
    bool parseParams(const QByteArray &rawQuery, QString *error);
};

struct Response
{
    int status = 200;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    HeaderList headers;
    QByteArray body;
    bool headOnly = false; // HEAD: headers with the length of the body, no body

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(QByteArrayView name) const;

    static Response json(const QJsonObject &object, int status = 200);
    static Response json(const QJsonArray &array, int status = 200);
    static Response text(const QByteArray &body, int status = 200,
                         const QByteArray &type = QByteArrayLiteral("text/plain; charset=utf-8"));
    static Response html(const QByteArray &body, int status = 200);
    static Response empty(int status);
};

// JSON the way Rails writes it: compact, with <, > and & escaped as \u003c, \u003e, \u0026
// (ActiveSupport's escape_html_entities_in_json), which makes bodies the size Discourse's are.
QByteArray discourseJson(const QJsonObject &object);
QByteArray discourseJson(const QJsonArray &array);

QByteArray reasonPhrase(int status);
QString isoTime(qint64 msSinceEpoch);

} // namespace devserver
