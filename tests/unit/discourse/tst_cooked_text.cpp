#include "CookedTestSupport.h"
#include "discourse/CookedHtml.h"
#include "discourse/HtmlTokenizer.h"

#include <QTest>

using namespace outpost::discourse;
using html::Tag;
using html::Token;
using html::Tokenizer;

namespace {

QStringList describeTokens(const QString &input)
{
    QStringList out;
    Tokenizer tokenizer(input);
    Token token;
    while (tokenizer.next(token)) {
        switch (token.type) {
        case Token::Type::Text:
            out << (token.rawText ? QStringLiteral("raw:") : QStringLiteral("text:")) +
                            token.text.toString();
            break;
        case Token::Type::Comment:
            out << QStringLiteral("comment:") + token.text.toString();
            break;
        case Token::Type::StartTag: {
            QString s = QStringLiteral("<") + token.name.toString().toLower();
            for (const auto &a : token.attributes)
                s += u' ' + a.name.toString() + u'=' + a.value();
            if (token.selfClosing)
                s += u'/';
            out << s + u'>';
            break;
        }
        case Token::Type::EndTag:
            out << QStringLiteral("</") + token.name.toString().toLower() + u'>';
            break;
        }
    }
    return out;
}

} // namespace

class TestCookedText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tokenizer_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("quotes")
                << QStringLiteral("<a href=\"x y\" title='it\"s' data-n=3 checked>t</a>")
                << QStringList{QStringLiteral("<a href=x y title=it\"s data-n=3 checked=>"),
                               QStringLiteral("text:t"), QStringLiteral("</a>")};
        QTest::newRow("case and spaces")
                << QStringLiteral("<DIV\n  CLASS = \"a\"\t>x</Div >")
                << QStringList{QStringLiteral("<div CLASS=a>"), QStringLiteral("text:x"),
                               QStringLiteral("</div>")};
        QTest::newRow("entities in attributes")
                << QStringLiteral("<a href=\"?a=1&amp;b=2&copy=3\">")
                << QStringList{QStringLiteral("<a href=?a=1&b=2&copy=3>")};
        QTest::newRow("self closing")
                << QStringLiteral("<br/><img src=a />")
                << QStringList{QStringLiteral("<br/>"), QStringLiteral("<img src=a/>")};
        QTest::newRow("lone less-than")
                << QStringLiteral("1 < 2 <3 a<b>")
                << QStringList{QStringLiteral("text:1 < 2 <3 a"), QStringLiteral("<b>")};
        QTest::newRow("comment") << QStringLiteral("a<!-- <b> -->c")
                                 << QStringList{QStringLiteral("text:a"),
                                                QStringLiteral("comment: <b> "),
                                                QStringLiteral("text:c")};
        QTest::newRow("abrupt comments")
                << QStringLiteral("<!-->a<!--->b")
                << QStringList{QStringLiteral("comment:"), QStringLiteral("text:a"),
                               QStringLiteral("comment:"), QStringLiteral("text:b")};
        QTest::newRow("unterminated comment")
                << QStringLiteral("a<!-- never closed <b>")
                << QStringList{QStringLiteral("text:a"),
                               QStringLiteral("comment: never closed <b>")};
        QTest::newRow("cdata and doctype")
                << QStringLiteral("<!DOCTYPE html><![CDATA[x<y]]>z<?php echo 1 ?>w")
                << QStringList{QStringLiteral("comment:DOCTYPE html"),
                               QStringLiteral("comment:[CDATA[x<y]]"), QStringLiteral("text:z"),
                               QStringLiteral("comment:?php echo 1 ?"), QStringLiteral("text:w")};
        QTest::newRow("script raw text")
                << QStringLiteral("<script>if (a<b) x = '</div>'; </SCRIPT >after")
                << QStringList{QStringLiteral("<script>"),
                               QStringLiteral("raw:if (a<b) x = '</div>'; "),
                               QStringLiteral("</script>"), QStringLiteral("text:after")};
        QTest::newRow("script not really closed")
                << QStringLiteral("<style>a</styles>b</style>c")
                << QStringList{QStringLiteral("<style>"), QStringLiteral("raw:a</styles>b"),
                               QStringLiteral("</style>"), QStringLiteral("text:c")};
        QTest::newRow("unclosed script")
                << QStringLiteral("<script>alert(1)")
                << QStringList{QStringLiteral("<script>"), QStringLiteral("raw:alert(1)")};
        QTest::newRow("end of input inside tag name")
                << QStringLiteral("a<b") << QStringList{QStringLiteral("text:a")};
        QTest::newRow("end of input inside tag")
                << QStringLiteral("ok<a href=\"x") << QStringList{QStringLiteral("text:ok")};
        QTest::newRow("empty end tag")
                << QStringLiteral("a</>b")
                << QStringList{QStringLiteral("text:a"), QStringLiteral("text:b")};
        QTest::newRow("bogus end tag")
                << QStringLiteral("a</ x>b")
                << QStringList{QStringLiteral("text:a"), QStringLiteral("comment: x"),
                               QStringLiteral("text:b")};
        QTest::newRow("attribute without value before slash")
                << QStringLiteral("<input disabled/>")
                << QStringList{QStringLiteral("<input disabled=/>")};
    }

    void tokenizer()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, tokens);
        QCOMPARE(describeTokens(input), tokens);
    }

    void tagLookup()
    {
        QCOMPARE(html::tagFromName(u"BLOCKQUOTE"), Tag::Blockquote);
        QCOMPARE(html::tagFromName(u"figcaption"), Tag::Figcaption);
        QCOMPARE(html::tagFromName(u"custom-element"), Tag::Other);
        QCOMPARE(html::tagFromName(u"blockquotes"), Tag::Other);
        QCOMPARE(html::tagName(Tag::Td), QLatin1String("td"));
        for (int t = 1; t < int(Tag::Count_); ++t)
            QCOMPARE(html::tagFromName(QString(html::tagName(Tag(t)))), Tag(t));
    }

    void entityDecoding_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("named") << QStringLiteral(
                                          "&amp;&lt;&gt;&quot;&apos;&nbsp;&eacute;&hellip;&mdash;")
                               << QStringLiteral("&<>\"'\u00A0é…—");
        QTest::newRow("numeric") << QStringLiteral("&#65;&#x42;&#X43;&#128512;&#x1f600;")
                                 << QStringLiteral("ABC😀😀");
        QTest::newRow("invalid code points")
                << QStringLiteral("&#0;&#xD800;&#1114112;&#99999999999999999999;")
                << QStringLiteral("\uFFFD\uFFFD\uFFFD\uFFFD");
        QTest::newRow("no semicolon") << QStringLiteral("&amp &lt3 &copy=1 &ampx &#65x")
                                      << QStringLiteral("& &lt3 &copy=1 &ampx Ax");
        QTest::newRow("unknown and bare") << QStringLiteral("&unknown; & &; &#; &#x;")
                                          << QStringLiteral("&unknown; & &; &#; &#x;");
        QTest::newRow("case sensitive")
                << QStringLiteral("&Eacute;&AMP;") << QStringLiteral("É&AMP;");
    }

    void entityDecoding()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(html::decoded(input), expected);
    }

    void plainText_data()
    {
        QTest::addColumn<QString>("cooked");
        QTest::addColumn<QString>("expected");
        using namespace cookedsamples;
        QTest::newRow("paragraphs")
                << QStringLiteral("<p>One\n  two</p>\n<p>Three<br>four<br><br>five</p>")
                << QStringLiteral("One two\n\nThree\nfour\n\nfive");
        QTest::newRow("quote marked")
                << quote
                << QStringLiteral("alice:\n\n> The tracker capture app needs an update.\n\n"
                                  "I agree with this.");
        QTest::newRow("onebox") << onebox
                                << QStringLiteral(
                                           "DHIS2 Tracker – DHIS2 — https://dhis2.org/tracker/");
        QTest::newRow("video")
                << youtube
                << QStringLiteral("DHIS2 Tracker demo — https://www.youtube.com/watch?v=abc");
        QTest::newRow("lightbox") << lightbox << QStringLiteral("dashboard");
        QTest::newRow("emoji") << emoji << QStringLiteral("Thanks :smile: and :dhis2_logo:");
        QTest::newRow("mentions") << mention << QStringLiteral("Ask @bob or @core-team.");
        QTest::newRow("hashtag") << hashtag << QStringLiteral("See #Implementation");
        QTest::newRow("code")
                << code
                << QStringLiteral("Run this:\n\ndef f():\n    return 1 < 2\n\nInline x && y.");
        QTest::newRow("lists") << lists
                               << QStringLiteral("- one\n- two\n  - nested\n\n3. three\n4. four");
        QTest::newRow("table") << table << QStringLiteral("Name | Count\nAlpha | 1");
        QTest::newRow("arabic") << arabic
                                << QStringLiteral("مرحبا بكم في مجتمع DHIS2، نحن سعداء بوجودكم.");
        QTest::newRow("entities")
                << entities
                << QStringLiteral("Tom & Jerry <3 \"q\" 😀 😀 é x &unknown; & \uFFFD \uFFFD \uFFFD");
        QTest::newRow("scripts and styles dropped")
                << QStringLiteral("<p>a<script>alert('x')</script>b<style>p{}</style>c</"
                                  "p><svg><text>no</text></svg>")
                << QStringLiteral("abc");
        QTest::newRow("details")
                << QStringLiteral("<details><summary>More</summary><p>hidden</p></details>")
                << QStringLiteral("More\n\nhidden");
        QTest::newRow("headings and rules")
                << QStringLiteral("<h2>Title</h2><hr><p>x</p>") << QStringLiteral("Title\n\nx");
        QTest::newRow("unclosed markup")
                << QStringLiteral("<p>a<b>b<i>c<p>d<li>e") << QStringLiteral("abc\n\nd\n\n- e");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only whitespace") << QStringLiteral("<p> \n </p>") << QString();
    }

    void plainText()
    {
        QFETCH(QString, cooked);
        QFETCH(QString, expected);
        QCOMPARE(CookedHtml::plainText(cooked), expected);
    }

    void searchTextOmitsQuotedPosts()
    {
        QCOMPARE(CookedHtml::searchText(cookedsamples::quote),
                 QStringLiteral("I agree with this."));
        // A quote of something off the forum has no other copy in the index: it stays.
        QCOMPARE(CookedHtml::searchText(cookedsamples::externalQuote),
                 QStringLiteral("> Data use is the goal.\n\nFrom the handbook."));
    }

    void nestedQuotesAreMarkedPerLevel()
    {
        const QString cooked =
                QStringLiteral("<blockquote><p>outer</p><blockquote><p>inner<br>second</p></"
                               "blockquote></blockquote>");
        QCOMPARE(CookedHtml::plainText(cooked), QStringLiteral("> outer\n\n> > inner\n> > second"));
    }

    void preInsideQuoteKeepsLines()
    {
        const QString cooked =
                QStringLiteral("<blockquote><pre><code>a\n  b\n</code></pre></blockquote>");
        QCOMPARE(CookedHtml::plainText(cooked), QStringLiteral("> a\n>   b"));
    }

    void emojiShortcodes()
    {
        QCOMPARE(CookedHtml::emojiForShortcode(u":smile:"), QStringLiteral("😄"));
        QCOMPARE(CookedHtml::emojiForShortcode(u"+1"), QStringLiteral("👍"));
        QCOMPARE(CookedHtml::emojiForShortcode(u":+1:t4:"), QStringLiteral("👍🏽"));
        QCOMPARE(CookedHtml::emojiForShortcode(u":heart:"), QStringLiteral("❤\uFE0F"));
        QVERIFY(CookedHtml::emojiForShortcode(u":dhis2_logo:").isEmpty());
        QVERIFY(CookedHtml::emojiForShortcode(u"").isEmpty());
        QVERIFY(CookedHtml::emojiForShortcode(u"::").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCookedText)
#include "tst_cooked_text.moc"
