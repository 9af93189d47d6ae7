#include "media/ImageFetchJob.h"

#include "Clock.h"
#include "media/ImageCacheFiles.h"
#include "net/CurlTransport.h"
#include "net/RateBudget.h"
#include "net/RequestRunner.h"
#include "net/ResponseDescription.h"
#include "store/CacheDatabase.h"
#include "store/ImageCacheIndex.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace outpost::media {

namespace {

bool isFetchable(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty() && (scheme == u"https"_s || scheme == u"http"_s);
}

} // namespace

qint64 fetchImages(const ImageFetchEnvironment &environment, const QStringList &urls,
                   const CancelToken &cancel,
                   const std::function<void(const ImageFetchOutcome &)> &onEach)
{
    SystemClock systemClock;
    Clock &clock = environment.clock ? *environment.clock : systemClock;
    const ImageCacheFiles files(environment.forumDirectory);

    std::optional<store::Database> db;
    QString openProblem;
    QString openDetail;
    try {
        store::CacheDatabase::Options options;
        options.verifyAndMigrate = false;
        db.emplace(std::move(store::CacheDatabase::open(environment.cachePath, options).database));
    } catch (const store::StoreError &error) {
        openProblem = error.message();
        openDetail = error.detail();
    }
    if (!db) {
        for (const QString &url : urls)
            onEach({url, false, {}, {}, 0, openProblem, openDetail});
        return 0;
    }
    store::ImageCacheIndex index(*db, clock);

    net::TransportConfig transportConfig = environment.transport;
    transportConfig.maxResponseBytes = environment.maxImageBytes;
    std::unique_ptr<net::Transport> transport =
            environment.makeTransport ? environment.makeTransport(transportConfig)
                                      : std::make_unique<net::CurlTransport>(transportConfig);
    net::RateBudget budget(net::RateLimits::anonymous(), clock);
    net::RunnerConfig config;
    config.maxParallel = 2;
    config.retry.maxAttempts = 3;
    net::RequestRunner runner(*transport, budget, clock, cancel, config);

    QSet<QString> fetched;
    QSet<QString> queued;
    QSet<QString> delivered;
    const auto report = [&](const ImageFetchOutcome &outcome) {
        delivered.insert(outcome.url);
        onEach(outcome);
    };
    for (const QString &url : urls) {
        if (queued.contains(url))
            continue;
        queued.insert(url);
        const QUrl parsed(url);
        if (!isFetchable(parsed)) {
            report({url,
                    false,
                    {},
                    {},
                    0,
                    QCoreApplication::translate("outpost::media",
                                                "This picture has no web address Outpost can "
                                                "download it from."),
                    url.left(200)});
            continue;
        }
        net::HttpRequest request;
        request.url = parsed;
        request.headers.append(
                net::HttpHeader{"Accept", "image/png,image/jpeg,image/gif,image/webp"});
        runner.enqueue(request, 0, [&, url](net::HttpResponse response) {
            ImageFetchOutcome outcome;
            outcome.url = url;
            if (!response.isSuccess()) {
                outcome.message = net::describeForPeople(response);
                outcome.detail = u"GET %1: HTTP %2 %3"_s.arg(url, QString::number(response.status),
                                                             response.errorDetail);
                report(outcome);
                return;
            }
            const QString type = sniffImageType(response.body.left(16));
            if (type.isEmpty()) {
                outcome.message = QCoreApplication::translate(
                        "outpost::media", "The download is not a picture Outpost can show.");
                outcome.detail = u"Content-Type: %1"_s.arg(
                        QString::fromLatin1(response.header("Content-Type").left(100)));
                report(outcome);
                return;
            }
            const QString relative = files.relativePathFor(url, type);
            const QString absolute = files.absolutePath(relative);
            QDir().mkpath(QFileInfo(absolute).absolutePath());
            QSaveFile file(absolute);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(response.body) != response.body.size() || !file.commit()) {
                outcome.message = QCoreApplication::translate(
                        "outpost::media", "Outpost could not save the picture. Check that there "
                                          "is room on the disk.");
                outcome.detail = file.errorString();
                report(outcome);
                return;
            }
            try {
                index.record(url, relative, response.body.size(), type);
            } catch (const store::StoreError &error) {
                QFile::remove(absolute);
                outcome.message = error.message();
                outcome.detail = error.detail();
                report(outcome);
                return;
            }
            fetched.insert(url);
            outcome.ok = true;
            outcome.localPath = absolute;
            outcome.contentType = type;
            outcome.bytes = response.body.size();
            report(outcome);
        });
    }
    const net::RunOutcome run = runner.run();
    if (run.kind != net::RunOutcome::Kind::Completed) {
        // Whatever is still queued did not happen: say so for each.
        const QString message =
                run.kind == net::RunOutcome::Kind::Cancelled
                        ? QCoreApplication::translate("outpost::media", "The download was stopped.")
                        : net::describeForPeople(run.lastError);
        for (const QString &url : std::as_const(queued)) {
            if (!delivered.contains(url))
                report({url, false, {}, {}, 0, message, run.lastErrorDetail});
        }
    }
    try {
        files.evictTo(index, environment.capBytes, fetched);
    } catch (const store::StoreError &) {
        // The cap is kept at the next fetch; the pictures themselves were stored.
    }
    return runner.stats().bytesDown;
}

ImageFetchJob::ImageFetchJob(ImageFetchEnvironment environment, QStringList urls, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_urls(std::move(urls))
{
    qRegisterMetaType<ImageFetchOutcome>();
}

ImageFetchJob::~ImageFetchJob()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void ImageFetchJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] {
        const qint64 bytes =
                fetchImages(m_environment, m_urls, m_cancel, [this](const ImageFetchOutcome &o) {
                    QMetaObject::invokeMethod(
                            this, [this, o] { Q_EMIT imageFinished(o); }, Qt::QueuedConnection);
                });
        QMetaObject::invokeMethod(
                this, [this, bytes] { finishRun(bytes); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(u"outpost-images"_s);
    m_thread->start(QThread::LowPriority);
}

void ImageFetchJob::abort()
{
    m_cancel.cancel();
}

void ImageFetchJob::finishRun(qint64 bytesDown)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    Q_EMIT finished(bytesDown);
}

} // namespace outpost::media
