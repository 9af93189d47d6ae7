#include "style/TimeText.h"

namespace outpost::gui {

QString TimeText::relative(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    if (!when.isValid())
        //: A time that is not known (e.g. a topic never synced)
        return tr("never");
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        //: A moment ago (less than a minute)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    const qint64 days = day.daysTo(today);
    if (days <= 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n day(s) ago", nullptr, int(days));
    return locale.toString(day, QLocale::ShortFormat);
}

QString TimeText::compact(const QDateTime &when, const QDateTime &now, const QLocale &locale)
{
    if (!when.isValid())
        return QString();
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        //: A moment ago, in a list where room is short
        return tr("now");
    if (seconds < 3600)
        //: Minutes ago, in a list where room is short
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        //: Hours ago, in a list where room is short
        return tr("%n h", nullptr, int(seconds / 3600));
    const qint64 days = when.toLocalTime().date().daysTo(now.toLocalTime().date());
    if (days < 7)
        //: Days ago, in a list where room is short
        return tr("%n d", nullptr, int(std::max<qint64>(1, days)));
    return locale.toString(when.toLocalTime().date(), QLocale::ShortFormat);
}

QString TimeText::medium(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return tr("never");
    return locale.toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString TimeText::exact(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return tr("never");
    return locale.toString(when.toLocalTime(), QLocale::LongFormat);
}

QString TimeText::dataSize(qint64 bytes, const QLocale &locale)
{
    const qint64 b = std::max<qint64>(0, bytes);
    // "245 KB", "1.4 MB": a decimal only where it says something.
    return locale.formattedDataSize(b, b < 1024 * 1024 ? 0 : 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace outpost::gui
