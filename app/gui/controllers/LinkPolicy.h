#pragma once

#include <QUrl>

#include <optional>

namespace outpost::gui {

class AppSettings;

// What happens to a link a person activates in a post. Links of the sanitized HTML arrive as
// outpost-link:<percent-encoded URL> (a link of the post), outpost-post:<topic>/<n> (a quoted
// post) or outpost-image:<index> (a picture placeholder).
class LinkPolicy
{
public:
    struct Target
    {
        enum class Kind
        {
            Invalid,
            ForumPost, // a topic (and post) of this forum: open it in Outpost
            External,  // anything else: the system browser, after asking
            Image,     // a picture of the post
        };
        Kind kind = Kind::Invalid;
        QUrl url; // External: the address; ForumPost: the forum page it came from (if any)
        qint64 topicId = 0;
        int postNumber = 0;
        int imageIndex = -1;
    };

    // `forumBase` is the open forum's base URL, to recognise links to its own topics.
    static Target classify(const QUrl &link, const QUrl &forumBase);
    // The address an outpost-link: stands for (empty when it is not one).
    static QUrl decodeOutpostLink(const QUrl &link);
    // A topic page of the forum at `base` (/t/slug/id[/n], /t/id[/n]).
    static std::optional<std::pair<qint64, int>> forumTopic(const QUrl &url, const QUrl &base);

    // Whether opening `url` needs the person to see it first (it does, unless they trusted
    // its site).
    static bool needsConfirmation(const QUrl &url, const AppSettings &settings);
};

} // namespace outpost::gui
