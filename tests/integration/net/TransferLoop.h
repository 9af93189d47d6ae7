#pragma once

#include "net/Transport.h"

#include <QtGlobal>

namespace outpost::test {

// Runs one request to its end through `transport`, as a worker thread would.
inline net::HttpResponse perform(net::Transport &transport, const net::HttpRequest &request)
{
    const net::Transport::TransferId id = transport.start(request);
    for (;;) {
        for (auto &completion : transport.poll(std::chrono::milliseconds(1000))) {
            if (completion.id == id)
                return std::move(completion.response);
        }
    }
}

// Tests talk to 127.0.0.1; a proxy from the developer's environment must not get in the way.
inline void clearProxyEnvironment()
{
    for (const char *name : {"http_proxy", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY",
                             "no_proxy", "NO_PROXY"})
        qunsetenv(name);
}

} // namespace outpost::test
