#pragma once

#include "discourse/CookedHtml.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace outpost::media {
class ImageFetchJob;
struct ImageFetchOutcome;
} // namespace outpost::media

namespace outpost::gui {

class AppContext;
class ForumSession;

// The pictures of posts. A post shows a picture only from the local image cache; a picture
// not downloaded shows a placeholder that says what it is and how big it is. Pictures
// download by themselves only on an unmetered link (or a metered one if the person allowed
// it), or when the person clicks the placeholder. Nothing is ever fetched by the text widget
// itself (see PostBrowser::loadResource).
class ImageController : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NotDownloaded,
        Downloading,
        Cached,
        Failed,
    };

    explicit ImageController(AppContext &context, QObject *parent = nullptr);
    ~ImageController() override;

    void setSession(ForumSession *session);
    State state(const QString &url) const;
    // Whether pictures download without being asked on the current link.
    bool fetchesAutomatically() const;

    // The size (device-independent pixels) a post gives `image` in a column maxWidth wide:
    // the picture's own size scaled down to fit, or the placeholder's.
    QSize displaySize(const discourse::CookedImage &image, int maxWidth);
    // What a post shows for `image` at that size: the cached picture, or a placeholder drawn
    // in the palette's colours. Asks for an automatic download when the link and the
    // settings allow.
    QImage imageFor(const discourse::CookedImage &image, int maxWidth, const QPalette &palette,
                    qreal devicePixelRatio);
    // The person clicked a placeholder: download it even on a metered link.
    void requestByPerson(const QString &url);

    // Deletes least recently used pictures until the cache is within the cap of the settings.
    void applyCap();
    // Bytes the picture cache of the open forum takes.
    qint64 cacheBytes() const;

    // For tests and the benchmark: how many downloads were started.
    int fetchesStarted() const { return m_fetchesStarted; }

Q_SIGNALS:
    // The picture (or its placeholder's state) changed: posts showing it redraw.
    void imageChanged(const QString &url);
    void problem(const QString &message, const QString &detail);
    void status(const QString &message);

private:
    void enqueue(const QString &url);
    void startNextBatch();
    void outcome(const media::ImageFetchOutcome &outcome);
    void batchFinished();
    State lookUp(const QString &url);
    QSize naturalSize(const discourse::CookedImage &image);
    QImage decode(const QString &url, QSize size, qreal devicePixelRatio);
    QImage placeholder(const discourse::CookedImage &image, QSize size, const QPalette &palette,
                       qreal devicePixelRatio) const;
    QString placeholderText(const discourse::CookedImage &image, State state) const;

    AppContext &m_context;
    QPointer<ForumSession> m_session;
    QHash<QString, State> m_states;
    QHash<QString, QString> m_paths; // absolute file of each cached picture
    QHash<QString, QSize> m_sizes;   // pixel size of each cached picture
    QHash<QString, QString> m_failures;
    QSet<QString> m_touched; // marked used in the index during this session
    QStringList m_queue;
    media::ImageFetchJob *m_job = nullptr;
    QTimer m_batchTimer;
    QCache<QString, QImage> m_decoded;
    int m_fetchesStarted = 0;
};

} // namespace outpost::gui
