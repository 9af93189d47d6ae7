#pragma once

#include "discourse/Types.h"
#include "store/UserTypes.h"

#include <QList>
#include <QUrl>

#include <optional>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Profile;
}

namespace outpost::forums {

struct ForumSetupRequest
{
    QUrl baseUrl;
    QString name;
    QList<qint64> followCategoryIds;
    // The categories the probe found, written into the new cache so the category tree shows
    // them before the first sync. Without it the first sync fetches them.
    std::optional<discourse::Site> site;
    std::optional<int> syncWindowDays;
};

struct ForumSetupResult
{
    store::Forum forum;
    bool added = false;  // false: the forum was already there (its follows were extended)
    QString cacheNotice; // a damaged cache was rebuilt: a sentence to show; else empty
};

// Adds a forum to the profile (or finds the one with the same address), follows the chosen
// categories and prepares its cache. Headless, so the GUI's first start and a command line
// share it. Throws store::StoreError.
ForumSetupResult setUpForum(store::Profile &profile, const Clock &clock,
                            const ForumSetupRequest &request);

} // namespace outpost::forums
