#pragma once

// The composer's offline preview: the person's Markdown as Discourse would show it, without
// asking the forum. cmark-gfm (CommonMark with GitHub's tables, strikethrough, task lists and
// bare links, and Discourse's default of a line break for every new line) does the Markdown;
// Discourse's own extras are added the way Discourse cooks them, so the thread view's
// sanitizer and style show the preview exactly like a post:
//   [quote="user, post:N, topic:T"] ... [/quote]   an aside.quote with its attribution
//   @username                                      a mention (not inside code or links)
//   :shortcode:                                    the emoji it names
// The result of preview() has been through CookedHtml::sanitizeForDisplay: raw HTML in the
// text (which Discourse partly allows) is reduced to the same allowlist as a real post.

#include "discourse/CookedHtml.h"

#include <QString>

namespace outpost::compose {

// Markdown to HTML shaped like Discourse's "cooked" (not yet safe to show).
QString cookMarkdown(QStringView markdown);

// cookMarkdown() through the sanitizer: safe HTML for a QTextBrowser.
discourse::SanitizedHtml preview(QStringView markdown,
                                 const discourse::SanitizeOptions &options = {});

} // namespace outpost::compose
