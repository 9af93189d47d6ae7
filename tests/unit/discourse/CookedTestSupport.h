#pragma once

// Shared by the cooked-HTML tests: realistic cooked snippets (the markup Discourse writes) and
// an independent safety check of sanitizer output, done with a second tokenizer pass.

#include "discourse/HtmlTokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace cookedsamples {

inline const QString quote = QStringLiteral(
        "<aside class=\"quote no-group\" data-username=\"alice\" data-post=\"3\" "
        "data-topic=\"123\">\n"
        "<div class=\"title\">\n<div class=\"quote-controls\"></div>\n"
        "<img loading=\"lazy\" alt=\"\" width=\"24\" height=\"24\" "
        "src=\"/user_avatar/forum.example.org/alice/48/5_2.png\" class=\"avatar\"> alice:</div>\n"
        "<blockquote>\n<p>The tracker capture app needs an update.</p>\n</blockquote>\n</aside>\n"
        "<p>I agree with this.</p>");

inline const QString externalQuote = QStringLiteral(
        "<aside class=\"quote no-group\">\n<blockquote>\n<p>Data use is the goal.</p>\n"
        "</blockquote>\n</aside>\n<p>From the handbook.</p>");

inline const QString onebox = QStringLiteral(
        "<aside class=\"onebox allowlistedgeneric\" "
        "data-onebox-src=\"https://dhis2.org/tracker/\">\n"
        "  <header class=\"source\">\n"
        "      <img src=\"https://dhis2.org/favicon.ico\" class=\"site-icon\" width=\"32\" "
        "height=\"32\">\n"
        "      <a href=\"https://dhis2.org/tracker/\" target=\"_blank\" "
        "rel=\"noopener\">DHIS2</a>\n"
        "  </header>\n  <article class=\"onebox-body\">\n"
        "    <div class=\"aspect-image\" style=\"--aspect-ratio:690/362;\"><img "
        "src=\"https://dhis2.org/thumb.png\" class=\"thumbnail\" width=\"690\" "
        "height=\"362\"></div>\n"
        "<h3><a href=\"https://dhis2.org/tracker/\" target=\"_blank\" rel=\"noopener\">DHIS2 "
        "Tracker "
        "&ndash; DHIS2</a></h3>\n  <p>Tracker is a module for individual-level data.</p>\n"
        "  </article>\n  <div class=\"onebox-metadata\">\n  </div>\n"
        "  <div style=\"clear: both\"></div>\n</aside>\n");

inline const QString lightbox = QStringLiteral(
        "<p><div class=\"lightbox-wrapper\"><a class=\"lightbox\" "
        "href=\"https://forum.example.org/uploads/default/original/2X/a/abc.png\" "
        "data-download-href=\"/uploads/short-url/x.png?dl=1\" title=\"dashboard\"><img "
        "src=\"https://forum.example.org/uploads/default/optimized/2X/a/abc_2_690x388.png\" "
        "alt=\"dashboard\" data-base62-sha1=\"x\" width=\"690\" height=\"388\" "
        "srcset=\"https://forum.example.org/a.png, https://forum.example.org/b.png 1.5x\" "
        "data-dominant-color=\"EEEEEE\"><div class=\"meta\"><svg class=\"fa d-icon "
        "d-icon-far-image "
        "svg-icon\" aria-hidden=\"true\"><use href=\"#far-image\"></use></svg><span "
        "class=\"filename\">dashboard</span><span class=\"informations\">1920×1080 245 "
        "KB</span><svg "
        "class=\"fa d-icon d-icon-discourse-expand svg-icon\" aria-hidden=\"true\"><use "
        "href=\"#discourse-expand\"></use></svg></div></a></div></p>");

inline const QString emoji = QStringLiteral(
        "<p>Thanks <img src=\"/images/emoji/twitter/smile.png?v=12\" title=\":smile:\" "
        "class=\"emoji\" alt=\":smile:\" loading=\"lazy\" width=\"20\" height=\"20\"> and <img "
        "src=\"/uploads/default/original/1X/dhis2.png\" title=\":dhis2_logo:\" class=\"emoji "
        "emoji-custom\" alt=\":dhis2_logo:\" width=\"20\" height=\"20\"></p>");

inline const QString mention = QStringLiteral(
        "<p>Ask <a class=\"mention\" href=\"/u/bob\">@bob</a> or <a class=\"mention-group\" "
        "href=\"/groups/core-team\">@core-team</a>.</p>");

