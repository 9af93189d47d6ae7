#pragma once

// Builders for forum values in store tests: each test says only what matters to it.

#include "discourse/Types.h"

#include <QDateTime>
#include <QStringList>

namespace outpost::store::test {

inline QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

inline discourse::Category category(qint64 id, const QString &name, int position = 0)
{
    discourse::Category c;
    c.id = id;
    c.name = name;
    c.slug = name.toLower();
    c.position = position;
    return c;
}

inline discourse::TopicListItem listItem(qint64 id, qint64 categoryId, const QString &title,
                                         qint64 bumpedMs, int highestPostNumber = 1)
{
    discourse::TopicListItem t;
    t.id = id;
    t.categoryId = categoryId;
    t.title = title;
    t.slug = QStringLiteral("topic-%1").arg(id);
    t.postsCount = highestPostNumber;
    t.highestPostNumber = highestPostNumber;
    t.createdAt = at(bumpedMs - 1000);
    t.lastPostedAt = at(bumpedMs);
    t.bumpedAt = at(bumpedMs);
    t.lastPosterUsername = QStringLiteral("alice");
    return t;
}

// Post ids are topicId * 1000 + postNumber, so tests can name them.
inline qint64 postId(qint64 topicId, int postNumber)
{
    return topicId * 1000 + postNumber;
}

inline discourse::Post post(qint64 topicId, int postNumber, const QString &text, qint64 userId = 7)
{
    discourse::Post p;
    p.id = postId(topicId, postNumber);
    p.topicId = topicId;
    p.postNumber = postNumber;
    p.userId = userId;
    p.username = QStringLiteral("user%1").arg(userId);
    p.name = QStringLiteral("User %1").arg(userId);
    p.avatarTemplate = QStringLiteral("/user_avatar/u%1/{size}.png").arg(userId);
    p.createdAt = at(1'700'000'000'000 + postNumber * 60'000);
    p.updatedAt = p.createdAt;
    p.cooked = QStringLiteral("<p>") + text + QStringLiteral("</p>");
    return p;
}

inline QStringList plainTexts(const QList<discourse::Post> &posts)
{
    // The cooked HTML of post() is "<p>text</p>"; the discourse layer would strip tags.
    QStringList texts;
    for (const discourse::Post &p : posts)
        texts.append(p.cooked.mid(3, p.cooked.size() - 7));
    return texts;
}

// A topic detail whose stream lists exactly `postNumbers` and whose chunk carries them.
inline discourse::TopicDetail detail(qint64 topicId, qint64 categoryId, const QString &title,
                                     const QList<int> &postNumbers,
                                     const QString &textPrefix = QStringLiteral("post"))
{
    discourse::TopicDetail d;
    d.id = topicId;
    d.categoryId = categoryId;
    d.title = title;
    d.slug = QStringLiteral("topic-%1").arg(topicId);
    d.postsCount = int(postNumbers.size());
    d.highestPostNumber = postNumbers.isEmpty() ? 0 : postNumbers.constLast();
    d.createdAt = at(1'700'000'000'000);
    d.lastPostedAt = at(1'700'000'000'000 + d.highestPostNumber * 60'000);
    d.bumpedAt = d.lastPostedAt;
    for (int n : postNumbers) {
        d.posts.append(
                post(topicId, n,
                     QStringLiteral("%1 %2 of topic %3").arg(textPrefix).arg(n).arg(topicId)));
        d.stream.append(postId(topicId, n));
    }
    return d;
}

} // namespace outpost::store::test
