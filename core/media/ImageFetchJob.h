#pragma once

#include "CancelToken.h"
#include "net/Transport.h"
#include "net/TransportConfig.h"

#include <QObject>
#include <QStringList>
#include <QThread>

#include <functional>
#include <memory>

namespace outpost {
class Clock;
}

namespace outpost::media {

struct ImageFetchEnvironment
{
    QString forumDirectory; // images go to <forumDirectory>/images (ImageCacheFiles)
    QString cachePath;      // the forum's cache, for the image index (a connection of our own)
    qint64 capBytes = 200LL * 1024 * 1024;     // least recently used images go beyond this
    qint64 maxImageBytes = 20LL * 1024 * 1024; // a larger image is refused, not stored
    net::TransportConfig transport;
    // Tests may script the network; by default a CurlTransport.
    std::function<std::unique_ptr<net::Transport>(const net::TransportConfig &)> makeTransport;
    Clock *clock = nullptr; // null: the system clock
};

struct ImageFetchOutcome
{
    QString url;
    bool ok = false;
    QString localPath;   // absolute path of the stored file when ok
    QString contentType; // sniffed from the bytes
    qint64 bytes = 0;    // size of the file
    QString message;     // for people when not ok, translated
    QString detail;      // technical detail beside the message
};

// Downloads images (anonymously: post images are public uploads or other sites' pictures),
// checks that each is an image of a kind we show, stores it in the forum's image cache and
// evicts least recently used images beyond the cap. Runs on the calling thread; `onEach` is
// called as each image finishes. Returns the bytes received on the wire.
qint64 fetchImages(const ImageFetchEnvironment &environment, const QStringList &urls,
                   const CancelToken &cancel,
                   const std::function<void(const ImageFetchOutcome &)> &onEach);

// The GUI's handle: fetchImages() on a worker thread; signals arrive on the owner's thread.
class ImageFetchJob : public QObject
{
    Q_OBJECT
public:
    ImageFetchJob(ImageFetchEnvironment environment, QStringList urls, QObject *parent = nullptr);
    ~ImageFetchJob() override; // cancels and waits for the worker

    void start();
    void abort();
    bool isRunning() const { return m_thread != nullptr; }
    const QStringList &urls() const { return m_urls; }

Q_SIGNALS:
    void imageFinished(const outpost::media::ImageFetchOutcome &outcome);
    void finished(qint64 bytesDown);

private:
    void finishRun(qint64 bytesDown);

    ImageFetchEnvironment m_environment;
    QStringList m_urls;
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
};

} // namespace outpost::media

Q_DECLARE_METATYPE(outpost::media::ImageFetchOutcome)
