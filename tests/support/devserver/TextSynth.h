#pragma once

#include "ForumTypes.h"

#include <QString>

namespace devserver {

class Forum;
struct PostText;

// Raw Markdown and Discourse-style cooked HTML for a generated post, rebuilt from
// (forum seed, post id, version) every time it is served: nothing is stored.
PostText synthesizePost(const Forum &forum, const Post &post);

// The first sentence of a post, used to quote it from a later one.
QString firstSentence(const Forum &forum, const Post &post);

// Cooks Markdown typed at runtime (POST /posts.json, edits) the way Discourse would for the
// features the devserver models: paragraphs with line breaks, lists, code fences, links,
// [quote] blocks and @mentions. Raw HTML is not passed through.
QString cookMarkdown(const Forum &forum, const QString &raw);

QString topicTitleFor(Lang lang, quint64 seed);
QString htmlEscape(const QString &text);
QString avatarTemplate(const QString &username);
// Discourse's Slug.for: ASCII words joined by '-', "topic" when nothing is left.
QString slugify(const QString &title);
// fancy_title: HTML-escaped with typographic quotes, as Discourse serialises it.
QString fancyTitle(const QString &title);
QString plainText(const QString &cookedHtml);

} // namespace devserver
