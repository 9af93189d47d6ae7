#include "controllers/ImageController.h"

#include "AppContext.h"
#include "AppSettings.h"
#include "ForumSession.h"
#include "media/ImageCacheFiles.h"
#include "media/ImageFetchJob.h"
#include "store/ImageCacheIndex.h"
#include "store/StoreError.h"
#include "style/PostStyle.h"
#include "style/TimeText.h"

#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace outpost::gui {

namespace {
constexpr int kPlaceholderHeight = 64;
constexpr int kPlaceholderWidth = 460;
constexpr int kDecodedCacheKiB = 48 * 1024; // decoded pictures kept for redraws
} // namespace

ImageController::ImageController(AppContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_decoded(kDecodedCacheKiB)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(60); // collect the pictures of the posts laid out together
    connect(&m_batchTimer, &QTimer::timeout, this, &ImageController::startNextBatch);
}

ImageController::~ImageController()
{
    delete m_job; // cancels and waits
}

void ImageController::setSession(ForumSession *session)
{
    if (m_job) {
        m_job->abort();
        delete m_job;
        m_job = nullptr;
    }
    m_session = session;
    m_states.clear();
    m_paths.clear();
    m_sizes.clear();
    m_failures.clear();
    m_touched.clear();
    m_queue.clear();
    m_decoded.clear();
}

bool ImageController::fetchesAutomatically() const
{
    switch (m_context.network().state()) {
    case NetworkState::Offline:
        return false;
    case NetworkState::Metered:
        return m_context.settings().imagesOnMetered();
    case NetworkState::Online:
        return m_context.settings().imagesOnUnmetered();
    }
    return false;
}

ImageController::State ImageController::lookUp(const QString &url)
{
    const auto known = m_states.constFind(url);
    if (known != m_states.cend())
        return *known;
    State state = State::NotDownloaded;
    if (m_session && !url.isEmpty()) {
        try {
            store::ImageCacheIndex &index = m_session->imageIndex();
            std::optional<store::CachedImage> cached = index.find(url);
            if (cached) {
                const QString path = QDir(m_session->forumDirectory()).filePath(cached->localPath);
                if (QFileInfo::exists(path)) {
                    state = State::Cached;
                    m_paths.insert(url, path);
                    if (!m_touched.contains(url)) {
                        m_touched.insert(url);
                        index.use(url); // least recently used goes first when over the cap
                    }
                }
            }
        } catch (const store::StoreError &error) {
            m_session->reportStoreError(error);
        }
    }
    m_states.insert(url, state);
    return state;
}

ImageController::State ImageController::state(const QString &url) const
{
    return m_states.value(url, State::NotDownloaded);
}

QSize ImageController::naturalSize(const discourse::CookedImage &image)
{
    const auto known = m_sizes.constFind(image.src);
    if (known != m_sizes.cend())
        return *known;
    QSize size(image.width, image.height);
    if (const QString path = m_paths.value(image.src); !path.isEmpty()) {
        const QSize real = QImageReader(path).size();
        if (real.isValid()) {
            // The post's declared size wins (a resized copy shown smaller), else the file's.
            if (!size.isValid() || size.isEmpty())
                size = real;
        }
    }
    if (!size.isValid() || size.isEmpty())
        size = QSize(kPlaceholderWidth, kPlaceholderWidth * 9 / 16);
    m_sizes.insert(image.src, size);
    return size;
}

QSize ImageController::displaySize(const discourse::CookedImage &image, int maxWidth)
{
    maxWidth = std::max(64, maxWidth);
    if (lookUp(image.src) != State::Cached)
        return QSize(std::min(maxWidth, kPlaceholderWidth), kPlaceholderHeight);
    QSize size = naturalSize(image);
    if (size.width() > maxWidth)
        size = QSize(maxWidth, std::max(1, int(qint64(size.height()) * maxWidth / size.width())));
    return size;
}

