#pragma once

// A tiny forum that answers FakeTransport requests with the JSON shapes the parsers read:
// categories, category topic lists (per_page honoured or not), topics, their tails and
// batches of posts. Enough to drive the sync planner through scenarios in simulated time.

#include "FakeTransport.h"

#include <QList>
#include <QSet>
#include <QStringList>

#include <functional>
#include <map>

namespace outpost::synctest {

struct ScriptedTopic
{
    qint64 id = 0;
    qint64 categoryId = 0;
    qint64 bumpedAtMs = 0;
    QList<qint64> postIds; // post numbers are 1, 2, … in this order
};

class ScriptedForum
{
public:
    bool honourPerPage = true;
    QList<qint64> categoryIds{2, 3};
    std::map<qint64, ScriptedTopic> topics;
    QSet<qint64> withheldPosts; // listed in the stream, left out of batch answers
    // Answers this instead of the real one for requests whose path+query contains the key.
    std::map<QString, test::FakeTransport::Reply> overrides;
    QStringList log; // "path?query" of every request, in order

    // `count` topics in `categoryId`, one a day back from `nowMs`, each with `posts` posts.
    void addTopics(qint64 categoryId, int count, int posts, qint64 nowMs, qint64 firstId);

    test::FakeTransport::Reply answer(const net::HttpRequest &request);
    int countRequests(const QString &pathPrefix) const;

private:
    QByteArray topicList(qint64 categoryId, int page, int perPage) const;
    QByteArray topicDetail(const ScriptedTopic &topic, int nearPostNumber) const;
    QByteArray posts(const ScriptedTopic &topic, const QSet<qint64> &ids) const;
};

} // namespace outpost::synctest
