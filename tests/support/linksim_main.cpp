// outpost-linksim: a TCP proxy that shapes traffic like a slow or intermittent link.
// First stdout line: "listening on 127.0.0.1:PORT". On stderr: one line per closed connection
// with the bytes it carried, and totals (bytes each way, link busy time) on exit and every
// --stats-interval seconds. SIGTERM or SIGINT stops it.
#include "linksim/LinkSimulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void printTotals(const devserver::LinkSimulator &link)
{
    const auto s = link.stats();
    const double seconds = double(link.elapsedMs()) / 1000.0;
    std::fprintf(stderr,
                 "totals: down %lld B, up %lld B, %d connections, %d cut, %d refused, "
                 "%d retransmissions, downlink busy %.1f%%, uplink busy %.1f%% over %.1f s\n",
                 static_cast<long long>(s.bytesDown), static_cast<long long>(s.bytesUp),
                 s.connections, s.cuts, s.refused, s.retransmissions,
                 seconds > 0 ? 100.0 * double(s.busyDownMs) / (seconds * 1000) : 0.0,
                 seconds > 0 ? 100.0 * double(s.busyUpMs) / (seconds * 1000) : 0.0, seconds);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(u"Shapes TCP traffic between a client and a server like a slow, "
                                "lossy or intermittent link. Profiles: "_s +
                                devserver::LinkProfile::names().join(u", "_s));
    p.addHelpOption();
    const QCommandLineOption target(u"target"_s, u"Where to forward: HOST:PORT."_s, u"HOST:PORT"_s);
    const QCommandLineOption port(u"port"_s, u"Port to listen on (0: any free one)."_s, u"N"_s,
                                  u"0"_s);
    const QCommandLineOption profile(u"profile"_s, u"Named link profile."_s, u"NAME"_s, u"none"_s);
    const QCommandLineOption down(u"down-kbps"_s, u"Downlink rate, kbit/s (0: unlimited)."_s,
                                  u"N"_s);
    const QCommandLineOption up(u"up-kbps"_s, u"Uplink rate, kbit/s (0: unlimited)."_s, u"N"_s);
    const QCommandLineOption rtt(u"rtt-ms"_s, u"Round-trip time, ms."_s, u"N"_s);
    const QCommandLineOption loss(u"loss"_s, u"Segment loss probability, 0..1."_s, u"P"_s);
    const QCommandLineOption outage(u"outage"_s, u"Outage schedule: UP_SECONDS,DOWN_SECONDS."_s,
                                    u"UP,DOWN"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for the loss draws."_s, u"N"_s, u"1"_s);
    const QCommandLineOption interval(u"stats-interval"_s, u"Print totals every N seconds."_s,
                                      u"N"_s, u"0"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"No line per connection."_s);
    p.addOptions({target, port, profile, down, up, rtt, loss, outage, seed, interval, quiet});
    p.process(app);

    auto fail = [](const QString &message) {
        std::fprintf(stderr, "outpost-linksim: %s\n", qPrintable(message));
        return 2;
    };
    const QString targetText = p.value(target);
    QHostAddress host;
    bool ok = false;
    const int targetPort = targetText.section(u':', -1).toInt(&ok);
    if (!ok || !host.setAddress(targetText.section(u':', 0, -2)) || targetPort <= 0 ||
        targetPort > 65535)
        return fail(u"--target must be HOST:PORT, e.g. 127.0.0.1:8080"_s);
    std::optional<devserver::LinkProfile> link = devserver::LinkProfile::byName(p.value(profile));
    if (!link)
        return fail(u"unknown profile \"%1\" (%2)"_s.arg(
                p.value(profile), devserver::LinkProfile::names().join(u", "_s)));
    auto intOption = [&](const QCommandLineOption &o, int *out) {
        if (!p.isSet(o))
            return true;
        const int v = p.value(o).toInt(&ok);
        if (!ok || v < 0)
            return false;
        *out = v;
        return true;
    };
    if (!intOption(down, &link->downKbps) || !intOption(up, &link->upKbps) ||
        !intOption(rtt, &link->rttMs))
        return fail(u"rates and RTT must be whole numbers >= 0"_s);
    if (p.isSet(loss)) {
        link->loss = p.value(loss).toDouble(&ok);
        if (!ok || link->loss < 0 || link->loss >= 1)
            return fail(u"--loss must be in [0, 1)"_s);
    }
    if (p.isSet(outage)) {
        const QStringList parts = p.value(outage).split(u',');
        bool upOk = false;
        bool downOk = false;
        if (parts.size() == 2) {
            link->outageUpSeconds = parts[0].toInt(&upOk);
            link->outageDownSeconds = parts[1].toInt(&downOk);
        }
        if (!upOk || !downOk || link->outageUpSeconds <= 0 || link->outageDownSeconds <= 0)
            return fail(u"--outage must be UP_SECONDS,DOWN_SECONDS, both > 0"_s);
    }
    if (p.isSet(down) || p.isSet(up) || p.isSet(rtt) || p.isSet(loss) || p.isSet(outage))
        link->name += u"+overrides"_s;
    const int listenPort = p.value(port).toInt(&ok);
    if (!ok || listenPort < 0 || listenPort > 65535)
        return fail(u"--port must be 0..65535"_s);

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("outpost-linksim: socketpair");
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);

    devserver::LinkSimulator simulator(host, quint16(targetPort), *link,
                                       p.value(seed).toULongLong());
    QString error;
    if (!simulator.listen(QHostAddress::LocalHost, quint16(listenPort), &error))
        return fail(error);
    std::printf("listening on 127.0.0.1:%u\n", unsigned(simulator.port()));
    std::fflush(stdout);
    std::fprintf(stderr, "outpost-linksim: %s -> %s\n", qPrintable(link->describe()),
                 qPrintable(targetText));
    if (!p.isSet(quiet)) {
        QObject::connect(&simulator, &devserver::LinkSimulator::connectionClosed, &app,
                         [](qint64 bytesUp, qint64 bytesDown, bool cut) {
                             std::fprintf(stderr, "connection closed%s: up %lld B, down %lld B\n",
                                          cut ? " (cut)" : "", static_cast<long long>(bytesUp),
                                          static_cast<long long>(bytesDown));
                             std::fflush(stderr);
                         });
    }
    QTimer statsTimer;
    if (const int seconds = p.value(interval).toInt(); seconds > 0) {
        QObject::connect(&statsTimer, &QTimer::timeout, &app, [&] { printTotals(simulator); });
        statsTimer.start(seconds * 1000);
    }
    const int rc = app.exec();
    printTotals(simulator);
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return rc;
}
