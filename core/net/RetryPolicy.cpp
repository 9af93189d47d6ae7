#include "net/RetryPolicy.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace outpost::net {

using std::chrono::milliseconds;

namespace {

// HTTP dates: the IMF-fixdate every current server sends ("Wed, 21 Oct 2015 07:28:00 GMT"),
// which Qt's RFC 2822 parser refuses because of "GMT", else RFC 2822 with a numeric zone.
std::optional<qint64> parseHttpDate(const QByteArray &text)
{
    const QString value = QString::fromLatin1(text);
    const QDateTime fields =
            QLocale::c().toDateTime(value, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
    if (fields.isValid())
        return QDateTime(fields.date(), fields.time(), Qt::UTC).toMSecsSinceEpoch();
    const QDateTime rfc2822 = QDateTime::fromString(value, Qt::RFC2822Date);
    if (rfc2822.isValid())
        return rfc2822.toMSecsSinceEpoch();
    return std::nullopt;
}

} // namespace

bool isConnectionFailure(TransferError error)
{
    switch (error) {
    case TransferError::Resolve:
    case TransferError::Connect:
    case TransferError::Timeout:
    case TransferError::Stalled:
    case TransferError::ConnectionCut:
    case TransferError::Proxy:
        return true;
    default:
        return false;
    }
}

RetryVerdict judgeAttempt(const HttpRequest &request, const HttpResponse &response)
{
    if (response.error == TransferError::None) {
        if (response.status == 429)
            return RetryVerdict::RetryAfterServerWait;
        const bool transientServerError = response.status == 500 || response.status == 502 ||
                                          response.status == 503 || response.status == 504;
        return transientServerError && request.isIdempotent() ? RetryVerdict::RetryAfterBackoff
                                                              : RetryVerdict::Deliver;
    }
    if (!isConnectionFailure(response.error))
        return RetryVerdict::Deliver;
    if (request.isIdempotent())
        return RetryVerdict::RetryAfterBackoff;
    const bool neverLeft = !response.requestSent && (response.error == TransferError::Resolve ||
                                                     response.error == TransferError::Connect);
    return neverLeft ? RetryVerdict::RetryAfterBackoff : RetryVerdict::Deliver;
}

std::optional<milliseconds> serverRequestedWait(const HttpResponse &response, qint64 nowMs)
{
    // Anything beyond two days is nonsense, or a lost cause better retried by a later sync.
    static constexpr qint64 kLongestMs = 2 * 86'400'000LL;
    const auto clamp = [](qint64 ms) {
        return milliseconds(std::clamp<qint64>(ms, 0, kLongestMs));
    };

    const QByteArray retryAfter = response.header("Retry-After").trimmed();
    if (!retryAfter.isEmpty()) {
        bool isNumber = false;
        const qint64 seconds = retryAfter.toLongLong(&isNumber);
        if (isNumber && seconds >= 0)
            return clamp(seconds * 1000);
        if (const auto at = parseHttpDate(retryAfter))
            return clamp(*at - nowMs);
    }

    const QJsonDocument json = QJsonDocument::fromJson(response.body);
    const QJsonValue waitSeconds = json.object()
                                           .value(QLatin1String("extras"))
                                           .toObject()
                                           .value(QLatin1String("wait_seconds"));
    if (waitSeconds.isDouble() && waitSeconds.toDouble() >= 0)
        return clamp(static_cast<qint64>(waitSeconds.toDouble() * 1000));
    return std::nullopt;
}

Backoff::Backoff(RetryPolicy policy, quint64 seed)
    : m_policy(policy)
    , m_random(seed)
{}

milliseconds Backoff::ceiling(int retry) const
{
    const qint64 base = m_policy.baseDelay.count();
    const qint64 cap = m_policy.maxDelay.count();
    qint64 bound = base;
    for (int i = 1; i < retry && bound < cap; ++i)
        bound *= 2;
    return milliseconds(std::min(bound, cap));
}

milliseconds Backoff::delayBeforeRetry(int retry)
{
    std::uniform_int_distribution<qint64> pick(0, ceiling(retry).count());
    return milliseconds(pick(m_random));
}

} // namespace outpost::net
