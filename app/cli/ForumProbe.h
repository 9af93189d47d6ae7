#pragma once

#include <QString>
#include <QUrl>

namespace outpost::cli {

// What one GET /site.json says about an address someone wants to add as a forum.
struct ForumProbe
{
    enum class Verdict
    {
        Discourse,    // a Discourse forum that shows its categories
        SignInNeeded, // a Discourse forum that answers only members (login required)
        NotDiscourse, // something answered, but not a Discourse forum
        Unreachable,  // nothing answered (offline, wrong host, refused)
    };
    Verdict verdict = Verdict::Unreachable;
    QString detail; // a sentence for people when not Discourse
};

// Blocks for at most about half a minute; sends no credentials.
ForumProbe probeForum(const QUrl &baseUrl);

} // namespace outpost::cli
