// outpost-devserver: a Discourse-compatible forum for tests, benchmarks and demos.
// First stdout line: "listening on http://127.0.0.1:PORT". Requests are logged to stderr.
// SIGTERM or SIGINT stops it cleanly.
#include "devserver/Server.h"
#include "devserver/ServerCommandLine.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the socket pair.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("outpost-devserver"));

    QString error;
    const std::optional<devserver::ServerCommandLine> options =
            devserver::ServerCommandLine::parse(app.arguments(), &error);
    if (!options) {
        std::fprintf(stderr, "outpost-devserver: %s\n", qPrintable(error));
        return 2;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        std::perror("outpost-devserver: socketpair");
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

    auto server = std::make_unique<devserver::Server>(devserver::Forum::generate(options->spec));
    server->settings() = options->settings;
    server->setControlEnabled(options->control);
    server->auth().setAdminApiKey(options->adminApiKey);
    for (const devserver::FaultRule &rule : options->faults)
        server->faults().add(rule);
    if (options->randomFaults) {
        const auto &[seed, rate, kinds] = *options->randomFaults;
        server->faults().setRandom(seed, rate, kinds);
    }
    if (!options->fixturesDir.isEmpty() &&
        !server->setFixturesDirectory(options->fixturesDir, &error)) {
        std::fprintf(stderr, "outpost-devserver: %s\n", qPrintable(error));
        return 1;
    }
    if (!options->tlsCertificate.isEmpty() &&
        !server->useTls(options->tlsCertificate, options->tlsKey, &error)) {
        std::fprintf(stderr, "outpost-devserver: %s\n", qPrintable(error));
        return 1;
    }
    if (!server->listen(options->address, options->port, &error)) {
        std::fprintf(stderr, "outpost-devserver: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("listening on %s://%s:%u\n", options->tlsCertificate.isEmpty() ? "http" : "https",
                qPrintable(options->address.toString()), unsigned(server->port()));
    std::fflush(stdout);
    const devserver::Forum &forum = server->forum();
    std::fprintf(stderr,
                 "outpost-devserver: %zu users, %zu categories, %d topics, %d posts, seed %llu%s\n",
                 forum.users().size() - 1, forum.categories().size(), forum.maxTopicId(),
                 forum.maxPostId(), static_cast<unsigned long long>(forum.seed()),
                 options->control ? ", control API on /__devserver/" : "");

    const int rc = app.exec();
    server.reset(); // closes the listening socket and every connection
    ::close(g_signalPipe[0]);
    ::close(g_signalPipe[1]);
    return rc;
}
