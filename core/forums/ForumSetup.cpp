#include "forums/ForumSetup.h"

#include "forums/ForumAddress.h"
#include "store/CacheWriter.h"
#include "store/ForumRepository.h"
#include "store/Profile.h"

namespace outpost::forums {

ForumSetupResult setUpForum(store::Profile &profile, const Clock &clock,
                            const ForumSetupRequest &request)
{
    ForumSetupResult result;
    store::ForumRepository forums(profile.userDatabase(), clock);
    const QString url = storedForm(request.baseUrl);
    const QString name = request.name.isEmpty() ? request.baseUrl.host() : request.name;
    {
        store::Transaction transaction(profile.userDatabase());
        if (std::optional<store::Forum> existing = forums.findByUrl(url)) {
            result.forum = *existing;
        } else {
            result.forum = forums.add(url, name);
            result.added = true;
        }
        for (qint64 categoryId : request.followCategoryIds)
            forums.follow(result.forum.id, categoryId);
        if (request.syncWindowDays) {
            forums.setSyncWindowDays(result.forum.id, *request.syncWindowDays);
            result.forum.syncWindowDays = *request.syncWindowDays;
        }
        transaction.commit();
    }
    store::CacheOpenResult cache = profile.openCache(result.forum.id);
    result.cacheNotice = cache.message;
    if (request.site) {
        store::CacheWriter writer(cache.database, clock);
        writer.upsertSite(*request.site);
    }
    return result;
}

} // namespace outpost::forums
