#include "sync/SyncMessages.h"

#include "net/ResponseDescription.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace outpost::sync {

namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;

} // namespace

QString waitInWords(qint64 waitMs)
{
    if (waitMs < kHourMs) {
        const int minutes = int(std::max<qint64>(1, (waitMs + kMinuteMs - 1) / kMinuteMs));
        return QCoreApplication::translate("outpost::sync", "in %n minute(s)", "", minutes);
    }
    if (waitMs < 2 * kDayMs) {
        const int hours = int((waitMs + kHourMs / 2) / kHourMs);
        return QCoreApplication::translate("outpost::sync", "in about %n hour(s)", "", hours);
    }
    const int days = int((waitMs + kDayMs / 2) / kDayMs);
    return QCoreApplication::translate("outpost::sync", "in about %n day(s)", "", days);
}

QString budgetStopMessage(qint64 resumeAtMs, qint64 nowMs)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(resumeAtMs).toLocalTime();
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowMs).toLocalTime();
    const QLocale locale;
    const QString when = at.date() == now.date() ? locale.toString(at.time(), QLocale::ShortFormat)
                                                 : locale.toString(at, QLocale::ShortFormat);
    //: %1 is a local time (or date and time), %2 how long until then ("in about 3 hours").
    return QCoreApplication::translate(
                   "outpost::sync",
                   "The forum's request limit for now is used up, so the sync stopped; what "
                   "was downloaded is kept. It can go on after %1 (%2).")
            .arg(when, waitInWords(std::max<qint64>(0, resumeAtMs - nowMs)));
}

QString offlineStopMessage(net::TransferError lastError)
{
    //: %1 says what went wrong with the connection (a whole sentence).
    return QCoreApplication::translate("outpost::sync",
                                       "The forum could not be reached, so the sync stopped; "
                                       "what was downloaded is kept. %1")
            .arg(net::describeForPeople(lastError));
}

QString cancelledMessage()
{
    return QCoreApplication::translate("outpost::sync",
                                       "The sync was cancelled; what was downloaded is kept.");
}

QString storeFailureMessage(const store::StoreError &error)
{
    //: %1 is the store's own sentence about the failure (e.g. the disk is full).
    return QCoreApplication::translate("outpost::sync",
                                       "The sync stopped because the offline copy could not be "
                                       "written. %1 What was saved before is intact.")
            .arg(error.message());
}

} // namespace outpost::sync
