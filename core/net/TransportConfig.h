#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace outpost::net {

// "Outpost/<version> (+https://community.dhis2.org; offline-first Discourse client)"
QByteArray defaultUserAgent();

// How CurlTransport behaves. The defaults are made for slow, lossy links: generous connect
// timeout, stall detection instead of a short overall timeout, and few connections per host.
// There is deliberately no switch to turn TLS verification off.
struct TransportConfig
{
    QByteArray userAgent = defaultUserAgent();

    // A PEM file with extra certificate authorities (e.g. an organisation's own CA, or a
    // TLS-inspecting proxy's). They are trusted *in addition to* the system's CAs: the transport
    // builds one bundle from `systemCaBundle` and this file, so public sites keep working.
    QString extraCaFile;
    // The system's CA bundle. Empty: the one libcurl was built with
    // (/etc/ssl/certs/ca-certificates.crt on Debian). Only read when extraCaFile is set.
    QString systemCaBundle;

    // nullopt: libcurl reads http_proxy / https_proxy / all_proxy / no_proxy from the
    // environment. An empty string: never use a proxy. Otherwise the proxy URL to use
    // (e.g. "http://proxy.example.org:3128"); it may hold credentials and is never logged.
    std::optional<QByteArray> proxy;
    // Hosts that bypass an explicit proxy (curl's NOPROXY syntax). Ignored when proxy is unset.
    QByteArray noProxy;

    // Time allowed to resolve, connect and finish the TLS handshake.
    std::chrono::milliseconds connectTimeout{20'000};
    // A transfer that moves fewer than stallBytesPerSecond for stallTime is dead (Stalled).
    // 1 byte/s over 45 s: a 50 kbit/s link moves ~6,000 bytes/s, so slowness never trips it.
    int stallBytesPerSecond = 1;
    std::chrono::seconds stallTime{45};
    // Safety net only: a 2 MB response at 50 kbit/s takes over 5 minutes.
    std::chrono::seconds overallTimeout{1800};

    // Over HTTP/1.1 each request in flight needs a connection of its own: as many as the
    // RequestRunner's default window (RunnerConfig::maxParallel), or the window's extra
    // requests would only wait inside libcurl. Over HTTP/2 they share one connection.
    int maxConnectionsPerHost = 8;
    int maxRedirects = 5;
    // A response body larger than this is refused (TransferError::Other) instead of filling
    // memory.
    qint64 maxResponseBytes = 256LL * 1024 * 1024;
};

} // namespace outpost::net
