#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace devserver {

// A network link between a client and the devserver. Rates are kilobits per second
// (0: unlimited); RTT is split half each way; loss is per segment (see LinkSimulator).
struct LinkProfile
{
    QString name = QStringLiteral("custom");
    int downKbps = 0; // server -> client
    int upKbps = 0;   // client -> server
    int rttMs = 0;
    double loss = 0;
    int outageUpSeconds = 0;   // with outageDownSeconds: the link is up this long...
    int outageDownSeconds = 0; // ...then down this long, repeatedly, starting up

    bool hasOutages() const { return outageUpSeconds > 0 && outageDownSeconds > 0; }
    QString describe() const;

    // The links of docs/design.md: edge (240 kbit/s down, 840 ms RTT), 2g-bad (50 kbit/s,
    // 500 ms, 5% loss), 3g (750 kbit/s, 100 ms), outage (30 s up / 90 s down), and none.
    static std::optional<LinkProfile> byName(const QString &name);
    static QStringList names();
};

} // namespace devserver
