#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace outpost::cli {

// How outpost-cli writes times, sizes and durations for people (in the default QLocale and
// the local time zone) and for scripts (ISO 8601 in UTC).
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::HumanFormat)
public:
    // "just now", "5 minutes ago", "3 hours ago", "2 days ago", then the local date.
    static QString when(const QDateTime &at,
                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The local date and time, short format: for "last sync" lines.
    static QString dateTime(const QDateTime &at);
    // "1.2 MB"
    static QString bytes(qint64 bytes);
    // "2 min 5 s", "45 s"
    static QString duration(qint64 ms);
    // A number with the locale's digit grouping.
    static QString number(qint64 value);

    // "2025-03-01T10:00:00Z", or null when the time is not known.
    static QJsonValue isoTime(const QDateTime &at);
};

} // namespace outpost::cli
