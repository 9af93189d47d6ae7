#pragma once

// A deterministic synthetic forum for the store benchmark: topics and posts whose text
// follows a Zipf distribution over a generated vocabulary with domain words, accented
// Portuguese/French words and Arabic words mixed in. Any topic can be regenerated from its
// id alone, so two runs insert exactly the same rows without holding them in memory.

#include "discourse/Types.h"

#include <QRandomGenerator>
#include <QStringList>

#include <vector>

namespace outpost::bench {

struct SyntheticTopic
{
    discourse::TopicListItem item;
    discourse::TopicDetail detail; // all posts, the full stream
    QStringList plainTexts;        // one per post
};

class SyntheticForum
{
public:
    // `topics` topics with about `postsPerTopic` posts each (1 .. 2 * postsPerTopic - 1).
    SyntheticForum(int topics, int postsPerTopic, int categories);

    int topicCount() const { return m_topics; }
    int categoryCount() const { return m_categories; }
    qint64 totalPosts() const { return m_totalPosts; }

    // Topic ids are 1..topicCount(); post ids are topicId * 10000 + post number.
    SyntheticTopic topic(qint64 id, int forcedPosts = 0) const;
    discourse::TopicListItem listItem(qint64 id) const;
    int postCount(qint64 id) const;
    // A word of the vocabulary by frequency rank (0 = most frequent).
    const QString &word(int rank) const { return m_vocabulary.at(size_t(rank)); }

private:
    QString sentence(QRandomGenerator &random, int words) const;
    int sampleRank(QRandomGenerator &random) const;

    int m_topics;
    int m_postsPerTopic;
    int m_categories;
    qint64 m_totalPosts = 0;
    std::vector<QString> m_vocabulary;
    std::vector<double> m_cumulative;
};

} // namespace outpost::bench
