#pragma once

// Discourse's server-rendered post HTML ("cooked") for the places Outpost shows or indexes it:
// plain text for search and the CLI, and a safe subset of HTML for the GUI's QTextBrowser.
// Both run in time linear in the input and stay bounded on hostile markup.

#include <QList>
#include <QString>
#include <QUrl>

namespace outpost::discourse {

// An image of a post, for the GUI's image cache.
struct CookedImage
{
    // URLs are absolute when SanitizeOptions::baseUrl (or extractReferences()' baseUrl) is
    // set; without it, a relative URL of the post stays relative.
    QString src;     // what the post shows (often a resized copy)
    QString fullUrl; // the full-size original (lightbox), if any
    QString alt;
    int width = 0; // as displayed (width/height attributes); 0 if unknown
    int height = 0;
    int originalWidth = 0; // from the lightbox caption ("1920×1080 245 KB"); 0 if unknown
    int originalHeight = 0;
    qint64 fileSize = -1; // bytes, approximate (the caption rounds); -1 if unknown
};

// A quote of another post (aside.quote), for "jump to the quoted post".
struct CookedQuote
{
    QString username;
    qint64 topicId = 0; // 0 when the quote names no topic (a quote of something off-forum)
    int postNumber = 0;
};

struct SanitizeOptions
{
    enum class Images
    {
        Placeholder, // a link "outpost-image:<index>" with the alt text and size
        Inline,      // <img src="outpost-image:<index>">, for QTextBrowser::loadResource()
                     // to answer from the image cache
    };

    QUrl baseUrl; // the forum (with subfolder) to resolve relative links and images against
    Images images = Images::Placeholder;
    int maxTableRows = 200;   // rows past this are dropped with a note
    int maxTableColumns = 50; // cells past this in a row are dropped
    int maxQuoteDepth = 8;    // deeper quotes are flattened (kept, not indented further)
    int maxDepth = 32;        // nesting of emitted elements; deeper wrappers are dropped
    qsizetype maxOutputLength = 1'000'000; // characters; then the rest is cut with a note
    int maxInlineImageWidth = 690; // Images::Inline scales wider images down (Discourse's width)
};

struct SanitizedHtml
{
    QString html;
    QList<CookedImage> images; // index i is "outpost-image:i"
    QList<CookedQuote> quotes;
    bool truncated = false; // output was cut at maxOutputLength
};

// The URL schemes of the links sanitizeForDisplay() writes; the GUI handles each.
//   outpost-link:<percent-encoded absolute URL>   a link in the post (show where it goes first)
//   outpost-post:<topic id>/<post number>         a quoted post
//   outpost-image:<index>                         an image of SanitizedHtml::images
namespace CookedHtml {

enum class QuoteStyle
{
    // Quotes are kept: the attribution line, then the quoted text with "> " before each line.
    // For reading (CLI, notifications, previews).
    Marked,
    // Quotes of other posts are left out; quotes of off-forum text (no topic) stay, marked.
    // For the search index: the quoted post is indexed on its own, and repeating its words in
    // every reply that quotes it would make a search for them list all those replies before
    // (or instead of) the post that said it, and inflate the index.
    OmitPostQuotes,
};

// Text for search and the CLI: block elements become line breaks (a blank line between
// paragraphs), list items get "- " (or "1. " in ordered lists), code blocks keep their
// lines, images become their alt text, emoji their ":shortcode:", oneboxes "title — URL",
// mentions "@name", hashtags "#name"; other whitespace is collapsed. Right-to-left text is
// passed through unchanged.
QString plainText(QStringView cooked, QuoteStyle quotes = QuoteStyle::Marked);

// plainText() for the search index (QuoteStyle::OmitPostQuotes).
inline QString searchText(QStringView cooked)
{
    return plainText(cooked, QuoteStyle::OmitPostQuotes);
}

// Safe HTML for QTextBrowser: an allowlist of tags and attributes; scripts, styles, frames,
// objects, forms, SVG and MathML are dropped with their content; event handlers, style
// attributes (but text-align), and links other than http(s)/mailto are dropped; links,
// quotes, oneboxes, images, emoji and mentions are rewritten as described above.
SanitizedHtml sanitizeForDisplay(QStringView cooked, const SanitizeOptions &options = {});

// The images and quotes of a post without producing display HTML (for the sync's image queue).
struct References
{
    QList<CookedImage> images;
    QList<CookedQuote> quotes;
};
References extractReferences(QStringView cooked, const QUrl &baseUrl = {});

// The Unicode emoji for a Discourse shortcode ("smile" or ":smile:"), or an empty string.
QString emojiForShortcode(QStringView shortcode);

} // namespace CookedHtml

} // namespace outpost::discourse