inline const QString hashtag = QStringLiteral(
        "<p>See <a class=\"hashtag-cooked\" href=\"/c/implementation/12\" data-type=\"category\" "
        "data-slug=\"implementation\" data-id=\"12\"><span class=\"hashtag-icon-placeholder\"><svg "
        "class=\"fa d-icon d-icon-square-full svg-icon svg-node\"><use "
        "href=\"#square-full\"></use></svg></span><span>Implementation</span></a></p>");

inline const QString code = QStringLiteral(
        "<p>Run this:</p>\n<pre><code class=\"lang-python\">def f():\n    return 1 &lt; 2\n"
        "</code></pre>\n<p>Inline <code>x &amp;&amp; y</code>.</p>");

inline const QString lists =
        QStringLiteral("<ul>\n<li>one</li>\n<li>two\n<ul>\n<li>nested</li>\n</ul>\n</li>\n</ul>\n"
                       "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>");

inline const QString table = QStringLiteral(
        "<div class=\"md-table\">\n<table>\n<thead>\n<tr>\n<th>Name</th>\n"
        "<th style=\"text-align: right\">Count</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n"
        "<td>Alpha</td>\n<td style=\"text-align: "
        "right\">1</td>\n</tr>\n</tbody>\n</table>\n</div>");

inline const QString arabic =
        QStringLiteral("<p dir=\"rtl\">مرحبا بكم في مجتمع DHIS2، نحن سعداء بوجودكم.</p>");

inline const QString entities = QStringLiteral(
        "<p>Tom &amp; Jerry &lt;3 &quot;q&quot; &#x1F600; &#128512; &eacute; &nbsp;x &unknown; "
        "&amp &#0; &#xD800; &#1114112;</p>");

inline const QString youtube = QStringLiteral(
        "<div class=\"youtube-onebox lazy-video-container\" data-video-id=\"abc\" "
        "data-video-title=\"DHIS2 Tracker demo\" data-provider-name=\"youtube\">\n"
        "  <a href=\"https://www.youtube.com/watch?v=abc\" target=\"_blank\" rel=\"noopener\">\n"
        "    <img class=\"youtube-thumbnail\" "
        "src=\"https://img.youtube.com/vi/abc/maxresdefault.jpg\" "
        "title=\"DHIS2 Tracker demo\" width=\"690\" height=\"388\">\n  </a>\n</div>");

} // namespace cookedsamples

