// The composer's offline preview: Markdown through cmark-gfm, Discourse's quotes, mentions and
// emoji cooked the way Discourse does, and the result through the post sanitizer.

#include "compose/MarkdownPreview.h"
#include "compose/QuoteMarkup.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::compose;

class TestMarkdownPreview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paragraphsAndLineBreaks();
    void gfmExtensions();
    void quoteBecomesDiscourseAside();
    void nestedQuotesAndMarkdownInside();
    void unbalancedOrFencedQuoteTagsStayText();
    void markersCannotBeForged();
    void mentions();
    void emojiShortcodes();
    void codeIsEscapedAndKept();
    void dangerousHtmlIsSanitized();
    void quoteMarkupForSelection();
    void quoteArgumentParsing();
};

void TestMarkdownPreview::paragraphsAndLineBreaks()
{
    const QString cooked = cookMarkdown(u"first line\nsecond line\n\nnew paragraph"_s);
    QVERIFY2(cooked.contains(u"first line<br />"_s), qPrintable(cooked));
    QCOMPARE(cooked.count(u"<p>"_s), 2);
    QVERIFY(cooked.contains(u"<em>x</em>"_s) == false);
    QVERIFY(cookMarkdown(u"*x* and **y**"_s).contains(u"<em>x</em> and <strong>y</strong>"_s));
}

void TestMarkdownPreview::gfmExtensions()
{
    const QString cooked = cookMarkdown(u"| a | b |\n|---|--:|\n| 1 | 2 |\n\n~~gone~~ "
                                        u"https://dhis2.org\n\n- [x] done"_s);
    QVERIFY2(cooked.contains(u"<table>"_s), qPrintable(cooked));
    QVERIFY(cooked.contains(u"<del>gone</del>"_s));
    QVERIFY(cooked.contains(u"<a href=\"https://dhis2.org\">"_s));
    QVERIFY(cooked.contains(u"checkbox"_s));
}

void TestMarkdownPreview::quoteBecomesDiscourseAside()
{
    const QString raw = u"[quote=\"alice, post:3, topic:42\"]\nHello **there**\n[/quote]\n\n"
                        u"My reply"_s;
    const QString cooked = cookMarkdown(raw);
    QVERIFY2(cooked.contains(u"<aside class=\"quote no-group\" data-username=\"alice\" "
                             u"data-post=\"3\" data-topic=\"42\">"_s),
             qPrintable(cooked));
    const qsizetype quoteStart = cooked.indexOf(u"<blockquote>"_s);
    const qsizetype quoteEnd = cooked.indexOf(u"</blockquote></aside>"_s);
    const qsizetype bold = cooked.indexOf(u"<strong>there</strong>"_s);
    QVERIFY(quoteStart >= 0 && quoteStart < bold && bold < quoteEnd);
    QVERIFY(cooked.indexOf(u"My reply"_s) > quoteEnd);
    QVERIFY(!cooked.contains(u"[quote"_s));

    const discourse::SanitizedHtml safe = preview(raw);
    QCOMPARE(safe.quotes.size(), 1);
    QCOMPARE(safe.quotes.first().username, u"alice"_s);
    QCOMPARE(safe.quotes.first().postNumber, 3);
    QCOMPARE(safe.quotes.first().topicId, 42);
    QVERIFY2(safe.html.contains(u"alice said:"_s), qPrintable(safe.html));
    QVERIFY(safe.html.contains(u"outpost-post:42/3"_s));
    QVERIFY(safe.html.contains(u"<blockquote"_s));

    // Inline tags on the same line as the text, as people type them.
    const QString inlineQuote = cookMarkdown(u"[quote=bob]short[/quote] after"_s);
    QVERIFY2(inlineQuote.contains(u"data-username=\"bob\""_s), qPrintable(inlineQuote));
    QVERIFY(inlineQuote.indexOf(u"short"_s) < inlineQuote.indexOf(u"</aside>"_s));
    QVERIFY(inlineQuote.indexOf(u"after"_s) > inlineQuote.indexOf(u"</aside>"_s));
}

void TestMarkdownPreview::nestedQuotesAndMarkdownInside()
{
    const QString cooked = cookMarkdown(u"[quote=\"a, post:1, topic:9\"]\nouter\n[quote=\"b, "
                                        u"post:2, topic:9\"]\n- inner item\n[/quote]\n[/quote]"_s);
    QCOMPARE(cooked.count(u"<aside"_s), 2);
    QCOMPARE(cooked.count(u"</aside>"_s), 2);
    QVERIFY(cooked.indexOf(u"data-username=\"b\""_s) < cooked.indexOf(u"<li>inner item</li>"_s));
    QCOMPARE(preview(u"[quote]x\n[quote]y[/quote]\n[/quote]"_s).quotes.size(), 2);
}

void TestMarkdownPreview::unbalancedOrFencedQuoteTagsStayText()
{
    QVERIFY(!cookMarkdown(u"[quote=\"a\"]\nnever closed"_s).contains(u"<aside"_s));
    QVERIFY(cookMarkdown(u"[quote=\"a\"]\nnever closed"_s).contains(u"[quote=&quot;a&quot;]"_s));
    QVERIFY(!cookMarkdown(u"stray [/quote] here"_s).contains(u"</aside>"_s));
    const QString fenced = cookMarkdown(u"```\n[quote=\"a\"]\nx\n[/quote]\n```"_s);
    QVERIFY2(!fenced.contains(u"<aside"_s), qPrintable(fenced));
    QVERIFY(fenced.contains(u"[quote=&quot;a&quot;]"_s));
}

