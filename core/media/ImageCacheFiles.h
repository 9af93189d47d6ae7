#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>

namespace outpost::store {
class ImageCacheIndex;
}

namespace outpost::media {

// The image files of one forum: <forum directory>/images/<sha-1 of the URL>.<type>, indexed
// by store::ImageCacheIndex with paths relative to the forum directory (a profile moved to
// another disk keeps its images).
class ImageCacheFiles
{
public:
    explicit ImageCacheFiles(QString forumDirectory);

    const QString &forumDirectory() const { return m_forumDirectory; }
    QString imageDirectory() const;
    // "images/<sha-1>.png" for an image of that URL and type.
    QString relativePathFor(const QString &url, const QString &contentType) const;
    QString absolutePath(const QString &relativePath) const;

    // Deletes least recently used images (files and index rows) until the images take at
    // most capBytes; `keep` (e.g. images on screen) are never deleted. Returns bytes freed.
    // Throws store::StoreError.
    qint64 evictTo(store::ImageCacheIndex &index, qint64 capBytes,
                   const QSet<QString> &keep = {}) const;

private:
    QString m_forumDirectory;
};

// The type of an image from its first bytes: image/png, image/jpeg, image/gif or image/webp;
// empty for anything else (SVG is refused: it can reference remote content).
QString sniffImageType(const QByteArray &head);

} // namespace outpost::media
