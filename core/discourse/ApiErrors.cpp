#include "ApiErrors.h"

#include "CookedHtml.h"
#include "ParseResult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace outpost::discourse {

namespace {

using namespace Qt::Literals::StringLiterals;

// Bounds for what a hostile or broken body can put into an ApiError.
constexpr qsizetype maxErrors = 20;
constexpr qsizetype maxErrorLength = 500;
constexpr qsizetype maxDetailLength = 200;

QString cleanMessage(QString text)
{
    // A few Discourse messages carry markup (links to /about); people get the words.
    if (text.contains(u'<'))
        text = CookedHtml::plainText(text);
    text = text.trimmed();
    if (text.size() > maxErrorLength)
        text = text.left(maxErrorLength) + u"…"_s;
    return text;
}

QString firstLine(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(4096)).trimmed();
    return text.section(u'\n', 0, 0).trimmed().left(maxDetailLength);
}

QString htmlTitle(const QByteArray &body)
{
    // The <title> of a proxy page ("502 Bad Gateway"); failing that its first heading.
    const QString head = QString::fromUtf8(body.left(16384));
    static const QRegularExpression title(uR"(<title[^>]*>([^<]*)<)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression heading(uR"(<h1[^>]*>([^<]*)<)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    QRegularExpressionMatch match = title.match(head);
    if (!match.hasMatch())
        match = heading.match(head);
    if (!match.hasMatch())
        return {};
    return CookedHtml::plainText(match.captured(1)).simplified().left(maxDetailLength);
}

void readJsonBody(const QJsonObject &object, ApiError &error)
{
    const QJsonValue errors = object.value(QLatin1StringView("errors"));
    if (errors.isArray()) {
        const QJsonArray list = errors.toArray();
        for (const QJsonValue &entry : list) {
            if (error.errors.size() >= maxErrors)
                break;
            if (entry.isString() && !entry.toString().trimmed().isEmpty())
                error.errors.append(cleanMessage(entry.toString()));
        }
    } else if (errors.isString()) {
        error.errors.append(cleanMessage(errors.toString()));
    }
    // Some controllers answer {"error": "..."} instead.
    if (error.errors.isEmpty() && object.value(QLatin1StringView("error")).isString())
        error.errors.append(cleanMessage(object.value(QLatin1StringView("error")).toString()));

    error.errorType = object.value(QLatin1StringView("error_type")).toString().left(100);
    error.action = object.value(QLatin1StringView("action")).toString().left(100);
    const QJsonObject extras = object.value(QLatin1StringView("extras")).toObject();
    const QJsonValue wait = extras.value(QLatin1StringView("wait_seconds"));
    if (wait.isDouble() && wait.toDouble() >= 0 && wait.toDouble() < 1e9)
        error.waitSeconds = int(std::ceil(wait.toDouble()));
}

std::optional<int> parseRetryAfter(const QByteArray &value)
{
    // Discourse and nginx send delta-seconds. The HTTP-date form would need a clock; the
    // caller then falls back to extras.wait_seconds or its own backoff.
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0)
        return std::nullopt;
    return int(std::min<qint64>(seconds, 7 * 24 * 3600));
}

// Lower case with typographic apostrophes folded, so "You’ve" matches "you've".
QString normalised(const QString &text)
{
    QString out = text.toLower();
    out.replace(u'\u2019', u'\'');
    return out;
}

struct Phrase
{
    RefusalKind kind;
    QLatin1StringView text; // lower case, straight apostrophes
};

