#pragma once

#include <QByteArray>
#include <QString>

namespace outpost::net {

// The certificate authorities a transport trusts when the person configured an extra CA file.
// libcurl's CAINFO *replaces* the default bundle, so trusting "the system's CAs and mine" means
// handing libcurl one PEM bundle holding both.
struct CaBundle
{
    QByteArray pem;
    // Set when the extra CA file could not be used; transfers then fail with TransferError::Tls
    // and this text rather than silently falling back to the system CAs alone.
    QString error;
    // Set when the system bundle could not be read (public sites may then fail to verify).
    QString warning;
};

// Reads `systemBundle` (empty: libcurl's built-in default) and appends `extraCaFile`.
CaBundle buildCaBundle(const QString &systemBundle, const QString &extraCaFile);

} // namespace outpost::net
