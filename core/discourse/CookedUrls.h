#pragma once

// Internal to core/discourse: the URL rules of the cooked-HTML sanitizer.

#include <QString>
#include <QStringView>
#include <QUrl>

namespace outpost::discourse::cooked {

// The absolute URL a link of a post may point to, or an empty string when it must not be a
// link: schemes other than http, https and mailto (javascript:, data:, vbscript:, file:, ...,
// however disguised with entities, control characters or case), fragment-only links, and
// overlong ones. Relative links are resolved against `base` (kept relative without one).
QString safeLinkTarget(QStringView rawHref, const QUrl &base);

// The same for an image source: http(s) only (no data: URLs from a post).
QString safeImageSource(QStringView rawSrc, const QUrl &base);

// "outpost-link:" + the URL percent-encoded (only unreserved characters stay as they are).
QString outpostLink(const QString &url);

// A non-negative integer attribute ("690"), or 0 when it is not one or is absurd.
int dimensionAttribute(QStringView raw);

// The lightbox caption "1920×1080 245 KB" -> width, height, bytes (approximate).
void parseLightboxInformation(QStringView text, int &width, int &height, qint64 &bytes);

} // namespace outpost::discourse::cooked