// English sentences from Discourse's config/locales/server.en.yml (post validation, rate
// limiter and guardian messages). Checked in order; the first match wins, so the more
// specific new-user phrases come before the general rate-limit ones.
constexpr Phrase knownPhrases[] = {
        {RefusalKind::NewUserLimit, QLatin1StringView("new users are temporarily limited")},
        {RefusalKind::NewUserLimit, QLatin1StringView("a new user can create on their first day")},
        {RefusalKind::NewUserLimit, QLatin1StringView("new users can only")},
        {RefusalKind::NewUserLimit, QLatin1StringView("new users can't")},
        {RefusalKind::TooSimilar, QLatin1StringView("is too similar to what you recently posted")},
        {RefusalKind::TooSimilar, QLatin1StringView("has already been used")},
        {RefusalKind::TooShort, QLatin1StringView("is too short (minimum is")},
        {RefusalKind::TooShort, QLatin1StringView("can't be blank")},
        {RefusalKind::TopicClosedOrDeleted,
         QLatin1StringView("perhaps this topic was closed or deleted")},
        {RefusalKind::TopicClosedOrDeleted, QLatin1StringView("this topic has been deleted")},
        {RefusalKind::RateLimited, QLatin1StringView("performed this action too many times")},
        {RefusalKind::RateLimited, QLatin1StringView("a bit too quickly")},
        {RefusalKind::RateLimited, QLatin1StringView("maximum new topics allowed per day")},
        {RefusalKind::RateLimited, QLatin1StringView("maximum messages allowed per day")},
        {RefusalKind::RateLimited, QLatin1StringView("maximum number of daily")},
        {RefusalKind::RateLimited, QLatin1StringView("this topic is in slow mode")},
        {RefusalKind::NoPermission, QLatin1StringView("you are not permitted")},
        {RefusalKind::NoPermission, QLatin1StringView("suspended users are not allowed")},
        {RefusalKind::NoPermission, QLatin1StringView("you can't include links")},
        {RefusalKind::NoPermission, QLatin1StringView("you cannot post a link to that host")},
        {RefusalKind::NoPermission, QLatin1StringView("you can't post")},
        {RefusalKind::NoPermission, QLatin1StringView("you can't mention other users")},
        {RefusalKind::NoPermission, QLatin1StringView("you can't embed media")},
};

std::optional<RefusalKind> kindFromText(const ApiError &error)
{
    for (const QString &message : error.errors) {
        const QString text = normalised(message);
        for (const Phrase &phrase : knownPhrases) {
            if (text.contains(phrase.text))
                return phrase.kind;
        }
    }
    return std::nullopt;
}

QString forumReason(const ApiError &error)
{
    return error.errors.join(u"; "_s);
}

QString describeWait(const ApiError &error)
{
    if (!error.waitSeconds)
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum asked Outpost to slow down. Try again in a little while.");
    const int seconds = *error.waitSeconds;
    if (seconds < 120)
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum asked Outpost to slow down. Try again in %n second(s).", nullptr,
                std::max(seconds, 1));
    if (seconds < 2 * 3600)
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum asked Outpost to slow down. Try again in %n minute(s).", nullptr,
                (seconds + 59) / 60);
    return QCoreApplication::translate(
            "outpost::discourse", "The forum asked Outpost to slow down. Try again in %n hour(s).",
            nullptr, (seconds + 3599) / 3600);
}

} // namespace

ApiError parseApiError(int status, const QList<net::HttpHeader> &headers, const QByteArray &body)
{
    ApiError error;
    error.status = status;
    for (const net::HttpHeader &header : headers) {
        const QByteArrayView name(header.name);
        if (name.compare("Retry-After", Qt::CaseInsensitive) == 0)
            error.waitSeconds = parseRetryAfter(header.value);
        else if (name.compare("Discourse-Rate-Limit-Error-Code", Qt::CaseInsensitive) == 0)
            error.rateLimitCode = QString::fromLatin1(header.value.trimmed().left(100));
    }
    const std::optional<int> retryAfter = error.waitSeconds;

    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError jsonError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &jsonError);
        if (jsonError.error == QJsonParseError::NoError && document.isObject())
            readJsonBody(document.object(), error);
        else
            error.detail = firstLine(trimmed);
    } else if (trimmed.startsWith('<')) {
        error.htmlPage = true;
        error.detail = htmlTitle(trimmed);
    } else if (!trimmed.isEmpty()) {
        // The per-IP limiter's text/plain 429, or anything else in plain text.
        error.detail = firstLine(trimmed);
        if (!error.waitSeconds) {
            static const QRegularExpression retryIn(uR"(retry again in (\d{1,7}) seconds)"_s);
            const QRegularExpressionMatch match = retryIn.match(QString::fromUtf8(trimmed));
            if (match.hasMatch())
                error.waitSeconds = match.captured(1).toInt();
        }
    }
    if (retryAfter)
        error.waitSeconds = retryAfter;
    return error;
}

ApiError parseApiError(const net::HttpResponse &response)
{
    return parseApiError(response.status, response.headers, response.body);
}

RefusalKind classifyRefusal(const ApiError &error)
{
    const std::optional<RefusalKind> fromText = kindFromText(error);
    if (error.status == 429 || error.errorType == QLatin1StringView("rate_limit")) {
        return fromText == RefusalKind::NewUserLimit ? RefusalKind::NewUserLimit
                                                     : RefusalKind::RateLimited;
    }
    if (error.status == 403 || error.errorType == QLatin1StringView("invalid_access"))
        return RefusalKind::NoPermission;
    if (error.status == 410 || error.errorType == QLatin1StringView("deleted_topic"))
        return RefusalKind::TopicClosedOrDeleted;
    if (error.status == 404 || error.errorType == QLatin1StringView("not_found"))
        return RefusalKind::NotFound;
    return fromText.value_or(RefusalKind::Other);
}

