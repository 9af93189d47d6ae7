#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace outpost {
class Clock;
}
namespace outpost::store {
class Database;
}

namespace outpost::sync {

// The categories a sync looks after: the ones the person follows (in Outpost or, imported,
// on the forum) and their subcategories, whose topics a parent category's list includes.
// Reads the follows from the user database and the category tree from the cache; reload()
// after either changed. Throws store::StoreError.
class CategoryScope
{
public:
    CategoryScope(store::Database &cache, store::Database &userDb, const Clock &clock,
                  qint64 forumId);

    void reload();

    bool hasCategories() const { return !m_parent.isEmpty(); }
    bool isKnown(qint64 categoryId) const { return m_parent.contains(categoryId); }
    QString name(qint64 categoryId) const { return m_name.value(categoryId); }
    QString slug(qint64 categoryId) const { return m_slug.value(categoryId); }

    const QList<qint64> &followed() const { return m_followed; }
    // Followed categories whose lists are read: a followed subcategory of a followed parent
    // is covered by the parent's list.
    QList<qint64> listCategories() const;
    // The categories whose topics the list of `categoryId` shows: itself and its direct
    // subcategories. (Discourse's newer versions also show deeper levels; counting only the
    // first keeps the check for moved topics from suspecting topics a list never showed.)
    QList<qint64> listedBy(qint64 categoryId) const;
    // Every category whose topics the followed lists show.
    QList<qint64> followedScope() const;
    bool isFollowedScope(qint64 categoryId) const;

    store::Database &m_cache;
    store::Database &m_userDb;
    const Clock &m_clock;
    qint64 m_forumId;
    QList<qint64> m_followed;
    QHash<qint64, qint64> m_parent; // 0: top level
    QHash<qint64, QString> m_name;
    QHash<qint64, QString> m_slug;
};

} // namespace outpost::sync
