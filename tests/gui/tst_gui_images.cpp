// Pictures of posts in the app: shown only from the local cache; downloaded by themselves
// only on an unmetered link (or a metered one the person allowed), otherwise when the person
// clicks the placeholder, which says what the picture is and how big. Real HTTP on loopback.

#include "AppContext.h"
#include "AppSettings.h"
#include "Clock.h"
#include "ForumSession.h"
#include "GuiFixture.h"
#include "controllers/ImageController.h"
#include "store/CacheWriter.h"
#include "store/ImageCacheIndex.h"
#include "style/PostStyle.h"
#include "views/PostBrowser.h"

#include <QBuffer>
#include <QHttpServer>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::gui;
using outpost::testing::GuiFixture;

class TestGuiImages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void unmeteredDownloadsByItself();
    void meteredWaitsForAClick();
    void meteredDownloadsWhenAllowed();
    void offlineSaysWhenItCanDownload();
    void failedDownloadsSayWhyAndRetry();
    void cachedPicturesShowOfflineAndCapIsApplied();

private:
    QString cooked(const QString &path, qint64 kilobytes = 245) const;
    PostBrowser &show(const QString &cookedHtml);
    QColor pixelOfResource(PostBrowser &browser) const;

    QHttpServer m_server;
    quint16 m_port = 0;
    int m_hits = 0;
    QByteArray m_png;
    std::unique_ptr<GuiFixture> m_fixture;
    std::unique_ptr<ForumSession> m_session;
    std::unique_ptr<ImageController> m_images;
    std::unique_ptr<PostBrowser> m_browser;
    std::unique_ptr<PostStyle> m_style;
};

void TestGuiImages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QImage red(200, 120, QImage::Format_RGB32);
    red.fill(QColor(220, 30, 30));
    QBuffer buffer(&m_png);
    buffer.open(QIODevice::WriteOnly);
    red.save(&buffer, "PNG");
    m_server.route(u"/uploads/red.png"_s, [this] {
        ++m_hits;
        return QHttpServerResponse("image/png", m_png);
    });
    m_server.route(u"/uploads/gone.png"_s, [this] {
        ++m_hits;
        return QHttpServerResponse("text/plain", "gone", QHttpServerResponse::StatusCode::NotFound);
    });
    m_port = m_server.listen(QHostAddress::LocalHost);
    QVERIFY(m_port > 0);
}

void TestGuiImages::init()
{
    m_hits = 0;
    m_fixture = std::make_unique<GuiFixture>();
    // The forum lives on the loopback server, so its pictures are fetched from there.
    const store::Forum forum = m_fixture->addEmptyForum(u"http://127.0.0.1:%1"_s.arg(m_port), {1});
    m_fixture->network().setState(NetworkState::Metered); // no category probe in init
    m_session = std::make_unique<ForumSession>(m_fixture->context(), forum);
    m_images = std::make_unique<ImageController>(m_fixture->context());
    m_images->setSession(m_session.get());
}

void TestGuiImages::cleanup()
{
    m_browser.reset();
    m_images.reset();
    m_session.reset();
    m_fixture.reset();
}

QString TestGuiImages::cooked(const QString &path, qint64 kilobytes) const
{
    return u"<p>Look:</p><p><div class=\"lightbox-wrapper\"><a class=\"lightbox\" href=\"%1\" "
           "title=\"Dashboard\"><img src=\"%1\" alt=\"Dashboard of the district\" width=\"200\" "
           "height=\"120\"><div class=\"meta\"><span class=\"filename\">Dashboard</span><span "
           "class=\"informations\">1200×720 %2 KB</span></div></a></div></p>"_s.arg(path)
                   .arg(kilobytes);
}

PostBrowser &TestGuiImages::show(const QString &cookedHtml)
{
    m_browser = std::make_unique<PostBrowser>(m_images.get());
    m_style = std::make_unique<PostStyle>(m_browser->palette(), m_browser->font());
    m_browser->setPost(cookedHtml, QUrl(m_session->forum().baseUrl), *m_style);
    m_browser->resize(700, 400);
    m_browser->show();
    if (!QTest::qWaitForWindowExposed(m_browser.get()))
        qWarning("not exposed");
    m_browser->grab();
    return *m_browser;
}

QColor TestGuiImages::pixelOfResource(PostBrowser &browser) const
{
    const QImage image =
            browser.document()
                    ->resource(QTextDocument::ImageResource, QUrl(u"outpost-image:0"_s))
                    .value<QImage>();
    return image.isNull() ? QColor() : image.pixelColor(image.width() / 2, image.height() / 2);
}

void TestGuiImages::unmeteredDownloadsByItself()
{
    m_fixture->network().setState(NetworkState::Online);
    const QString url = u"http://127.0.0.1:%1/uploads/red.png"_s.arg(m_port);
    PostBrowser &browser = show(cooked(u"/uploads/red.png"_s));
    QCOMPARE(browser.images().size(), 1);
    QCOMPARE(browser.images().at(0).src, url);
    QTRY_COMPARE(m_images->state(url), ImageController::State::Cached);
    QCOMPARE(m_hits, 1);
    // The post now shows the picture itself, at the size the post gave it.
    QTRY_COMPARE(pixelOfResource(browser), QColor(220, 30, 30));
    // And it is in the cache's index.
    QVERIFY(m_session->imageIndex().find(url));
}

