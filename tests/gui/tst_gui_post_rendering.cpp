// How posts are shown: Discourse's cooked HTML rendered faithfully (quotes, code, lists,
// tables, oneboxes, emoji, mentions, pictures as placeholders, links as outpost-* URLs), and
// hostile HTML rendered safely and quickly: nothing is ever loaded from the network, the disk
// or data: URLs by the text widget, whatever the markup asks for.

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "ShowcaseForum.h"
#include "controllers/ImageController.h"
#include "models/ThreadModel.h"
#include "style/PostStyle.h"
#include "views/PostBrowser.h"
#include "views/PostWidget.h"

#include <QLabel>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextList>
#include <QTextTable>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;
using outpost::testing::ShowcaseForum;

class TestPostRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void browserRefusesEveryResourceItself();
    void hostilePostsRenderSafely_data();
    void hostilePostsRenderSafely();
    void rendersWhatDiscoursePostsHave();
    void postHeaderSaysWhoWhenAndWhat();
    void directionFollowsEachPost();
    void linksAreHandedOnNotFollowed();

private:
    // Counts every connection made to it: nothing may ever connect.
    QTcpServer m_trap;
    int m_connections = 0;
};

namespace {

QString trapUrl(const QTcpServer &server, const QString &path)
{
    return u"http://127.0.0.1:%1%2"_s.arg(server.serverPort()).arg(path);
}

// Every anchor of a document and every image name in it.
void collectLinks(QTextDocument *doc, QStringList &anchors, QStringList &images)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor())
                anchors << format.anchorHref();
            if (format.isImageFormat())
                images << format.toImageFormat().name();
        }
    }
}

void show(QWidget &widget, int width = 700)
{
    widget.resize(width, 400);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    // Paint once: images and other resources are asked for while laying out and drawing.
    widget.grab();
    QCoreApplication::processEvents();
}

} // namespace

void TestPostRendering::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_trap.listen(QHostAddress::LocalHost));
    connect(&m_trap, &QTcpServer::newConnection, this, [this] {
        ++m_connections;
        while (QTcpSocket *socket = m_trap.nextPendingConnection())
            socket->close();
    });
}

void TestPostRendering::browserRefusesEveryResourceItself()
{
    // A real picture on disk that a hostile post might point at, and a data: URL.
    QTemporaryFile picture(QDir::tempPath() + u"/outpost-XXXXXX.png"_s);
    QVERIFY(picture.open());
    QImage red(40, 30, QImage::Format_RGB32);
    red.fill(Qt::red);
    QVERIFY(red.save(&picture, "PNG"));
    picture.flush();
    const QString fileUrl = QUrl::fromLocalFile(picture.fileName()).toString();
    const QString dataUrl =
            u"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="_s;

    PostBrowser browser(nullptr);
    const PostStyle style(browser.palette(), browser.font());
    // Straight into the widget, past the sanitizer: the widget itself must hold the line.
    browser.setSafeHtml(
            u"<p>Remote <img src=\"%1\"> file <img src=\"%2\"> data <img src=\"%3\"> relative "
            "<img src=\"x.png\"> qrc "
            "<img src=\"qrc:/qt-project.org/styles/commonstyle/images/file-16.png\"> scheme "
            "<img src=\"outpost-image:7\"></p>"_s.arg(trapUrl(m_trap, u"/a.png"_s), fileUrl,
                                                      dataUrl),
            {}, style);
    show(browser);
    QTest::qWait(150);
    QVERIFY(browser.document()->toPlainText().contains(u"relative"_s));

    QCOMPARE(m_connections, 0);
    QStringList asked;
    for (const QUrl &url : browser.requestedResources())
        asked << url.toString().left(40);
    QVERIFY2(browser.requestedResources().size() >= 6, qPrintable(asked.join(u" | "_s)));
    QCOMPARE(browser.refusedResources(), int(browser.requestedResources().size()));
    for (const QString &name : {fileUrl, dataUrl, u"x.png"_s, trapUrl(m_trap, u"/a.png"_s)}) {
        const QImage got = browser.document()
                                   ->resource(QTextDocument::ImageResource, QUrl(name))
                                   .value<QImage>();
        QVERIFY2(got.size() == QSize(1, 1), qPrintable(name));
    }

    // Style sheets a document names are refused the same way.
    PostBrowser styled(nullptr);
    styled.setSafeHtml(u"<html><head><link rel=\"stylesheet\" href=\"%1\"><style>@import url(%2);"
                       "</style></head><body><p>styled</p></body></html>"_s.arg(
                               trapUrl(m_trap, u"/s.css"_s), trapUrl(m_trap, u"/t.css"_s)),
                       {}, style);
    show(styled);
    QTest::qWait(100);
    QCOMPARE(m_connections, 0);
    QCOMPARE(styled.refusedResources(), int(styled.requestedResources().size()));
}