namespace cookedcheck {

using outpost::discourse::html::Token;
using outpost::discourse::html::Tokenizer;

// What sanitizer output may contain, written down independently of the sanitizer.
inline const QHash<QString, QSet<QString>> &allowed()
{
    static const QSet<QString> block = {QStringLiteral("class"), QStringLiteral("dir"),
                                        QStringLiteral("align")};
    static const QHash<QString, QSet<QString>> tags = {
            {QStringLiteral("p"), block},
            {QStringLiteral("div"), block},
            {QStringLiteral("span"), block},
            {QStringLiteral("h1"), block},
            {QStringLiteral("h2"), block},
            {QStringLiteral("h3"), block},
            {QStringLiteral("h4"), block},
            {QStringLiteral("h5"), block},
            {QStringLiteral("h6"), block},
            {QStringLiteral("li"), block},
            {QStringLiteral("ul"), block},
            {QStringLiteral("dl"), block},
            {QStringLiteral("dt"), block},
            {QStringLiteral("dd"), block},
            {QStringLiteral("pre"), block},
            {QStringLiteral("blockquote"), block},
            {QStringLiteral("ol"),
             {QStringLiteral("class"), QStringLiteral("dir"), QStringLiteral("align"),
              QStringLiteral("start")}},
            {QStringLiteral("br"), {}},
            {QStringLiteral("hr"), {}},
            {QStringLiteral("b"), {}},
            {QStringLiteral("strong"), {}},
            {QStringLiteral("i"), {}},
            {QStringLiteral("em"), {}},
            {QStringLiteral("u"), {}},
            {QStringLiteral("s"), {}},
            {QStringLiteral("sub"), {}},
            {QStringLiteral("sup"), {}},
            {QStringLiteral("small"), {}},
            {QStringLiteral("big"), {}},
            {QStringLiteral("code"), {}},
            {QStringLiteral("kbd"), {}},
            {QStringLiteral("samp"), {}},
            {QStringLiteral("var"), {}},
            {QStringLiteral("tt"), {}},
            {QStringLiteral("cite"), {}},
            {QStringLiteral("a"), {QStringLiteral("href"), QStringLiteral("class")}},
            {QStringLiteral("img"),
             {QStringLiteral("src"), QStringLiteral("width"), QStringLiteral("height"),
              QStringLiteral("alt")}},
            {QStringLiteral("table"),
             {QStringLiteral("class"), QStringLiteral("border"), QStringLiteral("cellspacing"),
              QStringLiteral("cellpadding"), QStringLiteral("width")}},
            {QStringLiteral("thead"), {}},
            {QStringLiteral("tbody"), {}},
            {QStringLiteral("tfoot"), {}},
            {QStringLiteral("tr"), {}},
            {QStringLiteral("td"),
             {QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("align")}},
            {QStringLiteral("th"),
             {QStringLiteral("colspan"), QStringLiteral("rowspan"), QStringLiteral("align")}},
    };
    return tags;
}

struct Report
{
    QStringList problems;
    int maxDepth = 0;
    int maxBlockquoteDepth = 0;
    int rows = 0;
};

inline bool isVoidName(const QString &name)
{
    return name == QLatin1String("br") || name == QLatin1String("hr") ||
           name == QLatin1String("img");
}

// Tokenizes `html` again and reports anything outside the allowlist, links that are not ours,
// comments, unbalanced tags, and how deep it nests.
inline Report check(const QString &html)
{
    Report report;
    Tokenizer tokenizer(html);
    Token token;
    QStringList open;
    int blockquotes = 0;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case Token::Type::Comment:
            report.problems << QStringLiteral("comment");
            break;
        case Token::Type::Text:
            if (token.rawText)
                report.problems << QStringLiteral("raw text");
            break;
        case Token::Type::StartTag: {
            const QString name = token.name.toString().toLower();
            if (!allowed().contains(name)) {
                report.problems << QStringLiteral("tag ") + name;
                break;
            }
            for (const auto &attribute : token.attributes) {
                const QString attributeName = attribute.name.toString().toLower();
                if (!allowed().value(name).contains(attributeName))
                    report.problems
                            << QStringLiteral("attribute %1 on %2").arg(attributeName, name);
                const QString value = attribute.value();
                if (attributeName == QLatin1String("href") &&
                    !value.startsWith(QLatin1String("outpost-link:")) &&
                    !value.startsWith(QLatin1String("outpost-post:")) &&
                    !value.startsWith(QLatin1String("outpost-image:")))
                    report.problems << QStringLiteral("href ") + value.left(80);
                if (attributeName == QLatin1String("href") &&
                    value.startsWith(QLatin1String("outpost-link:"))) {
                    const QString target = QString::fromUtf8(
                            QByteArray::fromPercentEncoding(value.mid(13).toLatin1()));
                    const QString lower = target.toLower();
                    if (!lower.startsWith(QLatin1String("http://")) &&
                        !lower.startsWith(QLatin1String("https://")) &&
                        !lower.startsWith(QLatin1String("mailto:")) && !lower.startsWith(u'/'))
                        report.problems << QStringLiteral("link target ") + target.left(80);
                }
                if (attributeName == QLatin1String("src") &&
                    !value.startsWith(QLatin1String("outpost-image:")))
                    report.problems << QStringLiteral("src ") + value.left(80);
            }
            if (name == QLatin1String("tr"))
                ++report.rows;
            if (!isVoidName(name)) {
                open << name;
                report.maxDepth = std::max(report.maxDepth, int(open.size()));
                if (name == QLatin1String("blockquote"))
                    report.maxBlockquoteDepth = std::max(report.maxBlockquoteDepth, ++blockquotes);
            }
            break;
        }
        case Token::Type::EndTag: {
            const QString name = token.name.toString().toLower();
            if (open.isEmpty() || open.last() != name) {
                report.problems << QStringLiteral("unbalanced </%1>").arg(name);
                break;
            }
            open.removeLast();
            if (name == QLatin1String("blockquote"))
                --blockquotes;
            break;
        }
        }
    }
    if (!open.isEmpty())
        report.problems << QStringLiteral("unclosed: ") + open.join(u' ');
    return report;
}

} // namespace cookedcheck
