// Builds a realistic forum from a seed: users in five languages, categories with
// subcategories (two of them private), topics whose sizes follow a long tail, and posts with
// replies, edits, deletions and likes. Only metadata is generated; text is synthesised when
// served (TextSynth), which is what keeps a 300,000-post forum small and quick to build.
#include "Forum.h"
#include "Phrasebook.h"
#include "Rng.h"
#include "TextSynth.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::Literals::StringLiterals;

namespace devserver {

namespace {

constexpr qint64 kHourMs = 3600LL * 1000;
constexpr qint64 kDayMs = 24 * kHourMs;
constexpr qint64 kSpanMs = 730 * kDayMs; // two years of history

struct CategoryName
{
    const char *name;
    int readLevel;
    int lang; // -1: any language
    const char *description;
};

// Top-level categories in the order they are used; the private ones come early so that even
// a small forum has one of each kind.
const CategoryName kTopLevel[] = {
        {"Uncategorized", 0, -1,
         "Topics that don't need a category, or don't fit into any other "
         "existing category."},
        {"Announcements", 0, 0, "Releases, events and news from the core team."},
        {"Implementation", 0, -1, "Rolling out and running DHIS2 in countries and programmes."},
        {"Staff", kStaffOnly, 0, "Private category for staff discussions."},
        {"Lounge", 3, -1, "A category exclusive to members with trust level 3 and higher."},
        {"Development", 0, 0, "Apps, the Web API and contributions to the platform."},
        {"Tracker", 0, -1, "Individual data: programs, enrollments, events and rules."},
        {"Android", 0, -1, "The Android capture app in the field."},
        {"Integration & Interoperability", 0, 0, "Exchanging data with other systems."},
        {"Analytics & Visualisation", 0, -1, "Dashboards, maps, pivot tables and indicators."},
        {"Data Quality", 0, -1, "Validation, outliers and completeness."},
        {"Training & Academy", 0, -1, "Courses, materials and the academies."},
        {"Community Space", 0, -1, "Meet the community, in your language."},
        {"Site Feedback", 0, 0, "Discussion about this site and how it works."},
};

const CategoryName kSubcategories[] = {
        {"Communauté francophone", 0, 1, "Discussions en français."},
        {"Comunidade lusófona", 0, 2, "Discussões em português."},
        {"Comunidad hispanohablante", 0, 3, "Conversaciones en español."},
        {"المجتمع العربي", 0, 4, "نقاشات باللغة العربية."},
        {"Questions", 0, -1, "Ask the community."},
        {"Bugs", 0, 0, "Something is not working as it should."},
        {"Releases", 0, 0, "Release notes and upgrade reports."},
        {"Ideas", 0, -1, "Suggestions and feature requests."},
        {"Case Studies", 0, -1, "Stories from implementations."},
        {"Events", 0, -1, "Meetings, conferences and webinars."},
};

const char *kColors[] = {"0088CC", "F1592A", "25AAE2", "12A89D", "BF1E2E", "652D90",
                         "3AB54A", "92278F", "ED207B", "8C6238", "AB9364", "231F20"};

Lang pickLanguage(Rng &r)
{
    const double u = r.unit();
    if (u < 0.45)
        return Lang::En;
    if (u < 0.65)
        return Lang::Fr;
    if (u < 0.80)
        return Lang::Pt;
    if (u < 0.92)
        return Lang::Es;
    return Lang::Ar;
}

struct PostSeed
{
    qint64 atMs;
    qint32 topicIndex;
    qint32 postNumber;
    qint32 userId;
    qint32 replyTo;
};

} // namespace

class ForumGenerator
{
public:
    static Forum run(const GenerateSpec &spec);

private:
    ForumGenerator(const GenerateSpec &spec, Forum &forum)
        : m_spec(spec)
        , m_forum(forum)
        , m_rng(spec.seed)
    {
        m_anchor = spec.anchorMs;
        if (!m_anchor)
            m_anchor = QDateTime::currentMSecsSinceEpoch() / kHourMs * kHourMs;
    }

    void makeUsers();
    void makeCategories();
    std::vector<int> topicSizes(const std::vector<bool> &fixedSingle);
    void makeTopicsAndPosts();
    int userFor(Lang lang);