void TestPostRendering::hostilePostsRenderSafely_data()
{
    QTest::addColumn<QString>("cooked");
    QTest::addColumn<QString>("mustNotShow");

    const QString trap = trapUrl(m_trap, QString());
    QTest::newRow("script") << u"<p>Hi</p><script>document.write('EVIL')</script>"
                               "<script src=\"%1/x.js\"></script>"_s.arg(trap)
                            << u"EVIL"_s;
    QTest::newRow("iframe") << u"<iframe src=\"%1/frame\">EVIL</iframe><p>after</p>"_s.arg(trap)
                            << u"EVIL"_s;
    QTest::newRow("form") << u"<form action=\"%1/post\"><input name=a value=EVIL><textarea>EVIL"
                             "</textarea><button>EVIL</button></form><p>text</p>"_s.arg(trap)
                          << u"EVIL"_s;
    QTest::newRow("remote images") << u"<p><img src=\"%1/1.png\"><img srcset=\"%1/2.png 2x\">"
                                      "<img src=\"//127.0.0.1:%2/3.png\"></p>"_s.arg(trap)
                                              .arg(m_trap.serverPort())
                                   << u"EVIL"_s;
    QTest::newRow("style and events")
            << u"<p style=\"background:url(%1/bg.png)\" "
               u"onclick=\"EVIL()\">x</p><style>p{background:"
               "url(%1/css.png)}</style><img src=x onerror=\"EVIL()\">"_s.arg(trap)
            << u"EVIL"_s;
    QTest::newRow("javascript link") << u"<a href=\"javascript:EVIL()\">click</a>"
                                        "<a href=\"jav&#x09;ascript:EVIL()\">click</a>"_s
                                     << u"javascript"_s;
    QString table = u"<table>"_s;
    for (int r = 0; r < 1500; ++r) {
        table += u"<tr>"_s;
        for (int c = 0; c < 90; ++c)
            table += u"<td>%1</td>"_s.arg(r * 100 + c);
        table += u"</tr>"_s;
    }
    table += u"</table>"_s;
    QTest::newRow("huge table") << table << u"149999"_s;
    QString nested;
    for (int i = 0; i < 600; ++i)
        nested += u"<aside class=\"quote\" data-username=\"u%1\" data-post=\"1\" data-topic=\"2\">"
                  "<blockquote>"_s.arg(i);
    nested += u"deep"_s;
    for (int i = 0; i < 600; ++i)
        nested += u"</blockquote></aside>"_s;
    QTest::newRow("deeply nested quotes") << nested << u"EVIL"_s;
    QString lists;
    for (int i = 0; i < 2000; ++i)
        lists += u"<ul><li>"_s;
    QTest::newRow("broken markup") << u"<p><b><i>unclosed <a href=\"%1\">link <div></span></td>"
                                      "<table><tr><td>cell"_s.arg(trap) +
                                              lists + u"<!-- <script>EVIL</script> --><p"_s
                                   << u"EVIL"_s;
    QTest::newRow("svg and math") << u"<svg><image href=\"%1/svg.png\"/><script>EVIL</script>"
                                     "</svg><math><mi>EVIL</mi></math>"_s.arg(trap)
                                  << u"EVIL"_s;
    QTest::newRow("very long") << QString(u"word "_s).repeated(400'000) << u"EVIL"_s;
}

void TestPostRendering::hostilePostsRenderSafely()
{
    QFETCH(QString, cooked);
    QFETCH(QString, mustNotShow);
    GuiFixture fixture;
    fixture.network().setState(NetworkState::Metered); // pictures wait for a click
    const store::Forum forum = fixture.addEmptyForum(trapUrl(m_trap, QString()));
    ForumSession session(fixture.context(), forum);
    ImageController images(fixture.context());
    images.setSession(&session);
    PostBrowser browser(&images);
    const PostStyle style(browser.palette(), browser.font());
    browser.setPost(cooked, QUrl(forum.baseUrl), style);
    show(browser);
    QTest::qWait(100);

    QCOMPARE(m_connections, 0);
    QCOMPARE(images.fetchesStarted(), 0);
    const QString text = browser.document()->toPlainText();
    QVERIFY2(!text.contains(mustNotShow), qPrintable(mustNotShow));
    QStringList anchors;
    QStringList imageNames;
    collectLinks(browser.document(), anchors, imageNames);
    for (const QString &href : std::as_const(anchors))
        QVERIFY2(href.startsWith(u"outpost-"_s), qPrintable(href));
    for (const QString &name : std::as_const(imageNames))
        QVERIFY2(name.startsWith(u"outpost-image:"_s), qPrintable(name));
    // Everything the widget asked for was a picture of the post or was refused.
    for (const QUrl &url : browser.requestedResources())
        QVERIFY2(url.scheme() == u"outpost-image"_s || browser.refusedResources() > 0,
                 qPrintable(url.toString()));
}

void TestPostRendering::rendersWhatDiscoursePostsHave()
{
    GuiFixture fixture;
    fixture.network().setState(NetworkState::Metered);
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    ImageController images(fixture.context());
    images.setSession(&session);
    ThreadModel model;
    model.setSession(&session);
    QVERIFY(model.openTopic(ShowcaseForum::richTopicId, 1));

    QString all;
    QStringList anchors;
    QStringList imageNames;
    int tables = 0;
    int lists = 0;
    bool monospaceCode = false;
    bool tintedQuote = false;
    std::vector<std::unique_ptr<PostBrowser>> browsers;
    for (int row = 0; row < model.rowCount(); ++row) {
        auto browser = std::make_unique<PostBrowser>(&images);
        const PostStyle style(browser->palette(), browser->font());
        browser->setPost(model.postAt(row).post.cooked, QUrl(forum.baseUrl), style);
        show(*browser);
        QTextDocument *doc = browser->document();
        all += doc->toPlainText() + u'\n';
        collectLinks(doc, anchors, imageNames);
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.textList())
                ++lists;
            if (block.text().contains(u"TrackedEntityInstance upload failed"_s)) {
                const QTextCharFormat format = block.charFormat();
                monospaceCode = QFontInfo(format.font()).fixedPitch() ||
                                format.fontFamilies().toStringList().join(u',').contains(u"Mono"_s);
            }
            if (block.text().startsWith(u"HTTP 409 Conflict"_s)) {
                // The quote is a card: a table cell with a tint.
                const QTextCursor at(block);
                if (QTextTable *table = at.currentTable())
                    tintedQuote = table->cellAt(at).format().background().style() != Qt::NoBrush;
            }
        }
        for (QTextFrame *frame : doc->rootFrame()->childFrames()) {
            if (qobject_cast<QTextTable *>(frame))
                ++tables;
        }
        browsers.push_back(std::move(browser));
    }
    QVERIFY(lists >= 3);    // the ordered list and the bullet list
    QVERIFY(tables >= 2);   // the versions table and the onebox card
    QVERIFY(monospaceCode); // code blocks in a fixed-pitch font
    QVERIFY(tintedQuote);   // quotes set off by a tint
    QVERIFY(all.contains(u"amina_d said:"_s));
    QVERIFY(all.contains(u"Configuring the Android Capture App"_s)); // onebox card
    QVERIFY(all.contains(u"@priya.raman"_s));                        // mention
    QVERIFY(all.contains(QChar(0x2714)));                            // emoji as text
    QVERIFY(all.contains(u"2.40.3"_s));                              // table cells
    QVERIFY(anchors.contains(u"outpost-post:4101/1"_s));             // quote -> its post
    bool external = false;
    for (const QString &href : std::as_const(anchors)) {
        QVERIFY2(href.startsWith(u"outpost-"_s), qPrintable(href));
        external = external || href.startsWith(u"outpost-link:"_s);
    }
    QVERIFY(external);
    QCOMPARE(imageNames, QStringList{u"outpost-image:0"_s});
    QCOMPARE(images.state(browsers.front()->images().value(0).src),
             ImageController::State::NotDownloaded);
    QCOMPARE(browsers.front()->images().value(0).fileSize, 245 * 1024);
    QCOMPARE(m_connections, 0);
}

