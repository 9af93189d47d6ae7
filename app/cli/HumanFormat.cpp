#include "HumanFormat.h"

#include <QLocale>

namespace outpost::cli {

QString HumanFormat::when(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        //: Shown where a time is not known (e.g. a topic with no posts cached).
        return tr("never");
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60 && seconds > -60)
        return tr("just now");
    // Units and day names instead of "%n hours ago": no plural forms needed, and a day name
    // says more than "3 days ago" to someone reading on a bus.
    if (seconds > 0 && seconds < 3600)
        //: Minutes ago, abbreviated: "5 min ago".
        return tr("%1 min ago").arg(seconds / 60);
    if (seconds > 0 && seconds < 12 * 3600)
        //: Hours ago, abbreviated: "3 h ago".
        return tr("%1 h ago").arg(seconds / 3600);
    const QDate day = at.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    const QLocale locale;
    const QString time = locale.toString(at.toLocalTime().time(), QLocale::ShortFormat);
    if (day == today)
        //: Earlier today, at a time: "today 08:15".
        return tr("today %1").arg(time);
    if (day == today.addDays(-1))
        return tr("yesterday %1").arg(time);
    if (seconds > 0 && day > today.addDays(-7))
        //: A weekday and a time: "Tuesday 14:05".
        return tr("%1 %2").arg(locale.dayName(day.dayOfWeek()), time);
    return locale.toString(day, QLocale::ShortFormat);
}

QString HumanFormat::dateTime(const QDateTime &at)
{
    if (!at.isValid())
        return tr("never");
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString HumanFormat::bytes(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString HumanFormat::duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        //: A duration in seconds, e.g. "45 s".
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        //: A duration in minutes and seconds, e.g. "2 min 5 s".
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    //: A duration in hours and minutes, e.g. "1 h 20 min".
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString HumanFormat::number(qint64 value)
{
    return QLocale().toString(value);
}

QJsonValue HumanFormat::isoTime(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue(QJsonValue::Null);
    return at.toUTC().toString(Qt::ISODate);
}

} // namespace outpost::cli
