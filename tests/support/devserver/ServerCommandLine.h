#pragma once

#include "FaultPlan.h"
#include "Forum.h"
#include "Settings.h"

#include <QHostAddress>
#include <QStringList>

#include <optional>
#include <vector>

namespace devserver {

// Everything outpost-devserver's command line can say, parsed and checked.
struct ServerCommandLine
{
    GenerateSpec spec;
    ServerSettings settings;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0;
    QString fixturesDir;
    QString tlsCertificate;
    QString tlsKey;
    QByteArray adminApiKey;
    bool control = false;
    std::vector<FaultRule> faults;
    std::optional<std::tuple<quint64, double, std::vector<FaultKind>>> randomFaults;

    // Returns nullopt and a message for bad input. --help and --version are handled by
    // QCommandLineParser (they exit).
    static std::optional<ServerCommandLine> parse(const QStringList &arguments, QString *error);
};

} // namespace devserver
