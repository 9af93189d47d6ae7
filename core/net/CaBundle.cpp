#include "net/CaBundle.h"

#include <QFile>

#include <curl/curl.h>

namespace outpost::net {

namespace {

const QByteArray kPemCertificate = QByteArrayLiteral("-----BEGIN CERTIFICATE-----");

QString defaultSystemBundle()
{
    const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
    if (info && info->cainfo)
        return QString::fromLocal8Bit(info->cainfo);
    // Where the common distributions keep it, for a libcurl built without a default.
    for (const char *candidate : {"/etc/ssl/certs/ca-certificates.crt",
                                  "/etc/pki/tls/certs/ca-bundle.crt", "/etc/ssl/cert.pem"}) {
        const QString path = QString::fromLatin1(candidate);
        if (QFile::exists(path))
            return path;
    }
    return {};
}

} // namespace

CaBundle buildCaBundle(const QString &systemBundle, const QString &extraCaFile)
{
    CaBundle bundle;

    QFile extra(extraCaFile);
    if (!extra.open(QIODevice::ReadOnly)) {
        bundle.error = QStringLiteral("the CA file %1 could not be read: %2")
                               .arg(extraCaFile, extra.errorString());
        return bundle;
    }
    const QByteArray extraPem = extra.readAll();
    if (!extraPem.contains(kPemCertificate)) {
        bundle.error = QStringLiteral("the CA file %1 holds no PEM certificate").arg(extraCaFile);
        return bundle;
    }

    const QString systemPath = systemBundle.isEmpty() ? defaultSystemBundle() : systemBundle;
    QFile system(systemPath);
    if (!systemPath.isEmpty() && system.open(QIODevice::ReadOnly)) {
        bundle.pem = system.readAll();
    } else {
        bundle.warning = QStringLiteral("the system CA bundle %1 could not be read; only %2 "
                                        "and the system CA directory are trusted")
                                 .arg(systemPath, extraCaFile);
    }
    bundle.pem.reserve(bundle.pem.size() + extraPem.size() + 1);
    if (!bundle.pem.isEmpty() && !bundle.pem.endsWith('\n'))
        bundle.pem.append('\n');
    bundle.pem.append(extraPem);
    return bundle;
}

} // namespace outpost::net
