#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace outpost::gui {

// Times and sizes as people read them, in their locale: "3 hours ago", "yesterday", a date
// after a week; the exact time for tooltips.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(outpost::gui::TimeText)
public:
    static QString relative(const QDateTime &when, const QDateTime &now,
                            const QLocale &locale = QLocale());
    // For lists, where room is short: "5 min", "3 h", "2 d", then a short date.
    static QString compact(const QDateTime &when, const QDateTime &now,
                           const QLocale &locale = QLocale());
    static QString exact(const QDateTime &when, const QLocale &locale = QLocale());
    // A date and time without seconds, for subtitles.
    static QString medium(const QDateTime &when, const QLocale &locale = QLocale());
    static QString dataSize(qint64 bytes, const QLocale &locale = QLocale());
};

} // namespace outpost::gui