void TestPostRendering::postHeaderSaysWhoWhenAndWhat()
{
    GuiFixture fixture;
    const store::Forum forum = fixture.addShowcaseForum();
    ForumSession session(fixture.context(), forum);
    ThreadModel model;
    model.setSession(&session);
    QVERIFY(model.openTopic(ShowcaseForum::richTopicId, 1));
    PostWidget widget(nullptr);
    const PostStyle style(widget.palette(), widget.font());
    widget.setPost(model.postAt(4), QUrl(forum.baseUrl), ShowcaseForum::now(), style);
    show(widget);

    auto label = [&](const char *name) { return widget.findChild<QLabel *>(QLatin1String(name)); };
    QCOMPARE(label("postAuthor")->text(), u"Amina Diallo"_s);
    QCOMPARE(label("postUsername")->text(), u"@amina_d"_s);
    QVERIFY(label("postUsername")->isVisible());
    QVERIFY(label("postEdited")->isVisible()); // version 2
    QVERIFY(!label("postEdited")->toolTip().isEmpty());
    QCOMPARE(label("postTime")->text(), u"40 minutes ago"_s);
    QVERIFY(label("postTime")->toolTip().contains(u"2024"_s));
    QCOMPARE(label("postNumber")->text(), u"#5"_s);
    QVERIFY(label("postReplyTo")->isVisible());
    QVERIFY(label("postReplyTo")->text().contains(u"outpost-post:4101/2"_s));
    QVERIFY(widget.accessibleName().contains(u"Post 5"_s));
    QVERIFY(widget.heightForWidth(600) > widget.heightForWidth(2000) - 1);

    // The first post was never edited and replies to nothing.
    widget.setPost(model.postAt(0), QUrl(forum.baseUrl), ShowcaseForum::now(), style);
    QVERIFY(!label("postEdited")->isVisible());
    QVERIFY(!label("postReplyTo")->isVisible());
    QCOMPARE(label("postTime")->text(), u"5 hours ago"_s);
}

