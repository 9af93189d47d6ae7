// Downloading the pictures a person chose to see: real HTTP over loopback (QHttpServer) into a
// real image cache (files and the SQLite index), with the checks that keep junk out and the
// size cap that keeps the cache small.

#include "Clock.h"
#include "media/ImageCacheFiles.h"
#include "media/ImageFetchJob.h"
#include "store/CacheDatabase.h"
#include "store/ImageCacheIndex.h"

#include <QBuffer>
#include <QFileInfo>
#include <QHttpServer>
#include <QImage>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace outpost;
using namespace outpost::media;

class TestImageFetch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void storesPicturesAndRefusesTheRest();
    void keepsTheCacheUnderItsCap();
    void abortStopsTheDownloads();
    void sniffsPictureTypes();

private:
    QList<ImageFetchOutcome> fetch(const QStringList &urls, qint64 capBytes = 100 << 20,
                                   qint64 maxImageBytes = 20 << 20);
    QString url(const QString &path) const
    {
        return u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path);
    }

    QHttpServer m_server;
    quint16 m_port = 0;
    QHash<QString, int> m_hits;
    QByteArray m_png;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_cachePath;
};

namespace {
QByteArray pngOf(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    // Noise, so that sizes differ and compression does not make them tiny.
    for (int y = 0; y < height; y += 3)
        for (int x = 0; x < width; x += 3)
            image.setPixel(x, y, qRgb((x * 7 + y) % 256, (y * 13) % 256, (x * y) % 256));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

void TestImageFetch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_png = pngOf(64, 48, Qt::red);
    const QByteArray big = pngOf(400, 400, Qt::blue);
    const auto count = [this](const QString &path) { ++m_hits[path]; };
    m_server.route(u"/ok.png"_s, [this, count] {
        count(u"/ok.png"_s);
        return QHttpServerResponse("image/png", m_png);
    });
    for (int i = 1; i <= 4; ++i) {
        const QString path = u"/n%1.png"_s.arg(i);
        const QByteArray bytes = pngOf(100 + i * 10, 100, Qt::green);
        m_server.route(path, [count, path, bytes] {
            count(path);
            return QHttpServerResponse("image/png", bytes);
        });
    }
    m_server.route(u"/big.png"_s, [count, big] {
        count(u"/big.png"_s);
        return QHttpServerResponse("image/png", big);
    });
    m_server.route(u"/page.png"_s, [count] {
        count(u"/page.png"_s);
        return QHttpServerResponse("text/html", "<html><body>Sign in to the Wi-Fi</body></html>");
    });
    m_server.route(u"/missing.png"_s, [count] {
        count(u"/missing.png"_s);
        return QHttpServerResponse("text/plain", "no", QHttpServerResponse::StatusCode::NotFound);
    });
    m_port = m_server.listen(QHostAddress::LocalHost);
    QVERIFY(m_port > 0);
}

void TestImageFetch::init()
{
    m_hits.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_cachePath = m_dir->filePath(u"cache.sqlite"_s);
    store::CacheDatabase::open(m_cachePath); // created and migrated, as a forum's cache is
}

QList<ImageFetchOutcome> TestImageFetch::fetch(const QStringList &urls, qint64 capBytes,
                                               qint64 maxImageBytes)
{
    ImageFetchEnvironment environment;
    environment.forumDirectory = m_dir->path();
    environment.cachePath = m_cachePath;
    environment.capBytes = capBytes;
    environment.maxImageBytes = maxImageBytes;
    // The job runs on its own thread, so this thread's event loop keeps serving HTTP.
    ImageFetchJob job(environment, urls);
    QList<ImageFetchOutcome> outcomes;
    connect(&job, &ImageFetchJob::imageFinished, this,
            [&](const ImageFetchOutcome &o) { outcomes.append(o); });
    QSignalSpy finished(&job, &ImageFetchJob::finished);
    job.start();
    if (!finished.wait(60'000))
        qWarning("image job did not finish");
    return outcomes;
}

void TestImageFetch::storesPicturesAndRefusesTheRest()
{
    const QList<ImageFetchOutcome> outcomes =
            fetch({url(u"/ok.png"_s), url(u"/page.png"_s), url(u"/missing.png"_s),
                   url(u"/big.png"_s), u"/uploads/relative.png"_s, url(u"/ok.png"_s)},
                  100 << 20, 8 * 1024);
    QHash<QString, ImageFetchOutcome> byUrl;
    for (const ImageFetchOutcome &o : outcomes)
        byUrl.insert(o.url, o);
    QCOMPARE(byUrl.size(), 5); // the repeated URL is fetched once
    QCOMPARE(m_hits.value(u"/ok.png"_s), 1);

    const ImageFetchOutcome ok = byUrl.value(url(u"/ok.png"_s));
    QVERIFY2(ok.ok, qPrintable(ok.message));
    QCOMPARE(ok.contentType, u"image/png"_s);
    QCOMPARE(ok.bytes, qint64(m_png.size()));
    QVERIFY(QFileInfo(ok.localPath).isFile());
    QVERIFY(ok.localPath.startsWith(m_dir->filePath(u"images/"_s)));
    QCOMPARE(QImage(ok.localPath).size(), QSize(64, 48));

    for (const QString &bad : {url(u"/page.png"_s), url(u"/missing.png"_s), url(u"/big.png"_s),
                               u"/uploads/relative.png"_s}) {
        const ImageFetchOutcome o = byUrl.value(bad);
        QVERIFY2(!o.ok, qPrintable(bad));
        QVERIFY2(!o.message.isEmpty(), qPrintable(bad));
        QVERIFY(o.localPath.isEmpty());
    }
    QCOMPARE(m_hits.value(u"/big.png"_s), 1); // refused for its size, not retried

    // The index knows exactly the stored picture, by a path relative to the forum folder.
    store::CacheDatabase::Options options;
    options.verifyAndMigrate = false;
    store::Database db = std::move(store::CacheDatabase::open(m_cachePath, options).database);
    SystemClock clock;
    store::ImageCacheIndex index(db, clock);
    const auto stored = index.find(url(u"/ok.png"_s));
    QVERIFY(stored);
    QVERIFY(stored->localPath.startsWith(u"images/"_s));
    QCOMPARE(stored->sizeBytes, qint64(m_png.size()));
    QCOMPARE(index.totalBytes(), qint64(m_png.size()));
    QVERIFY(!index.find(url(u"/page.png"_s)));
}

void TestImageFetch::keepsTheCacheUnderItsCap()
{
    // Four pictures, then a cap that holds about two: the least recently used go.
    const QList<ImageFetchOutcome> first =
            fetch({url(u"/n1.png"_s), url(u"/n2.png"_s), url(u"/n3.png"_s)});
    for (const ImageFetchOutcome &o : first)
        QVERIFY2(o.ok, qPrintable(o.message));
    qint64 each = 0;
    for (const ImageFetchOutcome &o : first)
        each = std::max(each, o.bytes);

    store::CacheDatabase::Options options;
    options.verifyAndMigrate = false;
    store::Database db = std::move(store::CacheDatabase::open(m_cachePath, options).database);
    FakeClock clock(1'800'000'000'000);
    store::ImageCacheIndex index(db, clock);
    // n1 was looked at just now: it is the most recently used of the three.
    clock.advance(std::chrono::hours(1));
    QVERIFY(index.use(url(u"/n1.png"_s)));

    const QList<ImageFetchOutcome> second = fetch({url(u"/n4.png"_s)}, 2 * each + each / 2);
    QCOMPARE(second.size(), 1);
    QVERIFY(second.at(0).ok);
    QVERIFY(index.totalBytes() <= 2 * each + each / 2);
    QVERIFY2(index.find(url(u"/n4.png"_s)), "the picture just fetched stays");
    QVERIFY2(index.find(url(u"/n1.png"_s)), "the one used recently stays");
    QVERIFY(!index.find(url(u"/n2.png"_s)));
    const ImageCacheFiles files(m_dir->path());
    for (const ImageFetchOutcome &o : first) {
        const bool kept = index.find(o.url).has_value();
        QCOMPARE(QFileInfo::exists(o.localPath), kept);
    }

    // Lowering the cap later trims too, keeping what is on screen.
    files.evictTo(index, 1, {url(u"/n1.png"_s)});
    QVERIFY(index.find(url(u"/n1.png"_s)));
    QVERIFY(!index.find(url(u"/n4.png"_s)));
}

void TestImageFetch::abortStopsTheDownloads()
{
    ImageFetchEnvironment environment;
    environment.forumDirectory = m_dir->path();
    environment.cachePath = m_cachePath;
    // A port where nothing answers quickly enough to matter: the abort must end the job.
    ImageFetchJob job(environment, {u"http://10.255.255.1:9/never.png"_s});
    QList<ImageFetchOutcome> outcomes;
    connect(&job, &ImageFetchJob::imageFinished, this,
            [&](const ImageFetchOutcome &o) { outcomes.append(o); });
    QSignalSpy finished(&job, &ImageFetchJob::finished);
    job.start();
    job.abort();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(outcomes.size(), 1);
    QVERIFY(!outcomes.at(0).ok);
    QVERIFY(!outcomes.at(0).message.isEmpty());
}

void TestImageFetch::sniffsPictureTypes()
{
    QCOMPARE(sniffImageType(m_png.left(16)), u"image/png"_s);
    QCOMPARE(sniffImageType(QByteArray("\xff\xd8\xff\xe0 JFIF", 10)), u"image/jpeg"_s);
    QCOMPARE(sniffImageType("GIF89a......"), u"image/gif"_s);
    QCOMPARE(sniffImageType(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)), u"image/webp"_s);
    QCOMPARE(sniffImageType("<svg xmlns="), QString());
    QCOMPARE(sniffImageType("<html>"), QString());
    QCOMPARE(sniffImageType(QByteArray()), QString());
}

QTEST_MAIN(TestImageFetch)
#include "tst_image_fetch.moc"
