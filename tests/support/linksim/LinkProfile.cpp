#include "LinkProfile.h"

using namespace Qt::Literals::StringLiterals;

namespace devserver {

QString LinkProfile::describe() const
{
    QString text =
            u"%1: down %2, up %3, rtt %4 ms, loss %5%"_s.arg(name)
                    .arg(downKbps ? QString::number(downKbps) + u" kbit/s"_s : u"unlimited"_s)
                    .arg(upKbps ? QString::number(upKbps) + u" kbit/s"_s : u"unlimited"_s)
                    .arg(rttMs)
                    .arg(loss * 100, 0, 'f', 1);
    if (hasOutages())
        text += u", outages %1 s up / %2 s down"_s.arg(outageUpSeconds).arg(outageDownSeconds);
    return text;
}

std::optional<LinkProfile> LinkProfile::byName(const QString &name)
{
    LinkProfile p;
    p.name = name;
    // Uplink rates are not in the design notes; these are typical of each technology
    // (EDGE and 2G upload at about half the download rate, 3G at a third).
    if (name == u"edge") {
        p.downKbps = 240;
        p.upKbps = 120;
        p.rttMs = 840;
    } else if (name == u"2g-bad") {
        p.downKbps = 50;
        p.upKbps = 25;
        p.rttMs = 500;
        p.loss = 0.05;
    } else if (name == u"3g") {
        p.downKbps = 750;
        p.upKbps = 250;
        p.rttMs = 100;
    } else if (name == u"outage") {
        p.outageUpSeconds = 30;
        p.outageDownSeconds = 90;
    } else if (name != u"none") {
        return std::nullopt;
    }
    return p;
}

QStringList LinkProfile::names()
{
    return {u"edge"_s, u"2g-bad"_s, u"3g"_s, u"outage"_s, u"none"_s};
}

} // namespace devserver