void TestPostRendering::directionFollowsEachPost()
{
    const auto firstBlockDirection = [](const QString &cooked) {
        PostBrowser browser(nullptr);
        const PostStyle style(browser.palette(), browser.font());
        browser.setPost(cooked, QUrl(), style);
        show(browser);
        return browser.document()->begin().textDirection();
    };
    // An Arabic post reads right to left in an English interface ...
    QCOMPARE(firstBlockDirection(u"<p>نواجه نفس المشكلة منذ تحديث الخادم.</p>"_s), Qt::RightToLeft);
    // ... and an English post left to right in an Arabic one.
    QApplication::setLayoutDirection(Qt::RightToLeft);
    QCOMPARE(firstBlockDirection(u"<p>We see the same since the upgrade.</p>"_s), Qt::LeftToRight);
    QApplication::setLayoutDirection(Qt::LeftToRight);
}

void TestPostRendering::linksAreHandedOnNotFollowed()
{
    PostBrowser browser(nullptr);
    const PostStyle style(browser.palette(), browser.font());
    browser.setPost(u"<p><a href=\"https://docs.dhis2.org/en/topics.html\">the documentation</a>"
                    "</p>"_s,
                    QUrl(u"https://community.example.org"_s), style);
    show(browser);
    QSignalSpy activated(&browser, &PostBrowser::linkActivated);
    QTextCursor cursor(browser.document());
    cursor.setPosition(4);
    const QPoint at = browser.cursorRect(cursor).center();
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, at);
    QCOMPARE(activated.count(), 1);
    const QUrl url = activated.at(0).at(0).toUrl();
    QCOMPARE(url.scheme(), u"outpost-link"_s);
    QVERIFY(browser.source().isEmpty()); // the widget did not navigate
    QCOMPARE(m_connections, 0);
}

QTEST_MAIN(TestPostRendering)
#include "tst_gui_post_rendering.moc"
