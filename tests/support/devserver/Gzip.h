#pragma once

#include <QByteArray>

namespace devserver {

// RFC 1952 gzip (what nginx sends with Content-Encoding: gzip), via zlib.
QByteArray gzipCompress(const QByteArray &data, int level = 5);
QByteArray gzipDecompress(const QByteArray &data, bool *ok = nullptr);

} // namespace devserver
