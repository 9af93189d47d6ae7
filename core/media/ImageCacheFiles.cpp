#include "media/ImageCacheFiles.h"

#include "store/ImageCacheIndex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace outpost::media {

ImageCacheFiles::ImageCacheFiles(QString forumDirectory)
    : m_forumDirectory(std::move(forumDirectory))
{}

QString ImageCacheFiles::imageDirectory() const
{
    return QDir(m_forumDirectory).filePath(u"images"_s);
}

QString ImageCacheFiles::relativePathFor(const QString &url, const QString &contentType) const
{
    const QByteArray hash =
            QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha1).toHex();
    QString extension = u"img"_s;
    if (contentType == u"image/png"_s)
        extension = u"png"_s;
    else if (contentType == u"image/jpeg"_s)
        extension = u"jpg"_s;
    else if (contentType == u"image/gif"_s)
        extension = u"gif"_s;
    else if (contentType == u"image/webp"_s)
        extension = u"webp"_s;
    return u"images/"_s + QString::fromLatin1(hash) + u'.' + extension;
}

QString ImageCacheFiles::absolutePath(const QString &relativePath) const
{
    return QDir(m_forumDirectory).filePath(relativePath);
}

qint64 ImageCacheFiles::evictTo(store::ImageCacheIndex &index, qint64 capBytes,
                                const QSet<QString> &keep) const
{
    qint64 total = index.totalBytes();
    qint64 freed = 0;
    int skipped = 0;
    while (total > capBytes) {
        const QList<store::CachedImage> oldest = index.leastRecentlyUsed(skipped + 32);
        if (oldest.size() <= skipped)
            break;
        bool progressed = false;
        for (qsizetype i = skipped; i < oldest.size() && total > capBytes; ++i) {
            const store::CachedImage &image = oldest.at(i);
            if (keep.contains(image.url)) {
                ++skipped;
                continue;
            }
            QFile::remove(absolutePath(image.localPath));
            index.remove(image.url);
            total -= image.sizeBytes;
            freed += image.sizeBytes;
            progressed = true;
        }
        if (!progressed && oldest.size() < skipped + 32)
            break;
    }
    return freed;
}

QString sniffImageType(const QByteArray &head)
{
    if (head.startsWith("\x89PNG\r\n\x1a\n"))
        return u"image/png"_s;
    if (head.startsWith("\xff\xd8\xff"))
        return u"image/jpeg"_s;
    if (head.startsWith("GIF87a") || head.startsWith("GIF89a"))
        return u"image/gif"_s;
    if (head.size() >= 12 && head.startsWith("RIFF") && head.mid(8, 4) == "WEBP")
        return u"image/webp"_s;
    return {};
}

} // namespace outpost::media
