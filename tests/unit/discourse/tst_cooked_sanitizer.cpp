#include "CookedTestSupport.h"
#include "discourse/CookedHtml.h"

#include <QTest>

using namespace outpost::discourse;

namespace {

SanitizeOptions forumOptions()
{
    SanitizeOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://forum.example.org"));
    return options;
}

SanitizedHtml sanitized(const QString &cooked, const SanitizeOptions &options = forumOptions())
{
    SanitizedHtml result = CookedHtml::sanitizeForDisplay(cooked, options);
    const cookedcheck::Report report = cookedcheck::check(result.html);
    if (!report.problems.isEmpty())
        qWarning() << "unsafe output:" << report.problems << result.html.left(500);
    return result;
}

bool isSafe(const QString &html)
{
    return cookedcheck::check(html).problems.isEmpty();
}

QString link(const QString &url)
{
    return QStringLiteral("outpost-link:") + QString::fromLatin1(QUrl::toPercentEncoding(url));
}

} // namespace

class TestCookedSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quotesBecomeAttributedBlockquotes()
    {
        const SanitizedHtml r = sanitized(cookedsamples::quote);
        QVERIFY(isSafe(r.html));
        QVERIFY2(r.html.contains(
                         QStringLiteral("<blockquote class=\"quote\"><p class=\"quote-title\"><a "
                                        "href=\"outpost-post:123/3\">alice said:</a></p>")),
                 qPrintable(r.html));
        QVERIFY(r.html.contains(QStringLiteral("<p>The tracker capture app needs an update.</p>")));
        QVERIFY(!r.html.contains(QStringLiteral("alice:<"))); // Discourse's own title line is gone
        QCOMPARE(cookedcheck::check(r.html).maxBlockquoteDepth,
                 1); // the inner <blockquote> is unwrapped
        QCOMPARE(r.quotes.size(), 1);
        QCOMPARE(r.quotes[0].username, QStringLiteral("alice"));
        QCOMPARE(r.quotes[0].topicId, 123);
        QCOMPARE(r.quotes[0].postNumber, 3);
        QVERIFY(r.images.isEmpty()); // the avatar is not a post image
    }

    void quoteWithoutSourceHasNoJumpLink()
    {
        const SanitizedHtml r = sanitized(cookedsamples::externalQuote);
        QVERIFY(r.html.contains(QStringLiteral("<p class=\"quote-title\">Quote:</p>")));
        QVERIFY(!r.html.contains(QStringLiteral("outpost-post:")));
        QCOMPARE(r.quotes.size(), 1);
        QCOMPARE(r.quotes[0].topicId, 0);
    }

    void deepQuotesAreFlattened()
    {
        QString cooked;
        for (int i = 0; i < 12; ++i)
            cooked +=
                    QStringLiteral("<aside class=\"quote\" data-username=\"u%1\" data-topic=\"1\" "
                                   "data-post=\"%1\"><blockquote>")
                            .arg(i + 1);
        cooked += QStringLiteral("<p>deepest</p>");
        const SanitizedHtml r = sanitized(cooked);
        const cookedcheck::Report report = cookedcheck::check(r.html);
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(report.maxBlockquoteDepth, 8);
        QVERIFY(r.html.contains(QStringLiteral("deepest")));
        QVERIFY(r.html.contains(QStringLiteral("u12 said:"))); // attribution kept past the cap
        QCOMPARE(r.quotes.size(), 12);
    }

    void oneboxBecomesACard()
    {
        const SanitizedHtml r = sanitized(cookedsamples::onebox);
        QVERIFY(isSafe(r.html));
        QVERIFY(r.html.contains(QStringLiteral("<table class=\"onebox\"")));
        QVERIFY(r.html.contains(QStringLiteral("<a href=\"") +
                                link(QStringLiteral("https://dhis2.org/tracker/")) +
                                QStringLiteral("\"><b>DHIS2 Tracker – DHIS2</b></a>")));
        QVERIFY(r.html.contains(QStringLiteral("<span class=\"onebox-domain\">DHIS2</span>")));
        QVERIFY(r.html.contains(QStringLiteral("Tracker is a module for individual-level data.")));
        QVERIFY(r.images.isEmpty()); // site icon and thumbnail are not fetched
        QVERIFY(!r.html.contains(QStringLiteral("favicon")));
    }

    void videoOneboxBecomesACard()
    {
        const SanitizedHtml r = sanitized(cookedsamples::youtube);
        QVERIFY(isSafe(r.html));
        QVERIFY(r.html.contains(QStringLiteral("<b>DHIS2 Tracker demo</b>")));
        QVERIFY(r.html.contains(link(QStringLiteral("https://www.youtube.com/watch?v=abc"))));
        QVERIFY(r.html.contains(QStringLiteral("www.youtube.com")));
        QVERIFY(r.images.isEmpty());
    }

    void lightboxImagesArePlaceholders()
    {
        const SanitizedHtml r = sanitized(cookedsamples::lightbox);
        QVERIFY(isSafe(r.html));
        QCOMPARE(r.images.size(), 1);
        const CookedImage &image = r.images[0];
        QCOMPARE(image.src, QStringLiteral("https://forum.example.org/uploads/default/optimized/2X/"
                                           "a/abc_2_690x388.png"));
        QCOMPARE(image.fullUrl,
                 QStringLiteral("https://forum.example.org/uploads/default/original/2X/a/abc.png"));
        QCOMPARE(image.alt, QStringLiteral("dashboard"));
        QCOMPARE(image.width, 690);
        QCOMPARE(image.height, 388);
        QCOMPARE(image.originalWidth, 1920);
        QCOMPARE(image.originalHeight, 1080);
        QCOMPARE(image.fileSize, 245 * 1024);
        QVERIFY2(r.html.contains(
                         QStringLiteral("<a class=\"image\" href=\"outpost-image:0\">[Image: "
                                        "dashboard, 690×388]</a>")),
                 qPrintable(r.html));
        QVERIFY(!r.html.contains(QStringLiteral("245 KB"))); // the caption is not repeated as text
    }

    void inlineImagesForTheImageCache()
    {
        SanitizeOptions options = forumOptions();
        options.images = SanitizeOptions::Images::Inline;
        options.maxInlineImageWidth = 345;
        const SanitizedHtml r = sanitized(cookedsamples::lightbox, options);
        QVERIFY(isSafe(r.html));
        QVERIFY2(r.html.contains(
                         QStringLiteral("<a href=\"outpost-image:0\"><img src=\"outpost-image:0\" "
                                        "width=\"345\" height=\"194\" alt=\"dashboard\"></a>")),
                 qPrintable(r.html));
    }

    void imagesResolveAgainstTheForumAndRefuseOtherSchemes()
    {
        const SanitizedHtml r = sanitized(QStringLiteral(
                "<p><img src=\"/uploads/a.png\" alt=\"a\"><img src=\"//cdn.example.net/b.png\">"
                "<img src=\"data:image/png;base64,AAAA\" alt=\"inline data\"><img "
                "src=\"javascript:x\"></p>"));
        QVERIFY(isSafe(r.html));
        QCOMPARE(r.images.size(), 2);
        QCOMPARE(r.images[0].src, QStringLiteral("https://forum.example.org/uploads/a.png"));
        QCOMPARE(r.images[1].src, QStringLiteral("https://cdn.example.net/b.png"));
        QVERIFY(r.html.contains(QStringLiteral("[Image]")));
        QVERIFY(r.html.contains(QStringLiteral("inline data"))); // alt text kept as text
    }

    void emojiBecomeText()
    {
        const SanitizedHtml r = sanitized(cookedsamples::emoji);
        QVERIFY(isSafe(r.html));
        QCOMPARE(r.html, QStringLiteral("<p>Thanks 😄 and :dhis2_logo:</p>"));
        QVERIFY(r.images.isEmpty());
    }

    void mentionsStayTextWithAClass()
    {
        const SanitizedHtml r = sanitized(cookedsamples::mention);
        QCOMPARE(r.html, QStringLiteral("<p>Ask <span class=\"mention\">@bob</span> or "
                                        "<span class=\"mention\">@core-team</span>.</p>"));
    }

    void hashtagsKeepTheirMark()
    {
        const SanitizedHtml r = sanitized(cookedsamples::hashtag);
        QVERIFY(isSafe(r.html));
        QCOMPARE(r.html,
                 QStringLiteral("<p>See <a href=\"") +
                         link(QStringLiteral("https://forum.example.org/c/implementation/12")) +
                         QStringLiteral("\">#Implementation</a></p>"));
    }

    void imageLabelsAreNotSubstitutedTwice()
    {
        const SanitizedHtml r = sanitized(QStringLiteral(
                "<img src=\"/a.png\" alt=\"50%2 off %1\" width=\"10\" height=\"20\">"));
        QVERIFY(r.html.contains(QStringLiteral("[Image: 50%2 off %1, 10×20]")));
    }

    void linksAreRewritten()
    {
        SanitizeOptions options = forumOptions();
        options.baseUrl = QUrl(QStringLiteral("https://example.org/forum"));
        const SanitizedHtml r = sanitized(
                QStringLiteral(
                        "<p><a href=\"https://example.com/a?b=1&amp;c=2#x\" rel=\"nofollow\" "
                        "target=\"_blank\" onclick=\"steal()\">ext</a> <a "
                        "href=\"/forum/t/slug/5/2\">int</a> "
                        "<a href=\"mailto:help@example.org\">mail</a> <a "
                        "href=\"#footnote-1\">[1]</a></p>"),
                options);
        QVERIFY(isSafe(r.html));
        QVERIFY(r.html.contains(QStringLiteral("<a href=\"") +
                                link(QStringLiteral("https://example.com/a?b=1&c=2#x")) +
                                QStringLiteral("\">ext</a>")));
        QVERIFY(r.html.contains(link(QStringLiteral("https://example.org/forum/t/slug/5/2"))));
        QVERIFY(r.html.contains(link(QStringLiteral("mailto:help@example.org"))));
        QVERIFY(r.html.contains(QStringLiteral(" [1]</p>"))); // fragment-only: text, no link
        QVERIFY(!r.html.contains(QStringLiteral("onclick")));
        QVERIFY(!r.html.contains(QStringLiteral("nofollow")));
    }

    void codeBlocks()
    {
        const SanitizedHtml r = sanitized(cookedsamples::code);
        QVERIFY(r.html.contains(
                QStringLiteral("<pre><code>def f():\n    return 1 &lt; 2\n</code></pre>")));
        QVERIFY(r.html.contains(QStringLiteral("<code>x &amp;&amp; y</code>")));
    }

    void listsAndTables()
    {
        const SanitizedHtml lists = sanitized(cookedsamples::lists);
        QVERIFY(isSafe(lists.html));
        QVERIFY(lists.html.contains(QStringLiteral("<ol start=\"3\">")));
        const SanitizedHtml table = sanitized(cookedsamples::table);
        QVERIFY(isSafe(table.html));
        QVERIFY(table.html.contains(
                QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">")));
        QVERIFY(table.html.contains(QStringLiteral("<th align=\"right\">Count</th>")));
        QVERIFY(!table.html.contains(QStringLiteral("style")));
    }

    void tablesAreCapped()
    {
        SanitizeOptions options = forumOptions();
        options.maxTableRows = 2;
        options.maxTableColumns = 3;
        QString cooked = QStringLiteral("<table>");
        for (int row = 0; row < 5; ++row) {
            cooked += QStringLiteral("<tr>");
            for (int col = 0; col < 5; ++col)
                cooked += QStringLiteral("<td>r%1c%2</td>").arg(row).arg(col);
        }
        cooked += QStringLiteral("</table><p>after</p>");
        const SanitizedHtml r = sanitized(cooked, options);
        const cookedcheck::Report report = cookedcheck::check(r.html);
        QVERIFY(report.problems.isEmpty());
        QCOMPARE(report.rows, 2);
        QVERIFY(r.html.contains(QStringLiteral("r1c2")));
        QVERIFY(!r.html.contains(QStringLiteral("r1c3")));
        QVERIFY(!r.html.contains(QStringLiteral("r2c0")));
        QVERIFY(r.html.contains(QStringLiteral("Table shortened: 3 more row(s) not shown.")));
        QVERIFY(r.html.endsWith(QStringLiteral("<p>after</p>")));
    }

    void arabicAndDirectionArePreserved()
    {
        const SanitizedHtml r = sanitized(cookedsamples::arabic);
        QCOMPARE(r.html, cookedsamples::arabic);
        const SanitizedHtml bad = sanitized(QStringLiteral("<p dir=\"javascript\">x</p>"));
        QCOMPARE(bad.html, QStringLiteral("<p>x</p>"));
    }

    void entitiesAreDecodedThenEscaped()
    {
        const SanitizedHtml r = sanitized(cookedsamples::entities);
        QCOMPARE(r.html,
                 QStringLiteral("<p>Tom &amp; Jerry &lt;3 \"q\" 😀 😀 é \u00A0x &amp;unknown; &amp; "
                                "\uFFFD \uFFFD \uFFFD</p>"));
    }

    void formattingIsMappedToWhatQtShows()
    {
        const SanitizedHtml r = sanitized(
                QStringLiteral("<p><del>old</del> <ins>new</ins> <strike>x</strike> "
                               "<mark>hi</mark> <abbr title=\"t\">ab</abbr> "
                               "<span class=\"spoiler\">secret</span> <font color=red>f</font></p>"
                               "<details><summary>More</summary><p>hidden</p></details>"));
        QVERIFY(isSafe(r.html));
        QCOMPARE(r.html,
                 QStringLiteral(
                         "<p><s>old</s> <u>new</u> <s>x</s> <span class=\"mark\">hi</span> ab "
                         "<span class=\"spoiler\">secret</span> f</p>"
                         "<div class=\"details\"><p><b>More</b></p><p>hidden</p></div>"));
    }

    void dangerousElementsAreDroppedWithTheirContent()
    {
        const SanitizedHtml r = sanitized(
                QStringLiteral("<p>a<script>alert(1)</script>b<style>p{color:red}</style>c</p>"
                               "<iframe src=\"https://evil.example\">frame text</iframe><object "
                               "data=\"x\">obj</object>"
                               "<embed src=\"x\"><form action=\"https://evil.example\"><input "
                               "name=q><button>Click</button>"
                               "<p>form text</p></form><svg onload=\"x\"><text>svg "
                               "text</text></svg><math><mi>m</mi></math>"
                               "<div onclick=\"x\" style=\"background:url(javascript:alert(1))\" "
                               "id=\"i\">ok</div>"));
        QVERIFY(isSafe(r.html));
        QCOMPARE(r.html, QStringLiteral("<p>abc</p><p>form text</p><div>ok</div>"));
    }

    void referencesWithoutHtml()
    {
        const CookedHtml::References refs = CookedHtml::extractReferences(
                cookedsamples::quote + cookedsamples::lightbox + cookedsamples::emoji,
                QUrl(QStringLiteral("https://forum.example.org")));
        QCOMPARE(refs.images.size(), 1);
        QCOMPARE(refs.quotes.size(), 1);
        QCOMPARE(refs.images[0].fileSize, 245 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestCookedSanitizer)
#include "tst_cooked_sanitizer.moc"