QImage ImageController::imageFor(const discourse::CookedImage &image, int maxWidth,
                                 const QPalette &palette, qreal devicePixelRatio)
{
    const QSize size = displaySize(image, maxWidth);
    State state = lookUp(image.src);
    if (state == State::Cached) {
        QImage decoded = decode(image.src, size, devicePixelRatio);
        if (!decoded.isNull())
            return decoded;
        m_states.insert(image.src, State::Failed);
        m_failures.insert(image.src, tr("The downloaded picture is damaged."));
        state = State::Failed;
    }
    if (state == State::NotDownloaded && fetchesAutomatically())
        enqueue(image.src);
    return placeholder(image, displaySize(image, maxWidth), palette, devicePixelRatio);
}

void ImageController::applyCap()
{
    if (!m_session)
        return;
    QSet<QString> keep;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        if (it.value() == State::Cached)
            keep.insert(it.key()); // on screen in this session
    }
    try {
        const media::ImageCacheFiles files(m_session->forumDirectory());
        const qint64 cap = qint64(m_context.settings().imageCacheCapMiB()) * 1024 * 1024;
        if (files.evictTo(m_session->imageIndex(), cap, keep) > 0) {
            // What was deleted shows as a placeholder again.
            m_states.clear();
            m_paths.clear();
            m_decoded.clear();
        }
    } catch (const store::StoreError &error) {
        m_session->reportStoreError(error);
    }
}

qint64 ImageController::cacheBytes() const
{
    if (!m_session)
        return 0;
    try {
        return m_session->imageIndex().totalBytes();
    } catch (const store::StoreError &) {
        return 0;
    }
}

void ImageController::requestByPerson(const QString &url)
{
    const State state = lookUp(url);
    if (state == State::Cached || state == State::Downloading)
        return;
    if (m_context.network().state() == NetworkState::Offline) {
        Q_EMIT status(tr("You are offline: the picture will download when you click it "
                         "again online."));
        return;
    }
    m_failures.remove(url);
    enqueue(url);
}

void ImageController::enqueue(const QString &url)
{
    if (!m_session || url.isEmpty() || m_queue.contains(url))
        return;
    m_states.insert(url, State::Downloading);
    m_queue.append(url);
    Q_EMIT imageChanged(url);
    if (!m_job)
        m_batchTimer.start();
}

void ImageController::startNextBatch()
{
    if (m_job || m_queue.isEmpty() || !m_session)
        return;
    media::ImageFetchEnvironment environment;
    environment.forumDirectory = m_session->forumDirectory();
    environment.cachePath = m_session->cachePath();
    environment.capBytes = qint64(m_context.settings().imageCacheCapMiB()) * 1024 * 1024;
    environment.transport = m_context.transportConfig();
    const QStringList batch = m_queue.mid(0, 12);
    m_queue.remove(0, batch.size());
    m_job = new media::ImageFetchJob(environment, batch, this);
    connect(m_job, &media::ImageFetchJob::imageFinished, this, &ImageController::outcome);
    connect(m_job, &media::ImageFetchJob::finished, this, &ImageController::batchFinished);
    ++m_fetchesStarted;
    m_job->start();
}

void ImageController::outcome(const media::ImageFetchOutcome &outcome)
{
    if (outcome.ok) {
        m_states.insert(outcome.url, State::Cached);
        m_paths.insert(outcome.url, outcome.localPath);
        m_sizes.remove(outcome.url);
        m_touched.insert(outcome.url);
    } else {
        m_states.insert(outcome.url, State::Failed);
        m_failures.insert(outcome.url, outcome.message);
    }
    Q_EMIT imageChanged(outcome.url);
}

void ImageController::batchFinished()
{
    m_job->deleteLater();
    m_job = nullptr;
    if (!m_queue.isEmpty())
        m_batchTimer.start();
}

QImage ImageController::decode(const QString &url, QSize size, qreal devicePixelRatio)
{
    const QString key =
            u"%1@%2x%3x%4"_s.arg(url).arg(size.width()).arg(size.height()).arg(devicePixelRatio);
    if (QImage *cached = m_decoded.object(key))
        return *cached;
    QImageReader reader(m_paths.value(url));
    reader.setAutoTransform(true);
    reader.setScaledSize(size * devicePixelRatio);
    QImage image = reader.read();
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(devicePixelRatio);
    m_decoded.insert(key, new QImage(image),
                     int(std::max<qsizetype>(1, image.sizeInBytes() / 1024)));
    return image;
}

