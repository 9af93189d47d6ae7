#include "ErrorBodies.h"

using namespace Qt::Literals::StringLiterals;

namespace devserver::errors {

namespace {

Response jsonError(int status, const QStringList &messages, const QString &type)
{
    QJsonObject body{{u"errors"_s, QJsonArray::fromStringList(messages)}};
    if (!type.isEmpty())
        body.insert(u"error_type"_s, type);
    return Response::json(body, status);
}

QString byTypeMessage(const QString &type)
{
    if (type == u"create_post")
        return u"You’re replying a bit too quickly. Please wait %1 before trying again."_s;
    if (type == u"create_topic")
        return u"You’re creating topics a bit too quickly. Please wait %1 before trying again."_s;
    if (type == u"topics_per_day")
        return u"You’ve reached the maximum new topics allowed per day. You can create more new "
               "topics in %1."_s;
    if (type == u"create_like")
        return u"Wow! You’ve been sharing a lot of love! You’ve reached the maximum number of "
               "likes within a 24 hour period, but as you gain trust levels, you’ll earn more "
               "daily likes. You’ll be able to like posts again in %1."_s;
    if (type == u"edit_post")
        return u"You’ve reached the maximum number of daily edits. You can submit more edits "
               "in %1."_s;
    return u"You’ve performed this action too many times. Please wait %1 before trying again."_s;
}

} // namespace

QString timeLeft(int seconds)
{
    if (seconds <= 3)
        return u"a few seconds"_s;
    if (seconds < 60)
        return seconds == 1 ? u"1 second"_s : u"%1 seconds"_s.arg(seconds);
    if (seconds < 3600) {
        const int m = seconds / 60;
        return m == 1 ? u"1 minute"_s : u"%1 minutes"_s.arg(m);
    }
    const int h = seconds / 3600;
    return h == 1 ? u"1 hour"_s : u"%1 hours"_s.arg(h);
}

Response notFound()
{
    return jsonError(404, {u"The requested URL or resource could not be found."_s}, u"not_found"_s);
}

Response invalidAccess()
{
    return jsonError(403, {u"You are not permitted to view the requested resource."_s},
                     u"invalid_access"_s);
}

Response invalidApiCredentials()
{
    return jsonError(403,
                     {u"You are not permitted to view the requested resource. The API username "
                      "or key is invalid."_s},
                     u"invalid_access"_s);
}

Response notLoggedIn()
{
    return jsonError(403, {u"You need to be logged in to do that."_s}, u"not_logged_in"_s);
}

Response paramMissing(const QString &name)
{
    return jsonError(400, {u"param is missing or the value is empty: %1"_s.arg(name)}, {});
}

Response badRequest(const QString &message)
{
    return jsonError(400, {message}, {});
}

Response createPostFailed(const QStringList &messages)
{
    return Response::json(QJsonObject{{u"action"_s, u"create_post"_s},
                                      {u"errors"_s, QJsonArray::fromStringList(messages)}},
                          422);
}

Response unprocessable(const QStringList &messages)
{
    return jsonError(422, messages, {});
}

Response editConflict()
{
    // server.en.yml edit_conflict
    return jsonError(409,
                     {u"That post was edited by another user and your changes can no longer be "
                      "saved."_s},
                     {});
}

Response rateLimited(int waitSeconds, const QByteArray &errorCode, const QString &byType)
{
    const QString left = timeLeft(waitSeconds);
    Response r =
            Response::json(QJsonObject{{u"errors"_s, QJsonArray{byTypeMessage(byType).arg(left)}},
                                       {u"error_type"_s, u"rate_limit"_s},
                                       {u"extras"_s, QJsonObject{{u"wait_seconds"_s, waitSeconds},
                                                                 {u"time_left"_s, left}}}},
                           429);
    r.setHeader("Retry-After", QByteArray::number(waitSeconds));
    // Only the API limiters name themselves; content limiters (create_post...) do not.
    if (!errorCode.isEmpty())
        r.setHeader("Discourse-Rate-Limit-Error-Code", errorCode);
    return r;
}

Response ipRateLimited(int waitSeconds, const QByteArray &errorCode)
{
    Response r = Response::text(
            "Slow down, you're making too many requests.\nPlease retry again in " +
                    QByteArray::number(waitSeconds) + " seconds.\nError code: " + errorCode + ".\n",
            429);
    r.setHeader("Retry-After", QByteArray::number(waitSeconds));
    r.setHeader("Discourse-Rate-Limit-Error-Code", errorCode);
    return r;
}

Response internalError()
{
    return Response::json(QJsonObject{{u"status"_s, 500}, {u"error"_s, u"Internal Server Error"_s}},
                          500);
}

Response nginxError(int status)
{
    const QByteArray line = QByteArray::number(status) + ' ' + reasonPhrase(status);
    return Response::html("<html>\r\n<head><title>" + line +
                                  "</title></head>\r\n<body>\r\n<center><h1>" + line +
                                  "</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                  "</body>\r\n</html>\r\n",
                          status);
}

Response captivePortalPage()
{
    return Response::html(
            "<!DOCTYPE html>\n<html><head><title>Sign in to the network</title></head>"
            "<body><h1>Welcome</h1><p>Please accept the terms of use to continue "
            "browsing.</p><form method=\"post\" action=\"/login\"><button>Accept"
            "</button></form></body></html>\n",
            200);
}

} // namespace devserver::errors
