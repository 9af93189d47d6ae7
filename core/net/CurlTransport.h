#pragma once

#include "net/Transport.h"
#include "net/TransportConfig.h"

#include <memory>

namespace outpost::net {

// The libcurl implementation of Transport: one multi handle per instance, so every transfer of
// one worker shares connections (HTTP/2 multiplexing where the server offers it, keep-alive
// otherwise), DNS cache and TLS sessions.
//
// Redirects are followed here, not by libcurl, so credentials never leave their origin.
// Byte counts are HTTP bytes as they crossed the wire: header bytes plus the body before
// content decoding (gzip/br/zstd), without chunked framing, TLS records or TCP overhead. For
// HTTP/2 libcurl reports header sizes before HPACK compression, so headers are over-counted.
class CurlTransport final : public Transport
{
public:
    explicit CurlTransport(TransportConfig config = {});
    ~CurlTransport() override;
    CurlTransport(const CurlTransport &) = delete;
    CurlTransport &operator=(const CurlTransport &) = delete;

    TransferId start(const HttpRequest &request) override;
    void abort(TransferId id) override;
    std::vector<Completion> poll(std::chrono::milliseconds timeout) override;
    void wakeUp() override;
    int activeCount() const override;

    const TransportConfig &config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace outpost::net