void TestGuiImages::meteredWaitsForAClick()
{
    const QString url = u"http://127.0.0.1:%1/uploads/red.png"_s.arg(m_port);
    PostBrowser &browser = show(cooked(u"/uploads/red.png"_s));
    // Decided while drawing: nothing was queued.
    QCOMPARE(m_images->state(url), ImageController::State::NotDownloaded);
    QCOMPARE(m_images->fetchesStarted(), 0);
    QCOMPARE(browser.images().at(0).fileSize, 245 * 1024);
    // The placeholder has the picture's size, not the post's 200×120 box.
    const QImage placeholder =
            browser.document()
                    ->resource(QTextDocument::ImageResource, QUrl(u"outpost-image:0"_s))
                    .value<QImage>();
    QVERIFY(!placeholder.isNull());
    QVERIFY(pixelOfResource(browser) != QColor(220, 30, 30));

    // The person clicks the placeholder: it is a link to the picture.
    QTextCursor cursor(browser.document());
    QTextBlock block = browser.document()->begin().next();
    cursor.setPosition(block.position());
    const QRect at = browser.cursorRect(cursor);
    QTest::mouseClick(browser.viewport(), Qt::LeftButton, {}, at.center() + QPoint(20, 10));
    QTRY_COMPARE(m_images->state(url), ImageController::State::Cached);
    QCOMPARE(m_hits, 1);
    QTRY_COMPARE(pixelOfResource(browser), QColor(220, 30, 30));
}

void TestGuiImages::meteredDownloadsWhenAllowed()
{
    m_fixture->context().settings().setImagesOnMetered(true);
    const QString url = u"http://127.0.0.1:%1/uploads/red.png"_s.arg(m_port);
    show(cooked(u"/uploads/red.png"_s));
    QTRY_COMPARE(m_images->state(url), ImageController::State::Cached);
    // Unmetered but switched off: a click is needed again.
    m_fixture->context().settings().setImagesOnMetered(false);
    m_fixture->context().settings().setImagesOnUnmetered(false);
    m_fixture->network().setState(NetworkState::Online);
    QVERIFY(!m_images->fetchesAutomatically());
}

void TestGuiImages::offlineSaysWhenItCanDownload()
{
    m_fixture->network().setState(NetworkState::Offline);
    const QString url = u"http://127.0.0.1:%1/uploads/red.png"_s.arg(m_port);
    show(cooked(u"/uploads/red.png"_s));
    QSignalSpy status(m_images.get(), &ImageController::status);
    m_images->requestByPerson(url);
    QCOMPARE(status.count(), 1);
    QVERIFY(status.at(0).at(0).toString().contains(u"offline"_s));
    QCOMPARE(m_images->state(url), ImageController::State::NotDownloaded);
    QCOMPARE(m_images->fetchesStarted(), 0);
}

void TestGuiImages::failedDownloadsSayWhyAndRetry()
{
    const QString url = u"http://127.0.0.1:%1/uploads/gone.png"_s.arg(m_port);
    show(cooked(u"/uploads/gone.png"_s));
    m_images->requestByPerson(url);
    QTRY_COMPARE(m_images->state(url), ImageController::State::Failed);
    QCOMPARE(m_hits, 1);
    m_images->requestByPerson(url); // the person tries again
    QTRY_COMPARE(m_hits, 2);
    QTRY_COMPARE(m_images->state(url), ImageController::State::Failed);
}

void TestGuiImages::cachedPicturesShowOfflineAndCapIsApplied()
{
    const QString url = u"http://127.0.0.1:%1/uploads/red.png"_s.arg(m_port);
    show(cooked(u"/uploads/red.png"_s));
    m_images->requestByPerson(url);
    QTRY_COMPARE(m_images->state(url), ImageController::State::Cached);
    QVERIFY(m_images->cacheBytes() > 0);

    // A new session, offline: the picture comes from the cache, without the network.
    m_fixture->network().setState(NetworkState::Offline);
    m_images = std::make_unique<ImageController>(m_fixture->context());
    m_images->setSession(m_session.get());
    PostBrowser &again = show(cooked(u"/uploads/red.png"_s));
    QCOMPARE(m_images->state(url), ImageController::State::Cached);
    QCOMPARE(pixelOfResource(again), QColor(220, 30, 30));
    QCOMPARE(m_hits, 1);

    // A smaller cap in a later session: pictures not on screen go.
    m_browser.reset();
    m_images = std::make_unique<ImageController>(m_fixture->context());
    m_images->setSession(m_session.get());
    m_fixture->context().settings().setImageCacheCapMiB(1);
    QVERIFY(m_images->cacheBytes() < 1024 * 1024); // already under: nothing to do
    m_images->applyCap();
    QVERIFY(m_session->imageIndex().find(url));
}

QTEST_MAIN(TestGuiImages)
#include "tst_gui_images.moc"
