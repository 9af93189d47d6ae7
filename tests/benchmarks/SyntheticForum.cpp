#include "SyntheticForum.h"

#include <algorithm>
#include <cmath>

namespace outpost::bench {

namespace {

const char *const kSyllables[] = {"ka",  "lo",  "mi",  "tra", "den", "sor", "vi",
                                  "pel", "ta",  "ron", "qui", "ber", "lin", "da",
                                  "mo",  "ser", "pha", "gen", "tor", "us",  "an",
                                  "el",  "ri",  "po",  "ne",  "sta", "com", "ex"};
constexpr int kSyllableCount = int(sizeof(kSyllables) / sizeof(kSyllables[0]));

// Words people really write in the DHIS2 community, placed at realistic frequency ranks.
const char *const kDomainWords[] = {
        "dhis2",     "data",     "tracker",  "android",   "sync",       "dashboard",
        "indicator", "dataset",  "orgunit",  "analytics", "malaria",    "program",
        "version",   "server",   "import",   "export",    "report",     "capture",
        "metadata",  "user",     "api",      "upgrade",   "postgres",   "tables",
        "quality",   "district", "facility", "events",    "enrollment", "visualizer"};
const char *const kAccentedWords[] = {"informação", "relatório", "café",     "données", "santé",
                                      "ação",       "saúde",     "período",  "região",  "número",
                                      "épidémie",   "système",   "formação", "análise", "país"};
const char *const kArabicWords[] = {"الصحة", "تقرير", "بيانات", "مُؤَشِّر",  "المستشفى",
                                    "وزارة", "أداء",  "إحصاء",  "مدرسة", "النظام"};

} // namespace

SyntheticForum::SyntheticForum(int topics, int postsPerTopic, int categories)
    : m_topics(topics)
    , m_postsPerTopic(postsPerTopic)
    , m_categories(categories)
{
    QRandomGenerator random(42);
    const int size = 20'000;
    m_vocabulary.reserve(size);
    while (int(m_vocabulary.size()) < size) {
        QString w;
        const int syllables = 2 + int(random.bounded(3));
        for (int s = 0; s < syllables; ++s)
            w += QLatin1String(kSyllables[random.bounded(kSyllableCount)]);
        m_vocabulary.push_back(w);
    }
    int rank = 10;
    for (const char *w : kDomainWords) {
        m_vocabulary[size_t(rank)] = QString::fromUtf8(w);
        rank += 9;
    }
    rank = 400;
    for (const char *w : kAccentedWords) {
        m_vocabulary[size_t(rank)] = QString::fromUtf8(w);
        rank += 53;
    }
    rank = 1500;
    for (const char *w : kArabicWords) {
        m_vocabulary[size_t(rank)] = QString::fromUtf8(w);
        rank += 97;
    }
    m_cumulative.reserve(size);
    double sum = 0;
    for (int r = 0; r < size; ++r) {
        sum += 1.0 / std::pow(r + 1.0, 1.05);
        m_cumulative.push_back(sum);
    }
    for (double &c : m_cumulative)
        c /= sum;
    for (qint64 id = 1; id <= topics; ++id)
        m_totalPosts += postCount(id);
}

int SyntheticForum::sampleRank(QRandomGenerator &random) const
{
    const double u = random.generateDouble();
    return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u) -
               m_cumulative.begin());
}

QString SyntheticForum::sentence(QRandomGenerator &random, int words) const
{
    QString text;
    text.reserve(words * 8);
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += (i % 13 == 0) ? QStringLiteral(". ") : QStringLiteral(" ");
        text += m_vocabulary[size_t(
                std::min<int>(sampleRank(random), int(m_vocabulary.size()) - 1))];
    }
    text += QLatin1Char('.');
    return text;
}

int SyntheticForum::postCount(qint64 id) const
{
    QRandomGenerator random(quint32(id * 7919));
    return 1 + int(random.bounded(2 * m_postsPerTopic - 1));
}

discourse::TopicListItem SyntheticForum::listItem(qint64 id) const
{
    QRandomGenerator random(quint32(id * 104729));
    discourse::TopicListItem t;
    t.id = id;
    t.categoryId = 1 + qint64(random.bounded(m_categories));
    t.title = sentence(random, 4 + int(random.bounded(6)));
    t.title.chop(1);
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.postsCount = postCount(id);
    t.highestPostNumber = t.postsCount;
    t.replyCount = t.postsCount - 1;
    const qint64 base = 1'600'000'000'000;
    t.createdAt = QDateTime::fromMSecsSinceEpoch(base + id * 600'000, Qt::UTC);
    t.lastPostedAt = t.createdAt.addSecs(3600 * t.postsCount);
    t.bumpedAt = t.lastPostedAt;
    t.views = int(random.bounded(5000));
    t.lastPosterUsername = QStringLiteral("user%1").arg(random.bounded(2000));
    return t;
}

SyntheticTopic SyntheticForum::topic(qint64 id, int forcedPosts) const
{
    SyntheticTopic result;
    result.item = listItem(id);
    if (forcedPosts > 0) {
        result.item.postsCount = forcedPosts;
        result.item.highestPostNumber = forcedPosts;
    }
    discourse::TopicDetail &d = result.detail;
    d.id = id;
    d.title = result.item.title;
    d.slug = result.item.slug;
    d.categoryId = result.item.categoryId;
    d.postsCount = result.item.postsCount;
    d.highestPostNumber = result.item.highestPostNumber;
    d.createdAt = result.item.createdAt;
    d.lastPostedAt = result.item.lastPostedAt;
    d.bumpedAt = result.item.bumpedAt;
    QRandomGenerator random(quint32(id * 15485863));
    for (int n = 1; n <= d.postsCount; ++n) {
        discourse::Post p;
        p.id = id * 10'000 + n;
        p.topicId = id;
        p.postNumber = n;
        p.userId = 1 + qint64(random.bounded(2000));
        p.username = QStringLiteral("user%1").arg(p.userId);
        p.name = QStringLiteral("User %1").arg(p.userId);
        p.avatarTemplate = QStringLiteral("/user_avatar/forum/user%1/{size}/1_2.png").arg(p.userId);
        p.createdAt = d.createdAt.addSecs(3600 * n);
        p.updatedAt = p.createdAt;
        // Posts of 20..180 words in one to three paragraphs.
        const int words = 20 + int(random.bounded(161));
        const QString first = sentence(random, words / 2);
        const QString second = sentence(random, words - words / 2);
        result.plainTexts.append(first + QLatin1Char('\n') + second);
        p.cooked = QStringLiteral("<p>") + first + QStringLiteral("</p>\n<p>") + second +
                   QStringLiteral("</p>");
        if (n > 1 && random.bounded(4) == 0)
            p.replyToPostNumber = 1 + int(random.bounded(n - 1));
        d.posts.append(std::move(p));
        d.stream.append(id * 10'000 + n);
    }
    return result;
}

} // namespace outpost::bench
