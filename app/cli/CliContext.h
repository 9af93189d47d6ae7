#pragma once

#include "Command.h"

#include <QJsonDocument>
#include <QTextStream>

namespace outpost::cli {

// What every command gets: the parsed options, where to write, and how to fail.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::CliContext)
public:
    explicit CliContext(const QCommandLineParser &parser);

    const QCommandLineParser &parser() const { return m_parser; }
    bool json() const;
    // The profile directory: --profile, else $OUTPOST_PROFILE, else the platform default.
    QString profileDir() const;
    // The --forum selector (URL or name), empty for the default forum.
    QString forumSelector() const;

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    void printJson(const QJsonDocument &doc);
    // Prints "outpost-cli: <message>" on stderr and returns Failed.
    ExitCode fail(const QString &message);
    // Prints the message and a hint to --help on stderr and returns Usage.
    ExitCode usageError(const QString &message);

private:
    const QCommandLineParser &m_parser;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace outpost::cli