    const GenerateSpec &m_spec;
    Forum &m_forum;
    Rng m_rng;
    qint64 m_anchor = 0;
    std::vector<int> m_usersByLang[kLangCount];
    std::vector<int> m_categoryLang; // per index in m_forum.m_categories
};

Forum Forum::generate(const GenerateSpec &spec)
{
    return ForumGenerator::run(spec);
}

Forum ForumGenerator::run(const GenerateSpec &spec)
{
    Forum forum;
    forum.m_seed = spec.seed;
    ForumGenerator g(spec, forum);
    g.makeUsers();
    g.makeCategories();
    g.makeTopicsAndPosts();
    forum.touch();
    return forum;
}

void ForumGenerator::makeUsers()
{
    const int count = m_spec.users > 0 ? m_spec.users : std::clamp(m_spec.posts / 40, 30, 20000);
    m_forum.m_users.reserve(size_t(count) + 1);
    for (int i = 1; i <= count; ++i) {
        User u;
        u.id = i;
        u.lang = i == 1 ? Lang::En : pickLanguage(m_rng);
        const Phrasebook &book = Phrasebook::forLanguage(u.lang);
        const int f = int(m_rng.below(std::uint32_t(book.firstNames.size())));
        const int l = int(m_rng.below(std::uint32_t(book.lastNames.size())));
        u.name = book.firstNames[f] + u' ' + book.lastNames[l];
        static const QString separators[] = {QStringLiteral("_"), QStringLiteral("."), QString()};
        QString base =
                book.firstNamesAscii[f] + separators[m_rng.below(3)] + book.lastNamesAscii[l];
        QString username = base;
        for (int n = 2; m_forum.m_userByName.contains(username); ++n)
            username = base + QString::number(n);
        u.username = username;
        u.admin = i == 1;
        u.moderator = i > 1 && i <= 3 && count >= 10;
        const double t = m_rng.unit();
        u.trustLevel = u.admin || u.moderator ? 4
                       : t < 0.2              ? 0
                       : t < 0.6              ? 1
                       : t < 0.9              ? 2
                       : t < 0.98             ? 3
                                              : 4;
        u.createdAtMs = m_anchor - kSpanMs - qint64(m_rng.unit() * 365 * kDayMs);
        m_forum.m_userByName.insert(username.toLower(), i);
        m_usersByLang[int(u.lang)].push_back(i);
        m_forum.m_users.push_back(std::move(u));
    }
    for (auto &list : m_usersByLang) {
        if (list.empty())
            list.push_back(1 + int(m_rng.below(std::uint32_t(count))));
    }
}

void ForumGenerator::makeCategories()
{
    const int total = m_spec.categories;
    const int topCount = std::max(1, std::min(total, int(std::ceil(total * 0.4))));
    int position = 0;
    std::vector<int> parents;
    int communityIndex = -1;
    for (int i = 0; i < topCount; ++i) {
        Category c;
        c.id = i + 1;
        c.position = position++;
        const int known = int(std::size(kTopLevel));
        if (i < known) {
            c.name = QString::fromUtf8(kTopLevel[i].name);
            c.readLevel = kTopLevel[i].readLevel;
            c.description = QString::fromUtf8(kTopLevel[i].description);
            m_categoryLang.push_back(kTopLevel[i].lang);
        } else {
            c.name = QStringLiteral("Topic Area %1").arg(i - known + 1);
            c.description = QStringLiteral("More discussions about %1.").arg(c.name);
            m_categoryLang.push_back(-1);
        }
        c.slug = slugify(c.name);
        c.color = QLatin1String(kColors[i % std::size(kColors)]);
        c.textColor = QStringLiteral("FFFFFF");
        if (c.name == u"Community Space")
            communityIndex = i;
        if (i > 0 && !c.readRestricted())
            parents.push_back(i);
        m_forum.m_categories.push_back(std::move(c));
    }
    m_forum.m_uncategorizedId = 1;
    for (int j = 0; j < total - topCount; ++j) {
        Category c;
        c.id = topCount + j + 1;
        c.position = position++;
        const int known = int(std::size(kSubcategories));
        const CategoryName *n = j < known ? &kSubcategories[j] : nullptr;
        c.name = n ? QString::fromUtf8(n->name)
                   : QStringLiteral("Working Group %1").arg(j - known + 1);
        c.description = n ? QString::fromUtf8(n->description)
                          : QStringLiteral("A working group of the community.");
        m_categoryLang.push_back(n ? n->lang : -1);
        int parentIndex = 0;
        if (n && n->lang > 0 && communityIndex >= 0)
            parentIndex = communityIndex;
        else if (!parents.empty())
            parentIndex = parents[size_t(j) % parents.size()];
        c.parentId = m_forum.m_categories[size_t(parentIndex)].id;
        c.slug = slugify(c.name);
        if (c.slug == u"topic")
            c.slug = QStringLiteral("%1-category").arg(c.id);
        c.color = QLatin1String(kColors[(j + 5) % std::size(kColors)]);
        c.textColor = QStringLiteral("FFFFFF");
        m_forum.m_categories.push_back(std::move(c));
    }
}

int ForumGenerator::userFor(Lang lang)
{
    const std::vector<int> &list = m_usersByLang[int(lang)];
    const int size = int(list.size());
    // Half the posts come from a long-tailed set of regulars, the rest from anyone.
    const int rank = m_rng.chance(0.5) ? m_rng.pareto(0.8, 5, 5 + size - 1) - 5
                                       : int(m_rng.below(std::uint32_t(size)));
    return list[size_t(std::clamp(rank, 0, size - 1))];
}

std::vector<int> ForumGenerator::topicSizes(const std::vector<bool> &fixedSingle)
{
    const int topics = int(fixedSingle.size());
    std::vector<int> sizes(size_t(topics), 1);
    qint64 remaining = qint64(m_spec.posts) - topics;
    std::vector<int> candidates;
    for (int i = 0; i < topics; ++i) {
        if (!fixedSingle[size_t(i)])
            candidates.push_back(i);
    }
    if (candidates.empty() || remaining <= 0)
        return sizes;
    // A few mega-threads of 1,000+ posts once the forum is big enough to hold them.
    const int big = m_spec.posts >= 20000 ? int(std::min<qint64>(5, remaining / 5000)) : 0;
    std::vector<bool> isBig(size_t(topics), false);
    for (int b = 0; b < big; ++b) {
        const int idx = candidates[m_rng.below(std::uint32_t(candidates.size()))];
        if (isBig[size_t(idx)])
            continue;
        const int extra = 1000 + int(m_rng.below(800));
        isBig[size_t(idx)] = true;
        sizes[size_t(idx)] += extra;
        remaining -= extra;
    }
    std::vector<double> weights(size_t(topics), 0.0);
    double sum = 0;
    for (int i : candidates) {
        if (isBig[size_t(i)])
            continue;
        weights[size_t(i)] = m_rng.pareto(1.3, 1, 400) - 1 + m_rng.unit() * 0.5;
        sum += weights[size_t(i)];
    }
    if (sum <= 0)
        return sizes;
    qint64 given = 0;
    for (int i : candidates) {
        const auto add = qint64(double(remaining) * weights[size_t(i)] / sum);
        sizes[size_t(i)] += int(add);
        given += add;
    }
    for (qint64 left = remaining - given; left > 0; --left)
        sizes[size_t(candidates[m_rng.below(std::uint32_t(candidates.size()))])] += 1;
    return sizes;
}

void ForumGenerator::makeTopicsAndPosts()
{
    const int categoryCount = int(m_forum.m_categories.size());
    const int topicCount = m_spec.topics;

    struct TopicSeed
    {
        qint64 createdAtMs;
        int categoryIndex;
        int userId;
        Lang lang;
        bool about;
    };
    std::vector<TopicSeed> seeds;
    seeds.reserve(size_t(topicCount));
    // One "About the X category" topic per category but Uncategorized, as Discourse makes them.
    for (int c = 1; c < categoryCount && int(seeds.size()) < topicCount; ++c) {
        seeds.push_back({m_anchor - kSpanMs - (categoryCount - c) * kHourMs, c, 1, Lang::En, true});
    }
    std::vector<double> cumulative;
    double total = 0;
    for (int c = 0; c < categoryCount; ++c) {
        total += c == 0 ? 0.15 : 1.0 / std::pow(double(c), 0.7);
        cumulative.push_back(total);
    }
    while (int(seeds.size()) < topicCount) {
        const double u = m_rng.unit() * total;
        const int c =
                int(std::lower_bound(cumulative.begin(), cumulative.end(), u) - cumulative.begin());
        const int lc = m_categoryLang[size_t(std::min(c, categoryCount - 1))];
        const Lang lang = lc >= 0 ? Lang(lc) : pickLanguage(m_rng);
        // Skewed towards the present: more recent topics than old ones.
        const qint64 age = qint64(std::pow(m_rng.unit(), 1.7) * double(kSpanMs));
        seeds.push_back({m_anchor - age - kHourMs, std::min(c, categoryCount - 1), userFor(lang),
                         lang, false});
    }
    std::stable_sort(seeds.begin(), seeds.end(), [](const TopicSeed &a, const TopicSeed &b) {
        return a.createdAtMs < b.createdAtMs;
    });

    std::vector<bool> single;
    for (const TopicSeed &s : seeds)
        single.push_back(s.about);
    const std::vector<int> sizes = topicSizes(single);

    std::vector<PostSeed> postSeeds;
    postSeeds.reserve(size_t(m_spec.posts) + 16);
    std::vector<int> authors;
    for (int t = 0; t < topicCount; ++t) {
        const TopicSeed &s = seeds[size_t(t)];
        const int n = sizes[size_t(t)];
        const qint64 room = m_anchor - s.createdAtMs;
        // How long the conversation lasted: hours for most, months for the long ones.
        // ...but never past the anchor, and rarely right up to it.
        const double days =
                std::min(double(room) / kDayMs * (0.3 + 0.7 * m_rng.unit()),
                         0.2 + m_rng.unit() * 3 + std::sqrt(double(n)) * m_rng.unit() * 4);
        const qint64 span = qint64(days * kDayMs);
        authors.clear();
        authors.push_back(s.userId);
        double cumulativeGap = 0;
        std::vector<double> gaps(size_t(n), 0.0);
        for (int i = 1; i < n; ++i) {
            cumulativeGap += -std::log(1.0 - m_rng.unit() * 0.999);
            gaps[size_t(i)] = cumulativeGap;
        }
        const double scale = cumulativeGap > 0 ? double(span) / cumulativeGap : 0;
        for (int i = 0; i < n; ++i) {
            int userId = s.userId;
            int replyTo = 0;
            if (i > 0) {
                userId = m_rng.chance(0.45)
                                 ? authors[m_rng.below(std::uint32_t(authors.size()))]
                                 : userFor(m_rng.chance(0.85) ? s.lang : pickLanguage(m_rng));
                if (i > 1 && m_rng.chance(0.3))
                    replyTo = m_rng.chance(0.6) ? i : m_rng.range(1, i);
                authors.push_back(userId);
            }
            postSeeds.push_back(
                    {s.createdAtMs + qint64(gaps[size_t(i)] * scale), t, i + 1, userId, replyTo});
        }
    }
    // Post ids follow creation time across the whole forum, as they do on a real one.
    std::stable_sort(postSeeds.begin(), postSeeds.end(),
                     [](const PostSeed &a, const PostSeed &b) { return a.atMs < b.atMs; });

    m_forum.m_topics.resize(size_t(topicCount) + 1);
    for (int t = 0; t < topicCount; ++t) {
        const TopicSeed &s = seeds[size_t(t)];
        Topic &topic = m_forum.m_topics[size_t(t) + 1];
        topic.id = t + 1;
        Category &c = m_forum.m_categories[size_t(s.categoryIndex)];
        topic.categoryId = c.id;
        topic.userId = s.userId;
        topic.lang = s.lang;
        topic.createdAtMs = s.createdAtMs;
        if (s.about) {
            topic.title = QStringLiteral("About the %1 category").arg(c.name);
            topic.pinned = true;
            topic.pinnedAtMs = s.createdAtMs;
            c.aboutTopicId = topic.id;
        } else {
            topic.title = topicTitleFor(s.lang, mixSeed(m_spec.seed, quint64(t), 0x7469746c65));
            topic.closed = m_rng.chance(0.04);
            topic.archived = m_rng.chance(0.01);
        }
        topic.postIds.reserve(size_t(sizes[size_t(t)]));
    }
    // A couple of site-wide announcements pinned globally.
    for (int t = topicCount; t >= 1 && t > topicCount - 40; --t) {
        Topic &topic = m_forum.m_topics[size_t(t)];
        if (topic.categoryId == 2 && !topic.pinned && sizes[size_t(t - 1)] < 60) {
            topic.pinned = topic.pinnedGlobally = true;
            topic.pinnedAtMs = topic.createdAtMs;
            break;
        }
    }

    m_forum.m_posts.resize(postSeeds.size() + 1);
    for (size_t i = 0; i < postSeeds.size(); ++i) {
        const PostSeed &ps = postSeeds[i];
        Topic &topic = m_forum.m_topics[size_t(ps.topicIndex) + 1];
        Post &p = m_forum.m_posts[i + 1];
        p.id = qint32(i + 1);
        p.topicId = topic.id;
        p.postNumber = ps.postNumber;
        p.userId = ps.userId;
        p.replyToPostNumber = ps.replyTo;
        p.createdAtMs = ps.atMs;
        p.lang = m_rng.chance(0.9) ? topic.lang : m_forum.m_users[size_t(ps.userId)].lang;
        const double e = m_rng.unit();
        p.version = e < 0.015 ? quint16(3 + m_rng.below(2)) : e < 0.09 ? 2 : 1;
        p.updatedAtMs = p.version > 1
                                ? std::min(m_anchor, ps.atMs + qint64(m_rng.unit() * 3 * kDayMs))
                                : ps.atMs;
        p.lastVersionAtMs = p.updatedAtMs;
        p.likeCount = quint16(std::min(m_rng.pareto(1.6, 1, 300) - 1, 300));
        p.reads = quint16(1 + m_rng.below(120));
        if (ps.postNumber > 1 && m_rng.chance(0.012))
            p.flags |= PostDeleted;
        if (ps.postNumber == 1 && m_rng.chance(0.01))
            p.flags |= PostWiki;
        // Within a topic, times increase with post_number and the sort is stable.
        Q_ASSERT(ps.postNumber == int(topic.postIds.size()) + 1);
        topic.postIds.push_back(p.id);
    }
    for (size_t t = 1; t < m_forum.m_topics.size(); ++t) {
        Topic &topic = m_forum.m_topics[t];
        topic.lastPostedAtMs = topic.createdAtMs;
        for (qint32 id : topic.postIds) {
            Post &p = m_forum.m_posts[size_t(id)];
            if (p.replyToPostNumber) {
                Post &target =
                        m_forum.m_posts[size_t(topic.postIds[size_t(p.replyToPostNumber - 1)])];
                target.replyCount += 1;
                if (!p.deleted() && m_anchor - p.createdAtMs < 120 * kDayMs)
                    m_forum.addNotification(target.userId, 2, topic.id, p.postNumber, p.userId,
                                            p.createdAtMs);
            }
            if (p.deleted()) {
                m_forum.m_deletedAt.insert(p.id, std::min(m_anchor, p.createdAtMs + kDayMs));
                continue;
            }
            topic.postsCount += 1;
            topic.highestPostNumber = p.postNumber;
            topic.lastPostedAtMs = p.createdAtMs;
            topic.lastPosterId = p.userId;
        }
        topic.bumpedAtMs = topic.lastPostedAtMs;
        topic.views = topic.postsCount * int(3 + m_rng.below(40)) + int(m_rng.below(50));
    }
    // Notification ids follow time across users, like database ids.
    std::vector<Notification *> all;
    for (auto it = m_forum.m_notifications.begin(); it != m_forum.m_notifications.end(); ++it) {
        std::sort(it->begin(), it->end(), [](const Notification &a, const Notification &b) {
            return a.createdAtMs < b.createdAtMs;
        });
        for (Notification &n : *it) {
            n.read = m_anchor - n.createdAtMs > 3 * kDayMs;
            all.push_back(&n);
        }
    }
    std::sort(all.begin(), all.end(), [](const Notification *a, const Notification *b) {
        return std::tie(a->createdAtMs, a->userId, a->topicId, a->postNumber) <
               std::tie(b->createdAtMs, b->userId, b->topicId, b->postNumber);
    });
    m_forum.m_nextNotificationId = 1;
    for (Notification *n : all)
        n->id = m_forum.m_nextNotificationId++;
}

} // namespace devserver
