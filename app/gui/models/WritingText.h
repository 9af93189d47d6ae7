#pragma once

// What the person wrote, described for people the same way everywhere (the composer's heading,
// the drafts list, the outbox): what kind of post it is and where it goes, with topic titles
// from the cache when they are there.

#include "store/UserTypes.h"

#include <QCoreApplication>
#include <QString>

namespace outpost::gui {

class ForumSession;

class WritingText
{
    Q_DECLARE_TR_FUNCTIONS(outpost::gui::WritingText)
public:
    // "Reply to “Title”", "New topic in Category", "Edit of your post #3 in “Title”", ...
    static QString draftHeading(const store::Draft &draft, ForumSession *session);
    static QString outboxHeading(const store::OutboxItem &item, ForumSession *session);
    // "Waiting to be sent", "Sending…", "Sent", "Needs your attention", ...
    static QString stateText(const store::OutboxItem &item);
    // The first line of the words, shortened, for lists.
    static QString excerpt(const QString &raw, int length = 120);

private:
    static QString topicTitle(std::optional<qint64> topicId, ForumSession *session);
    static int postNumberOf(std::optional<qint64> postId, ForumSession *session,
                            qint64 *topicId = nullptr);
};

} // namespace outpost::gui
