#pragma once

// The child side of bench_gui: the real app (QApplication, Profile, AppContext, AppStartup,
// MainWindow) started on a profile the way main() starts it, then driven like a person. Each
// mode prints "key value" lines on stdout for the parent's table. A fresh process per mode, so
// what the parent did (building the cache) never counts in the child's time or memory.

#include <QList>
#include <QString>

namespace outpost::bench {

// --child-start PROFILE: starts the app and prints "ready" as soon as the topic list has
// rows on screen, then "in_main_ms N" (from main() to that moment) and exits.
int guiStartChild(int argc, char **argv, const QString &profile);

// --child-browse PROFILE LONG_IDS BROWSE_IDS QUERIES: starts the app, then
//   - opens each long topic and times it to the first screen of posts ("thread ID MS");
//   - types each query key by key into the search field and times every keystroke to the
//     results on screen ("key MS");
//   - opens the browse topics one after the other, scrolling each to its end, and prints
//     "rss_kib N" and "hwm_kib N" from /proc/self/status.
int guiBrowseChild(int argc, char **argv, const QString &profile, const QList<qint64> &longIds,
                   const QList<qint64> &browseIds, const QStringList &queries);

} // namespace outpost::bench
