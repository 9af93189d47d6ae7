// Hostile cooked HTML: huge, deeply nested, unclosed and deliberately tricky input. Both
// plainText() and sanitizeForDisplay() must finish (the ctest timeout catches a hang), keep
// their output bounded, and the sanitizer's output must pass an independent safety check.
// No timing asserts: speed is measured in tests/benchmarks.

#include "CookedTestSupport.h"
#include "discourse/CookedHtml.h"

#include <QRandomGenerator>
#include <QTest>

using namespace outpost::discourse;

namespace {

constexpr qsizetype outputLimit = 200'000;
constexpr qsizetype closingSlack = 4096; // closing tags and the "too long" note after the cut

SanitizeOptions boundedOptions()
{
    SanitizeOptions options;
    options.baseUrl = QUrl(QStringLiteral("https://forum.example.org"));
    options.maxOutputLength = outputLimit;
    return options;
}

QString repeated(const QString &piece, qsizetype totalLength)
{
    QString out;
    out.reserve(totalLength + piece.size());
    while (out.size() < totalLength)
        out += piece;
    return out;
}

} // namespace

class TestCookedHostile : public QObject
{
    Q_OBJECT
private:
    // Runs both functions on `cooked` and checks what must hold for any input.
    SanitizedHtml checkBoth(const QString &cooked)
    {
        const QString text = CookedHtml::plainText(cooked);
        // Plain text never grows much beyond its input (list indentation and quote marks are
        // capped), whatever the nesting.
        if (text.size() > 40 * cooked.size() + 16)
            qWarning("plain text grew from %lld to %lld", qlonglong(cooked.size()),
                     qlonglong(text.size()));
        [&] { QVERIFY(text.size() <= 40 * cooked.size() + 16); }();

        SanitizedHtml result = CookedHtml::sanitizeForDisplay(cooked, boundedOptions());
        const cookedcheck::Report report = cookedcheck::check(result.html);
        if (!report.problems.isEmpty())
            qWarning() << report.problems.mid(0, 5) << result.html.left(300);
        [&] {
            QVERIFY(report.problems.isEmpty());
            QVERIFY(result.html.size() <= outputLimit + closingSlack);
            QVERIFY(report.maxDepth <= 40);
            QVERIFY(report.maxBlockquoteDepth <= 8);
        }();
        return result;
    }

private Q_SLOTS:
    void oneMegabyteOfNestedDivs()
    {
        const QString cooked =
                repeated(QStringLiteral("<div>"), 1 << 20) + QStringLiteral("deep text");
        const SanitizedHtml r = checkBoth(cooked);
        QVERIFY(r.html.contains(QStringLiteral("deep text")));
        QVERIFY(r.html.size() < 2000);
        QCOMPARE(CookedHtml::plainText(cooked), QStringLiteral("deep text"));
    }

    void nestedAndClosedDivs()
    {
        const QString cooked = repeated(QStringLiteral("<div><blockquote><ul><li>x"), 1 << 19) +
                               repeated(QStringLiteral("</li></ul></blockquote></div>"), 1 << 19);
        checkBoth(cooked);
    }

