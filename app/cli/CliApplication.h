#pragma once

#include "Command.h"

namespace outpost::cli {

// Finds the command in the arguments, parses the global and the command's options, prints help
// and version, and runs the command.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(outpost::cli::CliApplication)
public:
    explicit CliApplication(CommandList commands);
    ExitCode run(const QStringList &arguments);

private:
    void addGlobalOptions(QCommandLineParser &parser) const;
    QString generalHelp() const;
    QString commandHelp(const Command &command, const QCommandLineParser &parser) const;
    Command *find(const QString &name) const;
    // Index of the command name in `arguments`, skipping global options and their values.
    qsizetype commandIndex(const QStringList &arguments) const;

    CommandList m_commands;
};

} // namespace outpost::cli