QString ImageController::placeholderText(const discourse::CookedImage &image, State state) const
{
    QString size;
    if (image.fileSize >= 0)
        size = TimeText::dataSize(image.fileSize);
    switch (state) {
    case State::Downloading:
        return tr("Downloading…");
    case State::Failed:
        return tr("Not downloaded: %1 Click to try again.").arg(m_failures.value(image.src));
    case State::Cached:
        return {};
    case State::NotDownloaded:
        break;
    }
    switch (m_context.network().state()) {
    case NetworkState::Offline:
        return size.isEmpty() ? tr("Not downloaded. Click to download it when you are online.")
                              //: %1 is the size of a picture, e.g. "245 KB"
                              : tr("Not downloaded (%1). Click to download it when you are "
                                   "online.")
                                        .arg(size);
    case NetworkState::Metered:
        return size.isEmpty() ? tr("Not downloaded on a metered connection. Click to download.")
                              : tr("Not downloaded on a metered connection. Click to download "
                                   "(%1).")
                                        .arg(size);
    case NetworkState::Online:
        break;
    }
    return size.isEmpty() ? tr("Click to download the picture.")
                          : tr("Click to download the picture (%1).").arg(size);
}

QImage ImageController::placeholder(const discourse::CookedImage &image, QSize size,
                                    const QPalette &palette, qreal devicePixelRatio) const
{
    const PostStyle style(palette, QGuiApplication::font());
    QImage canvas(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(devicePixelRatio);
    canvas.fill(Qt::transparent);
    QPainter p(&canvas);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(0.5, 0.5, size.width() - 1, size.height() - 1);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    p.fillPath(path, style.cardBackground());
    p.setPen(QPen(style.separator(), 1));
    p.drawPath(path);

    const bool rtl = QGuiApplication::layoutDirection() == Qt::RightToLeft;
    const int iconSize = 28;
    const int margin = 14;
    QRect icon(margin, (size.height() - iconSize) / 2, iconSize, iconSize);
    if (rtl)
        icon.moveRight(size.width() - margin);
    // A framed landscape: the common sign for "picture", drawn so it needs no icon theme.
    p.setPen(QPen(style.mutedText(), 1.6));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(icon).adjusted(1, 3, -1, -3), 3, 3);
    QPainterPath hills;
    hills.moveTo(icon.left() + 4, icon.bottom() - 6);
    hills.lineTo(icon.left() + 11, icon.top() + 14);
    hills.lineTo(icon.left() + 16, icon.bottom() - 10);
    hills.lineTo(icon.left() + 20, icon.top() + 17);
    hills.lineTo(icon.right() - 3, icon.bottom() - 6);
    p.drawPath(hills);
    p.drawEllipse(QPointF(icon.right() - 8, icon.top() + 10), 2.2, 2.2);

    QRect text(icon.right() + 12, 8, size.width() - iconSize - margin * 2 - 12, size.height() - 16);
    if (rtl)
        text.moveLeft(margin);
    QFont titleFont = QGuiApplication::font();
    titleFont.setWeight(QFont::DemiBold);
    QString title = image.alt.simplified();
    if (title.isEmpty())
        title = tr("Picture");
    if (image.originalWidth > 0 && image.originalHeight > 0)
        //: A picture's description and its size in pixels, e.g. "Screenshot, 1366×768"
        title = tr("%1, %2×%3").arg(title).arg(image.originalWidth).arg(image.originalHeight);
    const Qt::Alignment align = (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop;
    p.setFont(titleFont);
    p.setPen(palette.color(QPalette::Text));
    const QFontMetrics titleMetrics(titleFont);
    p.drawText(text, align, titleMetrics.elidedText(title, Qt::ElideRight, text.width()));
    p.setFont(QGuiApplication::font());
    p.setPen(style.mutedText());
    const QFontMetrics bodyMetrics(QGuiApplication::font());
    const QRect second = text.adjusted(0, titleMetrics.height() + 2, 0, 0);
    p.drawText(second, align,
               bodyMetrics.elidedText(placeholderText(image, state(image.src)), Qt::ElideRight,
                                      second.width()));
    p.end();
    return canvas;
}

} // namespace outpost::gui