void TestMarkdownPreview::markersCannotBeForged()
{
    // The private-use characters used internally are removed from the person's text.
    const QString forged = QChar(0xE000) + u"OQ0"_s + QChar(0xE001);
    const QString cooked = cookMarkdown(forged);
    QVERIFY(!cooked.contains(u"<aside"_s));
    QVERIFY(cooked.contains(u"OQ0"_s));
}

void TestMarkdownPreview::mentions()
{
    const QString cooked = cookMarkdown(u"Thanks @Jane_Doe. and @bob-2!"_s);
    QVERIFY2(cooked.contains(u"<a class=\"mention\" href=\"/u/jane_doe\">@Jane_Doe</a>."_s),
             qPrintable(cooked));
    QVERIFY(cooked.contains(u"<a class=\"mention\" href=\"/u/bob-2\">@bob-2</a>!"_s));
    // Not in code, not in links, not in an e-mail address.
    QVERIFY(!cookMarkdown(u"`@bob` and\n\n    @carol"_s).contains(u"mention"_s));
    QVERIFY(!cookMarkdown(u"[see @bob](https://x.org)"_s).contains(u"mention"_s));
    QVERIFY(!cookMarkdown(u"write to me@example.org"_s).contains(u"mention"_s));

    const discourse::SanitizedHtml safe = preview(u"hello @jane"_s);
    QVERIFY2(safe.html.contains(u"class=\"mention\""_s), qPrintable(safe.html));
    QVERIFY(safe.html.contains(u"@jane"_s));
}

void TestMarkdownPreview::emojiShortcodes()
{
    const QString cooked = cookMarkdown(u"great :smile: at 10:30:45 :not_an_emoji_code:"_s);
    QVERIFY2(cooked.contains(QString::fromUtf8("\xF0\x9F\x98\x84")), qPrintable(cooked));
    QVERIFY(cooked.contains(u"10:30:45"_s));
    QVERIFY(cooked.contains(u":not_an_emoji_code:"_s));
    QVERIFY(cookMarkdown(u"`:smile:`"_s).contains(u":smile:"_s));
}

void TestMarkdownPreview::codeIsEscapedAndKept()
{
    const QString raw = u"```sql\nSELECT * FROM t WHERE a < 2 AND b > 1;\n```\n\nand `x<y`"_s;
    const QString cooked = cookMarkdown(raw);
    QVERIFY2(cooked.contains(u"<pre><code class=\"language-sql\">SELECT * FROM t WHERE a &lt; 2 "
                             u"AND b &gt; 1;"_s),
             qPrintable(cooked));
    QVERIFY(cooked.contains(u"<code>x&lt;y</code>"_s));
    const discourse::SanitizedHtml safe = preview(raw);
    QVERIFY2(safe.html.contains(u"<pre"_s), qPrintable(safe.html));
    QVERIFY(safe.html.contains(u"a &lt; 2"_s));
}

void TestMarkdownPreview::dangerousHtmlIsSanitized()
{
    const discourse::SanitizedHtml safe =
            preview(u"<script>alert('x')</script>\n\n<img src=\"https://evil.example/p.png\" "
                    u"onerror=\"steal()\">\n\n[click](javascript:alert(1)) "
                    u"<span style=\"position:fixed\">styled</span> <kbd>Ctrl</kbd>"_s);
    QVERIFY(!safe.html.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!safe.html.contains(u"alert('x')"_s));
    QVERIFY(!safe.html.contains(u"onerror"_s));
    QVERIFY(!safe.html.contains(u"steal"_s));
    QVERIFY(!safe.html.contains(u"javascript:"_s));
    QVERIFY(!safe.html.contains(u"position:fixed"_s));
    QVERIFY(!safe.html.contains(u"https://evil.example"_s));
    QVERIFY(safe.html.contains(u"styled"_s));
    QVERIFY(safe.html.contains(u"Ctrl"_s));
}

void TestMarkdownPreview::quoteMarkupForSelection()
{
    const QString text = u"first line"_s + QChar(0x2029) + u"second line  \n\n"_s;
    QCOMPARE(quoteMarkup({u"alice"_s, 3, 42}, text),
             u"[quote=\"alice, post:3, topic:42\"]\nfirst line\nsecond line\n[/quote]\n"_s);
    QCOMPARE(quoteMarkup({}, u"x"_s), u"[quote]\nx\n[/quote]\n"_s);
    // What the composer writes, the preview reads back.
    const discourse::SanitizedHtml safe = preview(quoteMarkup({u"bob"_s, 7, 99}, u"quoted"_s));
    QCOMPARE(safe.quotes.size(), 1);
    QCOMPARE(safe.quotes.first().topicId, 99);
    QCOMPARE(safe.quotes.first().postNumber, 7);
}

void TestMarkdownPreview::quoteArgumentParsing()
{
    const QuoteSource full = parseQuoteArgument(u"\"carol, post:12, topic:3456, full:true\""_s);
    QCOMPARE(full.username, u"carol"_s);
    QCOMPARE(full.postNumber, 12);
    QCOMPARE(full.topicId, 3456);
    const QuoteSource bare = parseQuoteArgument(u"dave"_s);
    QCOMPARE(bare.username, u"dave"_s);
    QCOMPARE(bare.postNumber, 0);
    const QuoteSource bad = parseQuoteArgument(u"\"eve, post:-1, topic:abc\""_s);
    QCOMPARE(bad.postNumber, 0);
    QCOMPARE(bad.topicId, 0);
}

QTEST_GUILESS_MAIN(TestMarkdownPreview)
#include "tst_markdown_preview.moc"
