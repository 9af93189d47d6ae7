#pragma once

// The profile bench_gui measures the app on: one forum whose cache holds a generated forum
// (the devserver's generator) whole, every public category followed. It is filled the way a
// sync fills it — the devserver's own route handlers write the JSON of /site.json,
// /latest.json, /t/{id}.json and /t/{id}/posts.json, core's parsers read it, CacheWriter
// stores it — only without sockets, so 300,000 posts take a minute or two, not an hour of
// loopback requests. Built once per size and seed and kept (under the build tree), since
// only reading it is measured.

#include "devserver/Forum.h"

#include <QList>
#include <QString>

namespace outpost::bench {

struct GuiBenchProfile
{
    QString directory; // the profile folder (outpost.sqlite, forums/<id>/cache.sqlite)
    qint64 forumId = 0;
    qint64 topics = 0;
    qint64 posts = 0;
    qint64 categories = 0;        // followed
    QList<qint64> longTopicIds;   // topics of 1,000 posts or more, most posts first
    QList<int> longTopicPosts;    // their post counts
    QList<qint64> browseTopicIds; // topics to open one after the other (newest activity first)
    double buildSeconds = 0;      // 0 when an earlier run's profile was reused
};

// Returns the profile for `spec` in `directory`, building it when `directory` does not hold a
// complete one of the same spec. Throws std::runtime_error when it cannot.
GuiBenchProfile ensureGuiBenchProfile(const QString &directory,
                                      const devserver::GenerateSpec &spec);

// Copies the profile's files to `target` (an empty folder), so a run's read marks and reading
// positions never change the kept profile. Returns false when a copy failed.
bool copyProfile(const GuiBenchProfile &profile, const QString &target);

} // namespace outpost::bench
