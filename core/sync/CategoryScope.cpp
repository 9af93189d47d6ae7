#include "sync/CategoryScope.h"

#include "store/Database.h"
#include "store/ForumRepository.h"

namespace outpost::sync {

CategoryScope::CategoryScope(store::Database &cache, store::Database &userDb, const Clock &clock,
                             qint64 forumId)
    : m_cache(cache)
    , m_userDb(userDb)
    , m_clock(clock)
    , m_forumId(forumId)
{
    reload();
}

void CategoryScope::reload()
{
    m_followed.clear();
    const store::ForumRepository forums(m_userDb, m_clock);
    for (const store::FollowedCategory &follow : forums.followed(m_forumId)) {
        if (!m_followed.contains(follow.categoryId))
            m_followed.append(follow.categoryId);
    }
    m_parent.clear();
    m_name.clear();
    m_slug.clear();
    store::Statement stmt = m_cache.prepare("SELECT id, coalesce(parent_id, 0), name, slug"
                                            " FROM categories ORDER BY position, id");
    while (stmt.step()) {
        const qint64 id = stmt.int64(0);
        m_parent.insert(id, stmt.int64(1));
        m_name.insert(id, stmt.text(2));
        m_slug.insert(id, stmt.text(3));
    }
}

QList<qint64> CategoryScope::listCategories() const
{
    QList<qint64> result;
    for (qint64 id : m_followed) {
        if (!m_followed.contains(m_parent.value(id)))
            result.append(id);
    }
    return result;
}

QList<qint64> CategoryScope::listedBy(qint64 categoryId) const
{
    QList<qint64> result{categoryId};
    for (auto it = m_parent.cbegin(); it != m_parent.cend(); ++it) {
        if (it.value() == categoryId && it.key() != categoryId)
            result.append(it.key());
    }
    return result;
}

QList<qint64> CategoryScope::followedScope() const
{
    QList<qint64> result;
    for (qint64 id : m_followed) {
        for (qint64 member : listedBy(id)) {
            if (!result.contains(member))
                result.append(member);
        }
    }
    return result;
}

bool CategoryScope::isFollowedScope(qint64 categoryId) const
{
    return m_followed.contains(categoryId) || m_followed.contains(m_parent.value(categoryId));
}

} // namespace outpost::sync
