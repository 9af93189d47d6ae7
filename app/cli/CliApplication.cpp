#include "CliApplication.h"

#include "CliContext.h"
#include "OutpostVersion.h"

#include <QTextStream>

namespace outpost::cli {

namespace {

const QStringList kValueOptions = {QStringLiteral("--profile"), QStringLiteral("--forum")};

} // namespace

CliApplication::CliApplication(CommandList commands)
    : m_commands(std::move(commands))
{}

void CliApplication::addGlobalOptions(QCommandLineParser &parser) const
{
    parser.setApplicationDescription(
            tr("Outpost, the offline-first Discourse client, from the command line."));
    parser.addOption({QStringLiteral("profile"),
                      tr("Where the cache and settings live (default: $OUTPOST_PROFILE, else the "
                         "platform's application data folder)."),
                      tr("DIR")});
    parser.addOption({QStringLiteral("forum"),
                      tr("The forum to use, by URL or name (default: the first forum added)."),
                      tr("URL|NAME")});
    parser.addOption({QStringLiteral("json"),
                      tr("Print one JSON document on stdout instead of text for people.")});
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help.")});
    parser.addOption({{QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version.")});
}

Command *CliApplication::find(const QString &name) const
{
    for (const auto &c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

qsizetype CliApplication::commandIndex(const QStringList &arguments) const
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == QLatin1String("--"))
            return -1;
        if (kValueOptions.contains(a)) {
            ++i; // skip the value
            continue;
        }
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

QString CliApplication::generalHelp() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: outpost-cli [--profile DIR] [--forum URL|NAME] COMMAND [ARGS...] [--json]")
      << "\n\n"
      << tr("Outpost keeps the categories you follow in a local cache, so you can read, search "
            "and write with no connection. These commands sync and read that cache.")
      << "\n\n"
      << tr("Commands:") << "\n";
    int width = 0;
    for (const auto &c : m_commands)
        width = std::max(width, int(c->name().size()));
    for (const auto &c : m_commands)
        s << "  " << c->name().leftJustified(width + 2) << c->summary() << "\n";
    s << "\n"
      << tr("Global options:") << "\n"
      << tr("  --profile DIR       where the cache and settings live (or $OUTPOST_PROFILE)") << "\n"
      << tr("  --forum URL|NAME    the forum to use (default: the first forum added)") << "\n"
      << tr("  --json              print one JSON document on stdout") << "\n"
      << tr("  -h, --help          show help; 'outpost-cli COMMAND --help' for a command") << "\n"
      << tr("  -v, --version       show the version") << "\n\n"
      << tr("Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 partial (the sync "
            "stopped early: offline, rate budget or cancelled; what was stored stays).")
      << "\n";
    return text;
}

QString CliApplication::commandHelp(const Command &command, const QCommandLineParser &parser) const
{
    QString text;
    QTextStream s(&text);
    const QStringList lines = command.synopsis();
    for (qsizetype i = 0; i < lines.size(); ++i)
        s << (i == 0 ? tr("Usage: ") : QStringLiteral("       ")) << "outpost-cli " << lines[i]
          << "\n";
    s << "\n" << command.summary() << "\n\n" << tr("Options:") << "\n";
    // QCommandLineParser's own help text starts with a usage line we replace with ours.
    const QString options = parser.helpText();
    const qsizetype at = options.indexOf(QLatin1String("\n\n"));
    const qsizetype optionsAt =
            options.indexOf(QLatin1Char('\n'), options.indexOf(QLatin1Char(':'), at));
    s << (optionsAt >= 0 ? options.mid(optionsAt + 1) : options);
    return text;
}

ExitCode CliApplication::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);

    const qsizetype at = commandIndex(arguments);
    Command *command = at >= 0 ? find(arguments[at]) : nullptr;

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    addGlobalOptions(parser);
    if (command)
        command->addOptions(parser);

    const bool parsed = parser.parse(arguments);
    CliContext context(parser);

    if (parsed && parser.isSet(QStringLiteral("version"))) {
        out << "outpost-cli " << OUTPOST_VERSION_STRING << "\n";
        return ExitCode::Ok;
    }
    if (parsed && parser.isSet(QStringLiteral("help"))) {
        out << (command ? commandHelp(*command, parser) : generalHelp());
        return ExitCode::Ok;
    }
    if (at < 0) {
        if (arguments.size() <= 1) {
            out << generalHelp();
            return ExitCode::Usage;
        }
        return context.usageError(parsed ? tr("no command given") : parser.errorText());
    }
    if (!command) {
        if (arguments[at] == QLatin1String("help")) {
            Command *topic = at + 1 < arguments.size() ? find(arguments[at + 1]) : nullptr;
            if (topic) {
                QCommandLineParser topicParser;
                addGlobalOptions(topicParser);
                topic->addOptions(topicParser);
                out << commandHelp(*topic, topicParser);
            } else {
                out << generalHelp();
            }
            return ExitCode::Ok;
        }
        return context.usageError(tr("unknown command '%1'").arg(arguments[at]));
    }
    if (!parsed)
        return context.usageError(parser.errorText());

    QStringList positional = parser.positionalArguments();
    // The command name is the first positional argument.
    if (!positional.isEmpty() && positional.first() == command->name())
        positional.removeFirst();
    return command->run(context, positional);
}

} // namespace outpost::cli