    void hundredThousandRowTable()
    {
        QString cooked = QStringLiteral("<table><tbody>");
        cooked += repeated(QStringLiteral("<tr><td>cell</td><td>two</td></tr>"), 100'000 * 34);
        cooked += QStringLiteral("</tbody></table><p>after the table</p>");
        const SanitizedHtml r = checkBoth(cooked);
        QCOMPARE(cookedcheck::check(r.html).rows, 200);
        QVERIFY(r.html.contains(QStringLiteral("Table shortened: 99800 more row(s) not shown.")));
        QVERIFY(r.html.contains(QStringLiteral("after the table")));
        QVERIFY(!r.truncated);
    }

    void thousandsOfColumns()
    {
        const QString cooked = QStringLiteral("<table><tr>") +
                               repeated(QStringLiteral("<td>c</td>"), 500'000) +
                               QStringLiteral("</tr></table>");
        const SanitizedHtml r = checkBoth(cooked);
        QCOMPARE(r.html.count(QStringLiteral("<td>")), 50);
    }

    void unclosedEverything()
    {
        const QString piece = QStringLiteral(
                "<b><i><a href='https://x.example/'><table><tr><td><ul><li><blockquote><aside "
                "class=quote "
                "data-topic=1 data-post=2><p><code><pre><details><summary>s<h1>t<span "
                "class=spoiler>");
        const SanitizedHtml r = checkBoth(repeated(piece, 1 << 20));
        QVERIFY(!r.html.isEmpty());
    }

    void megabytesOfEntities()
    {
        const QString amps = repeated(QStringLiteral("&amp;"), 2 << 20);
        QCOMPARE(CookedHtml::plainText(amps).size(), amps.size() / 5);
        const SanitizedHtml r = checkBoth(amps);
        QVERIFY(r.truncated);
        QVERIFY(r.html.endsWith(QStringLiteral("</i></p>")));

        checkBoth(repeated(QStringLiteral("&#x1F600;&#0;&#xD800;&#99999999999;&bogus;&"), 1 << 20));
        const QString digits = QStringLiteral("&#") + QString(1 << 20, u'9') + u';';
        QCOMPARE(CookedHtml::plainText(digits), QStringLiteral("\uFFFD"));
    }

    void hugeTextIsCutWithANote()
    {
        const SanitizedHtml r =
                checkBoth(QStringLiteral("<p>") + QString(3 << 20, u'a') + QStringLiteral("</p>"));
        QVERIFY(r.truncated);
        QVERIFY(r.html.contains(QStringLiteral("too long to show in full")));
        QVERIFY(r.html.startsWith(QStringLiteral("<p>aaa")));
        // The note comes after the paragraph was closed: the cut does not break nesting.
        QVERIFY(r.html.contains(QStringLiteral("a</p><p class=\"outpost-note\">")));
        // Not cut inside a surrogate pair.
        const SanitizedHtml emoji = checkBoth(repeated(QStringLiteral("😀"), 1 << 20));
        QVERIFY(!emoji.html.contains(QStringLiteral("\uFFFD")));
        const QString visible = emoji.html.left(emoji.html.indexOf(u'<'));
        QVERIFY(visible.size() % 2 == 0);
    }

    void scriptAndAttributeTricks_data()
    {
        QTest::addColumn<QString>("cooked");
        QTest::newRow("tab in scheme")
                << QStringLiteral("<a href=\"jav&#x09;ascript:alert(1)\">x</a>");
        QTest::newRow("entity scheme")
                << QStringLiteral("<a href=\"&#106;avascript:alert(1)\">x</a>");
        QTest::newRow("mixed case, spaces")
                << QStringLiteral("<a href=\"  JaVaScRiPt:alert(1)\">x</a>");
        QTest::newRow("newline in scheme")
                << QStringLiteral("<a href=\"java\nscript:alert(1)\">x</a>");
        QTest::newRow("nul in scheme") << (QStringLiteral("<a href=\"java") + QChar(0) +
                                           QStringLiteral("script:x\">x</a>"));
        QTest::newRow("data") << QStringLiteral(
                "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>");
        QTest::newRow("vbscript") << QStringLiteral("<a href=vbscript:msgbox(1)>x</a>");
        QTest::newRow("file") << QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");
        QTest::newRow("img onerror") << QStringLiteral("<img src=x onerror=alert(1)>");
        QTest::newRow("img javascript")
                << QStringLiteral("<img src=\"javascript:alert(1)\" alt=a>");
        QTest::newRow("event attributes")
                << QStringLiteral("<p onmouseover=alert(1) ONCLICK='x'>p</p>");
        QTest::newRow("style") << QStringLiteral(
                "<p style=\"behavior:url(x.htc);background:url(javascript:x)\">p</p>");
        QTest::newRow("split script") << QStringLiteral("<scr<script>ipt>alert(1)</script>");
        QTest::newRow("double open")
                << QStringLiteral("<<script>script>alert(1)<</script>/script>");
        QTest::newRow("script in comment")
                << QStringLiteral("<!--<script>-->alert(1)<!--</script>-->");
        QTest::newRow("cdata") << QStringLiteral("<![CDATA[<script>alert(1)</script>]]>");
        QTest::newRow("svg script") << QStringLiteral(
                "<svg><script>alert(1)</script><a xlink:href=\"javascript:x\">y</a></svg>");
        QTest::newRow("math link")
                << QStringLiteral("<math><mi xlink:href=\"javascript:alert(1)\">m</mi></math>");
        QTest::newRow("base and meta") << QStringLiteral(
                "<base href=\"javascript:x//\"><meta http-equiv=refresh content=0>");
        QTest::newRow("noscript") << QStringLiteral(
                "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>");
        QTest::newRow("textarea") << QStringLiteral(
                "<textarea><script>alert(1)</script></textarea>");
        QTest::newRow("title") << QStringLiteral("<title><img src=x onerror=alert(1)></title>");
        QTest::newRow("unquoted href with handler")
                << QStringLiteral("<a href=https://x.example onmouseover=alert(1)>x</a>");
        QTest::newRow("quote in attribute")
                << QStringLiteral("<a href='https://x.example/\"onmouseover=\"alert(1)'>x</a>");
        QTest::newRow("onebox with script url") << QStringLiteral(
                "<aside class=\"onebox\" data-onebox-src=\"javascript:alert(1)\"><h3><a "
                "href=\"javascript:x\">t</a></h3></aside>");
        QTest::newRow("lightbox data url")
                << QStringLiteral("<a class=\"lightbox\" href=\"data:text/html,x\"><img "
                                  "src=\"data:image/png,x\"></a>");
        QTest::newRow("nested links") << QStringLiteral(
                "<a href=\"https://a.example\">a<a href=\"https://b.example\">b</a></a>");
        QTest::newRow("quote attribute injection")
                << QStringLiteral("<aside class=\"quote\" data-username='\"><script>x</script>' "
                                  "data-topic=\"1 onload=x\" "
                                  "data-post=\"-5\"><blockquote>q</blockquote></aside>");
        QTest::newRow("unterminated attribute")
                << (QStringLiteral("<p>before</p><a href=\"") + QString(1 << 20, u'x'));
        QTest::newRow("hundred thousand attributes")
                << (QStringLiteral("<p ") + repeated(QStringLiteral("onclick=x "), 1 << 20) +
                    QStringLiteral(">t</p>"));
    }

    void scriptAndAttributeTricks()
    {
        QFETCH(QString, cooked);
        const SanitizedHtml r = checkBoth(cooked);
        QVERIFY(!r.html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
        QVERIFY(!r.html.contains(QStringLiteral("onerror"), Qt::CaseInsensitive) ||
                r.html.contains(QStringLiteral("&lt;img"))); // only ever as escaped text
        for (const CookedImage &image : r.images)
            QVERIFY(image.src.startsWith(QStringLiteral("http")));
    }

    void pathologicalTokens_data()
    {
        QTest::addColumn<QString>("cooked");
        QTest::newRow("less-thans") << QString(1 << 20, u'<');
        QTest::newRow("end tags") << repeated(QStringLiteral("</x></div></p></table>"), 1 << 20);
        QTest::newRow("comment openers") << repeated(QStringLiteral("<!--"), 1 << 20);
        QTest::newRow("bogus comments") << repeated(QStringLiteral("<!x<?y</ z"), 1 << 20);
        QTest::newRow("script openers") << repeated(QStringLiteral("<script></scrip"), 1 << 19);
        QTest::newRow("quotes") << repeated(
                QStringLiteral("<aside class=quote data-topic=1 data-post=1>"), 1 << 20);
        QTest::newRow("oneboxes") << repeated(QStringLiteral("<aside class=onebox><h3>t"), 1 << 20);
        QTest::newRow("links") << repeated(QStringLiteral("<a href=https://x.example/>l"), 1 << 20);
        QTest::newRow("images") << repeated(
                QStringLiteral("<img src=/u/a.png width=100000 height=99999999 alt=\"a\">"),
                1 << 19);
        QTest::newRow("lists") << repeated(QStringLiteral("<ol start=999999999><li>"), 1 << 20);
    }

    void pathologicalTokens()
    {
        QFETCH(QString, cooked);
        checkBoth(cooked);
    }

    void randomMarkup()
    {
        // Deterministic noise built from markup fragments, so tags, quotes and entities collide
        // in ways nobody wrote by hand.
        const QStringList pieces = {
                QStringLiteral("<"),
                QStringLiteral(">"),
                QStringLiteral("/"),
                QStringLiteral("\""),
                QStringLiteral("'"),
                QStringLiteral("="),
                QStringLiteral("&"),
                QStringLiteral("#x"),
                QStringLiteral(";"),
                QStringLiteral(" "),
                QStringLiteral("a"),
                QStringLiteral("script"),
                QStringLiteral("href"),
                QStringLiteral("javascript:"),
                QStringLiteral("<!--"),
                QStringLiteral("-->"),
                QStringLiteral("aside class=quote"),
                QStringLiteral("table"),
                QStringLiteral("tr"),
                QStringLiteral("td"),
                QStringLiteral("img src"),
                QStringLiteral("onerror"),
                QStringLiteral("مرحبا"),
                QStringLiteral("😀"),
                QStringLiteral("\n"),
                QStringLiteral("blockquote"),
        };
        QRandomGenerator random(20240301);
        for (int round = 0; round < 40; ++round) {
            QString cooked;
            const int count = 1000 + int(random.bounded(20000));
            for (int i = 0; i < count; ++i)
                cooked += pieces[random.bounded(pieces.size())];
            checkBoth(cooked);
        }
    }
};

QTEST_GUILESS_MAIN(TestCookedHostile)
#include "tst_cooked_hostile.moc"
