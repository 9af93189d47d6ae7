#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace outpost::cli {

class CliContext;

// Exit codes are part of the CLI's contract with scripts (see `outpost-cli --help`).
enum class ExitCode
{
    Ok = 0,      // done
    Failed = 1,  // failed; the message is on stderr
    Usage = 2,   // bad usage
    Partial = 3, // stopped early (offline, rate budget, cancelled); what was stored stays
};

// One top-level command (`sync`, `forum`, `outbox`, ...). Commands with actions (`forum add`)
// read the action from their first positional argument.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::Command)
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    // One line for the command list in --help.
    virtual QString summary() const = 0;
    // The synopsis lines shown by `outpost-cli COMMAND --help`, without the program name.
    virtual QStringList synopsis() const = 0;
    virtual void addOptions(QCommandLineParser &parser) { Q_UNUSED(parser) }
    // `args` are the positional arguments after the command name.
    virtual ExitCode run(CliContext &context, const QStringList &args) = 0;
};

using CommandList = std::vector<std::unique_ptr<Command>>;

} // namespace outpost::cli