bool isRetryableLater(const ApiError &error)
{
    if (error.status == 429 || error.errorType == QLatin1StringView("rate_limit") ||
        error.errorType == QLatin1StringView("read_only"))
        return true;
    return error.status >= 500 && error.status <= 599;
}

QString describeForPeople(const ApiError &error)
{
    const RefusalKind kind = classifyRefusal(error);
    const QString reason = forumReason(error);

    if (kind == RefusalKind::NewUserLimit && !reason.isEmpty())
        //: %1 is the reason the forum gave, in its own words
        return QCoreApplication::translate("outpost::discourse",
                                           "The forum limits what new members can post: %1")
                .arg(reason);
    if (kind == RefusalKind::RateLimited && (error.status == 429 || reason.isEmpty()))
        return describeWait(error);
    if (error.errorType == QLatin1StringView("read_only"))
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum is in read-only mode, usually for maintenance or a backup. "
                "Try again later.");
    if (error.status == 403) {
        if (error.errorType == QLatin1StringView("invalid_access") || reason.isEmpty())
            return QCoreApplication::translate(
                    "outpost::discourse", "The forum refused your sign-in key; sign in again.");
        //: %1 is the reason the forum gave, in its own words
        return QCoreApplication::translate("outpost::discourse", "The forum did not allow this: %1")
                .arg(reason);
    }
    if (kind == RefusalKind::TopicClosedOrDeleted)
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum did not accept this because the topic has been closed or deleted.");
    if (kind == RefusalKind::NotFound)
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum could not find this. It may have been deleted or made private.");
    if (error.status >= 500) {
        if (error.status == 500)
            //: %1 is an HTTP status code, e.g. 502
            return QCoreApplication::translate(
                           "outpost::discourse",
                           "The forum ran into an internal error (HTTP %1). Try again later; if it "
                           "keeps happening, tell the forum's administrators.")
                    .arg(error.status);
        //: %1 is an HTTP status code, e.g. 502
        return QCoreApplication::translate(
                       "outpost::discourse",
                       "The forum's server is not answering properly right now (HTTP %1). "
                       "Try again later.")
                .arg(error.status);
    }
    if (!reason.isEmpty()) {
        switch (kind) {
        case RefusalKind::TooShort:
            //: %1 is the reason the forum gave, in its own words
            return QCoreApplication::translate("outpost::discourse",
                                               "The forum refused this because it is too short: %1")
                    .arg(reason);
        case RefusalKind::TooSimilar:
            //: %1 is the reason the forum gave, in its own words
            return QCoreApplication::translate(
                           "outpost::discourse",
                           "The forum refused this as a repeat of something you posted a few "
                           "minutes ago: %1")
                    .arg(reason);
        case RefusalKind::NoPermission:
            //: %1 is the reason the forum gave, in its own words
            return QCoreApplication::translate("outpost::discourse",
                                               "The forum did not allow this: %1")
                    .arg(reason);
        case RefusalKind::RateLimited:
            //: %1 is the reason the forum gave, in its own words
            return QCoreApplication::translate("outpost::discourse",
                                               "The forum asked you to wait: %1")
                    .arg(reason);
        default:
            //: %1 is the reason the forum gave, in its own words
            return QCoreApplication::translate("outpost::discourse",
                                               "The forum did not accept this: %1")
                    .arg(reason);
        }
    }
    //: %1 is an HTTP status code, e.g. 502
    return QCoreApplication::translate("outpost::discourse",
                                       "The forum refused the request (HTTP %1).")
            .arg(error.status);
}

QString describeForPeople(const ParseError &error)
{
    switch (error.kind) {
    case ParseError::Kind::Empty:
        return QCoreApplication::translate("outpost::discourse",
                                           "The forum sent an empty answer. Try again later.");
    case ParseError::Kind::Html:
        return QCoreApplication::translate(
                "outpost::discourse",
                "A web page answered instead of the forum. If you are on a hotel or "
                "public network, open a browser to sign in to the network, then try again.");
    case ParseError::Kind::Truncated:
        return QCoreApplication::translate(
                "outpost::discourse",
                "The forum's answer was cut off, probably by a dropped connection. "
                "Try again.");
    case ParseError::Kind::NotJson:
    case ParseError::Kind::Shape:
        break;
    }
    return QCoreApplication::translate(
            "outpost::discourse",
            "The forum sent an answer Outpost cannot read. The forum may run a version "
            "Outpost does not support yet.");
}

} // namespace outpost::discourse
